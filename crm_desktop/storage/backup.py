"""Backups of a database file with SQLite's online backup API, their names and their rotation.

Backups live in a ``backups/`` folder next to the database and are named
``<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite3`` (UTC), e.g. ``crm-20261123-150102-daily.sqlite3``.
Every backup is a self-contained file (no ``-wal``), readable by its owner only, and passed
``PRAGMA integrity_check`` before it got its final name.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from crm_desktop.domain.errors import CrmError, DatabaseOpenError
from crm_desktop.storage import encryption

BACKUP_DIR_NAME = "backups"
#: "damaged": the bytes of a damaged database, moved aside by a restore (never rotated).
REASONS = ("daily", "manual", "before-migration", "before-import", "before-restore", "damaged")
KEEP_DAILY = 7
KEEP_WEEKLY = 4
#: Newest copies kept per reason; reasons not listed (manual, before-migration) are never rotated.
KEEP_NEWEST = {"before-import": 10, "before-restore": 10}
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>"
    + "|".join(REASONS)
    + r")(?:-(?P<n>\d+))?\.sqlite3$"
)


class BackupError(CrmError):
    """A backup could not be made or a file cannot be restored; nothing was changed."""


class DamagedSourceError(BackupError):
    """The copy of the database failed its integrity check: the database itself is damaged."""


def _is_damage(exc: Exception) -> bool:
    """SQLITE_CORRUPT (11) or SQLITE_NOTADB (26): the file's bytes are wrong."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (11, 26)
    return "malformed" in str(exc)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware, UTC
    reason: str
    size: int

    @property
    def day(self) -> date:
        return self.created_at.date()


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def backup_name(db_path: Path, reason: str, now: datetime) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    return f"{db_path.stem}-{now.astimezone(UTC).strftime(_STAMP)}-{reason}.sqlite3"


def parse_backup(path: Path, stem: str | None = None) -> BackupInfo | None:
    """The backup ``path`` names, or None when it is not one of ours (of database ``stem``)."""
    match = _NAME.match(path.name)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path, created, match["reason"], size)


def _newest_first(backups: Iterable[BackupInfo]) -> list[BackupInfo]:
    def order(b: BackupInfo) -> tuple[datetime, int, str]:
        match = _NAME.match(b.path.name)
        return (b.created_at, int(match["n"] or 1) if match else 0, b.path.name)

    return sorted(backups, key=order, reverse=True)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of ``db_path`` in its backups folder, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = [parse_backup(p, db_path.stem) for p in folder.iterdir() if p.is_file()]
    return _newest_first(b for b in found if b)


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA integrity_check`` reports (empty when the file is sound)."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    except encryption.database_errors() as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _private_new_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    path.chmod(0o600)  # whatever the umask


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink()


def copy_database(source: sqlite3.Connection, dest: Path, key: str | None = None) -> None:
    """Copy ``source`` into the new file ``dest`` (0600), as one file, checked; or raise.

    ``key``: the source is encrypted with this passphrase, and so will be the copy."""
    _private_new_file(dest)
    try:
        target = encryption.connect(dest, key=key) if key else sqlite3.connect(dest)
        target.isolation_level = None
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            problems = integrity_problems(target)
        finally:
            target.close()
        if problems:
            raise DamagedSourceError(
                f"the copy failed its integrity check: {'; '.join(problems[:3])}"
            )
    except BaseException:
        _remove(dest)
        raise


def connect_source(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    conn: sqlite3.Connection = encryption.connect(path, read_only=read_only)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def write_backup(db_path: Path, dest: Path) -> Path:
    """Back ``db_path`` up into ``dest`` (a new file); returns ``dest``."""
    if dest.exists():
        raise BackupError(f"{dest}: the file already exists")
    tmp = dest.with_name(f".{dest.name}.tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        _remove(tmp)
        source = connect_source(db_path)
        try:
            copy_database(source, tmp, encryption.key_for(db_path))
        finally:
            source.close()
        os.replace(tmp, dest)
    except encryption.io_errors() as exc:
        _remove(tmp)
        error = DamagedSourceError if _is_damage(exc) else BackupError
        raise error(f"{db_path}: the backup failed ({exc})") from exc
    return dest


def create_backup(db_path: Path, reason: str, now: datetime) -> BackupInfo:
    """A new backup of ``db_path`` in its backups folder (not rotated here)."""
    folder = backup_dir(db_path)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"{folder}: the backups folder cannot be created ({exc})") from exc
    name = backup_name(db_path, reason, now)
    dest, n = folder / name, 1
    while dest.exists():
        n += 1
        dest = folder / name.replace(".sqlite3", f"-{n}.sqlite3")
    write_backup(db_path, dest)
    info = parse_backup(dest)
    assert info is not None
    return info


def backup_before_migration(db_path: Path, now: datetime | None = None) -> BackupInfo:
    """The copy made before an existing database is upgraded; without it, no upgrade."""
    try:
        return create_backup(db_path, "before-migration", now or datetime.now(UTC))
    except BackupError as exc:
        raise DatabaseOpenError(
            str(db_path), f"it needs an upgrade, but no backup could be made first ({exc})"
        ) from exc


def backups_to_keep(backups: Iterable[BackupInfo]) -> set[Path]:
    """Rotation: the newest daily backup of each of the last 7 days that have one, the newest of
    each of the last 4 ISO weeks, every manual and before-migration copy, and the newest
    ``KEEP_NEWEST`` of the other reasons (each rule counts on its own; the union is kept)."""
    by_reason: dict[str, list[BackupInfo]] = {}
    for b in _newest_first(backups):
        by_reason.setdefault(b.reason, []).append(b)
    keep: set[Path] = set()
    for reason, items in by_reason.items():
        if reason == "daily":
            keep |= _newest_per_bucket(items, lambda b: b.day.isoformat(), KEEP_DAILY)
            keep |= _newest_per_bucket(items, lambda b: str(b.day.isocalendar()[:2]), KEEP_WEEKLY)
        elif reason in KEEP_NEWEST:
            keep |= {b.path for b in items[: KEEP_NEWEST[reason]]}
        else:
            keep |= {b.path for b in items}
    return keep


def _newest_per_bucket(
    newest_first: list[BackupInfo], bucket: Callable[[BackupInfo], str], count: int
) -> set[Path]:
    seen: set[str] = set()
    keep: set[Path] = set()
    for b in newest_first:
        key = bucket(b)
        if key not in seen and len(seen) < count:
            seen.add(key)
            keep.add(b.path)
    return keep


def rotate(db_path: Path) -> list[Path]:
    """Delete the backups of ``db_path`` the rotation no longer keeps; returns them."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
                removed.append(b.path)
            with contextlib.suppress(FileNotFoundError):
                b.path.with_name(b.path.name + "-wal").unlink()
    return removed


def check_restorable(candidate: Path) -> None:
    """Raise unless ``candidate`` is a sound crm-desktop database this version can open."""
    from crm_desktop.storage.database import check_revision, inspect_file

    if not candidate.is_file():
        raise BackupError(f"{candidate}: no such file")
    state = inspect_file(candidate)
    if state.revision is None:
        raise BackupError(f"{candidate}: the file is not a crm-desktop database")
    check_revision(candidate, state)
    try:
        conn = connect_source(candidate, read_only=True)
        try:
            problems = integrity_problems(conn)
        finally:
            conn.close()
    except encryption.database_errors() as exc:
        problems = [str(exc)]
    if problems:
        raise BackupError(
            f"{candidate}: the file is damaged and cannot be restored ({'; '.join(problems[:3])})"
        )


def stage_copy(candidate: Path, db_path: Path) -> Path:
    """A checked private copy of ``candidate`` in the database's folder, ready to move in."""
    staged = db_path.with_name(f".{db_path.name}.restore.tmp")
    _remove(staged)
    try:
        source = connect_source(candidate, read_only=True)
        try:
            copy_database(source, staged, encryption.key_for(candidate))
        finally:
            source.close()
    except encryption.io_errors() as exc:
        _remove(staged)
        raise BackupError(f"{candidate}: the file cannot be copied ({exc})") from exc
    return staged


def _side_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]


def release_database(db_path: Path) -> None:
    """Fold the write-ahead log into ``db_path``; raise if another connection still has it open."""
    if not db_path.exists():
        return
    wal = db_path.with_name(db_path.name + "-wal")
    had_wal = wal.exists()
    try:
        conn = connect_source(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
            _tidy_empty_wal(db_path, had_wal)
    except encryption.database_errors() as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                f"{db_path}: the database is in use by another program; close it and try again"
            ) from exc
        return  # damaged beyond reading: it is kept byte for byte, then replaced
    if db_path.with_name(db_path.name + "-wal").exists():
        raise BackupError(
            f"{db_path}: the database is still open (in crm-desktop or another program); "
            "close it and try again"
        )


def _tidy_empty_wal(db_path: Path, had_wal: bool) -> None:
    """Remove the empty write-ahead log our own connection left (a damaged file cannot be
    checkpointed at close, so SQLite keeps it)."""
    wal = db_path.with_name(db_path.name + "-wal")
    with contextlib.suppress(OSError):
        if not had_wal and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
            db_path.with_name(db_path.name + "-shm").unlink(missing_ok=True)


def move_into_place(staged: Path, db_path: Path) -> None:
    """Atomically replace ``db_path`` by ``staged`` (same folder)."""
    for side in _side_files(db_path):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    os.replace(staged, db_path)
    with contextlib.suppress(OSError):  # make the rename durable where the OS allows it
        fd = os.open(db_path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
