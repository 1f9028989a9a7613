<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NotificationBadge</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="216"/>
        <source>{count} reminders waiting</source>
        <translation>{count} 条提醒待处理</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="175"/>
        <location filename="../../crm_desktop/notifications/widgets.py" line="177"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="179"/>
        <source>No reminders waiting.</source>
        <translation>没有待处理的提醒。</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../crm_desktop/notifications/controller.py" line="72"/>
        <source>Show window</source>
        <extracomment>The centre lists reminders shown within this many days and still open. A batch of reminders was shown (popup, centre, and tray when there is one).</extracomment>
        <translation>显示窗口</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/controller.py" line="73"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/controller.py" line="75"/>
        <source>CRM reminders</source>
        <translation>CRM 提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/controller.py" line="134"/>
        <source>{count} reminders</source>
        <translation>{count} 条提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/controller.py" line="137"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="117"/>
        <source>+{count} more in the notification centre</source>
        <translation>通知中心还有 {count} 条</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="157"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="159"/>
        <source>{count} reminders</source>
        <translation>{count} 条提醒</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="51"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="54"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="58"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="62"/>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="63"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/notifications/widgets.py" line="64"/>
        <source>Tomorrow morning</source>
        <translation>明天早上</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="30"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="31"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="32"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="33"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="34"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="40"/>
        <source>At due time</source>
        <translation>到期时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="41"/>
        <source>10 minutes before</source>
        <translation>提前 10 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="42"/>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="43"/>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="44"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="45"/>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="51"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="52"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="53"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="59"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="60"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="61"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="62"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="96"/>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="96"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="101"/>
        <source>Has a due time</source>
        <translation>有截止时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="111"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="122"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="123"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="125"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="126"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="127"/>
        <source>Remind at</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="128"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="129"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="130"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="131"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="132"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="147"/>
        <source>(none — create tasks from a record to link them)</source>
        <translation>（无——从记录中创建任务即可关联）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="149"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="150"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="151"/>
        <source>deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="209"/>
        <source>A task needs a title.</source>
        <translation>任务需要标题。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/dialog.py" line="211"/>
        <source>A repeating task needs a due time.</source>
        <translation>重复任务需要截止时间。</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="64"/>
        <source>All types</source>
        <extracomment>The agenda was (re)loaded and shown.</extracomment>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="68"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="68"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="68"/>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="87"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="72"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="73"/>
        <source>Done / undo (Space)</source>
        <translation>完成/撤销（空格）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="74"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="75"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="76"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="81"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="85"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="127"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="141"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="156"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="157"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="158"/>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="159"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="180"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="200"/>
        <source>The tasks could not be loaded: {error}</source>
        <translation>无法加载任务：{error}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="259"/>
        <source>Log activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="260"/>
        <source>Log “{title}” as a completed activity on its record?</source>
        <translation>将“{title}”作为已完成的活动记录到其记录上？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="313"/>
        <source>Task not saved</source>
        <translation>任务未保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="322"/>
        <source>Export tasks</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="322"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="335"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks/page.py" line="339"/>
        <source>{count} tasks exported to {path}</source>
        <translation>已将 {count} 个任务导出到 {path}</translation>
    </message>
</context>
</TS>
