"""Import benchmark: 100k-row contact CSV vs a raw sqlite3 executemany pipeline, and peak RSS.

    .venv/bin/python -m tests.perf.bench_import [--rows 100000] [--rss-rows 1000000]

Prints figures; asserts nothing about time (machines differ). Both pipelines write into a
freshly migrated database, search index triggers included, from the same file in the same run.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

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


def drop_search_triggers(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for name in names:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.commit()
    conn.close()
    return len(names)


def peak_rss_of_import(workdir: Path, rows: int) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a CLI import of ``rows`` contacts in a child process."""
    csv_path = workdir / f"big_{rows}.csv"
    make_csv(csv_path, rows)
    db_path = fresh_db(workdir / f"big_{rows}.sqlite3")
    code = (
        "import resource, sys, time\n"
        "from pathlib import Path\n"
        "from tests.perf.bench_import import our_import\n"
        "seconds, counts = our_import(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "print(seconds, counts['new'], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db_path), str(csv_path)],
        capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    seconds, new, rss_kb = done.stdout.split()
    assert int(new) == rows, done.stdout
    return float(seconds), int(rss_kb) / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rss-rows", type=int, default=0, help="also measure peak RSS (0: skip)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        csv_path = work / "contacts.csv"
        make_csv(csv_path, args.rows)
        size_mb = csv_path.stat().st_size / 1e6
        raw = raw_pipeline(fresh_db(work / "raw.sqlite3"), csv_path)
        ours, counts = our_import(fresh_db(work / "ours.sqlite3"), csv_path)
        plain = fresh_db(work / "raw_noindex.sqlite3")
        triggers = drop_search_triggers(plain)
        raw_plain = raw_pipeline(plain, csv_path)
        ours_plain_db = fresh_db(work / "ours_noindex.sqlite3")
        drop_search_triggers(ours_plain_db)
        ours_plain, _ = our_import(ours_plain_db, csv_path)
        figures = {
            "rows": args.rows,
            "file_mb": round(size_mb, 1),
            "raw_executemany_s": round(raw, 2),
            "import_s": round(ours, 2),
            "ratio_import_vs_raw": round(ours / raw, 2),
            "rows_per_s": round(args.rows / ours),
            "search_triggers": triggers,
            "raw_without_search_index_s": round(raw_plain, 2),
            "import_without_search_index_s": round(ours_plain, 2),
            "search_index_cost_in_import_s": round(ours - ours_plain, 2),
            "counts": counts,
        }
        if args.rss_rows:
            seconds, rss = peak_rss_of_import(work, args.rss_rows)
            figures.update(rss_rows=args.rss_rows, rss_import_s=round(seconds, 1),
                           peak_rss_mb=round(rss, 1))  # fmt: skip
        print(json.dumps(figures, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
