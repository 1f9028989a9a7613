"""The new/edit task dialog: title, type, due, reminder, priority, owner, link, notes, repeat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.domain.enums import Priority, Repeat, TaskType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.reminders import ReminderOffset
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.tasks import TaskDTO, TaskInput
from crm_desktop.ui.tasks.link_picker import LinkLookups, LinkPicker, RecordLink, link_of

NO_LINK = ("contact_id", "company_id", "deal_id")


def type_names() -> dict[TaskType, str]:
    return {
        TaskType.CALL: QCoreApplication.translate("TaskDialog", "Call"),
        TaskType.EMAIL: QCoreApplication.translate("TaskDialog", "Email"),
        TaskType.MEETING: QCoreApplication.translate("TaskDialog", "Meeting"),
        TaskType.FOLLOW_UP: QCoreApplication.translate("TaskDialog", "Follow-up"),
        TaskType.OTHER: QCoreApplication.translate("TaskDialog", "Other"),
    }


def reminder_names() -> dict[ReminderOffset, str]:
    return {
        ReminderOffset.AT_DUE: QCoreApplication.translate("TaskDialog", "At due time"),
        ReminderOffset.MINUTES_10: QCoreApplication.translate("TaskDialog", "10 minutes before"),
        ReminderOffset.HOUR_1: QCoreApplication.translate("TaskDialog", "1 hour before"),
        ReminderOffset.DAY_1: QCoreApplication.translate("TaskDialog", "1 day before"),
        ReminderOffset.CUSTOM: QCoreApplication.translate("TaskDialog", "Custom…"),
        ReminderOffset.NONE: QCoreApplication.translate("TaskDialog", "No reminder"),
    }


def priority_names() -> dict[Priority, str]:
    return {
        Priority.LOW: QCoreApplication.translate("TaskDialog", "Low"),
        Priority.NORMAL: QCoreApplication.translate("TaskDialog", "Normal"),
        Priority.HIGH: QCoreApplication.translate("TaskDialog", "High"),
    }


def repeat_names() -> dict[Repeat, str]:
    return {
        Repeat.NONE: QCoreApplication.translate("TaskDialog", "Does not repeat"),
        Repeat.DAILY: QCoreApplication.translate("TaskDialog", "Daily"),
        Repeat.WEEKLY: QCoreApplication.translate("TaskDialog", "Weekly"),
        Repeat.MONTHLY: QCoreApplication.translate("TaskDialog", "Monthly"),
    }


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def _combo(names: dict, current: object) -> QComboBox:  # type: ignore[type-arg]
    combo = QComboBox()
    for value, text in names.items():
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class TaskDialog(QDialog):
    """Edits a ``TaskInput``; ``value()`` after ``accept``. Links are kept from ``task``."""

    def __init__(
        self,
        users: list[UserDTO],
        now: datetime,
        zone: tzinfo,
        task: TaskDTO | None = None,
        parent: QWidget | None = None,
        owner_id: str | None = None,
        *,
        lookups: LinkLookups | None = None,
        link: RecordLink | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("task_dialog")
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("New task"))
        self._task = task
        self._initial_link = link_of(task) if task else link
        self.link_picker: LinkPicker | None = None
        if lookups is not None:
            self.link_picker = LinkPicker(lookups)
            self.link_picker.set_link(self._initial_link)
        due = task.due_at if task and task.due_at else _next_hour(now)
        self.title_edit = QLineEdit(task.title if task else "")
        self.type_combo = _combo(type_names(), task.type if task else TaskType.FOLLOW_UP)
        self.has_due = QCheckBox(self.tr("Has a due time"))
        self.has_due.setChecked(task is None or task.due_at is not None)
        self.due_edit = QDateTimeEdit(to_qdatetime(due))
        self.due_edit.setCalendarPopup(True)
        self.reminder_combo = _combo(reminder_names(), self._reminder_of(task, zone))
        remind = task.remind_at if task and task.remind_at else due
        self.remind_edit = QDateTimeEdit(to_qdatetime(remind))
        self.remind_edit.setCalendarPopup(True)
        self.priority_combo = _combo(priority_names(), task.priority if task else Priority.NORMAL)
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for user in users:
            self.owner_combo.addItem(user.name, user.id)
        current_owner = task.owner_id if task else owner_id
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current_owner)))
        self.repeat_combo = _combo(repeat_names(), task.repeat if task else Repeat.NONE)
        self.notes_edit = QPlainTextEdit(task.notes or "" if task else "")
        self.error_label = QLabel()
        self.error_label.setObjectName("task_dialog_error")
        self.error_label.setStyleSheet("color: #b91c1c;")
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.has_due)
        form.addRow(self.tr("Due"), self.due_edit)
        form.addRow(self.tr("Reminder"), self.reminder_combo)
        form.addRow(self.tr("Remind at"), self.remind_edit)
        form.addRow(self.tr("Priority"), self.priority_combo)
        form.addRow(self.tr("Owner"), self.owner_combo)
        form.addRow(self.tr("Repeat"), self.repeat_combo)
        link_row = self.link_picker or QLabel(self._link_text())
        form.addRow(self.tr("Linked to"), link_row)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.has_due.toggled.connect(self._sync)
        self.reminder_combo.currentIndexChanged.connect(self._sync)
        self._sync()

    def _link_ids(self) -> dict[str, str | None]:
        task, picker = self._task, self.link_picker
        if picker is not None and picker.link() != self._initial_link:
            chosen = picker.link()
            return chosen.ids() if chosen else dict.fromkeys(NO_LINK)
        if task is not None:  # unchanged: every link of the task stays
            return {
                "contact_id": task.contact_id,
                "company_id": task.company_id,
                "deal_id": task.deal_id,
            }
        return self._initial_link.ids() if self._initial_link else {}

    def _link_text(self) -> str:
        task = self._task
        if task is None or not any((task.contact_id, task.company_id, task.deal_id)):
            return self.tr("(none — create tasks from a record to link them)")
        parts = [
            self.tr("contact") if task.contact_id else "",
            self.tr("company") if task.company_id else "",
            self.tr("deal") if task.deal_id else "",
        ]
        return ", ".join(part for part in parts if part)

    @staticmethod
    def _reminder_of(task: TaskDTO | None, zone: tzinfo) -> ReminderOffset:
        if task is None:
            return ReminderOffset.AT_DUE
        if task.remind_at is None:
            return ReminderOffset.NONE
        if task.due_at is None:
            return ReminderOffset.CUSTOM
        gap = task.due_at - task.remind_at
        known = {
            timedelta(0): ReminderOffset.AT_DUE,
            timedelta(minutes=10): ReminderOffset.MINUTES_10,
            timedelta(hours=1): ReminderOffset.HOUR_1,
        }
        if gap in known:
            return known[gap]
        local_due = task.due_at.astimezone(zone)
        if (local_due - task.remind_at.astimezone(zone)).days == 1 and gap.seconds % 3600 == 0:
            return ReminderOffset.DAY_1
        return ReminderOffset.CUSTOM

    def _sync(self) -> None:
        self.due_edit.setEnabled(self.has_due.isChecked())
        self.remind_edit.setEnabled(self.reminder_combo.currentData() == ReminderOffset.CUSTOM)

    def value(self) -> TaskInput:
        links = self._link_ids()
        return TaskInput(
            title=self.title_edit.text(),
            type=self.type_combo.currentData(),
            due_at=from_qdatetime(self.due_edit.dateTime()) if self.has_due.isChecked() else None,
            reminder=self.reminder_combo.currentData(),
            remind_at=from_qdatetime(self.remind_edit.dateTime()),
            priority=self.priority_combo.currentData(),
            owner_id=self.owner_combo.currentData(),
            contact_id=links.get("contact_id"),
            company_id=links.get("company_id"),
            deal_id=links.get("deal_id"),
            notes=self.notes_edit.toPlainText() or None,
            repeat=self.repeat_combo.currentData(),
        )

    def _on_accept(self) -> None:
        value = self.value()
        if not value.title.strip():
            self.show_error(ValidationError({"title": "required"}))
            return
        if value.repeat is not Repeat.NONE and value.due_at is None:
            self.show_error(ValidationError({"repeat": "needs a due time"}))
            return
        if self.link_picker is not None and not self.link_picker.resolved():
            self.show_error(ValidationError({"link": "pick from the list"}))
            return
        self.accept()

    def show_error(self, error: ValidationError) -> None:
        if "title" in error.errors:
            self.error_label.setText(self.tr("A task needs a title."))
        elif "repeat" in error.errors:
            self.error_label.setText(self.tr("A repeating task needs a due time."))
        elif "link" in error.errors:
            self.error_label.setText(
                self.tr("Pick the linked record from the list, or remove the link.")
            )
        else:
            self.error_label.setText(str(error))


def _next_hour(now: datetime) -> datetime:
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
