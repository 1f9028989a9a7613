"""The Trash: every trashed record, when it was deleted, restore or delete for good."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.models.labels import kind_label
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

KeyRole = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    def __init__(self, services: Services, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 460)
        self._services = services
        self._hub = hub
        self.note = QLabel(
            self.tr(
                "Deleted records stay here for 30 days and can be restored; then they are gone."
            )
        )
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("trash_tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Deleted"), self.tr("Purged on")]
        )
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("trash_restore")
        self.delete_button = QPushButton(self.tr("Delete for good"))
        self.delete_button.setObjectName("trash_delete")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self._on_delete)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        for item in self._services.trash.items():
            row = QTreeWidgetItem(
                [
                    kind_label(item.kind),
                    item.title,
                    item.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    item.purge_at.astimezone().strftime("%Y-%m-%d"),
                ]
            )
            row.setData(0, KeyRole, (item.kind, item.id))
            self.tree.addTopLevelItem(row)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _selected(self) -> list[tuple[str, str]]:
        return [item.data(0, KeyRole) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        has = bool(self.tree.selectedItems())
        self.restore_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def restore_selected(self) -> None:
        self._run(self._services.trash.restore, self._selected())

    def _on_delete(self) -> None:
        chosen = self._selected()
        answer = QMessageBox.question(
            self,
            self.tr("Delete for good"),
            fill(self.tr("Delete %1 records for good? This cannot be undone."), len(chosen)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self._services.trash.delete_forever, chosen)

    def _run(self, action: object, chosen: list[tuple[str, str]]) -> None:
        if not chosen:
            return
        try:
            changes = action(chosen)  # type: ignore[operator]
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Trash"), str(exc))
            return
        self._hub.sig_changed.emit(changes)
        self.reload()
