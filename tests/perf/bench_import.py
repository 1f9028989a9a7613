"""CSV import: 100k contacts vs a raw sqlite3 executemany pipeline, and a 1M-row peak RSS.

Both pipelines write into a freshly migrated database from the same file in the same run; the
raw one reads with ``csv`` and inserts with ``executemany`` in one transaction, the search
index built by the same triggers. The peak RSS of a 1M-row import runs in a child process, vs
a child that imports the same modules, opens the database and the file but imports nothing.
Targets (issue 7): import <= 1.5x raw; 1M-row peak RSS <= 400 MB.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from tests.perf.context import RSS_EPILOGUE, Context, run_child
from tests.perf.harness import Bench, Target

NAMES = ("import.csv_100k", "import.peak_rss_1m")

FIRST = ["Ada", "Grace", "Alan", "Linus", "Ken", "Barbara", "伟", "娜", "芳", "强", "Wei", "Li"]
LAST = ["Lovelace", "Hopper", "Turing", "Torvalds", "Thompson", "Liskov", "张", "王", "李", "刘"]
CITIES = ["London", "Austin", "深圳", "上海", "Berlin", "Paris", "北京", "Toronto"]
HEADER = [
    "First Name",
    "Last Name",
    "Email",
    "Phone",
    "Company",
    "Job Title",
    "City",
    "Create Date",
]


def make_csv(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow(
                [
                    rng.choice(FIRST),
                    rng.choice(LAST),
                    f"person{i}@example{i % 500}.com",
                    f"+1415555{i % 10000:04d}",
                    f"Company {i % 2000}",
                    "Engineer" if i % 3 else "Manager",
                    rng.choice(CITIES),
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                ]
            )


def fresh_db(path: Path) -> Path:
    from crm_desktop.storage.database import open_database

    open_database(path).close()
    return path


def raw_pipeline(db_path: Path, csv_path: Path) -> float:
    """Read the file with csv and write contacts (and their companies) with executemany."""
    start = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("BEGIN IMMEDIATE")
    now = "2026-01-01 00:00:00.000000"
    companies: dict[str, str] = {}
    company_rows, contact_rows = [], []
    with csv_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for first, last, email, phone, company, title, city, created in reader:
            company_id = companies.get(company)
            if company_id is None:
                company_id = companies[company] = str(uuid.uuid4())
                company_rows.append((company_id, company, now, now, "prospect", "{}"))
            contact_rows.append(
                (str(uuid.uuid4()), first, last, email, phone, title, company_id, city,
                 f"{created} 00:00:00.000000", now, "lead", "[]", "[]", "[]", "{}")
            )  # fmt: skip
    conn.executemany(
        "INSERT INTO company (id, name, created_at, updated_at, lifecycle, custom) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        company_rows,
    )
    conn.executemany(
        "INSERT INTO contact (id, first_name, last_name, email, phone, title, company_id, city, "
        "created_at, updated_at, lifecycle_stage, other_emails, other_phones, tags, custom) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        contact_rows,
    )
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def our_import(db_path: Path, csv_path: Path) -> tuple[float, dict[str, int]]:
    from crm_desktop.services.importing.fields import ImportKind, suggest_mapping
    from crm_desktop.services.importing.options import ImportOptions
    from crm_desktop.services.importing.runner import ImportService
    from crm_desktop.storage.database import open_database

    db = open_database(db_path)
    try:
        start = time.perf_counter()
        service = ImportService(db)
        table = service.open(csv_path)
        options = ImportOptions(ImportKind.CONTACTS, suggest_mapping(ImportKind.CONTACTS, HEADER))
        result = service.run(table, options)
        return time.perf_counter() - start, result.counts()
    finally:
        db.close()


RSS_IMPORT = """
import sys
from pathlib import Path
from tests.perf.bench_import import our_import
seconds, counts = our_import(Path(sys.argv[1]), Path(sys.argv[2]))
_REPORT = {"seconds": seconds, "new": counts["new"]}
"""
RSS_FLOOR = """
import sys
from crm_desktop.services.importing.runner import ImportService
from crm_desktop.storage.database import open_database
db = open_database(sys.argv[1])
ImportService(db).open(sys.argv[2])
db.close()
_REPORT = {}
"""


def cases(ctx: Context) -> Iterator[Bench]:
    rows = 500 if ctx.smoke else 100_000
    csv_path = ctx.workdir / "contacts.csv"
    make_csv(csv_path, rows)
    runs = [0]

    def fresh(prefix: str) -> Path:
        runs[0] += 1
        return fresh_db(ctx.workdir / f"{prefix}_{runs[0]}.sqlite3")

    def ours() -> float:
        seconds, counts = our_import(fresh("ours"), csv_path)
        assert counts["new"] == rows, counts
        return seconds

    yield Bench(
        "import.csv_100k",
        ours,
        lambda: raw_pipeline(fresh("raw"), csv_path),
        Target(ratio=1.5),
        unit="s",
        sampled=True,
        repeat=ctx.times(3),
        note=f"{rows:,} contacts from CSV, ImportService.run",
        baseline_note="raw csv + executemany, same search-index triggers",
    )
    big_rows = 1_000 if ctx.smoke else 1_000_000
    big_csv = ctx.workdir / "big.csv"
    make_csv(big_csv, big_rows)

    def rss(script: str) -> float:
        report = run_child(script + RSS_EPILOGUE, str(fresh("rss")), str(big_csv))
        if "new" in report:
            assert report["new"] == big_rows, report
        return report["peak_rss_mb"]

    yield Bench(
        "import.peak_rss_1m",
        lambda: rss(RSS_IMPORT),
        lambda: rss(RSS_FLOOR),
        Target(limit=400),
        unit="MB",
        sampled=True,
        repeat=1,
        note=f"peak RSS of a child importing {big_rows:,} rows",
        baseline_note="child that opens the database and the file, imports nothing",
    )
