<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="25"/>
        <source>Open deal</source>
        <translation>打开商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="26"/>
        <source>Move to next stage</source>
        <translation>移到下一阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="27"/>
        <source>Move to previous stage</source>
        <translation>移到上一阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="28"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="29"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="31"/>
        <source>Mark won</source>
        <translation>标记为赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="34"/>
        <source>Mark lost…</source>
        <translation>标记为输单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="38"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="39"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/actions.py" line="100"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/board_view.py" line="168"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/board_view.py" line="169"/>
        <source>{name} · {count}</source>
        <translation>{name} · {count}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/board_view.py" line="170"/>
        <source>{total} · weighted {weighted}</source>
        <translation>{total} · 加权 {weighted}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/board_view.py" line="196"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/board_view.py" line="197"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/card_item.py" line="45"/>
        <source>No company</source>
        <translation>无公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/card_item.py" line="46"/>
        <source>No amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/card_item.py" line="47"/>
        <source>⚠ Nothing scheduled</source>
        <translation>⚠ 没有安排后续</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/card_item.py" line="48"/>
        <source>No close date</source>
        <translation>无预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/card_item.py" line="49"/>
        <source>{days} d in stage</source>
        <translation>在此阶段 {days} 天</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="30"/>
        <source>Search deals or companies</source>
        <translation>搜索商机或公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="34"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="35"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="49"/>
        <source>Close:</source>
        <translation>成交日期：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="53"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="72"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="98"/>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="100"/>
        <source>My deals</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/filter_bar.py" line="135"/>
        <source>Not a number: ignored</source>
        <translation>不是数字：已忽略</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="25"/>
        <source>Mark as lost</source>
        <translation>标记为输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="28"/>
        <source>(choose a reason)</source>
        <translation>（选择原因）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="33"/>
        <source>What happened? (optional when a reason is chosen)</source>
        <translation>发生了什么？（已选原因时可不填）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="41"/>
        <source>Why was “{name}” lost?</source>
        <translation>“{name}”为什么输单？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="42"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="43"/>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="66"/>
        <source>New deal in {stage}</source>
        <translation>在“{stage}”中新建商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="81"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="82"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="108"/>
        <source>A deal needs a name.</source>
        <translation>商机需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/dialogs.py" line="110"/>
        <source>The amount must be a positive number.</source>
        <translation>金额必须是正数。</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="80"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="131"/>
        <source>No pipeline yet: add one in Settings.</source>
        <translation>还没有销售管道：请在设置中添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="137"/>
        <source>The board could not be loaded: {error}</source>
        <translation>无法加载看板：{error}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="174"/>
        <source>Move “{name}” to {stage}</source>
        <translation>将“{name}”移到{stage}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="194"/>
        <source>Mark “{name}” won</source>
        <translation>将“{name}”标记为赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="214"/>
        <source>Mark “{name}” lost</source>
        <translation>将“{name}”标记为输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="264"/>
        <source>Move not saved</source>
        <translation>移动未保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="271"/>
        <source>The deal was deleted meanwhile; it is no longer on the board.</source>
        <translation>该商机已被他人删除，不再显示在看板上。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="272"/>
        <source>The deal was already marked won or lost meanwhile.</source>
        <translation>该商机已被标记为赢单或输单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="273"/>
        <source>That stage no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="274"/>
        <source>That stage belongs to another pipeline.</source>
        <translation>该阶段属于另一个销售管道。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="276"/>
        <source>The database is busy or locked by another program. Try again in a moment.</source>
        <translation>数据库正忙或被其他程序锁定，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="280"/>
        <source>Say why the deal was lost: pick a reason or write one.</source>
        <translation>请说明输单原因：选择一个原因或填写说明。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="311"/>
        <source>Deal not created</source>
        <translation>未创建商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pipeline/page.py" line="337"/>
        <source>Drag cards between stages, or use Ctrl+←/→ (stage), Ctrl+↑/↓ (order), Ctrl+Shift+W (won), Ctrl+Shift+L (lost), Ctrl+Z (undo); right-click for more.</source>
        <translation>在阶段之间拖动卡片，或使用 Ctrl+←/→（阶段）、Ctrl+↑/↓（顺序）、Ctrl+Shift+W（赢单）、Ctrl+Shift+L（输单）、Ctrl+Z（撤销）；右键查看更多操作。</translation>
    </message>
</context>
</TS>
