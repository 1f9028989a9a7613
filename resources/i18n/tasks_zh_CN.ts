<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks/link_picker.py" line="67"/>
        <source>No link</source>
        <translation>不关联</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/link_picker.py" line="68"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/link_picker.py" line="69"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/link_picker.py" line="70"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/link_picker.py" line="97"/>
        <source>Remove the link</source>
        <translation>移除关联</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/link_picker.py" line="150"/>
        <source>Type to find a contact</source>
        <translation>输入以查找联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/link_picker.py" line="151"/>
        <source>Type to find a company</source>
        <translation>输入以查找公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/link_picker.py" line="152"/>
        <source>Type to find a deal</source>
        <translation>输入以查找交易</translation>
    </message>
</context>
<context>
    <name>NotificationBadge</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="271"/>
        <source>{count} reminders waiting</source>
        <translation>{count} 条提醒待处理</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="230"/>
        <location filename="../../crm_desktop/notifications/widgets.py" line="232"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="234"/>
        <source>No reminders waiting.</source>
        <translation>没有待处理的提醒。</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <location filename="../../crm_desktop/notifications/settings_section.py" line="16"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后继续在系统托盘中运行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/settings_section.py" line="30"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/settings_section.py" line="40"/>
        <source>Reminders keep appearing while the window is closed; quit from the tray.</source>
        <translation>窗口关闭后提醒仍会出现；请从托盘菜单退出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/settings_section.py" line="45"/>
        <source>This desktop has no system tray: closing the window quits, and reminders show inside the app while it runs.</source>
        <translation>此桌面没有系统托盘：关闭窗口即退出程序，提醒仅在程序运行时于应用内显示。</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../crm_desktop/notifications/controller.py" line="221"/>
        <source>{count} reminders</source>
        <extracomment>The centre lists reminders shown within this many days and still open. A batch of reminders was shown (popup, centre, and tray when there is one). A check on the worker ended (carries its ``DueBatch``, empty when none or it failed).</extracomment>
        <translation>{count} 条提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/controller.py" line="224"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="172"/>
        <source>+{count} more in the notification centre</source>
        <translation>通知中心还有 {count} 条</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="212"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="214"/>
        <source>{count} reminders</source>
        <translation>{count} 条提醒</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="51"/>
        <source>Tomorrow at {time}</source>
        <translation>明天 {time}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="104"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="107"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="111"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="119"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="48"/>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="47"/>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="49"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="50"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="63"/>
        <source>Snooze until…</source>
        <translation>稍后提醒至…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="78"/>
        <source>Remind me again at</source>
        <translation>再次提醒时间</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks/commands.py" line="31"/>
        <source>Reschedule “{title}”</source>
        <translation>改期“{title}”</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="33"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="34"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="35"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="36"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="37"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="43"/>
        <source>At due time</source>
        <translation>到期时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="44"/>
        <source>10 minutes before</source>
        <translation>提前 10 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="45"/>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="46"/>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="47"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="48"/>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="54"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="55"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="56"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="62"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="63"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="64"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="65"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="102"/>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="102"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="112"/>
        <source>Has a due time</source>
        <translation>有截止时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="122"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="133"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="134"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="136"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="137"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="138"/>
        <source>Remind at</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="139"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="140"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="141"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="143"/>
        <source>Linked to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="242"/>
        <source>Pick the linked record from the list, or remove the link.</source>
        <translation>请从列表中选择关联的记录，或移除关联。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="144"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="172"/>
        <source>(none — create tasks from a record to link them)</source>
        <translation>（无——从记录中创建任务即可关联）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="174"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="175"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="176"/>
        <source>deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="237"/>
        <source>A task needs a title.</source>
        <translation>任务需要标题。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="239"/>
        <source>A repeating task needs a due time.</source>
        <translation>重复任务需要截止时间。</translation>
    </message>
</context>
<context>
    <name>TaskEditing</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks/editing.py" line="56"/>
        <source>Task not saved</source>
        <translation>任务未保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/texts.py" line="10"/>
        <source>New &amp;Task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/texts.py" line="15"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="68"/>
        <source>All types</source>
        <extracomment>The agenda was (re)loaded and shown.</extracomment>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="73"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="73"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="73"/>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="92"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="77"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="78"/>
        <source>Done / undo (Space)</source>
        <translation>完成/撤销（空格）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/groups.py" line="37"/>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="79"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/groups.py" line="39"/>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="80"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="81"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="86"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="90"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="105"/>
        <source>Drag a task onto a day group or a calendar day.</source>
        <translation>将任务拖到某个日期分组或日历中的某一天即可改期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="146"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="160"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/groups.py" line="35"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/groups.py" line="36"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/groups.py" line="38"/>
        <source>Later this week</source>
        <translation>本周稍后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/groups.py" line="40"/>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="328"/>
        <source>Task not moved</source>
        <translation>任务未改期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/groups.py" line="41"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="204"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="228"/>
        <source>The tasks could not be loaded: {error}</source>
        <translation>无法加载任务：{error}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="287"/>
        <source>Log activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="288"/>
        <source>Log “{title}” as a completed activity on its record?</source>
        <translation>将“{title}”作为已完成的活动记录到其记录上？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="366"/>
        <source>Export tasks</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="366"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="379"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="383"/>
        <source>{count} tasks exported to {path}</source>
        <translation>已将 {count} 个任务导出到 {path}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="63"/>
        <source>Keep running in the tray when the window is closed</source>
        <extracomment>Tasks listed in the tray menu; the rest are on the Tasks page. What really quits the app once the window closed (tests replace it).</extracomment>
        <translation>关闭窗口后继续在系统托盘中运行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="82"/>
        <source>{app}: {count} tasks for today</source>
        <translation>{app}：今天有 {count} 项任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="90"/>
        <source>Today&apos;s tasks</source>
        <translation>今日任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="93"/>
        <source>Nothing left for today</source>
        <translation>今天没有待办任务了</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="95"/>
        <source>Overdue: {title}</source>
        <translation>已逾期：{title}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="101"/>
        <source>{count} more…</source>
        <translation>还有 {count} 项…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="105"/>
        <source>Open {app}</source>
        <translation>打开 {app}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="106"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="112"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/tray.py" line="151"/>
        <source>{app} keeps running in the tray, so your reminders still appear. Use Quit in the tray menu to end it.</source>
        <translation>{app} 仍在系统托盘中运行，提醒会照常出现。使用托盘菜单中的“退出”即可结束程序。</translation>
    </message>
</context>
</TS>
