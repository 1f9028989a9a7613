"""Back up, list and restore a database file (CLI and, later, the Settings page).

The service works on a database *path*, not on an open ``Database``: backups can be made while
the app has the database open (SQLite's online backup API reads a consistent snapshot), but
``restore`` replaces the file, so the caller closes its ``Database`` first and reopens it after::

    services.close()
    result = BackupService(path).restore(chosen_file)
    services = Services.open(path)
"""

from __future__ import annotations

import builtins
import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.domain.errors import CrmError
from crm_desktop.storage import backup as store
from crm_desktop.storage.backup import BackupError, BackupInfo, DamagedSourceError
from crm_desktop.storage.database import INLINE_CHECK_MAX_BYTES

__all__ = ["BackupError", "BackupInfo", "BackupService", "DamagedSourceError", "RestoreResult"]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    #: The copy of the database as it was before the restore (None if there was none).
    previous: BackupInfo | None


class BackupService:
    def __init__(self, db_path: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.db_path = Path(db_path).expanduser()
        self.clock = clock

    @property
    def folder(self) -> Path:
        return store.backup_dir(self.db_path)

    def back_up_now(self, reason: str = "manual", out: Path | None = None) -> BackupInfo:
        """Back up now into the backups folder (then rotate), or into the new file ``out``."""
        self._check_source()
        now = self.clock()
        if out is None:
            info = store.create_backup(self.db_path, reason, now)
            store.rotate(self.db_path)
            return info
        dest = store.write_backup(self.db_path, Path(out).expanduser())
        return BackupInfo(dest, now.astimezone(UTC), reason, dest.stat().st_size)

    def list(self) -> builtins.list[BackupInfo]:
        """This database's backups, newest first."""
        return store.list_backups(self.db_path)

    def maybe_daily_backup(self, now: datetime | None = None) -> BackupInfo | None:
        """The start-up backup: at most one a day (UTC), none for a database not yet created."""
        now = now or self.clock()
        if not self.db_path.exists() or self.db_path.stat().st_size == 0:
            return None
        today = now.astimezone(UTC).date()
        if any(b.reason == "daily" and b.day == today for b in self.list()):
            return None
        self._check_source()
        info = store.create_backup(self.db_path, "daily", now)
        store.rotate(self.db_path)
        return info

    def newest_good_backup(self) -> BackupInfo | None:
        """The newest backup that passes ``PRAGMA integrity_check`` (None: there is none)."""
        for info in self.list():
            if info.reason == "damaged":
                continue
            try:
                store.check_restorable(info.path)
            except CrmError:
                continue
            return info
        return None

    def restore(self, file: Path) -> RestoreResult:
        """Replace the database by the backup ``file``, keeping a 'before-restore' copy first.

        The caller must have closed every connection to the database. A file that is not a
        sound crm-desktop database is refused (``CrmError``) and the database is untouched.
        """
        file = Path(file).expanduser()
        if self.db_path.exists() and file.resolve() == self.db_path.resolve():
            raise BackupError(f"{file}: this is the database itself, not a backup")
        store.check_restorable(file)
        staged = store.stage_copy(file, self.db_path)
        try:
            previous = None
            if self.db_path.exists() and self.db_path.stat().st_size > 0:
                store.release_database(self.db_path)
                previous = self._keep_current()
            store.move_into_place(staged, self.db_path)
        except OSError as exc:
            raise BackupError(f"{self.db_path}: the restore failed ({exc})") from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                staged.unlink()
        store.rotate(self.db_path)
        return RestoreResult(file, previous)

    def _keep_current(self) -> BackupInfo:
        try:
            return store.create_backup(self.db_path, "before-restore", self.clock())
        except BackupError:
            # A damaged database may not copy cleanly: keep its bytes as they are instead.
            dest = self.folder / store.backup_name(self.db_path, "damaged", self.clock())
            if dest.exists():
                raise
            for source, copy in ((self.db_path, dest), *_wal_pair(self.db_path, dest)):
                shutil.copyfile(source, copy)
                copy.chmod(0o600)
            info = store.parse_backup(dest)
            assert info is not None
            return info

    def _check_source(self) -> None:
        from crm_desktop.storage.database import check_revision, inspect_file

        state = inspect_file(self.db_path)
        if not state.exists:
            raise BackupError(f"{self.db_path}: no such database")
        if state.revision is None:
            raise BackupError(f"{self.db_path}: the file is not a crm-desktop database")
        check_revision(self.db_path, state)


def _wal_pair(db_path: Path, dest: Path) -> builtins.list[tuple[Path, Path]]:
    """The write-ahead log of a damaged database, kept next to its copy (SQLite reads it so)."""
    wal = db_path.with_name(db_path.name + "-wal")
    return [(wal, dest.with_name(dest.name + "-wal"))] if wal.exists() else []


def checked_in_background(db_path: Path) -> bool:
    """Too large to check and copy before the window shows: the daily backup runs after it.

    Such a file is checked at open only after a crash (see ``storage.database``); the daily
    backup's integrity-checked copy is its whole-file check otherwise.
    """
    try:
        return db_path.stat().st_size > INLINE_CHECK_MAX_BYTES
    except OSError:
        return False
