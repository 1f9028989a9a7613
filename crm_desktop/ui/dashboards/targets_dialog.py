"""A small table editor for targets (quotas, pipeline goals) of the period shown."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import TargetKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.ui.dashboards.widgets import cell_text, set_headers

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

OWNER, KIND, START, END, AMOUNT = range(5)


class TargetsDialog(QDialog):
    """Rows of (owner, kind, first day, last day, amount); Save writes them all."""

    sig_saved = Signal(object)  # the Changes of every write

    def __init__(
        self,
        services: Services,
        owners: list[tuple[str, str]],
        start: date,
        end: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targets_dialog")
        self.setWindowTitle(self.tr("Targets"))
        self.resize(720, 420)
        self.services = services
        self.owners = owners
        self.start, self.end = start, end
        self.deleted: list[str] = []
        self.table = QTableWidget(0, 5)
        set_headers(
            self.table,
            [self.tr("Owner"), self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Amount")],
        )
        self.add_button = QPushButton(self.tr("Add target"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Targets starting from %1 to %2. Without an owner a target is the team's.")
                .replace("%1", start.isoformat())
                .replace("%2", end.isoformat())
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for target in services.targets.list(start=start, end=end):
            self.add_row(
                target.id,
                target.owner_id,
                target.kind,
                target.period_start,
                target.period_end,
                str(target.amount),
            )

    def add_row(
        self,
        target_id: str | None = None,
        owner_id: str | None = None,
        kind: TargetKind = TargetKind.REVENUE,
        start: date | None = None,
        end: date | None = None,
        amount: str = "",
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        owner = QComboBox()
        owner.addItem(self.tr("Team"), None)
        for user_id, name in self.owners:
            owner.addItem(name, user_id)
        owner.setCurrentIndex(max(owner.findData(owner_id), 0))
        kinds = QComboBox()
        kinds.addItem(self.tr("Revenue (quota)"), TargetKind.REVENUE.value)
        kinds.addItem(self.tr("Pipeline generated"), TargetKind.PIPELINE.value)
        kinds.setCurrentIndex(max(kinds.findData(kind.value), 0))
        self.table.setCellWidget(row, OWNER, owner)
        self.table.setCellWidget(row, KIND, kinds)
        first = QTableWidgetItem((start or self.start).isoformat())
        first.setData(Qt.ItemDataRole.UserRole, target_id)
        self.table.setItem(row, START, first)
        self.table.setItem(row, END, QTableWidgetItem((end or self.end).isoformat()))
        self.table.setItem(row, AMOUNT, QTableWidgetItem(amount))
        return row

    def _target_id(self, row: int) -> str | None:
        item = self.table.item(row, START)
        value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def _set_target_id(self, row: int, target_id: str) -> None:
        item = self.table.item(row, START)
        if item is not None:
            item.setData(Qt.ItemDataRole.UserRole, target_id)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            target_id = self._target_id(row)
            if target_id:
                self.deleted.append(str(target_id))
            self.table.removeRow(row)

    def row_values(self, row: int) -> dict[str, object]:
        owner = self.table.cellWidget(row, OWNER)
        kind = self.table.cellWidget(row, KIND)
        return {
            "owner_id": owner.currentData(),  # type: ignore[attr-defined]
            "kind": kind.currentData(),  # type: ignore[attr-defined]
            "period_start": cell_text(self.table, row, START),
            "period_end": cell_text(self.table, row, END),
            "amount": cell_text(self.table, row, AMOUNT),
        }

    def save(self) -> None:
        """Write every row (one unit of work each); on a bad row, say which and keep the dialog."""
        targets = self.services.targets
        changes = Changes()
        for row in range(self.table.rowCount()):
            target_id = self._target_id(row)
            try:
                values = self.row_values(row)
                if target_id:
                    saved = targets.update(str(target_id), values)
                else:
                    saved = targets.create(values)
            except ValidationError as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Targets"),
                    self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", str(exc)),
                )
                self.sig_saved.emit(changes)
                return
            self._set_target_id(row, saved.record.id)
            changes = changes.merged(saved.changes)
        if self.deleted:
            changes = changes.merged(targets.trash(self.deleted))
            self.deleted = []
        self.sig_saved.emit(changes)
        self.accept()
