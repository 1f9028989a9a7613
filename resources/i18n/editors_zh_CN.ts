<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="32"/>
        <source>Log a call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="33"/>
        <source>Log an email</source>
        <translation>记录邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="34"/>
        <source>Log a meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="35"/>
        <source>Log a message</source>
        <translation>记录消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="36"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="73"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="74"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="75"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="76"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="78"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/records/pickers.py" line="84"/>
        <source>Type to find a company</source>
        <extracomment>the picker holds text that names no record yet</extracomment>
        <translation>输入以查找公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/pickers.py" line="87"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/pickers.py" line="88"/>
        <source>Create a company with the typed name</source>
        <translation>用输入的名称新建公司</translation>
    </message>
</context>
<context>
    <name>ContactsPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/records/pickers.py" line="136"/>
        <source>Type to add a contact</source>
        <translation>输入以添加联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/pickers.py" line="139"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>DuplicateScanDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="56"/>
        <source>Find duplicates</source>
        <translation>查找重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="64"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="64"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="70"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="73"/>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="91"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="115"/>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="120"/>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="120"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="121"/>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="121"/>
        <source>same domain</source>
        <translation>域名相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="124"/>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="132"/>
        <source>%1 groups of likely duplicates</source>
        <translation>%1 组可能的重复记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="134"/>
        <source>No likely duplicates found.</source>
        <translation>未发现可能的重复记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="159"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/duplicate_scan.py" line="159"/>
        <source>Choose a group of duplicates first.</source>
        <translation>请先选择一组重复记录。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="167"/>
        <source>Possible duplicates</source>
        <translation>可能的重复记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="171"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="181"/>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="181"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="182"/>
        <source>similar name</source>
        <translation>姓名相似</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="182"/>
        <source>same domain</source>
        <translation>域名相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="185"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="191"/>
        <source>No likely duplicates found.</source>
        <translation>未发现可能的重复记录。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="93"/>
        <source>Add follow-up task</source>
        <translation>添加跟进任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="97"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/activity_dialog.py" line="98"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="56"/>
        <source>Merge duplicates</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="60"/>
        <source>Choose the value to keep for each field.</source>
        <translation>为每个字段选择要保留的值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="67"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="73"/>
        <source>Keep record</source>
        <translation>保留记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="106"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/merge_dialog.py" line="132"/>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="83"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="84"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="98"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="101"/>
        <source>Find duplicates</source>
        <translation>查找重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="104"/>
        <source>Convert to deal</source>
        <translation>转为商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="141"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="163"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="182"/>
        <location filename="../../crm_desktop/ui/records/editor.py" line="193"/>
        <source>Create %1</source>
        <translation>新建 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="209"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="230"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="231"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>此记录有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/editor.py" line="266"/>
        <source>Not converted</source>
        <translation>未转换</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="48"/>
        <source>Subscriber</source>
        <translation>订阅者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="49"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="50"/>
        <source>Marketing qualified lead</source>
        <translation>市场认可线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="51"/>
        <source>Sales qualified lead</source>
        <translation>销售认可线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="52"/>
        <source>Opportunity</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="53"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="54"/>
        <source>Evangelist</source>
        <translation>推广者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="55"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="56"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="57"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="58"/>
        <source>In progress</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="59"/>
        <source>Connected</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="60"/>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="61"/>
        <source>Bad timing</source>
        <translation>时机不当</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="62"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="63"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="64"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="65"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="80"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="81"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="82"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="83"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="113"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="84"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="85"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="134"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="156"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="88"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="92"/>
        <source>Lead status</source>
        <translation>线索状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="93"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="121"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="147"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="94"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="122"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="136"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="95"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="116"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="96"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="117"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="99"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="101"/>
        <source>comma separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="108"/>
        <location filename="../../crm_desktop/ui/records/fields.py" line="128"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="109"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="110"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="111"/>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="112"/>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="114"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="115"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="119"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="129"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="130"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="131"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="132"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="133"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="135"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="139"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="144"/>
        <source>Probability (%)</source>
        <translation>赢率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="145"/>
        <source>stage default</source>
        <translation>沿用阶段默认值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="148"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="149"/>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="155"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/fields.py" line="157"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../crm_desktop/ui/records/form.py" line="48"/>
        <source>Custom properties</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/form.py" line="171"/>
        <source>Pick a company from the list, or click New to create it</source>
        <translation>请从列表中选择公司，或点击“新建”创建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/form.py" line="176"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/form.py" line="178"/>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="50"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="50"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="50"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="57"/>
        <source>Log call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="58"/>
        <source>Log email</source>
        <translation>记录邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="59"/>
        <source>Log meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="60"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="67"/>
        <source>Add follow-up task</source>
        <translation>添加跟进任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="119"/>
        <source>Entered stage %1</source>
        <translation>进入阶段 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="120"/>
        <source>Stage: %1 → %2</source>
        <translation>阶段：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="124"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="126"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="127"/>
        <source>Moved to the trash</source>
        <translation>已移到回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="128"/>
        <source>Restored from the trash</source>
        <translation>已从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="129"/>
        <source>Merged with a duplicate</source>
        <translation>已与重复记录合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="142"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="143"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="144"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="145"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="146"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="180"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/records/timeline_view.py" line="191"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../crm_desktop/ui/undo/commands.py" line="93"/>
        <source>Edit record</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/undo/commands.py" line="125"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/undo/commands.py" line="152"/>
        <source>Create record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/undo/commands.py" line="182"/>
        <source>Bulk edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/undo/commands.py" line="223"/>
        <source>Merge records</source>
        <translation>合并记录</translation>
    </message>
</context>
<context>
    <name>UndoManager</name>
    <message>
        <location filename="../../crm_desktop/ui/undo/manager.py" line="22"/>
        <location filename="../../crm_desktop/ui/undo/manager.py" line="46"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/undo/manager.py" line="25"/>
        <location filename="../../crm_desktop/ui/undo/manager.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/undo/manager.py" line="46"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/undo/manager.py" line="49"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/undo/manager.py" line="72"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
</TS>
