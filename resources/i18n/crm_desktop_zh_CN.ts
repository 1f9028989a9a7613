<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>An offline-first CRM for small sales teams.</source>
        <translation>面向小型销售团队的离线优先 CRM。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>%1 (PySide6 %2)</source>
        <translation>%1（PySide6 %2）</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Please wait until the current task is finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>crm-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>crm-desktop 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Generate Demo Data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Add made-up contacts, companies, deals and activities to %1?

They are mixed with the records already there.</source>
        <translation>要向 %1 添加虚构的联系人、公司、商机和活动吗？

它们会与已有的记录混在一起。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>The database was not opened.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <source>crm-desktop cannot open this file:
%1

%2
(%3)

The file was not changed. Use File &gt; Open Database… to choose another one.</source>
        <translation>crm-desktop 无法打开此文件：
%1

%2
（%3）

文件未被修改。请使用“文件 &gt; 打开数据库…”选择其他文件。</translation>
    </message>
    <message>
        <source>It is not a crm-desktop database.</source>
        <translation>它不是 crm-desktop 数据库。</translation>
    </message>
    <message>
        <source>It is a database of another program.</source>
        <translation>它是其他程序的数据库。</translation>
    </message>
    <message>
        <source>A newer version of crm-desktop wrote it: update crm-desktop first.</source>
        <translation>它由更新版本的 crm-desktop 写入：请先升级 crm-desktop。</translation>
    </message>
    <message>
        <source>You are not allowed to read or write it, or its folder.</source>
        <translation>你没有读写此文件或其所在文件夹的权限。</translation>
    </message>
    <message>
        <source>It cannot be opened.</source>
        <translation>无法打开它。</translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <source>This database is empty. Fill it with demo data so you can look around?</source>
        <translation>此数据库是空的。要填入演示数据，方便你四处看看吗？</translation>
    </message>
    <message>
        <source>Demo data added.</source>
        <translation>已添加演示数据。</translation>
    </message>
    <message>
        <source>Demo data cancelled: nothing was written.</source>
        <translation>已取消生成演示数据：未写入任何内容。</translation>
    </message>
    <message>
        <source>Demo data could not be created.</source>
        <translation>无法创建演示数据。</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo data could not be created:
%1</source>
        <translation>无法创建演示数据：
%1</translation>
    </message>
</context>
<context>
    <name>DatabaseStatusBar</name>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
    <message>
        <source>Contacts: %1 · Companies: %2 · Deals: %3 (%4 open) · Open tasks: %5</source>
        <translation>联系人：%1 · 公司：%2 · 商机：%3（%4 个进行中）· 未完成任务：%5</translation>
    </message>
</context>
<context>
    <name>DemoRunner</name>
    <message>
        <source>Creating demo contacts, companies, deals and activities…</source>
        <translation>正在创建演示联系人、公司、商机和活动…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Generate Demo Data…</source>
        <translation>生成演示数据(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This view is on its way in a coming version.</source>
        <translation>此视图将在后续版本中推出。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your team, pipelines and stages, currencies, custom fields and language.</source>
        <translation>团队成员、销售管道与阶段、币种、自定义字段和界面语言。</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>位团队成员</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Calls, emails and follow-ups that are due, with reminders so nothing slips.</source>
        <translation>到期的电话、邮件和跟进事项，附带提醒，一件都不会漏掉。</translation>
    </message>
    <message>
        <source>open tasks</source>
        <translation>项未完成任务</translation>
    </message>
</context>
</TS>
