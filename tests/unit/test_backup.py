"""Backups and restore: SQLite online backups, rotation, refusing bad files, permissions, CLI."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from crm_desktop.app import main
from crm_desktop.domain.errors import CrmError, NotADatabaseError
from crm_desktop.services.backups import BackupError, BackupService
from crm_desktop.services.demo import DemoService, demo_size
from crm_desktop.storage.backup import BackupInfo, backups_to_keep, list_backups
from crm_desktop.storage.database import Database, open_database
from crm_desktop.storage.migrate import alembic_config
from crm_desktop.storage.schema import SCHEMA_REVISION

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 15, 1, 2, tzinfo=UTC)  # a Monday


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, order-independent."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        conn.close()


def sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(statement)
    conn.close()


@pytest.fixture
def filled(db_path: Path) -> Path:
    """A closed database with demo data in it."""
    database = open_database(db_path)
    DemoService(database).generate(demo_size("40"), seed=7, today=date(2026, 11, 20))
    database.close()
    return db_path


@pytest.fixture
def fresh(db_path: Path) -> Path:
    open_database(db_path).close()
    return db_path


def service(path: Path, now: datetime = NOW) -> BackupService:
    return BackupService(path, clock=lambda: now)


# -- round trip -------------------------------------------------------------------------------


def test_backup_and_restore_round_trip_gives_the_same_rows(filled: Path) -> None:
    before = dump(filled)
    assert len(before["contact"]) == 40 and before["deal"]
    info = service(filled).back_up_now()
    assert info.path.parent == filled.parent / "backups"
    assert info.path.name == "crm-20261123-150102-manual.sqlite3"
    assert dump(info.path) == before
    sql(filled, "DELETE FROM activity")
    sql(filled, "UPDATE contact SET first_name = 'Changed'")
    changed = dump(filled)
    assert changed != before

    result = service(filled, NOW + timedelta(minutes=5)).restore(info.path)

    assert dump(filled) == before
    assert result.previous is not None and result.previous.reason == "before-restore"
    assert result.previous.path.name == "crm-20261123-150602-before-restore.sqlite3"
    assert dump(result.previous.path) == changed
    database = open_database(filled)  # the restored file opens normally
    database.close()


def test_backup_is_one_private_file_that_passes_integrity_check(filled: Path) -> None:
    info = service(filled).back_up_now("daily")
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert (filled.parent / "backups").stat().st_mode & 0o077 == 0
    assert not info.path.with_name(info.path.name + "-wal").exists()
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    assert [p.name for p in (filled.parent / "backups").iterdir()] == [info.path.name]


def test_backup_while_the_database_is_open(db: Database, db_path: Path) -> None:
    DemoService(db).generate(demo_size("10"), seed=1, today=date(2026, 11, 20))
    info = service(db_path).back_up_now()
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (10,)


def test_backups_in_the_same_second_get_distinct_names(fresh: Path) -> None:
    first = service(fresh).back_up_now()
    second = service(fresh).back_up_now()
    assert first.path != second.path and second.path.name.endswith("-manual-2.sqlite3")
    assert [b.path for b in service(fresh).list()] == [second.path, first.path]


def test_list_reports_date_reason_and_size(fresh: Path) -> None:
    service(fresh, NOW - timedelta(days=1)).back_up_now("daily")
    service(fresh).back_up_now("before-import")
    (fresh.parent / "backups" / "notes.txt").write_text("not a backup")
    listed = service(fresh).list()
    assert [(b.created_at, b.reason) for b in listed] == [
        (NOW.replace(microsecond=0), "before-import"),
        (NOW.replace(microsecond=0) - timedelta(days=1), "daily"),
    ]
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)


def test_out_file_is_written_and_never_overwritten(fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "copy.sqlite3"
    info = service(fresh).back_up_now(out=out)
    assert info.path == out and out.stat().st_mode & 0o777 == 0o600
    assert dump(out) == dump(fresh)
    before = digest(out)
    with pytest.raises(BackupError, match="already exists"):
        service(fresh).back_up_now(out=out)
    assert digest(out) == before


def test_backup_of_a_missing_or_foreign_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no such database"):
        service(tmp_path / "none.sqlite3").back_up_now()
    other = tmp_path / "other.db"
    sql(other, "CREATE TABLE songs (title TEXT)")
    with pytest.raises(CrmError, match=r"another program|not a crm-desktop"):
        service(other).back_up_now()
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


# -- rotation ---------------------------------------------------------------------------------


def fake(day: date, reason: str = "daily", hour: int = 3) -> BackupInfo:
    when = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return BackupInfo(Path(f"crm-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"), when, reason, 1)


def test_rotation_keeps_7_daily_and_4_weekly() -> None:
    days = [date(2026, 10, 1) + timedelta(days=i) for i in range(54)]  # Oct 1 .. Nov 23
    assert days[-1] == date(2026, 11, 23)
    backups = [fake(d) for d in days] + [fake(date(2026, 11, 23), hour=2)]
    keep = {p.name[4:12] for p in backups_to_keep(backups)}
    # 7 days Nov 17..23 (newest of the 23rd only); weeks: Nov 16-22 and Nov 23 already in,
    # plus Sunday Nov 15 (week Nov 9-15) and Sunday Nov 8 (week Nov 2-8).
    assert keep == {f"202611{d:02}" for d in (8, 15, 17, 18, 19, 20, 21, 22, 23)}
    assert Path("crm-20261123-030000-daily.sqlite3") in backups_to_keep(backups)
    assert Path("crm-20261123-020000-daily.sqlite3") not in backups_to_keep(backups)


def test_rotation_never_drops_before_migration_or_manual_and_bounds_imports() -> None:
    old = [fake(date(2020, 1, 1) + timedelta(days=i), "before-migration") for i in range(30)]
    manual = [fake(date(2021, 1, 1) + timedelta(days=i), "manual") for i in range(15)]
    imports = [fake(date(2026, 1, 1) + timedelta(days=i), "before-import") for i in range(15)]
    keep = backups_to_keep(old + manual + imports)
    assert {b.path for b in old + manual} <= keep
    assert {b.path for b in imports} & keep == {b.path for b in imports[5:]}


def test_daily_backup_at_start_over_two_months_with_a_fake_clock(fresh: Path) -> None:
    start = datetime(2026, 10, 1, 8, 30, tzinfo=UTC)
    migration = service(fresh, start).back_up_now("before-migration")
    made = 0
    for i in range(54):
        morning = start + timedelta(days=i)
        made += service(fresh, morning).maybe_daily_backup() is not None
        # a second start the same day makes none
        assert service(fresh, morning + timedelta(hours=9)).maybe_daily_backup() is None
    assert made == 54
    listed = list_backups(fresh)
    daily = sorted(
        b.created_at.day for b in listed if b.reason == "daily" and b.created_at.month == 11
    )
    assert daily == [8, 15, 17, 18, 19, 20, 21, 22, 23]
    assert [b.path for b in listed if b.reason == "before-migration"] == [migration.path]
    assert len(listed) == 10 and all(b.path.exists() for b in listed)


def test_no_daily_backup_of_a_database_not_yet_created(tmp_path: Path) -> None:
    assert service(tmp_path / "crm.sqlite3").maybe_daily_backup() is None
    assert not (tmp_path / "backups").exists()


# -- restore refuses bad files ----------------------------------------------------------------


def damaged_copy(source: Path, dest: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(2 * page, min(len(data), 12 * page), 7):
        data[offset] = 0x5A
    dest.write_bytes(bytes(data))
    return dest


@pytest.fixture
def current(filled: Path) -> Iterator[tuple[Path, str]]:
    yield filled, digest(filled)


def assert_untouched(path: Path, before: str) -> None:
    assert digest(path) == before
    assert not any(b.reason == "before-restore" for b in list_backups(path))
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_restore_refuses_a_text_file(current: tuple[Path, str], tmp_path: Path) -> None:
    path, before = current
    text = tmp_path / "backup.sqlite3"
    text.write_text("name,email\nAda,ada@example.com\n")
    with pytest.raises(NotADatabaseError, match="not a crm-desktop"):
        service(path).restore(text)
    assert_untouched(path, before)


def test_restore_refuses_a_damaged_file(current: tuple[Path, str], tmp_path: Path) -> None:
    path, before = current
    good = service(path).back_up_now()
    bad = damaged_copy(good.path, tmp_path / "damaged.sqlite3")
    with pytest.raises(CrmError, match="damaged"):
        service(path).restore(bad)
    assert_untouched(path, before)


def test_restore_refuses_foreign_and_newer_databases(
    current: tuple[Path, str], tmp_path: Path
) -> None:
    path, before = current
    foreign = tmp_path / "songs.db"
    sql(foreign, "CREATE TABLE songs (title TEXT)")
    with pytest.raises(CrmError, match="not a crm-desktop"):
        service(path).restore(foreign)
    newer = service(path).back_up_now(out=tmp_path / "newer.sqlite3").path
    sql(newer, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(CrmError, match="newer version"):
        service(path).restore(newer)
    with pytest.raises(BackupError, match="no such file"):
        service(path).restore(tmp_path / "missing.sqlite3")
    assert_untouched(path, before)


def test_restore_refuses_while_the_database_is_open(db: Database, db_path: Path) -> None:
    with db.session(write=False) as session:
        session.connection()
    good = service(db_path).back_up_now()
    with pytest.raises(BackupError, match="still open"):
        service(db_path).restore(good.path)


def test_restore_into_a_missing_database_keeps_no_copy(filled: Path, tmp_path: Path) -> None:
    good = service(filled).back_up_now()
    target = tmp_path / "new" / "crm.sqlite3"
    target.parent.mkdir()
    result = service(target).restore(good.path)
    assert result.previous is None
    assert dump(target) == dump(filled)
    assert target.stat().st_mode & 0o777 == 0o600


# -- before-migration backups -----------------------------------------------------------------


def make_revision_0001(path: Path) -> None:
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()


def test_opening_an_old_database_backs_it_up_first(db_path: Path) -> None:
    make_revision_0001(db_path)
    sql(
        db_path,
        "INSERT INTO setting (key, value, updated_at) "
        "VALUES ('base_currency', '\"EUR\"', '2026-11-01 09:00:00.000000')",
    )
    before = dump(db_path)
    open_database(db_path).close()
    (backup,) = list_backups(db_path)
    assert backup.reason == "before-migration"
    assert dump(backup.path) == before
    assert backup.path.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_REVISION,
        )
    open_database(db_path).close()  # already current: no second copy
    assert len(list_backups(db_path)) == 1


def test_new_and_current_databases_get_no_migration_backup(db_path: Path) -> None:
    open_database(db_path).close()
    open_database(db_path).close()
    assert list_backups(db_path) == []


# -- command line -----------------------------------------------------------------------------


def test_cli_backup_list_and_restore(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(filled)
    assert main(["backup", "--db", str(filled)]) == 0
    out = capsys.readouterr().out
    (made,) = list_backups(filled)
    assert f"backed up to {made.path}" in out

    out_file = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(filled), "--out", str(out_file)]) == 0
    assert dump(out_file) == before
    assert len(list_backups(filled)) == 1

    assert main(["backup", "--db", str(filled), "--list"]) == 0
    listing = capsys.readouterr().out.splitlines()[-1]
    assert "manual" in listing and str(made.path) in listing and "bytes" in listing

    sql(filled, "DELETE FROM activity")
    assert main(["restore", str(made.path), "--db", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "the previous database was kept as" in out and "before-restore" in out
    assert dump(filled) == before


def test_cli_restore_refuses_a_text_file(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(filled)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert main(["restore", str(text), "--db", str(filled)]) == 2
    assert "not a crm-desktop" in capsys.readouterr().err
    assert digest(filled) == before


def test_cli_backup_list_in_a_real_process(fresh: Path) -> None:
    service(fresh).back_up_now("before-import")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "backup", "--list", "--db", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "2026-11-23 15:01:02 UTC  before-import" in result.stdout


@pytest.mark.parametrize("pages", [(2, 12), (0, 3)])
def test_a_damaged_database_can_be_restored_over(
    filled: Path, tmp_path: Path, pages: tuple[int, int]
) -> None:
    good = service(filled).back_up_now(out=tmp_path / "good.sqlite3")
    before = dump(filled)
    data = bytearray(filled.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for offset in range(max(100, pages[0] * size), pages[1] * size, 5):
        data[offset] = 0x5A
    filled.write_bytes(bytes(data))
    damaged = digest(filled)

    result = service(filled).restore(good.path)

    assert dump(filled) == before
    assert result.previous is not None and digest(result.previous.path) == damaged
    assert result.previous.reason == "damaged"  # never rotated away
    assert result.previous.path.stat().st_mode & 0o777 == 0o600


def test_out_file_in_an_impossible_place_is_a_clear_error(fresh: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file")
    with pytest.raises(BackupError, match="the backup failed"):
        service(fresh).back_up_now(out=blocker / "copy.sqlite3")
    assert blocker.read_text() == "I am a file"
