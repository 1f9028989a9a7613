"""Child-process scripts for the list's peak RSS: our list page model vs a bare lazy model.

Both do the same session on the database given as ``sys.argv[1]``: the first 500 ids and the
visible rows, then every id in name order, a jump to the middle, 50 page-downs and two
searches. Each ends by filling ``_REPORT``; the caller appends the RSS epilogue.
"""

from __future__ import annotations

OUR_SESSION = """
import sys
from PySide6.QtWidgets import QApplication
from pathlib import Path
from tests.perf.context import open_services
from crm_desktop.services.listing import ListQuery
from crm_desktop.ui.models.list_page import FIRST_IDS
from crm_desktop.ui.models.record_table import RecordTableModel

app = QApplication([])
services = open_services(Path(sys.argv[1]))
query = ListQuery("contact")
shown = set(services.lists.default_columns("contact"))
model = RecordTableModel("contact")
model.set_service(services.lists)
model.set_columns([c for c in services.lists.columns("contact") if c.key in shown])

def paint(start):
    for r in range(start, min(start + 40, model.rowCount())):
        for c in range(model.columnCount()):
            model.data(model.index(r, c))

model.set_ids(services.lists.ids(query, limit=FIRST_IDS))
paint(0)
model.extend_ids(services.lists.ids(query))
row = model.rowCount() // 2
model.invalidate_rows()
for _ in range(51):
    paint(row)
    row += 40
for text in ("张伟", "example"):
    services.search.search(text, "contacts", 20)
_REPORT = {"rows": model.rowCount()}
services.close()
"""

BARE_SESSION = """
import sqlite3, sys
from collections import OrderedDict
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

COLUMNS = ("c.first_name || ' ' || c.last_name", "c.email", "c.phone", "co.name", "u.name")
PAGE = 100

class BareModel(QAbstractTableModel):
    def __init__(self, conn, ids):
        super().__init__()
        self.conn, self.ids, self.pages = conn, ids, OrderedDict()

    def rowCount(self, parent=QModelIndex()):
        return len(self.ids)

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        page = index.row() // PAGE
        rows = self.pages.get(page)
        if rows is None:
            chunk = self.ids[page * PAGE : (page + 1) * PAGE]
            sql = (
                f"SELECT c.rowid, {', '.join(COLUMNS)} FROM contact c "
                "LEFT JOIN company co ON co.id = c.company_id "
                'LEFT JOIN "user" u ON u.id = c.owner_id '
                f"WHERE c.rowid IN ({', '.join('?' * len(chunk))})"
            )
            found = {r[0]: r[1:] for r in self.conn.execute(sql, chunk)}
            rows = self.pages[page] = [found.get(i) for i in chunk]
            while len(self.pages) > 40:
                self.pages.popitem(last=False)
        row = rows[index.row() % PAGE]
        value = row[index.column()] if row else None
        return "" if value is None else str(value)

app = QApplication([])
conn = sqlite3.connect(sys.argv[1])
order = (
    "SELECT rowid FROM contact INDEXED BY ix_list_contact_name WHERE deleted_at IS NULL "
    "ORDER BY sort_last_name, sort_first_name, deleted_at, rowid"
)
from array import array
model = BareModel(conn, array("q", [r[0] for r in conn.execute(order + " LIMIT 500")]))

def paint(start):
    for r in range(start, min(start + 40, model.rowCount())):
        for c in range(model.columnCount()):
            model.data(model.index(r, c))

paint(0)
model.beginResetModel()
model.ids = array("q", [r[0] for r in conn.execute(order)])
model.pages.clear()
model.endResetModel()
row = model.rowCount() // 2
for _ in range(51):
    paint(row)
    row += 40
conn.execute("SELECT rid FROM contact_gram WHERE gram = ? LIMIT 20", ("张伟",)).fetchall()
conn.execute(
    "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT 20", ('"example"',)
).fetchall()
_REPORT = {"rows": model.rowCount()}
conn.close()
"""
