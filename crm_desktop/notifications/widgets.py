"""Reminder widgets: one row per task (open / done / snooze), the popup, the centre, the badge."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.reminders import MORNING
from crm_desktop.notifications.scheduler import SnoozeChoice
from crm_desktop.services.tasks import TaskDTO
from crm_desktop.ui.resources import icon
from crm_desktop.ui.tasks.dialog import from_qdatetime, to_qdatetime

POPUP_ROWS = 5
CUSTOM_SNOOZE = "custom"
STYLE = """
QFrame#reminder_popup, QFrame#notification_centre {
    background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#reminder_heading { font-weight: 600; font-size: 11pt; }
QToolButton#notification_badge[unread="true"] { color: white; background: #dc2626;
    border-radius: 9px; padding: 1px 6px; font-weight: 600; }
"""


def snooze_names() -> dict[str, str]:
    """The quick snooze choices, in menu order."""
    morning = QLocale().toString(
        QTime(MORNING.hour, MORNING.minute), QLocale.FormatType.ShortFormat
    )
    return {
        SnoozeChoice.MINUTES_5: QCoreApplication.translate("ReminderRow", "5 minutes"),
        SnoozeChoice.MINUTES_10: QCoreApplication.translate("ReminderRow", "10 minutes"),
        SnoozeChoice.MINUTES_15: QCoreApplication.translate("ReminderRow", "15 minutes"),
        SnoozeChoice.HOUR_1: QCoreApplication.translate("ReminderRow", "1 hour"),
        SnoozeChoice.TOMORROW_MORNING: QCoreApplication.translate(
            "ReminderRow", "Tomorrow at {time}"
        ).format(time=morning),
    }


class SnoozeDialog(QDialog):
    """Snooze until a date and time the user picks (at least a minute ahead)."""

    def __init__(self, title: str, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snooze_dialog")
        self.setWindowTitle(self.tr("Snooze until…"))
        earliest = to_qdatetime(now + timedelta(minutes=1))
        self.edit = QDateTimeEdit(to_qdatetime(now + timedelta(hours=1)))
        self.edit.setObjectName("snooze_until")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(earliest)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        text = QLabel(title)
        text.setWordWrap(True)
        form.addRow(text)
        form.addRow(self.tr("Remind me again at"), self.edit)
        form.addRow(buttons)

    def value(self) -> datetime:
        return from_qdatetime(self.edit.dateTime())


class ReminderRow(QWidget):
    """A task's reminder with its actions. Signals carry the task id."""

    sig_open = Signal(str)
    sig_done = Signal(str)
    sig_snooze = Signal(str, str)  # task id, SnoozeChoice
    sig_snooze_custom = Signal(str)  # task id: ask when

    def __init__(self, task: TaskDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.setObjectName("reminder_row")
        when = ""
        if task.due_at is not None:
            when = QLocale().toString(to_qdatetime(task.due_at), QLocale.FormatType.ShortFormat)
        self.title_label = QLabel(task.title)
        self.title_label.setObjectName("reminder_title")
        self.title_label.setWordWrap(True)
        self.when_label = QLabel(when)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("reminder_open")
        self.open_button.setEnabled(any((task.deal_id, task.contact_id, task.company_id)))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("reminder_done")
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("reminder_snooze")
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for choice, text in snooze_names().items():
            action = menu.addAction(text)
            action.setData(choice)
            action.triggered.connect(lambda _=False, c=choice: self.sig_snooze.emit(task.id, c))
        menu.addSeparator()
        custom = menu.addAction(self.tr("Custom…"))
        custom.setData(CUSTOM_SNOOZE)
        custom.triggered.connect(lambda: self.sig_snooze_custom.emit(task.id))
        self.snooze_button.setMenu(menu)
        self.open_button.clicked.connect(lambda: self.sig_open.emit(task.id))
        self.done_button.clicked.connect(lambda: self.sig_done.emit(task.id))
        labels = QVBoxLayout()
        labels.addWidget(self.title_label)
        labels.addWidget(self.when_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(labels, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.done_button)
        layout.addWidget(self.snooze_button)


class ReminderList(QWidget):
    """Rows for a list of tasks; forwards every row's actions."""

    sig_open = Signal(str)
    sig_done = Signal(str)
    sig_snooze = Signal(str, str)
    sig_snooze_custom = Signal(str)

    def __init__(self, parent: QWidget | None = None, limit: int | None = None) -> None:
        super().__init__(parent)
        self._limit = limit
        self.rows: list[ReminderRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.more_label = QLabel()
        self.more_label.setObjectName("reminder_more")
        self._layout.addWidget(self.more_label)
        self._layout.addStretch(1)

    def set_tasks(self, tasks: list[TaskDTO]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        shown = tasks if self._limit is None else tasks[: self._limit]
        for index, task in enumerate(shown):
            row = ReminderRow(task, self)
            row.sig_open.connect(self.sig_open)
            row.sig_done.connect(self.sig_done)
            row.sig_snooze.connect(self.sig_snooze)
            row.sig_snooze_custom.connect(self.sig_snooze_custom)
            self._layout.insertWidget(index, row)
            self.rows.append(row)
        hidden = len(tasks) - len(shown)
        self.more_label.setVisible(hidden > 0)
        self.more_label.setText(
            self.tr("+{count} more in the notification centre").format(count=hidden)
        )

    def task_ids(self) -> list[str]:
        return [row.task.id for row in self.rows]


class ReminderPopup(QFrame):
    """The in-app notification: a small frameless window at the bottom right of the window."""

    def __init__(self, parent: QWidget) -> None:
        # A top-level frameless window (a Tool window would be raised on show: not everywhere).
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
        super().__init__(parent, flags | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminder_popup")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.heading = QLabel()
        self.heading.setObjectName("reminder_heading")
        self.list = ReminderList(self, limit=POPUP_ROWS)
        close = QToolButton()
        close.setObjectName("reminder_close")
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setMinimumWidth(420)

    def show_tasks(self, tasks: list[TaskDTO]) -> None:
        if not tasks:
            self.hide()
            return
        if len(tasks) == 1:
            self.heading.setText(self.tr("Reminder"))
        else:
            self.heading.setText(self.tr("{count} reminders").format(count=len(tasks)))
        self.list.set_tasks(tasks)
        self.adjustSize()
        anchor = self.parentWidget()
        if anchor is not None:
            corner = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height()))
            self.move(corner - QPoint(self.width() + 16, self.height() + 40))
        self.show()


class NotificationCentre(QFrame):
    """Every reminder shown and not dealt with yet (kept across restarts)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("notification_centre")
        self.setWindowTitle(self.tr("Notifications"))
        self.setStyleSheet(STYLE)
        heading = QLabel(self.tr("Notifications"))
        heading.setObjectName("reminder_heading")
        self.empty_label = QLabel(self.tr("No reminders waiting."))
        self.list = ReminderList(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        self.resize(460, 380)

    def set_tasks(self, tasks: list[TaskDTO]) -> None:
        self.list.set_tasks(tasks)
        self.empty_label.setVisible(not tasks)

    def show_below(self, widget: QWidget) -> None:
        point = widget.mapToGlobal(QPoint(widget.width(), 0))
        self.move(point - QPoint(self.width(), self.height() + 4))
        self.show()


class NotificationBadge(QToolButton):
    """The reminders button with the count of reminders waiting; a click opens the centre."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification_badge")
        self.setStyleSheet(STYLE)
        self.setAutoRaise(True)
        self.setIcon(icon("tasks"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(str(count) if count else "")
        self.setProperty("unread", count > 0)
        self.setToolTip(self.tr("{count} reminders waiting").format(count=count))
        self.style().unpolish(self)
        self.style().polish(self)
