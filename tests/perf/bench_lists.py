"""The 1M-contact list and the search, against raw sqlite3 in the same run.

Data set "contacts" (1M contacts, few deals). Rows: first paint (first 500 ids + the 40 visible
rows, what the page does before the full id list arrives from its worker), jump to the middle,
page down, all ids (worker), search keystrokes (3+ characters: raw FTS5 trigram MATCH; 1-2
Chinese characters: raw lookup in the short-gram table), and the peak RSS of a whole list
session in a child process vs a bare lazy Qt model over raw sqlite3 doing the same.
Targets (issue 3): first paint <= 0.3 s, search <= 5 ms (3+) / <= 50 ms (Chinese), RSS <= 250 MB.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.perf.context import RSS_EPILOGUE, Context, open_services, run_child
from tests.perf.harness import Bench, Target
from tests.perf.list_scripts import BARE_SESSION, OUR_SESSION

VISIBLE_ROWS = 40
RAW_IDS_SQL = (
    "SELECT rowid FROM contact INDEXED BY ix_list_contact_name WHERE deleted_at IS NULL "
    "ORDER BY sort_last_name, sort_first_name, deleted_at, rowid"
)
SEARCHES = (  # row, kind of text, target ms
    ("lists.search_3chars_name", "name", 5.0),
    ("lists.search_3chars_email", "email", 5.0),
    ("lists.search_3chars_phone", "phone", 5.0),
    ("lists.search_cjk_2chars", "cjk2", 50.0),
    ("lists.search_cjk_1char", "cjk1", 50.0),
)
NAMES = (
    "lists.first_paint",
    "lists.jump_middle",
    "lists.page_down",
    "lists.all_ids_worker",
    *(name for name, _, _ in SEARCHES),
    "lists.peak_rss",
)


def raw_page(raw: sqlite3.Connection, ids: Any, start: int) -> list[Any]:
    chunk = tuple(ids[start : start + VISIBLE_ROWS])
    marks = ", ".join("?" * len(chunk))
    sql = (
        "SELECT c.id, c.first_name, c.last_name, c.email, c.phone, co.name, u.name "
        "FROM contact c LEFT JOIN company co ON co.id = c.company_id "
        f'LEFT JOIN "user" u ON u.id = c.owner_id WHERE c.rowid IN ({marks})'
    )
    return raw.execute(sql, chunk).fetchall()


def search_texts(raw: sqlite3.Connection, name: str, email: str) -> dict[str, str]:
    cjk = raw.execute(
        "SELECT last_name || first_name FROM contact WHERE unicode(last_name) > 11904 "
        "AND length(last_name || first_name) >= 2 LIMIT 1 OFFSET 100"
    ).fetchone()
    cjk_name = str(cjk[0]) if cjk else "张伟"
    return {
        "name": name[:5] if name.isascii() else name[:3],
        "email": email.split("@")[0][-4:] + "@",
        "phone": "1380",
        "cjk2": cjk_name[:2],
        "cjk1": cjk_name[:1],
    }


def raw_search(raw: sqlite3.Connection, text: str) -> Callable[[], object]:
    if len(text) <= 2:
        sql = "SELECT rid FROM contact_gram WHERE gram = ? LIMIT 20"
        return lambda: raw.execute(sql, (text,)).fetchall()
    phrase = '"' + text.replace('"', '""') + '"'
    sql = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT 20"
    return lambda: raw.execute(sql, (phrase,)).fetchall()


def session_rss(script: str, db: Path) -> float:
    return run_child(script + RSS_EPILOGUE, str(db))["peak_rss_mb"]


def cases(ctx: Context) -> Iterator[Bench]:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.services.listing import ListQuery
    from crm_desktop.ui.models.list_page import FIRST_IDS
    from crm_desktop.ui.models.record_table import RecordTableModel

    path = ctx.dataset("contacts")
    app = QApplication.instance() or QApplication([])
    services = open_services(path)
    raw = sqlite3.connect(path)
    query = ListQuery("contact")
    ids = services.lists.ids(query)
    middle = len(ids) // 2
    shown = set(services.lists.default_columns("contact"))
    columns = [c for c in services.lists.columns("contact") if c.key in shown]

    def paint(model: RecordTableModel, start: int) -> None:
        for r in range(start, min(start + VISIBLE_ROWS, model.rowCount())):
            for c in range(model.columnCount()):
                model.data(model.index(r, c))

    def first_paint() -> RecordTableModel:
        model = RecordTableModel("contact")
        model.set_service(services.lists)
        model.set_columns(columns)
        model.set_ids(services.lists.ids(query, limit=FIRST_IDS))
        paint(model, 0)
        return model

    first_sql = f"{RAW_IDS_SQL} LIMIT {FIRST_IDS}"
    yield Bench(
        "lists.first_paint",
        first_paint,
        lambda: raw_page(raw, [r[0] for r in raw.execute(first_sql)], 0),
        Target(limit=300),
        note=f"{len(ids):,} contacts by name (pinyin keys): first {FIRST_IDS} ids + "
        f"{VISIBLE_ROWS} rows shown",
    )
    model = first_paint()
    model.extend_ids(services.lists.ids(query))

    def jump() -> None:
        model.invalidate_rows()
        paint(model, middle)

    yield Bench("lists.jump_middle", jump, lambda: raw_page(raw, ids, middle))
    position = [middle]

    def page_down() -> None:
        position[0] += VISIBLE_ROWS
        paint(model, position[0])

    yield Bench(
        "lists.page_down",
        page_down,
        lambda: raw_page(raw, ids, position[0]),
        repeat=max(ctx.repeat, 20),
    )
    yield Bench(
        "lists.all_ids_worker",
        lambda: services.lists.ids(query),
        lambda: [r[0] for r in raw.execute(RAW_IDS_SQL)],
        repeat=ctx.times(3),
        note="every id in name order, loaded on a worker after the first paint",
    )
    sample = services.lists.rows("contact", ids[middle : middle + 1])[0].values
    texts = search_texts(raw, str(sample["name"]), str(sample.get("email") or "x@y"))
    for name, kind, limit in SEARCHES:
        text = texts[kind]
        yield Bench(
            name,
            lambda text=text: services.search.search(text, "contacts", 20),
            raw_search(raw, text),
            Target(limit=limit),
            repeat=max(ctx.repeat, 10),
            note=f"search {text!r}, 20 hits",
            baseline_note="raw FTS5 MATCH" if len(text) > 2 else "raw short-gram lookup",
        )
    services.close()
    raw.close()
    del app
    yield Bench(
        "lists.peak_rss",
        lambda: session_rss(OUR_SESSION, path),
        lambda: session_rss(BARE_SESSION, path),
        Target(limit=250),
        unit="MB",
        sampled=True,
        repeat=1,
        note="child process: first paint, all ids, jump, 50 page-downs, 2 searches",
        baseline_note="bare QAbstractTableModel over raw sqlite3, same steps",
    )
