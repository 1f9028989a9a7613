"""Integrity check of a database file, read-only: SQLite's own checks plus the CRM's rules."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.storage import encryption
from crm_desktop.storage.database import inspect_file
from crm_desktop.storage.schema import SCHEMA_REVISION

#: (description, query returning the offending rows' ids) for rules SQLite cannot enforce.
RULES: tuple[tuple[str, str], ...] = (
    (
        "deals whose stage belongs to another pipeline",
        "SELECT d.id FROM deal d JOIN stage s ON s.id = d.stage_id "
        "WHERE s.pipeline_id != d.pipeline_id",
    ),
    (
        "won or lost deals without a closed date",
        "SELECT id FROM deal WHERE outcome IN ('won','lost') AND closed_at IS NULL",
    ),
    (
        "open deals with a closed date",
        "SELECT id FROM deal WHERE outcome = 'open' AND closed_at IS NOT NULL",
    ),
    (
        "deals closed before they were created",
        "SELECT id FROM deal WHERE closed_at IS NOT NULL AND closed_at < created_at",
    ),
    (
        "stage moves of deals to a stage of another pipeline",
        "SELECT sc.id FROM stage_change sc JOIN deal d ON d.id = sc.deal_id "
        "JOIN stage s ON s.id = sc.to_stage_id WHERE s.pipeline_id != d.pipeline_id",
    ),
    (
        "pipelines marked default more than once",
        "SELECT id FROM pipeline WHERE is_default = 1 AND deleted_at IS NULL "
        "AND (SELECT count(*) FROM pipeline WHERE is_default = 1 AND deleted_at IS NULL) > 1",
    ),
    (
        "records updated before they were created",
        "SELECT id FROM contact WHERE updated_at < created_at UNION ALL "
        "SELECT id FROM company WHERE updated_at < created_at UNION ALL "
        "SELECT id FROM deal WHERE updated_at < created_at",
    ),
)


@dataclass
class IntegrityReport:
    path: Path
    revision: str | None = None
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        head = [f"database: {self.path}", f"schema revision: {self.revision or 'none'}"]
        body = [f"ok: {c}" for c in self.checked] + [f"PROBLEM: {p}" for p in self.problems]
        return [
            *head,
            *body,
            "result: ok" if self.ok else f"result: {len(self.problems)} problem(s)",
        ]


def check_database(path: Path, *, full: bool = True) -> IntegrityReport:
    """Run the checks on ``path`` without writing to it (raises DatabaseOpenError if unusable)."""
    state = inspect_file(path)
    report = IntegrityReport(path=path, revision=state.revision)
    if state.revision != SCHEMA_REVISION:
        report.problems.append(
            f"schema revision {state.revision or 'none'} (this version writes {SCHEMA_REVISION}); "
            "open the database once in crm-desktop to upgrade it"
        )
        if state.revision is None:
            return report
    conn: sqlite3.Connection = encryption.connect(path, read_only=True)
    try:
        _sqlite_checks(conn, report, full)
        if report.ok:
            _rule_checks(conn, report)
    finally:
        conn.close()
    return report


def _sqlite_checks(conn: sqlite3.Connection, report: IntegrityReport, full: bool) -> None:
    pragma = "integrity_check" if full else "quick_check"
    results = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    if results == ["ok"]:
        report.checked.append(f"SQLite {pragma}")
    else:
        report.problems.extend(f"SQLite {pragma}: {r}" for r in results[:20])
    violations = conn.execute("PRAGMA foreign_key_check").fetchall()
    if violations:
        tables = sorted({v[0] for v in violations})
        report.problems.append(f"{len(violations)} broken reference(s) in: {', '.join(tables)}")
    else:
        report.checked.append("references between records (foreign keys)")


def _rule_checks(conn: sqlite3.Connection, report: IntegrityReport) -> None:
    for description, query in RULES:
        ids = [r[0] for r in conn.execute(query).fetchmany(6)]
        if ids:
            sample = ", ".join(ids[:5])
            report.problems.append(f"{description}: {sample}{' ...' if len(ids) > 5 else ''}")
        else:
            report.checked.append(f"no {description}")
