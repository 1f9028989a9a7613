"""A lazy table model (Anki's card browser): ordered rowids, rows fetched by page, cached.

The model holds only the rowids of the current filter + sort (8 bytes a row). Rows are read
from the ``ListService`` a page at a time when the view asks for them, and the last pages
read are kept. Sorting by header click asks the page to reload the ids in SQL
(``sig_sort_requested``).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.services.listing import ColumnInfo, ListRow, ListService
from crm_desktop.ui.models.labels import column_label, custom_label, enum_label
from crm_desktop.ui.safety.read_guard import read_or_report

PAGE_SIZE = 100
MAX_PAGES = 40
RecordIdRole = Qt.ItemDataRole.UserRole + 1
RowIdRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_Entry = tuple[ListRow, tuple[str, ...]]


class _Formatter:
    """Display texts of values, for one page (one locale and time zone lookup per page)."""

    def __init__(self) -> None:
        self._locale = QLocale()
        self._zone = datetime.now().astimezone().tzinfo

    def __call__(self, value: Any, type_: str) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return self._locale.toString(float(value), "f", 2)
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if type_ == "enum":
            return enum_label(str(value))
        return str(value)


def format_value(value: Any, type_: str) -> str:
    return _Formatter()(value, type_)


class RecordTableModel(QAbstractTableModel):
    sig_sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._service: ListService | None = None
        self._ids: array[int] = array("q")
        self._columns: list[ColumnInfo] = []
        self._pages: OrderedDict[int, list[_Entry | None]] = OrderedDict()
        self.fetches = 0  # pages read (for tests and the benchmark)

    # -- feeding -------------------------------------------------------------------------
    def set_service(self, service: ListService | None) -> None:
        self.beginResetModel()
        self._service = service
        self._ids = array("q")
        self._pages.clear()
        self.endResetModel()

    def set_columns(self, columns: Sequence[ColumnInfo]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._pages.clear()  # pages hold the texts of the columns they were read for
        self.endResetModel()

    def set_ids(self, ids: array[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def extend_ids(self, ids: array[int]) -> None:
        """The full ids of the query whose first ones are shown: rows are appended (keeping
        selection and scroll) when they extend what is shown, else the model is reset."""
        shown = len(self._ids)
        if len(ids) > shown and ids[:shown] == self._ids:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self._pages.pop(shown // PAGE_SIZE, None)  # the last page read was cut short
            self.endInsertRows()
        elif ids != self._ids:
            self.set_ids(ids)

    def invalidate_rows(self) -> None:
        """Forget fetched rows (the data changed); the view re-reads what it shows."""
        self._pages.clear()
        if self._ids and self._columns:
            last = self.index(len(self._ids) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def columns(self) -> list[ColumnInfo]:
        return list(self._columns)

    def ids(self) -> array[int]:
        return self._ids

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = self._texts_at(index.row())
            return texts[index.column()] if texts is not None else None
        if role == RecordIdRole:
            row = self.row_at(index.row())
            return row.id if row is not None else None
        if role == RowIdRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].type in (
            "money",
            "int",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if 0 <= section < len(self._columns):
            column = self._columns[section]
            if column.custom:
                return custom_label(column.label, QLocale().language() == QLocale.Language.Chinese)
            return column_label(column.key, column.label)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            descending = order == Qt.SortOrder.DescendingOrder
            self.sig_sort_requested.emit(self._columns[column].key, descending)

    # -- rows ----------------------------------------------------------------------------
    def row_at(self, row: int) -> ListRow | None:
        entry = self._entry(row)
        return entry[0] if entry is not None else None

    def _texts_at(self, row: int) -> tuple[str, ...] | None:
        entry = self._entry(row)
        return entry[1] if entry is not None else None

    def _entry(self, row: int) -> _Entry | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE_SIZE]

    def _fetch_page(self, page_no: int) -> list[_Entry | None]:
        start = page_no * PAGE_SIZE
        rowids = self._ids[start : start + PAGE_SIZE]
        keys = [c.key for c in self._columns]
        service = self._service
        # A damaged file opened read-only: unreadable rows show empty, the page says why.
        fetched = (
            read_or_report(self, lambda: service.rows(self.kind, rowids, keys)) if service else []
        )
        self.fetches += 1
        formatter = _Formatter()
        by_rowid = {
            r.rowid: (r, tuple(formatter(r.values.get(c.key), c.type) for c in self._columns))
            for r in fetched
        }
        page = [by_rowid.get(r) for r in rowids]
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def record_id(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.id if found is not None else None
