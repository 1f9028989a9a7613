"""What a list page does to records: bulk edit, trash, the Trash view, saved views, columns."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QToolButton

from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.ui.importer import open_export_dialog
from crm_desktop.ui.models import list_undo
from crm_desktop.ui.models.bulk_edit import BulkEditDialog, BulkField
from crm_desktop.ui.models.bulk_runner import BulkRunner
from crm_desktop.ui.models.labels import column_label, custom_label
from crm_desktop.ui.models.list_export import EXPORT_KINDS, export_columns, ordered_ids
from crm_desktop.ui.records.duplicate_scan import DuplicateScanDialog
from crm_desktop.ui.records.merge_dialog import MergeDialog
from crm_desktop.ui.text import fill
from crm_desktop.ui.trash.dialog import TrashDialog
from crm_desktop.ui.widgets.page import Page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from crm_desktop.services.listing import ColumnInfo, ListQuery, SavedViewDTO
    from crm_desktop.ui.importer.export_dialog import ExportDialog
    from crm_desktop.ui.models.filter_bar import FilterBar
    from crm_desktop.ui.models.record_table import RecordTableModel
    from crm_desktop.ui.models.views_sidebar import ViewsSidebar
    from crm_desktop.ui.undo.manager import UndoManager


#: the kinds that can be merged (and scanned for duplicates)
MERGE_KINDS = ("contact", "company")


class ListPageActions(Page):
    """The base of ``RecordListPage``, which builds the widgets declared below."""

    kind: ClassVar[str] = ""

    if TYPE_CHECKING:
        table: QTableView
        model: RecordTableModel
        filter_bar: FilterBar
        sidebar: ViewsSidebar
        sort_key: str | None
        descending: bool
        visible_columns: list[str]
        loading: bool

        def reload(self) -> None: ...
        def current_query(self) -> ListQuery: ...
        def all_columns(self) -> list[ColumnInfo]: ...
        def set_column_visible(self, key: str, visible: bool) -> None: ...
        def _apply_columns(self) -> None: ...

    bulk_dialog: BulkEditDialog | None = None
    trash_dialog: TrashDialog | None = None
    export_dialog: ExportDialog | None = None
    undo_manager: UndoManager | None = None
    _bulk_runner: BulkRunner | None = None
    merge_dialog: MergeDialog | None = None
    scan_dialog: DuplicateScanDialog | None = None

    def set_undo_manager(self, manager: UndoManager) -> None:
        """Bulk edits and trashing go onto the window's undo stack (Ctrl+Z undoes them)."""
        self.undo_manager = manager

    def bulk_fields(self) -> list[BulkField]:
        return []

    # -- toolbar -------------------------------------------------------------------------
    def action_buttons(self) -> list[QToolButton]:
        specs: list[tuple[str, str, Callable[[], object]]] = [
            (QCoreApplication.translate("RecordListPage", "New"), "list_new", self._new),
            (
                QCoreApplication.translate("RecordListPage", "Edit selected…"),
                "list_bulk_edit",
                self.open_bulk_edit,
            ),
            (
                QCoreApplication.translate("RecordListPage", "Delete"),
                "list_delete",
                self.trash_selected,
            ),
            (QCoreApplication.translate("RecordListPage", "Trash…"), "list_trash", self.open_trash),
            (
                QCoreApplication.translate("RecordListPage", "Export…"),
                "list_export",
                self.open_export,
            ),
        ]
        if self.kind in MERGE_KINDS:
            specs[2:2] = [
                (
                    QCoreApplication.translate("RecordListPage", "Merge…"),
                    "list_merge",
                    self.merge_selected,
                ),
                (
                    QCoreApplication.translate("RecordListPage", "Find duplicates…"),
                    "list_find_duplicates",
                    self.find_duplicates,
                ),
            ]
        buttons = []
        for text, name, slot in specs:
            button = QToolButton()
            button.setText(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.append(button)
        return buttons

    def _new(self) -> None:
        self.hub.sig_new_record.emit(self.kind)

    def columns_menu(self, menu: QMenu | None = None) -> QMenu:
        """The column chooser (built-in columns and custom properties), filled afresh."""
        if menu is None:
            menu = QMenu(self)
        menu.clear()
        chinese = QLocale().language() == QLocale.Language.Chinese
        for column in self.all_columns():
            text = (
                custom_label(column.label, chinese)
                if column.custom
                else column_label(column.key, column.label)
            )
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(column.key in self.visible_columns)
            action.setData(column.key)
            action.toggled.connect(lambda on, key=column.key: self.set_column_visible(key, on))
        return menu

    # -- selection -----------------------------------------------------------------------
    def selected_rowids(self) -> list[int]:
        """The rowids of the selected rows, read off the selection ranges (a "select all" of
        100k rows makes no 100k index objects)."""
        ids = self.model.ids()
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for i in range(selection.count()):
            selection_range = selection.at(i)
            rows.update(range(selection_range.top(), selection_range.bottom() + 1))
        return [ids[r] for r in sorted(rows) if r < len(ids)]

    def selected_ids(self) -> list[str]:
        if self.services is None:
            return []
        return self.services.lists.ids_of(self.kind, self.selected_rowids())

    def bulk_runner(self) -> BulkRunner:
        if self._bulk_runner is None:
            self._bulk_runner = BulkRunner(self)
        return self._bulk_runner

    # -- bulk edit and trash -------------------------------------------------------------
    def open_bulk_edit(self) -> None:
        count = len(self.selected_rowids())
        if self.services is None or count == 0:
            return
        dialog = BulkEditDialog(self.bulk_fields(), count, self.window())
        dialog.accepted.connect(lambda: self.apply_bulk_edit(*dialog.choice()))
        self.bulk_dialog = dialog
        dialog.open()

    def apply_bulk_edit(self, field: str, value: Any) -> None:
        """Write on a worker when the selection is large (progress, Cancel); undoable."""
        rowids = self.selected_rowids()
        if self.services is None or not rowids:
            return
        list_undo.bulk_edit(
            self.bulk_runner(),
            self.services,
            self.hub,
            self.undo_manager,
            self.kind,
            rowids,
            field,
            value,
        )

    def trash_selected(self) -> None:
        rowids = self.selected_rowids()
        if self.services is None or not rowids:
            return
        list_undo.trash(
            self.bulk_runner(),
            self.services,
            self.hub,
            self.undo_manager,
            self.kind,
            rowids,
            self._show_trashed,
        )

    def _show_trashed(self, count: int) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(
                fill(QCoreApplication.translate("RecordListPage", "%1 moved to the Trash"), count),
                5000,
            )

    # -- duplicates ----------------------------------------------------------------------
    def merge_selected(self) -> MergeDialog | None:
        """Merge the two selected records field by field (undoable)."""
        rowids = self.selected_rowids()
        if self.services is None:
            return None
        if len(rowids) != 2:
            QMessageBox.information(
                self.window(),
                QCoreApplication.translate("RecordListPage", "Merge"),
                QCoreApplication.translate(
                    "RecordListPage", "Select exactly two records to merge."
                ),
            )
            return None
        first, second = self.services.lists.ids_of(self.kind, rowids)
        dialog = MergeDialog(
            self.services,
            self.hub,
            self.undo_manager,
            EntityKind(self.kind),
            first,
            second,
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def find_duplicates(self) -> DuplicateScanDialog | None:
        """Scan every record of this kind for likely duplicates (on a worker)."""
        if self.services is None:
            return None
        dialog = DuplicateScanDialog(
            self.services, self.hub, self.undo_manager, self.kind, self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scan_dialog = dialog
        dialog.open()
        return dialog

    def open_trash(self) -> None:
        if self.services is None:
            return
        dialog = TrashDialog(self.services, self.hub, self.window())
        self.trash_dialog = dialog
        dialog.open()

    def open_export(self) -> None:
        """The export dialog, holding this list's records (in order) and visible columns."""
        if self.services is None:
            return
        rowids = None if self.loading else array("q", self.model.ids())
        services, kind, query = self.services, self.kind, self.current_query()
        columns = [c.key for c in self.model.columns()]
        self.export_dialog = open_export_dialog(
            self.window(),
            self.services,
            self.hub,
            kind=EXPORT_KINDS[self.kind],
            columns=export_columns(self.services, self.kind, columns),
            gather_ids=lambda: ordered_ids(services, kind, rowids, query),
        )

    # -- saved views ---------------------------------------------------------------------
    def apply_view(self, view: SavedViewDTO | None) -> None:
        if view is None:
            self.filter_bar.blockSignals(True)
            self.filter_bar.clear()
            self.filter_bar.blockSignals(False)
            self.sort_key, self.descending = None, False
            if self.services is not None:
                self.visible_columns = self.services.lists.default_columns(self.kind)
        else:
            self.filter_bar.blockSignals(True)
            self.filter_bar.set_values(view.filters)
            self.filter_bar.blockSignals(False)
            sort = [*view.sort, None, False]
            self.sort_key, self.descending = sort[0], bool(sort[1])
            if view.columns:
                self.visible_columns = list(view.columns)
        self._apply_columns()
        self.reload()

    def save_current_view(self) -> None:
        if self.services is None:
            return
        name, ok = QInputDialog.getText(
            self.window(),
            QCoreApplication.translate("RecordListPage", "Save view"),
            QCoreApplication.translate("RecordListPage", "Name of the view:"),
        )
        if not ok or not name.strip():
            return
        try:
            view, changes = self.services.list_actions.save_view(
                self.kind,
                name,
                self.filter_bar.values(),
                [self.sort_key, self.descending] if self.sort_key else [],
                self.visible_columns,
            )
        except CrmError as exc:
            QMessageBox.warning(
                self.window(), QCoreApplication.translate("RecordListPage", "Save view"), str(exc)
            )
            return
        self.sidebar.set_views(self.services.list_actions.views(self.kind), select=view.id)
        self.hub.sig_changed.emit(changes)

    def delete_view(self, view_id: str) -> None:
        if self.services is None:
            return
        changes = self.services.list_actions.delete_view(view_id)
        self.sidebar.set_views(self.services.list_actions.views(self.kind))
        self.hub.sig_changed.emit(changes)
