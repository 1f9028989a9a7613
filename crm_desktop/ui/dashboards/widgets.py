"""Small pieces of the dashboard tabs: number cards, read-only tables, number formats."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NO_VALUE = "—"
STYLE = """
QFrame#kpi_card { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QLabel#kpi_caption { color: palette(placeholder-text); }
QLabel#kpi_value { font-size: 14pt; font-weight: 600; color: #1d4ed8; }
QLabel#kpi_note { color: palette(placeholder-text); }
QLabel#kpi_note[tone="good"] { color: #047857; }
QLabel#kpi_note[tone="bad"] { color: #b91c1c; }
QFrame#chart_frame { border: 1px solid palette(mid); border-radius: 8px; background: white; }
QLabel#chart_title { font-weight: 600; color: #0f172a; }
QLabel#chart_empty { color: #64748b; }
QLabel#warning { color: #b91c1c; font-weight: 600; }
QLabel#page_title { font-size: 16pt; font-weight: 600; }
"""


class Formats:
    """Numbers as the user's locale writes them; money in the base currency."""

    def __init__(self, currency: str = "USD") -> None:
        self.currency = currency
        self.locale = QLocale()
        # the C locale leaves out thousands separators by default: 1,220,764.28 reads better
        self.locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)

    def money(self, value: float | None) -> str:
        if value is None:
            return NO_VALUE
        return f"{self.currency} {self.locale.toString(float(value), 'f', 2)}"

    def count(self, value: float | None) -> str:
        return NO_VALUE if value is None else self.locale.toString(round(value))

    def percent(self, value: float | None, digits: int = 1) -> str:
        if value is None:
            return NO_VALUE
        return f"{self.locale.toString(value * 100, 'f', digits)}%"

    def number(self, value: float | None, digits: int = 1) -> str:
        return NO_VALUE if value is None else self.locale.toString(float(value), "f", digits)

    def days(self, value: float | None) -> str:
        if value is None:
            return NO_VALUE
        return QCoreApplication.translate("Formats", "%1 days").replace(
            "%1", self.locale.toString(float(value), "f", 1)
        )


class KpiCard(QFrame):
    """A caption, a big number and a small note (e.g. the change from the last period)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpi_card")
        self.caption = QLabel(caption)
        self.caption.setObjectName("kpi_caption")
        self.value = QLabel(NO_VALUE)
        self.value.setObjectName("kpi_value")
        self.note = QLabel("")
        self.note.setObjectName("kpi_note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for widget in (self.caption, self.value, self.note):
            layout.addWidget(widget)

    def set(self, value: str, note: str = "", tone: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setProperty("tone", tone)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)


def make_table(headers: Sequence[str], parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    set_headers(table, headers)
    return table


def set_headers(table: QTableWidget, headers: Sequence[str]) -> None:
    """Column titles; the first column takes the spare width, the others fit their contents."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if headers:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def fill_table(
    table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[object] = ()
) -> None:
    """Replace the rows; numbers (text starting with a digit/sign/currency) align right."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c > 0 and _looks_numeric(text):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and r < len(keys):
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


def cell_key(table: QTableWidget, row: int) -> object:
    """The key stored on a row's first cell by ``fill_table`` (None when there is none)."""
    item = table.item(row, 0)
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else item.text()


def _looks_numeric(text: str) -> bool:
    stripped = text.replace(" ", "")
    return bool(stripped) and (stripped[0].isdigit() or stripped[0] in "-+—" or text[:3].isupper())
