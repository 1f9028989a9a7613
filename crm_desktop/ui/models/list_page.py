"""A record list page (Contacts, Companies, Deals): search, filters, sortable lazy table,
column chooser, saved views, bulk edit, trash. Subclasses say which kind and which filters.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.services.listing import ColumnInfo, ListQuery
from crm_desktop.services.search import SearchCancelled
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.models.filter_bar import FilterBar, FilterField
from crm_desktop.ui.models.list_actions import ListPageActions
from crm_desktop.ui.models.record_table import RecordIdRole, RecordTableModel
from crm_desktop.ui.models.views_sidebar import ViewsSidebar
from crm_desktop.ui.text import fill
from crm_desktop.ui.widgets.labels import label
from crm_desktop.ui.widgets.owner_default import OwnerDefault
from crm_desktop.ui.workers import TaskContext, Worker, start_worker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary

SEARCH_DELAY_MS = 120
#: ids read first (and painted) before all of them are read
FIRST_IDS = 500
NO_VALUE = "—"
COLUMN_WIDTHS = {"person": 170, "text": 170, "enum": 120, "datetime": 130, "money": 110, "int": 90}
STYLE = """
QLabel#page_title { font-size: 16pt; font-weight: 600; }
QLabel#stat_value { font-size: 12pt; color: #2563eb; padding-left: 8px; }
QLabel#list_count { color: palette(placeholder-text); }
"""


class RecordListPage(ListPageActions):
    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.sort_key: str | None = None
        self.descending = False
        self.visible_columns: list[str] = []
        self._all_columns: list[ColumnInfo] = []
        self._generation = 0
        self._worker: Worker | None = None
        self.loading = False
        self.owner_default = OwnerDefault(hub, self, self._on_identity_changed)  # rep: own records
        self.model = RecordTableModel(self.kind, self)
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter_bar.sig_changed.connect(self.reload)
        self.model.sig_sort_requested.connect(self._on_sort_requested)
        hub.sig_changed.connect(self._on_changed)
        hub.sig_summary_updated.connect(self._on_summary_updated)
        self.setStyleSheet(STYLE)

    # -- subclass hooks ------------------------------------------------------------------
    def filter_fields(self) -> list[FilterField]:
        raise NotImplementedError

    def load_choices(self, services: Services) -> None:
        """Fill the filter and bulk-edit choices (owners, sources, ...)."""

    def stat_value(self, summary: DatabaseSummary) -> int | None:
        """How many records of this kind the database holds."""
        return None

    def count_text(self, count: int) -> str:
        return fill(QCoreApplication.translate("RecordListPage", "%1 records"), count)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setObjectName("list_search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            QCoreApplication.translate("RecordListPage", "Search names, emails, phones, companies…")
        )
        self.filters_button = self._tool(
            QCoreApplication.translate("RecordListPage", "Filters"), "list_filters_button"
        )
        self.filters_button.setCheckable(True)
        self.columns_button = self._tool(
            QCoreApplication.translate("RecordListPage", "Columns"), "list_columns_button"
        )
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_chooser = QMenu(self.columns_button)
        self.columns_chooser.setObjectName("list_columns_menu")
        self.columns_chooser.aboutToShow.connect(lambda: self.columns_menu(self.columns_chooser))
        self.columns_button.setMenu(self.columns_chooser)
        self.count_label = QLabel()
        self.count_label.setObjectName("list_count")
        self.title_label = label(self.title(), "page_title")
        self.stat_value_label = label(NO_VALUE, "stat_value")
        self.stat_value_label.setToolTip(
            QCoreApplication.translate("RecordListPage", "Records in the database")
        )
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.stat_value_label)
        header.addStretch(1)
        header.addWidget(self.count_label)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.filters_button)
        top.addWidget(self.columns_button)
        for button in self.action_buttons():
            top.addWidget(button)
        self.filter_bar = FilterBar(self.filter_fields(), self)
        self.filter_bar.setVisible(False)
        self.filters_button.toggled.connect(self.filter_bar.setVisible)
        self.table = self._make_table()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addLayout(top)
        column.addWidget(self.filter_bar)
        column.addWidget(self.table, 1)
        self.sidebar = ViewsSidebar(self)
        self.sidebar.sig_view_chosen.connect(self.apply_view)
        self.sidebar.sig_save_requested.connect(self.save_current_view)
        self.sidebar.sig_delete_requested.connect(self.delete_view)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._shortcuts()

    def _tool(self, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("list_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu().exec(header.mapToGlobal(pos))
        )
        header.sortIndicatorChanged.connect(self._on_header_sort)
        table.activated.connect(self._on_activated)
        return table

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search, context=context)
        new = QShortcut(QKeySequence.StandardKey.New, self, self.new_record, context=context)
        self._shortcut_objects = [find, new]
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the table moves the selected records to the Trash."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.trash_selected()
            return True
        return super().eventFilter(watched, event)

    # -- page API ------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        self._cancel_worker()
        self.model.set_service(services.lists if services else None)
        self.services = services
        if services is not None:
            self._all_columns = services.lists.columns(self.kind)
            if not self.visible_columns:
                self.visible_columns = services.lists.default_columns(self.kind)
            self.load_choices(services)
            self.sidebar.set_views(services.list_actions.views(self.kind))
            self._apply_owner_default(services)
        properties = services.properties if services is not None else None
        self.filter_bar.custom.set_loader(
            (lambda: properties.list(self.kind)) if properties is not None else None
        )
        self.stat_value_label.setText(NO_VALUE)  # until the new database's counts arrive
        self._apply_columns()
        self.refresh()

    def refresh(self) -> None:
        self.reload()

    def _apply_owner_default(self, services: Services) -> bool:
        """A rep sees their own records first: the filters show it (see ``OwnerDefault``)."""
        owner = self.filter_bar.findChild(QComboBox, "filter_owner_id")
        applied = owner is not None and self.owner_default.apply(owner, services)
        if applied and services.default_owner_filter:
            self.filters_button.setChecked(True)
        return applied

    def _on_identity_changed(self, services: Services) -> None:
        if self._apply_owner_default(services):
            self.reload()

    def _on_summary_updated(self, summary: DatabaseSummary) -> None:
        value = self.stat_value(summary)
        self.stat_value_label.setText(NO_VALUE if value is None else QLocale().toString(value))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def new_record(self) -> None:
        self.hub.sig_new_record.emit(self.kind)

    def current_query(self) -> ListQuery:
        return ListQuery(
            self.kind,
            self.search_box.text(),
            self.filter_bar.values(),
            self.sort_key,
            self.descending,
        )

    # -- loading ids on a worker ---------------------------------------------------------
    def reload(self) -> None:
        """Ask for the ids of the current query; a load still running is cancelled."""
        self._search_timer.stop()
        self._cancel_worker()
        if self.services is None:
            self.model.set_ids(array("q"))
            self._show_count()
            return
        self._generation += 1
        generation, query, lists = self._generation, self.current_query(), self.services.lists

        def first(context: TaskContext) -> tuple[int, array[int]]:
            return generation, lists.ids(query, cancelled=context.cancelled, limit=FIRST_IDS)

        self.loading = True
        self._worker = start_worker(first, on_finished=self._on_first, on_failed=self._on_failed)

    def _cancel_worker(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None

    def _on_first(self, result: tuple[int, array[int]]) -> None:
        """The first ids are in: paint them, then load all of them (big lists only)."""
        generation, ids = result
        if generation != self._generation or self.services is None:
            return  # a newer query was asked meanwhile
        self.model.set_ids(ids)
        if len(ids) < FIRST_IDS:
            self._on_loaded(result)
            return
        query, lists = self.current_query(), self.services.lists

        def rest(context: TaskContext) -> tuple[int, array[int]]:
            return generation, lists.ids(query, cancelled=context.cancelled)

        self._worker = start_worker(rest, on_finished=self._on_loaded, on_failed=self._on_failed)

    def _on_loaded(self, result: tuple[int, array[int]]) -> None:
        generation, ids = result
        if generation != self._generation:
            return
        self._worker = None
        self.loading = False
        self.model.extend_ids(ids)
        self._show_count()

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, SearchCancelled):
            return
        self.loading = False
        self._worker = None
        self.count_label.setText(
            fill(QCoreApplication.translate("RecordListPage", "Could not load the list: %1"), exc)
        )

    def _show_count(self) -> None:
        self.count_label.setText(self.count_text(self.model.rowCount()))

    def _on_changed(self, changes: Changes) -> None:
        if self.services is not None and changes.touches(EntityKind(self.kind)):
            self.model.invalidate_rows()
            self.reload()

    # -- sorting and columns -------------------------------------------------------------
    def _on_header_sort(self, section: int, order: Qt.SortOrder) -> None:
        """The header itself sorts through the model: see ``_on_sort_requested``."""
        self.model.sort(section, order)

    def _on_sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def _apply_columns(self) -> None:
        known = {c.key: c for c in self._all_columns}
        keys = [k for k in self.visible_columns if k in known] or [c.key for c in self._all_columns]
        self.model.set_columns([known[k] for k in keys] if known else [])
        header = self.table.horizontalHeader()
        for section, column in enumerate(self.model.columns()):
            header.resizeSection(section, COLUMN_WIDTHS.get(column.type, 150))
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        keys = [c.key for c in self.model.columns()]
        header.blockSignals(True)
        sort_key = self.sort_key or "name"
        if sort_key in keys:
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(keys.index(sort_key), order)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def set_column_visible(self, key: str, visible: bool) -> None:
        keys = [k for k in self.visible_columns if k != key]
        if visible:
            order = [c.key for c in self._all_columns]
            keys.append(key)
            keys.sort(key=lambda k: order.index(k) if k in order else len(order))
        if keys:
            self.visible_columns = keys
            self._apply_columns()

    def all_columns(self) -> list[ColumnInfo]:
        return list(self._all_columns)

    # -- opening -------------------------------------------------------------------------
    def _on_activated(self, index: Any) -> None:
        record_id = self.model.data(index, RecordIdRole)
        if record_id:
            self.hub.sig_open_record.emit(self.kind, record_id)
