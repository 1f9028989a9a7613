"""Find duplicates…: every group of likely duplicates, scanned on a worker; merge a group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.services.duplicate_scan import DuplicateGroup
from crm_desktop.services.search import SearchCancelled
from crm_desktop.ui.records.merge_dialog import MergeDialog
from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import TaskContext, Worker, start_worker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub
    from crm_desktop.ui.undo.manager import UndoManager

IdRole = Qt.ItemDataRole.UserRole


class DuplicateScanDialog(QDialog):
    """Groups of likely duplicates of one kind; select a group (or two of its records) and
    Merge… opens the field-by-field merge of two of them."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        undo: UndoManager | None,
        kind: EntityKind | str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.hub, self.undo = services, hub, undo
        self.kind = EntityKind(kind)
        self.groups: list[DuplicateGroup] = []
        self.worker: Worker | None = None
        self.merge_dialog: MergeDialog | None = None
        self.setObjectName("duplicate_scan_dialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(560, 480)
        self.status = QLabel(self)
        self.status.setObjectName("duplicate_scan_status")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("duplicate_groups")
        self.tree.setHeaderLabels([self.tr("Records"), self.tr("Why")])
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setColumnWidth(0, 340)
        self.tree.itemActivated.connect(lambda _item, _col: self.merge_selected())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.merge_button: QPushButton = self.buttons.addButton(self.tr("Merge…"), role)
        self.merge_button.setObjectName("duplicate_merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.rescan_button: QPushButton = self.buttons.addButton(self.tr("Scan again"), role)
        self.rescan_button.clicked.connect(self.scan)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _r: self._cancel())
        self.scan()

    # -- scanning ------------------------------------------------------------------------
    @property
    def scanning(self) -> bool:
        return self.worker is not None

    def scan(self) -> None:
        self._cancel()
        self.status.setText(self.tr("Looking for duplicates…"))
        self.bar.setVisible(True)
        self.merge_button.setEnabled(False)
        duplicates, kind = self.services.duplicates, self.kind

        def task(context: TaskContext) -> list[DuplicateGroup]:
            return duplicates.scan(kind, context.cancelled, context.progress)

        self.worker = start_worker(task, on_finished=self._on_scanned, on_failed=self._on_failed)

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker = None

    def _on_scanned(self, groups: list[DuplicateGroup]) -> None:
        self.worker = None
        self.bar.setVisible(False)
        self.show_groups(groups)

    def _on_failed(self, exc: Exception) -> None:
        self.worker = None
        self.bar.setVisible(False)
        if not isinstance(exc, SearchCancelled):
            self.status.setText(fill(self.tr("The scan failed: %1"), exc))

    def show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups = [g for g in groups if len(g.ids) > 1]
        self.tree.clear()
        reasons = {"email": self.tr("same email"), "phone": self.tr("same phone")}
        reasons |= {"name": self.tr("same name"), "domain": self.tr("same domain")}
        for group in self.groups:
            why = ", ".join(reasons.get(r, r) for r in group.reasons)
            top = QTreeWidgetItem([fill(self.tr("%1 records"), len(group.ids)), why])
            for record_id, label in zip(group.ids, group.labels, strict=True):
                child = QTreeWidgetItem([label, ""])
                child.setData(0, IdRole, record_id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.status.setText(
            fill(self.tr("%1 groups of likely duplicates"), len(self.groups))
            if self.groups
            else self.tr("No likely duplicates found.")
        )
        self.merge_button.setEnabled(bool(self.groups))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    # -- merging -------------------------------------------------------------------------
    def pair(self) -> tuple[str, str] | None:
        """Two selected records of one group, else the first two of the current group."""
        chosen = [i.data(0, IdRole) for i in self.tree.selectedItems() if i.data(0, IdRole)]
        if len(chosen) == 2:
            return chosen[0], chosen[1]
        item = self.tree.currentItem()
        if item is None:
            return None
        top = item.parent() or item
        children = [top.child(i) for i in range(top.childCount())]
        ids = [c.data(0, IdRole) for c in children if c is not None]
        return (ids[0], ids[1]) if len(ids) >= 2 else None

    def merge_selected(self) -> MergeDialog | None:
        pair = self.pair()
        if pair is None:
            QMessageBox.information(
                self, self.tr("Merge"), self.tr("Choose a group of duplicates first.")
            )
            return None
        dialog = MergeDialog(self.services, self.hub, self.undo, self.kind, *pair, parent=self)
        dialog.sig_merged.connect(self._on_merged)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _on_merged(self, changes: Changes) -> None:
        """The loser went to the Trash: drop it from its group (and groups left alone)."""
        gone = changes.ids(self.kind)
        kept = []
        for group in self.groups:
            ids = [(i, label) for i, label in zip(group.ids, group.labels, strict=True)]
            if any(i in gone for i, _ in ids):
                live = [(i, label) for i, label in ids if not self._trashed(i)]
                group = DuplicateGroup(
                    group.kind,
                    tuple(i for i, _ in live),
                    tuple(label for _, label in live),
                    group.reasons,
                )
            kept.append(group)
        self.show_groups(kept)

    def _trashed(self, record_id: str) -> bool:
        if self.kind == EntityKind.CONTACT:
            return self.services.contacts.get(record_id).deleted_at is not None
        return self.services.companies.get(record_id).deleted_at is not None
