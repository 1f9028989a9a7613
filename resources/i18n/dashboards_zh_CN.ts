<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="27"/>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="28"/>
        <source>Emails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="29"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="30"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="34"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="35"/>
        <source>Per rep</source>
        <translation>人均</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="36"/>
        <source>Activities per won deal</source>
        <translation>每个赢单的活动数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="40"/>
        <source>Activities per rep</source>
        <translation>每位销售的活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="42"/>
        <source>Activities over time</source>
        <translation>活动趋势</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="43"/>
        <source>Meetings booked</source>
        <translation>已约会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="44"/>
        <source>Activities per day</source>
        <translation>每日活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="44"/>
        <source>Activities per week</source>
        <translation>每周活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="46"/>
        <source>Meetings booked per day</source>
        <translation>每日已约会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="47"/>
        <source>Meetings booked per week</source>
        <translation>每周已约会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="53"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/activity_tab.py" line="66"/>
        <source>%1 activities on %2 won deals</source>
        <translation>%2 个赢单上共 %1 条活动</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="43"/>
        <source>No data for these filters</source>
        <translation>此筛选条件下没有数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="50"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="53"/>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="54"/>
        <source>Save data as CSV…</source>
        <translation>将数据保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="67"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="86"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="86"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="97"/>
        <source>Save data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/charts/frame.py" line="97"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ConversionTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="26"/>
        <source>Win rate (count)</source>
        <translation>赢率（按数量）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="27"/>
        <source>Win rate (value)</source>
        <translation>赢率（按金额）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="28"/>
        <source>Average deal size</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="29"/>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="34"/>
        <source>Sales velocity</source>
        <translation>销售速度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="35"/>
        <source>NPS</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="36"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="37"/>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="40"/>
        <source>Lead source effectiveness</source>
        <translation>线索来源效果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="41"/>
        <source>NPS responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="45"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="46"/>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="107"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="47"/>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="108"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="48"/>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="109"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="49"/>
        <source>Won value</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="50"/>
        <source>Lead → deal</source>
        <translation>线索 → 商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="51"/>
        <source>Deal → won</source>
        <translation>商机 → 赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="55"/>
        <source>Leads → deals → won, by source</source>
        <translation>按来源：线索 → 商机 → 赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="60"/>
        <source>Conversion and customers</source>
        <translation>转化与客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="72"/>
        <source>created → won</source>
        <translation>创建 → 赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="74"/>
        <source>%1 / day</source>
        <translation>%1 / 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="77"/>
        <source>open deals × win rate × size / cycle</source>
        <translation>进行中商机 × 赢率 × 平均金额 / 周期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="80"/>
        <source>promoters − detractors (%)</source>
        <translation>推荐者 − 贬损者 (%)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="84"/>
        <source>%1 of %2 customers lost</source>
        <translation>%2 个客户中流失 %1 个</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="92"/>
        <source>Promoters (9-10)</source>
        <translation>推荐者 (9-10)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="92"/>
        <source>Passives (7-8)</source>
        <translation>被动者 (7-8)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="93"/>
        <source>Detractors (0-6)</source>
        <translation>贬损者 (0-6)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="94"/>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="102"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/conversion_tab.py" line="140"/>
        <source>Deals by source</source>
        <translation>按来源的商机</translation>
    </message>
</context>
<context>
    <name>DashboardControls</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="46"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="47"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="48"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="49"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="50"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="81"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="87"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="90"/>
        <source>Pipeline:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="98"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/controls.py" line="99"/>
        <source>All pipelines</source>
        <translation>全部管道</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/page.py" line="73"/>
        <source>Cancel</source>
        <extracomment>Record kinds whose changes move a dashboard figure.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/page.py" line="75"/>
        <source>Stop loading; the figures shown stay as they were</source>
        <translation>停止加载；当前显示的数字保持不变</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/page.py" line="94"/>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/page.py" line="230"/>
        <source>Cancelled: the figures shown are the previous ones</source>
        <translation>已取消：显示的是之前的数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/page.py" line="234"/>
        <source>Could not load the figures: %1</source>
        <translation>无法加载数据：%1</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="43"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="44"/>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="77"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="45"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="46"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="47"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="48"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="49"/>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="71"/>
        <source>%n deal(s), %1 in total. Double-click a deal to open it.</source>
        <translation>
            <numerusform>%n 个商机，合计 %1。双击商机即可打开。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="77"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="77"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="77"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/dashboards/drill.py" line="83"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n 条活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="27"/>
        <source>Edit targets…</source>
        <translation>编辑目标…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="35"/>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="148"/>
        <source>Won so far</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="36"/>
        <source>Team quota</source>
        <translation>团队配额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="37"/>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="38"/>
        <source>Gap to quota</source>
        <translation>距配额差额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="42"/>
        <source>Expected to close, by month and forecast category</source>
        <translation>预计成交：按月份与预测类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="44"/>
        <source>Weighted forecast by month</source>
        <translation>每月加权预测</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="45"/>
        <source>Against quota per rep</source>
        <translation>各销售配额完成情况</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="49"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="50"/>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="115"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="51"/>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="116"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="52"/>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="117"/>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="150"/>
        <source>Weighted open</source>
        <translation>加权进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="53"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="54"/>
        <source>Projected</source>
        <translation>预计达成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="58"/>
        <source>Quota per rep</source>
        <translation>各销售配额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="64"/>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="65"/>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="66"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="70"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="83"/>
        <source>won + weighted: %1</source>
        <translation>已赢 + 加权：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="106"/>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/forecast_tab.py" line="154"/>
        <source>Expected to close %1</source>
        <translation>预计 %1 成交</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/widgets.py" line="63"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>HygieneTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="25"/>
        <source>Close date passed</source>
        <translation>已过预计成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="26"/>
        <source>No next step or task</source>
        <translation>没有下一步或任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="27"/>
        <source>No amount</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="28"/>
        <source>No close date</source>
        <translation>缺少成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="29"/>
        <source>Rotting</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="35"/>
        <source>Open deals to fix, by problem</source>
        <translation>待整理的进行中商机（按问题）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="41"/>
        <source>Deals to fix (click a deal to open it and fix it):</source>
        <translation>待整理的商机（单击商机即可打开并修正）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="45"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="46"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="47"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="48"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="49"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="50"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="60"/>
        <source>Clean your room</source>
        <translation>整理商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="72"/>
        <source>, </source>
        <comment>between the problems of a deal</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/hygiene_tab.py" line="76"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>PipeGenTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="24"/>
        <source>Edit targets…</source>
        <translation>编辑目标…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="35"/>
        <source>Pipeline created</source>
        <translation>新建管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="36"/>
        <source>Pipeline required</source>
        <translation>所需管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="37"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="38"/>
        <source>Win rate (12 months)</source>
        <translation>赢率（近 12 个月）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="42"/>
        <source>Pipeline created per month, by rep</source>
        <translation>每月新建管道（按销售）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="45"/>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="164"/>
        <source>Pipeline created by source</source>
        <translation>按来源的新建管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="48"/>
        <source>Created vs required pace per rep</source>
        <translation>各销售新建管道与应达进度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="53"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="54"/>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="119"/>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="132"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="55"/>
        <source>Required</source>
        <translation>所需</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="56"/>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="134"/>
        <source>Expected by today</source>
        <translation>截至今天应达</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="57"/>
        <source>Pace</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="67"/>
        <source>Pipe Gen</source>
        <translation>管道生成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="78"/>
        <source>target %1 / win rate</source>
        <translation>目标 %1 / 赢率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="83"/>
        <source>open pipeline / remaining target</source>
        <translation>进行中管道 / 剩余目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="89"/>
        <source>Below pace: %1</source>
        <translation>进度落后：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="104"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="118"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="151"/>
        <source>below pace</source>
        <translation>落后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="151"/>
        <source>on pace</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/pipegen_tab.py" line="160"/>
        <source>Pipeline created %1</source>
        <translation>%1 新建管道</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="49"/>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="166"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="58"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="58"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="58"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="58"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="60"/>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="61"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="72"/>
        <source>Targets starting from %1 to %2. Without an owner a target is the team&apos;s.</source>
        <translation>起始于 %1 至 %2 的目标。未指定负责人的目标属于团队。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="106"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="111"/>
        <source>Revenue (quota)</source>
        <translation>收入（配额）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="112"/>
        <source>Pipeline generated</source>
        <translation>新建管道目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/targets_dialog.py" line="167"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>UnionTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="29"/>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="162"/>
        <source>Won this period</source>
        <translation>本期赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="30"/>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="44"/>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="31"/>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="45"/>
        <source>Win rate</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="32"/>
        <source>Open pipeline</source>
        <translation>进行中管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="33"/>
        <source>Weighted pipeline</source>
        <translation>加权管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="37"/>
        <source>Won and lost by month</source>
        <translation>每月赢单与输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="38"/>
        <source>Won by rep</source>
        <translation>各销售赢单金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="42"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="43"/>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="111"/>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="125"/>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="157"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="46"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="47"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="51"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="51"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="51"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="51"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="56"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="57"/>
        <source>Biggest open deals (double-click to open)</source>
        <translation>金额最大的进行中商机（双击打开）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="70"/>
        <source>State of the union</source>
        <translation>全局概览</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="83"/>
        <source>%1 won, %2 lost</source>
        <translation>赢单 %1，输单 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="87"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 个进行中的商机</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="88"/>
        <source>amount × probability</source>
        <translation>金额 × 赢率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="97"/>
        <source>last period: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="100"/>
        <source>%1 %2 vs last period</source>
        <translation>%1 较上期 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="112"/>
        <location filename="../../crm_desktop/ui/dashboards/union_tab.py" line="157"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>XrayTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="30"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="32"/>
        <source>Stuck means in one stage longer than</source>
        <translation>“卡住”指在同一阶段停留超过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="37"/>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="37"/>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="139"/>
        <source>Stale deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="37"/>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="143"/>
        <source>Stuck deals</source>
        <translation>卡住的商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="39"/>
        <source>Show stale deals</source>
        <translation>查看停滞商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="40"/>
        <source>Show stuck deals</source>
        <translation>查看卡住的商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="46"/>
        <source>Open amount by stage</source>
        <translation>各阶段进行中金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="47"/>
        <source>Open deals by stage</source>
        <translation>各阶段进行中商机数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="49"/>
        <source>Stage-to-stage funnel (deals created in the period)</source>
        <translation>阶段转化漏斗（本期新建商机）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="53"/>
        <source>Average days in the current stage</source>
        <translation>当前阶段平均停留天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="67"/>
        <source>Open pipeline X-ray</source>
        <translation>管道透视</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="80"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 个进行中的商机</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="85"/>
        <source>&gt; %1 days in a stage, %2</source>
        <translation>在同一阶段超过 %1 天，%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="89"/>
        <source>(no stage)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="95"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="96"/>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="103"/>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="117"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="108"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="131"/>
        <source>Open deals in the stage</source>
        <translation>该阶段的进行中商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboards/xray_tab.py" line="136"/>
        <source>Deals that reached %1</source>
        <translation>到达“%1”的商机</translation>
    </message>
</context>
</TS>
