"""Merging two duplicate records field by field, and the list of a record's duplicates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.duplicates import MERGE_FIELDS
from crm_desktop.ui.records.fields import enum_label, field_specs
from crm_desktop.ui.text import fill
from crm_desktop.ui.undo.commands import MergeCommand, record_service

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub
    from crm_desktop.ui.undo.manager import UndoManager

_LINKS = {"company_id": EntityKind.COMPANY, "owner_id": EntityKind.USER, "source_id": "source"}


class MergeDialog(QDialog):
    """Two records side by side: choose the record to keep and, per field, the value to keep."""

    sig_merged = Signal(object)  # Changes

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        undo: UndoManager | None,
        kind: EntityKind,
        first_id: str,
        second_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.hub, self.undo, self.kind = services, hub, undo, kind
        service = record_service(services, kind)
        self.records = [service.get(first_id), service.get(second_id)]
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.keep_group = QButtonGroup(self)
        self.field_groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the value to keep for each field."), self))
        grid = QGridLayout()
        layout.addLayout(grid)
        self._build(grid)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _build(self, grid: QGridLayout) -> None:
        grid.addWidget(QLabel(self.tr("Keep record"), self), 0, 0)
        for side, record in enumerate(self.records):
            button = QRadioButton(self._label(record), self)
            button.setObjectName(f"keep_{side}")
            self.keep_group.addButton(button, side)
            grid.addWidget(button, 0, side + 1)
        self.keep_group.button(0).setChecked(True)
        labels = {spec.key: spec.label for spec in field_specs(self.kind)}
        row = 1
        for key in MERGE_FIELDS[self.kind]:
            values = [getattr(r, key) for r in self.records]
            if values[0] == values[1]:
                continue
            group = QButtonGroup(self)
            grid.addWidget(QLabel(labels.get(key, key), self), row, 0)
            for side, value in enumerate(values):
                button = QRadioButton(self._show(key, value), self)
                button.setObjectName(f"pick_{key}_{side}")
                group.addButton(button, side)
                grid.addWidget(button, row, side + 1)
            group.button(0 if values[0] not in (None, "") else 1).setChecked(True)
            self.field_groups[key] = group
            row += 1

    def _label(self, record: Any) -> str:
        """Name plus what tells the two apart: email or domain, and when it was created."""
        name = getattr(record, "display_name", None) or getattr(record, "name", "")
        hint = getattr(record, "email", None) or getattr(record, "domain", None)
        created = QLocale().toString(record.created_at.date(), QLocale.FormatType.ShortFormat)
        return f"{name} · {hint} · {created}" if hint else f"{name} · {created}"

    def _show(self, key: str, value: Any) -> str:
        if value in (None, ""):
            return self.tr("(empty)")
        if key in _LINKS:
            return str(self.services.lookups.labels(_LINKS[key], [value]).get(value, value))
        if hasattr(value, "value") and isinstance(value.value, str):
            return enum_label(value)
        return str(value)

    # -- result --------------------------------------------------------------------------
    def winner_side(self) -> int:
        return max(self.keep_group.checkedId(), 0)

    def chosen_values(self) -> dict[str, Any]:
        values = {}
        for key, group in self.field_groups.items():
            value = getattr(self.records[max(group.checkedId(), 0)], key)
            values[key] = getattr(value, "value", value)
        return values

    def accept(self) -> None:
        winner = self.records[self.winner_side()]
        loser = self.records[1 - self.winner_side()]
        try:
            result = self.services.duplicates.merge(
                self.kind, winner.id, loser.id, self.chosen_values()
            )
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Not merged"), str(exc))
            return
        if self.undo is not None:
            self.undo.push(
                MergeCommand(
                    self.services,
                    self.hub,
                    self.kind,
                    winner.id,
                    loser.id,
                    self.chosen_values(),
                    receipt=result.receipt,
                )
            )
        self.hub.sig_changed.emit(result.changes)
        self.sig_merged.emit(result.changes)
        super().accept()


class DuplicatesDialog(QDialog):
    """The likely duplicates of one record; pick one to merge it."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        undo: UndoManager | None,
        kind: EntityKind,
        record_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.hub, self.undo = services, hub, undo
        self.kind, self.record_id = kind, record_id
        self.merge_dialog: MergeDialog | None = None
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.list = QListWidget(self)
        self.list.itemActivated.connect(lambda _item: self.merge_selected())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        merge = self.buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        merge.clicked.connect(self.merge_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        reasons = {"email": self.tr("same email"), "phone": self.tr("same phone")}
        reasons |= {"name": self.tr("similar name"), "domain": self.tr("same domain")}
        for match in self.services.duplicates.find_for(self.kind, self.record_id):
            why = ", ".join(reasons.get(r, r) for r in match.reasons)
            item = QListWidgetItem(fill(self.tr("%1 (%2)"), match.label, why))
            item.setData(Qt.ItemDataRole.UserRole, match.other_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No likely duplicates found."))

    def merge_selected(self) -> MergeDialog | None:
        item = self.list.currentItem()
        other_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not other_id:
            return None
        dialog = MergeDialog(
            self.services, self.hub, self.undo, self.kind, self.record_id, other_id, self
        )
        dialog.sig_merged.connect(lambda _changes: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge_dialog = dialog
        dialog.open()
        return dialog
