<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rn_BI">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="50"/>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="55"/>
        <source>I am already on the team:</source>
        <translation>我已在团队中：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="57"/>
        <source>Add me to the team:</source>
        <translation>把我加入团队：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="64"/>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="111"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="112"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="113"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="114"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="124"/>
        <source>You are the first person on this team:</source>
        <translation>您是这个团队的第一位成员：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="129"/>
        <source>This is kept on this computer only. You can change it any time in Settings › Team.</source>
        <translation>此选择只保存在这台电脑上。您可以随时在“设置 › 团队”中更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="136"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="141"/>
        <source>Skip for now</source>
        <translation>暂时跳过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="154"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Who is using crm-desktop on this computer? New records will be yours. A rep’s lists, board and dashboards start with their own records; a manager’s with the whole team.</source>
        <translation>&lt;b&gt;欢迎！&lt;/b&gt;这台电脑上是谁在使用 crm-desktop？新建的记录将归您所有。销售代表的列表、看板和仪表板默认显示自己的记录；经理则显示整个团队的记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="187"/>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="201"/>
        <source>This email address does not look right.</source>
        <translation>这个邮箱地址似乎不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="203"/>
        <location filename="../../crm_desktop/ui/settings/first_run_dialog.py" line="207"/>
        <source>You could not be added: %1</source>
        <translation>无法添加您：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunIdentity</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run.py" line="133"/>
        <source>Welcome, %1. New records will be yours.</source>
        <translation>欢迎，%1。新建的记录将归您所有。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/first_run.py" line="137"/>
        <source>Tip: tell crm-desktop who you are in Settings › Team, so new records are yours.</source>
        <translation>提示：在“设置 › 团队”中告诉 crm-desktop 您是谁，新建的记录就会归您所有。</translation>
    </message>
</context>
</TS>
