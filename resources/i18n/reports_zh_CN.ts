<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Daily Report…</source>
        <translation>日报(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Weekly Report…</source>
        <translation>周报(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Monthly Report…</source>
        <translation>月报(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Custom Period…</source>
        <translation>自定义期间(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>定时生成(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Performance Report</source>
        <translation>业绩报告</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Whole team (leaderboard)</source>
        <translation>整个团队(排行榜)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告:</translation>
    </message>
    <message>
        <source>Day in the period:</source>
        <translation>期间内的日期:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>对象:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>ReportNotice</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Report ready: {title}</source>
        <translation>报告已生成:{title}</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Save HTML…</source>
        <translation>保存 HTML…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Prepare Email</source>
        <translation>准备邮件</translation>
    </message>
    <message>
        <source>Save an e-mail draft with the report and open it in your mail program</source>
        <translation>保存附带报告的邮件草稿,并在邮件程序中打开</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存:{path}</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>无法保存报告。</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The e-mail draft could not be saved.</source>
        <translation>无法保存邮件草稿。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Team performance report</source>
        <translation>团队业绩报告</translation>
    </message>
    <message>
        <source>Performance report: {name}</source>
        <translation>业绩报告:{name}</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Custom period report</source>
        <translation>自定义期间报告</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>期间:{start} 至 {end}</translation>
    </message>
    <message>
        <source>Compared with {start} to {end}</source>
        <translation>对比期间:{start} 至 {end}</translation>
    </message>
    <message>
        <source>Generated {when}. Amounts in {currency}.</source>
        <translation>生成于 {when}。金额单位:{currency}。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>{delta} pts</source>
        <translation>{delta} 个百分点</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>丢单数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>新商机</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>新增销售管道</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Open pipeline now: {value} in {count} deals</source>
        <translation>当前未结销售管道:{count} 个商机,共 {value}</translation>
    </message>
    <message>
        <source>Quota attainment</source>
        <translation>配额完成率</translation>
    </message>
    <message>
        <source>Quota attainment, {start} to {end}</source>
        <translation>配额完成率({start} 至 {end})</translation>
    </message>
    <message>
        <source>Won {won} of a {target} target: {attainment}</source>
        <translation>目标 {target},已赢单 {won}:{attainment}</translation>
    </message>
    <message>
        <source>No revenue target starts in these days.</source>
        <translation>这些日期内没有开始的收入目标。</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>团队合计</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Top won deals</source>
        <translation>最大赢单</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>No deal was won in this period.</source>
        <translation>本期没有赢单。</translation>
    </message>
    <message>
        <source>Deals lost and why</source>
        <translation>丢单及原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(未填写原因)</translation>
    </message>
    <message>
        <source>No deal was lost in this period.</source>
        <translation>本期没有丢单。</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(无负责人)</translation>
    </message>
    <message>
        <source>Won value by rep</source>
        <translation>各销售代表赢单金额</translation>
    </message>
    <message>
        <source>Activities per day</source>
        <translation>每日活动</translation>
    </message>
    <message>
        <source>Activities per week</source>
        <translation>每周活动</translation>
    </message>
    <message>
        <source>Activities by type</source>
        <translation>按类型统计的活动</translation>
    </message>
    <message>
        <source>{title}: {start} to {end}</source>
        <translation>{title}:{start} 至 {end}</translation>
    </message>
    <message>
        <source>The report is attached as a PDF; mail programs that show HTML display it here.</source>
        <translation>报告以 PDF 附件形式附上;支持 HTML 的邮件程序会在此处直接显示。</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Gathering the report&apos;s figures…</source>
        <extracomment>A report was generated on request and its preview shown: carries the preview. A scheduled report was saved: carries its path.</extracomment>
        <translation>正在汇总报告数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Performance Report</source>
        <translation>业绩报告</translation>
    </message>
    <message>
        <source>The report could not be made: {error}</source>
        <translation>无法生成报告:{error}</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>报告已生成</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Report Schedule</source>
        <translation>报告定时生成</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation>每个工作日(周一至周五)</translation>
    </message>
    <message>
        <source>Every week on</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>On the first of every month</source>
        <translation>每月 1 日</translation>
    </message>
    <message>
        <source>Daily report (the day before)</source>
        <translation>日报(前一天)</translation>
    </message>
    <message>
        <source>Weekly report (last week)</source>
        <translation>周报(上周)</translation>
    </message>
    <message>
        <source>Monthly report (last month)</source>
        <translation>月报(上月)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>频率:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>星期:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>对象:</translation>
    </message>
    <message>
        <source>Reports are saved in your data folder and announced.</source>
        <translation>报告会保存到您的数据文件夹,并弹出通知。</translation>
    </message>
</context>
</TS>
