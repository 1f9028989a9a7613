"""A record's timeline (newest first) with the quick "log ..." and "follow-up" actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ActivityType, EntityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.activities import ActivityLinks
from crm_desktop.services.timeline import EntryKind, TimelineEntry
from crm_desktop.ui.records.activity_dialog import ActivityDialog
from crm_desktop.ui.records.fields import enum_label, field_specs
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.tasks.dialog import TaskDialog

_LINK_KINDS = {
    "company_id": EntityKind.COMPANY,
    "owner_id": EntityKind.USER,
    "source_id": EntityKind.SOURCE,
}
_CHOICE_FIELDS = frozenset({"lifecycle_stage", "lead_status", "lifecycle", "outcome"})
QUICK_ACTIONS = (ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING, ActivityType.NOTE)


class TimelineView(QWidget):
    sig_changed = Signal(object)  # Changes of a logged activity or added task

    def __init__(self, services: Services, kind: EntityKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.kind = kind
        self.record_id: str | None = None
        self.links = ActivityLinks()
        self._field_labels = {spec.key: spec.label for spec in field_specs(kind)}
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("timeline")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 140)
        self.tree.setColumnWidth(1, 260)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        labels = {
            ActivityType.CALL: self.tr("Log call"),
            ActivityType.EMAIL: self.tr("Log email"),
            ActivityType.MEETING: self.tr("Log meeting"),
            ActivityType.NOTE: self.tr("Add note"),
        }
        for kind_ in QUICK_ACTIONS:
            button = QPushButton(labels[kind_], self)
            button.clicked.connect(lambda _=False, k=kind_: self.ask_activity(k))
            row.addWidget(button)
            self.buttons[kind_.value] = button
        task_button = QPushButton(self.tr("Add follow-up task"), self)
        task_button.clicked.connect(self.ask_follow_up)
        self.buttons["task"] = task_button
        row.addWidget(task_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        self.dialog: ActivityDialog | TaskDialog | None = None
        self._set_enabled()

    def set_record(self, record_id: str | None, links: ActivityLinks) -> None:
        self.record_id = record_id
        self.links = links
        self._set_enabled()
        self.refresh()

    def _set_enabled(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.record_id is not None)

    def refresh(self) -> None:
        self.tree.clear()
        if self.record_id is None:
            return
        entries = self.services.timeline.for_record(self.kind, self.record_id)
        self.tree.addTopLevelItems([self._item(e) for e in entries])

    def entries_text(self) -> list[str]:
        """The "What" column top to bottom (for tests and accessibility)."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [item.text(1) for item in items if item is not None]

    # -- showing -------------------------------------------------------------------------
    def _item(self, entry: TimelineEntry) -> QTreeWidgetItem:
        when = QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp())).toLocalTime()
        item = QTreeWidgetItem(
            [
                QLocale().toString(when, QLocale.FormatType.ShortFormat),
                self._what(entry),
                (entry.detail or "").replace("\n", " ")[:200],
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, entry.kind.value)
        return item

    def _what(self, entry: TimelineEntry) -> str:
        if entry.kind == EntryKind.ACTIVITY:
            return f"{self._activity_name(entry.activity_type)}: {entry.title}"
        if entry.kind == EntryKind.STAGE_CHANGE:
            if entry.old is None:
                return fill(self.tr("Entered stage %1"), entry.new)
            return fill(self.tr("Stage: %1 → %2"), entry.old, entry.new)
        if entry.kind == EntryKind.FIELD_CHANGE:
            label = self._field_labels.get(entry.title, entry.title)
            old, new = self._value(entry.title, entry.old), self._value(entry.title, entry.new)
            return fill(self.tr("%1: %2 → %3"), label, old, new)
        return {
            EntryKind.CREATED: self.tr("Created"),
            EntryKind.DELETED: self.tr("Moved to the trash"),
            EntryKind.RESTORED: self.tr("Restored from the trash"),
            EntryKind.MERGED: self.tr("Merged with a duplicate"),
        }.get(entry.kind, entry.kind.value)

    def _value(self, field: str, value: Any) -> str:
        """A changed value as the user knows it: names for links, labels for choices."""
        if isinstance(value, str) and value and field in _LINK_KINDS:
            return _short(self.services.lookups.labels(_LINK_KINDS[field], [value]).get(value))
        if isinstance(value, str) and field in _CHOICE_FIELDS:
            return enum_label(value)
        return _short(value)

    def _activity_name(self, kind: ActivityType | None) -> str:
        return {
            ActivityType.CALL: self.tr("Call"),
            ActivityType.EMAIL: self.tr("Email"),
            ActivityType.MEETING: self.tr("Meeting"),
            ActivityType.MESSAGE: self.tr("Message"),
            ActivityType.NOTE: self.tr("Note"),
        }.get(kind or ActivityType.NOTE, "")

    # -- quick actions -------------------------------------------------------------------
    def ask_activity(self, kind: ActivityType) -> ActivityDialog:
        dialog = ActivityDialog(kind, self)
        dialog.accepted.connect(lambda: self._log(dialog))
        self._open(dialog)
        return dialog

    def ask_follow_up(self) -> TaskDialog:
        """The full task dialog (type, reminder, priority, repeat...), linked to this record."""
        from crm_desktop.ui.tasks.editing import make_task_dialog
        from crm_desktop.ui.tasks.link_picker import RecordLink

        assert self.record_id is not None
        link = RecordLink(EntityKind(self.kind), self.record_id)
        dialog = make_task_dialog(self, self.services, link=link)
        dialog.accepted.connect(
            lambda: self._write(lambda: self.services.tasks.create(dialog.value()))
        )
        self._open(dialog)
        return dialog

    def _open(self, dialog: ActivityDialog | TaskDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _log(self, dialog: ActivityDialog) -> None:
        self._write(
            lambda: self.services.activities.log(
                dialog.kind,
                dialog.subject.text(),
                self.links,
                body=dialog.body.toPlainText() or None,
                occurred_at=dialog.occurred_at(),
                duration_minutes=dialog.duration_minutes(),
            )
        )

    def _write(self, action: Any) -> None:
        try:
            saved = action()
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.sig_changed.emit(saved.changes)
        self.refresh()


def _short(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
