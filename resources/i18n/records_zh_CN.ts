<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/models/bulk_edit.py" line="34"/>
        <source>Edit %1 records</source>
        <extracomment>(value, label) choices; None means free text (tags)</extracomment>
        <translation>编辑 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/bulk_edit.py" line="57"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/bulk_edit.py" line="58"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../../crm_desktop/ui/models/bulk_runner.py" line="87"/>
        <source>Working…</source>
        <extracomment>jobs on at most this many records run at once in the GUI thread the progress dialog shows only when a job runs longer than this ``job(progress, cancelled) -&gt; result``, run in the GUI thread or on a worker</extracomment>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/bulk_runner.py" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="25"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="31"/>
        <source>%1 companies</source>
        <translation>%1 家公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="35"/>
        <location filename="../../crm_desktop/ui/companies/page.py" line="54"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="36"/>
        <location filename="../../crm_desktop/ui/companies/page.py" line="56"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="37"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="38"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="39"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="40"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="41"/>
        <source>Has open deals</source>
        <translation>有进行中的商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="42"/>
        <source>No activity for</source>
        <translation>无活动天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/companies/page.py" line="52"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="27"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="43"/>
        <source>%1 contacts</source>
        <translation>%1 位联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="47"/>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="71"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="48"/>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="74"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="49"/>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="78"/>
        <source>Lead status</source>
        <translation>线索状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="50"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="51"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="52"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="53"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="54"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="55"/>
        <source>Has open deals</source>
        <translation>有进行中的商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="56"/>
        <source>No activity for</source>
        <translation>无活动天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="69"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="80"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contacts/page.py" line="81"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
</context>
<context>
    <name>CustomFilter</name>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="62"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="66"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="67"/>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="71"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="72"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="77"/>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="99"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="79"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="80"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="123"/>
        <source>Custom property</source>
        <translation>自定义属性</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="25"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="31"/>
        <source>%1 deals</source>
        <translation>%1 个商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="35"/>
        <location filename="../../crm_desktop/ui/deals/page.py" line="59"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="36"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="37"/>
        <location filename="../../crm_desktop/ui/deals/page.py" line="60"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="38"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="39"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="40"/>
        <source>Closes from</source>
        <translation>成交日期自</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="41"/>
        <source>Closes by</source>
        <translation>成交日期至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="42"/>
        <source>Amount from</source>
        <translation>金额下限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="43"/>
        <source>Amount up to</source>
        <translation>金额上限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="44"/>
        <source>No activity for</source>
        <translation>无活动天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/page.py" line="57"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crm_desktop/ui/models/filter_bar.py" line="63"/>
        <location filename="../../crm_desktop/ui/models/filter_bar.py" line="72"/>
        <location filename="../../crm_desktop/ui/models/filter_bar.py" line="81"/>
        <source>Any</source>
        <extracomment>&quot;choice&quot;, &quot;text&quot;, &quot;flag&quot;, &quot;days&quot;, &quot;date&quot;, &quot;amount&quot;</extracomment>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/filter_bar.py" line="65"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/filter_bar.py" line="66"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/filter_bar.py" line="73"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="13"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="14"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="15"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="16"/>
        <location filename="../../crm_desktop/ui/models/labels.py" line="94"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="17"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="18"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="19"/>
        <source>Lead status</source>
        <translation>线索状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="20"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="21"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="22"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="23"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="24"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="25"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="26"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="27"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="28"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="29"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="30"/>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="31"/>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="32"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="33"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="34"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="35"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="36"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="37"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="38"/>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="39"/>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="59"/>
        <source>Subscriber</source>
        <translation>订阅者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="60"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="61"/>
        <source>MQL</source>
        <translation>市场认可线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="62"/>
        <source>SQL</source>
        <translation>销售认可线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="63"/>
        <source>Opportunity</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="64"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="65"/>
        <source>Evangelist</source>
        <translation>推广者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="66"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="68"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="69"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="70"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="71"/>
        <source>Connected</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="72"/>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="73"/>
        <source>Bad timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="75"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="76"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="78"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="79"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="86"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="87"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="88"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="89"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="90"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="93"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="95"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="96"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/labels.py" line="97"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="80"/>
        <source>New</source>
        <extracomment>the kinds that can be merged (and scanned for duplicates)</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="82"/>
        <source>Edit selected…</source>
        <translation>编辑所选…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="87"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="91"/>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="93"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="101"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="106"/>
        <source>Find duplicates…</source>
        <translation>查找重复…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="208"/>
        <source>%1 moved to the Trash</source>
        <translation>%1 条已移到回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="221"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="222"/>
        <source>Select exactly two records to merge.</source>
        <translation>请恰好选择两条记录进行合并。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="302"/>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="317"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_actions.py" line="303"/>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_page.py" line="88"/>
        <source>%1 records</source>
        <extracomment>ids read first (and painted) before all of them are read</extracomment>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_page.py" line="96"/>
        <source>Search names, emails, phones, companies…</source>
        <translation>搜索姓名、邮箱、电话、公司…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_page.py" line="99"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_page.py" line="103"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_page.py" line="115"/>
        <source>Records in the database</source>
        <translation>数据库中的记录数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_page.py" line="299"/>
        <source>Could not load the list: %1</source>
        <translation>无法加载列表：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_undo.py" line="66"/>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_undo.py" line="72"/>
        <source>Redoing…</source>
        <translation>正在重做…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_undo.py" line="88"/>
        <source>Edit selected</source>
        <translation>编辑所选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_undo.py" line="105"/>
        <source>Edit %1 records</source>
        <translation>编辑 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/list_undo.py" line="130"/>
        <source>Move %1 to the Trash</source>
        <translation>将 %1 条移到回收站</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="36"/>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="114"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="42"/>
        <source>Deleted records stay here for 30 days and can be restored; then they are gone.</source>
        <translation>已删除的记录会在这里保留 30 天，期间可以恢复；之后将被永久删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="51"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="51"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="51"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="51"/>
        <source>Purged on</source>
        <translation>永久删除日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="53"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="55"/>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="102"/>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/trash/dialog.py" line="103"/>
        <source>Delete %1 records for good? This cannot be undone.</source>
        <translation>永久删除 %1 条记录？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ViewsSidebar</name>
    <message>
        <location filename="../../crm_desktop/ui/models/views_sidebar.py" line="35"/>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/views_sidebar.py" line="38"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/views_sidebar.py" line="48"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/views_sidebar.py" line="56"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
</TS>
