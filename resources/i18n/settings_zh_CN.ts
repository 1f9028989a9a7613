<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CurrenciesSection</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="51"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="51"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="51"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="59"/>
        <source>Base currency:</source>
        <translation>本位币：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="66"/>
        <source>from</source>
        <translation>起始于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="68"/>
        <source>Save rate</source>
        <translation>保存汇率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="72"/>
        <source>Delete rate</source>
        <translation>删除汇率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="78"/>
        <source>Totals, dashboards and reports convert every amount to the base currency at the rate in effect on the deal&apos;s day. Rates are entered by hand; nothing is downloaded.</source>
        <translation>合计、仪表板和报表会按交易当日有效的汇率把所有金额换算为本位币。汇率需手动输入，不会自动下载。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/currencies.py" line="105"/>
        <source>1 unit = … %1</source>
        <translation>1 单位 = … %1</translation>
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
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="70"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="71"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="76"/>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="98"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="78"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="79"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/custom_filter.py" line="122"/>
        <source>Custom property</source>
        <translation>自定义属性</translation>
    </message>
</context>
<context>
    <name>ImportCustomTargets</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/custom_targets.py" line="36"/>
        <source>Custom property: %1</source>
        <extracomment>The kinds whose records have custom properties, and the entity those are defined for.</extracomment>
        <translation>自定义属性：%1</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/language.py" line="20"/>
        <source>Language of the interface:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language.py" line="22"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language.py" line="31"/>
        <source>The new language applies the next time you start the app.</source>
        <translation>新语言将在下次启动应用时生效。</translation>
    </message>
</context>
<context>
    <name>PropertiesSection</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="90"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="91"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="92"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="96"/>
        <source>Show deleted</source>
        <translation>显示已删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="101"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="102"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="103"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="104"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="105"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="110"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="112"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="114"/>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="152"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="120"/>
        <source>Properties of:</source>
        <translation>属性所属：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="132"/>
        <source>Renaming a property keeps its values. Deleted properties keep their values too and can be restored.</source>
        <translation>重命名属性不会丢失数据。已删除的属性也会保留数据，并可恢复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="152"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="156"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="204"/>
        <source>Delete the property “%1”? Its values are kept and it can be restored from “Show deleted”.</source>
        <translation>删除属性“%1”？其数据会保留，可在“显示已删除”中恢复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="207"/>
        <source>Delete property</source>
        <translation>删除属性</translation>
    </message>
</context>
<context>
    <name>PropertyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="46"/>
        <source>Edit property</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="46"/>
        <source>Add property</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="56"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="59"/>
        <source>Label (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="60"/>
        <source>Label (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="61"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/properties.py" line="62"/>
        <source>Options (one per line)</source>
        <translation>选项（每行一个）</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="29"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="30"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="31"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="37"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="38"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="39"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="45"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="46"/>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="47"/>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="48"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="49"/>
        <source>Omitted</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="55"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="56"/>
        <source>Long text</source>
        <translation>长文本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="57"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="58"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="59"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="60"/>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="63"/>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="66"/>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="67"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="68"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="69"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/common.py" line="77"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/page.py" line="56"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/page.py" line="57"/>
        <source>Pipelines &amp;&amp; stages</source>
        <translation>销售管道与阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/page.py" line="58"/>
        <source>Custom properties</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/page.py" line="59"/>
        <source>Currencies &amp;&amp; rates</source>
        <translation>货币与汇率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/page.py" line="60"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/page.py" line="61"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/page.py" line="64"/>
        <source>Open or create a database to change its settings.</source>
        <translation>请打开或新建数据库以修改其设置。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/page.py" line="72"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>StagesSection</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="54"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="55"/>
        <source>Probability %</source>
        <translation>赢单概率 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="56"/>
        <source>Forecast category</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="57"/>
        <source>Rotting days</source>
        <translation>停滞天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="58"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="75"/>
        <source>Pipeline:</source>
        <translation>销售管道：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="78"/>
        <source>New pipeline…</source>
        <translation>新建销售管道…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="79"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="86"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="87"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="88"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="89"/>
        <source>Delete stage…</source>
        <translation>删除阶段…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="95"/>
        <source>Save lost reasons</source>
        <translation>保存输单原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="100"/>
        <source>Drag a row by its number to reorder the stages; edits save at once.</source>
        <translation>拖动行号可调整阶段顺序；修改会立即保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="104"/>
        <source>Lost reasons (one per line):</source>
        <translation>输单原因（每行一个）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="158"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="188"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="214"/>
        <source>No stage (unassigned)</source>
        <translation>无阶段（未分配）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="215"/>
        <source>“%1” holds %2 deals. Move them to:</source>
        <translation>“%1”中有 %2 个交易。将它们移至：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="217"/>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="234"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="239"/>
        <source>New pipeline</source>
        <translation>新建销售管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/stages.py" line="247"/>
        <source>Rename pipeline</source>
        <translation>重命名销售管道</translation>
    </message>
</context>
<context>
    <name>TargetsSection</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="78"/>
        <source>Whole year</source>
        <extracomment>Period choices: 0 = the whole year, 1-4 = quarters, 5-16 = months.</extracomment>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="80"/>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="91"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="91"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="91"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="91"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="91"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="94"/>
        <source>Add target…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="95"/>
        <source>Edit targets…</source>
        <translation>编辑目标…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="96"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="109"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="111"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="120"/>
        <source>Revenue targets (quotas) count won deals; pipeline targets count the value of deals created in the period. A target without an owner is the team&apos;s. Dashboards compare results with these targets.</source>
        <translation>收入目标（配额）按赢单的商机计算；销售管道目标按期间内新建商机的金额计算。没有负责人的目标属于团队。仪表板会将实际结果与这些目标进行对比。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="147"/>
        <source>Revenue (quota)</source>
        <translation>收入（配额）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="148"/>
        <source>Pipeline generated</source>
        <translation>新增销售管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="155"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="172"/>
        <source>%1 targets from %2 to %3, in %4.</source>
        <translation>%2 至 %3 共 %1 个目标，币种 %4。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="210"/>
        <source>Delete targets</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/targets.py" line="211"/>
        <source>Delete %1 selected targets?</source>
        <translation>删除所选的 %1 个目标？</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="87"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="91"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="91"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="95"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="97"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="99"/>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="105"/>
        <source>I am (on this computer):</source>
        <translation>我是（本机）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="116"/>
        <source>New records are yours by default and “my” filters show your records. This choice is kept on this computer only.</source>
        <translation>新记录默认归您所有，“我的”筛选显示您的记录。此选择仅保存在本机。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="140"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="140"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="153"/>
        <source>(nobody chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="187"/>
        <source>Keep them with %1</source>
        <translation>仍归 %1 所有</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="189"/>
        <source>%1 owns %2 open records. Who takes them over?</source>
        <translation>%1 名下有 %2 条未完成的记录。由谁接手？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="192"/>
        <source>Deactivate team member</source>
        <translation>停用团队成员</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="43"/>
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="43"/>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="56"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="57"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="58"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/team.py" line="59"/>
        <source>Initials</source>
        <translation>姓名缩写</translation>
    </message>
</context>
</TS>
