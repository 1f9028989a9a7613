"""Benchmark of the lazy lists and the search, against raw sqlite3 baselines in the same run.

    .venv/bin/python tests/perf/bench_lists.py [--size 1000000] [--db PATH]

Builds the data set once with the demo generator into tests/perf/.cache/ and reuses it
(``--full``: exactly ``main.py demo --size N``; default: same contacts and companies, few
deals and activities).
Prints figures only (no assertions on time). Targets (issue 3): first paint <= 0.3 s,
search <= 5 ms for 3+ characters and <= 50 ms for 1-2 Chinese characters, RSS <= 250 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CACHE = Path(__file__).resolve().parent / ".cache"
VISIBLE_ROWS = 40


def timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    """Median wall time in ms over ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def build(path: Path, size: int, full: bool) -> None:
    """The demo data set: the full one (``main.py demo --size N``: activities, tasks...) or,
    by default, a lean one with the same contacts and companies but few deals/activities
    (6.7M activities at 1M contacts take most of an hour and do not matter to the lists)."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {size:,} contacts into {path} (once) ...", flush=True)
    start = time.perf_counter()
    if full:
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "demo", "--size", str(size), "--db", str(path)],
            check=True,
            cwd=ROOT,
        )
    else:
        from dataclasses import replace

        from crm_desktop.services.container import Services
        from crm_desktop.services.demo import DemoService, demo_size

        lean = replace(demo_size(str(size)), deals=2000, activities=2000, tasks=100, nps=100)
        services = Services.open(path)
        try:
            DemoService(services.db).generate(lean, seed=42)
        finally:
            services.close()
    print(f"built in {time.perf_counter() - start:.0f} s", flush=True)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def row(label: str, ours: float, raw: float | None = None, note: str = "") -> None:
    ratio = f"{ours / raw:6.1f}x" if raw else "       "
    raw_text = f"{raw:9.2f} ms" if raw is not None else " " * 12
    print(f"{label:44} {ours:9.2f} ms  raw {raw_text}  {ratio}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--full", action="store_true", help="the full demo data set")
    args = parser.parse_args()
    name = f"contacts_{args.size}{'_full' if args.full else ''}.sqlite3"
    path = args.db or CACHE / name
    build(path, args.size, args.full)

    from PySide6.QtWidgets import QApplication

    from crm_desktop.services.container import Services
    from crm_desktop.services.listing import ListQuery
    from crm_desktop.ui.models.list_page import FIRST_IDS
    from crm_desktop.ui.models.record_table import RecordTableModel

    app = QApplication.instance() or QApplication([])
    services = Services.open(path)
    raw = sqlite3.connect(path)
    from crm_desktop.storage.search_index import list_index_statements

    for stmt in list_index_statements():  # cached files built before the indexes existed
        raw.execute(stmt)
    raw.commit()
    total = raw.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    print(f"\n{path.name}: {total:,} live contacts; RSS at start {rss_mb():.0f} MB\n")

    # -- the list: ids in display order, then pages ---------------------------------------
    query = ListQuery("contact")
    raw_ids_sql = (
        "SELECT rowid FROM contact INDEXED BY ix_list_contact_name WHERE deleted_at IS NULL "
        "ORDER BY last_name, first_name, deleted_at, rowid"
    )
    t_ids, ids = timed(lambda: services.lists.ids(query), 3)
    t_raw_ids, _ = timed(lambda: [r[0] for r in raw.execute(raw_ids_sql)], 3)
    row("ids of every contact, sorted by name", t_ids, t_raw_ids, f"{len(ids):,} ids")

    def raw_page(start: int) -> list[Any]:
        chunk = tuple(ids[start : start + VISIBLE_ROWS])
        marks = ", ".join("?" * len(chunk))
        sql = (
            "SELECT c.id, c.first_name, c.last_name, c.email, c.phone, co.name, u.name "
            "FROM contact c LEFT JOIN company co ON co.id = c.company_id "
            f'LEFT JOIN "user" u ON u.id = c.owner_id WHERE c.rowid IN ({marks})'
        )
        return raw.execute(sql, chunk).fetchall()

    def paint(model: RecordTableModel, start: int) -> None:
        for r in range(start, min(start + VISIBLE_ROWS, model.rowCount())):
            for c in range(model.columnCount()):
                model.data(model.index(r, c))

    def first_paint() -> RecordTableModel:
        """What the page does: the first ids, paint; the rest comes on a worker."""
        model = RecordTableModel("contact")
        model.set_service(services.lists)
        model.set_columns([c for c in services.lists.columns("contact") if c.key in model_columns])
        model.set_ids(services.lists.ids(query, limit=FIRST_IDS))
        paint(model, 0)
        return model

    model_columns = set(services.lists.default_columns("contact"))
    t_first, model = timed(first_paint, 3)
    first_sql = f"{raw_ids_sql} LIMIT {FIRST_IDS}"
    t_raw_first, _ = timed(lambda: ([r[0] for r in raw.execute(first_sql)], raw_page(0)), 3)
    row("first paint (first 500 ids + 40 rows shown)", t_first, t_raw_first)
    t_rest, _ = timed(lambda: model.extend_ids(services.lists.ids(query)), 1)
    row("  then all ids, on the worker (not blocking)", t_rest, t_raw_ids)

    middle = len(ids) // 2

    def jump() -> None:
        model.invalidate_rows()
        paint(model, middle)

    t_jump, _ = timed(jump)
    t_raw_jump, _ = timed(lambda: raw_page(middle))
    row("jump to the middle (40 rows)", t_jump, t_raw_jump)

    position = [middle]

    def page_down() -> None:
        position[0] += VISIBLE_ROWS
        paint(model, position[0])

    t_down, _ = timed(page_down, 20)
    t_raw_down, _ = timed(lambda: raw_page(middle + VISIBLE_ROWS), 20)
    row("page down (40 rows, cached pages)", t_down, t_raw_down)

    # -- search -----------------------------------------------------------------------------
    sample = services.lists.rows("contact", ids[middle : middle + 1])[0].values
    name, email = str(sample["name"]), str(sample.get("email") or "")
    cjk = raw.execute(
        "SELECT last_name || first_name FROM contact WHERE unicode(last_name) > 11904 "
        "AND length(last_name || first_name) >= 2 LIMIT 1 OFFSET 1000"
    ).fetchone()
    cjk_name = cjk[0] if cjk else "张伟"
    searches = [
        ("3+ chars: name", name[:5] if name.isascii() else name[:3], False),
        ("3+ chars: email fragment", email.split("@")[0][-4:] + "@", False),
        ("3+ chars: phone digits", "1380", False),
        ("2 Chinese chars", cjk_name[:2], True),
        ("1 Chinese char", cjk_name[:1], True),
        ("2 Chinese chars, common: 张伟", "张伟", True),
    ]
    print()
    for label, text, short in searches:
        t_search, hits = timed(lambda text=text: services.search.search(text, "contacts", 20))
        if short and len(text) <= 2:
            raw_sql = "SELECT rid FROM contact_gram WHERE gram = ? LIMIT 20"
            t_raw, _ = timed(lambda q=raw_sql, t=text: raw.execute(q, (t,)).fetchall())
        else:
            raw_sql = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT 20"
            phrase = '"' + text.replace('"', '""') + '"'
            t_raw, _ = timed(lambda q=raw_sql, p=phrase: raw.execute(q, (p,)).fetchall())
        row(f"search {label} {text!r}", t_search, t_raw, f"{len(hits)} hits")
    like_sql = (
        "SELECT rowid FROM contact WHERE coalesce(last_name, '') || coalesce(first_name, '') "
        "LIKE ? LIMIT 20"
    )
    t_like, _ = timed(lambda: raw.execute(like_sql, (f"%{cjk_name[:2]}%",)).fetchall(), 3)
    row("  naive LIKE scan for the 2 Chinese chars", t_like, None, "(what the gram table saves)")
    t_like_miss, _ = timed(lambda: raw.execute(like_sql, ("%瀚瀚%",)).fetchall(), 1)
    row("  naive LIKE scan, no match (full scan)", t_like_miss)

    print()
    for text in (cjk_name[:2], name[:5] if name.isascii() else name[:3]):
        t_list, found = timed(lambda text=text: services.lists.ids(ListQuery("contact", text)), 3)
        row(f"list filtered by search {text!r} (sorted ids)", t_list, None, f"{len(found):,} rows")

    sizes = index_sizes(raw)
    print(f"\npeak RSS {rss_mb():.0f} MB; database {path.stat().st_size / 2**20:.0f} MB; {sizes}")
    services.close()
    del app


def index_sizes(raw: sqlite3.Connection) -> str:
    try:
        rows = raw.execute(
            "SELECT CASE WHEN name LIKE '%_fts%' THEN 'fts' WHEN name LIKE '%_gram' THEN 'gram' "
            "END AS part, sum(pgsize) FROM dbstat WHERE name LIKE '%_fts%' OR name LIKE '%_gram' "
            "GROUP BY part"
        ).fetchall()
    except sqlite3.Error:
        return "index size: dbstat not available"
    return ", ".join(f"{part} index {size / 2**20:.0f} MB" for part, size in rows)


if __name__ == "__main__":
    main()
