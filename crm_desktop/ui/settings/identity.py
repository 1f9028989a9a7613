"""The "who am I" kept on this laptop (QSettings), one identity per database.

``team/current_user_id`` (``ME_KEY``) is the last choice, as before; ``team/my_user_ids`` keeps
the choice made in every database (user ids are unique, so the first saved id that is a user of
the open database is me there). "Skip for now" is remembered per database file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from crm_desktop.services.dto import UserDTO
from crm_desktop.services.identity import default_owner_filter

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub

ME_KEY = "team/current_user_id"
MY_IDS_KEY = "team/my_user_ids"
SKIPPED_GROUP = "team/identity_skipped"
#: How many databases' identities a laptop remembers.
REMEMBERED = 50


class IdentityStore:
    """Reads and writes "who am I" in ``qsettings``."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def saved_ids(self) -> list[str]:
        last = str(self.qsettings.value(ME_KEY, "") or "")
        return [i for i in [last, *self._ids()] if i]

    def remember(self, user_id: str, database_user_ids: set[str]) -> None:
        """``user_id`` is me in the database whose users are ``database_user_ids``."""
        others = [i for i in self._ids() if i not in database_user_ids and i != user_id]
        self.qsettings.setValue(MY_IDS_KEY, ",".join([user_id, *others][:REMEMBERED]))
        self.qsettings.setValue(ME_KEY, user_id)

    def forget(self, database_user_ids: set[str]) -> None:
        """Nobody is me in that database any more."""
        kept = [i for i in self._ids() if i not in database_user_ids]
        self.qsettings.setValue(MY_IDS_KEY, ",".join(kept))
        if str(self.qsettings.value(ME_KEY, "") or "") in database_user_ids:
            self.qsettings.setValue(ME_KEY, "")

    def skipped(self, path: Path) -> bool:
        return bool(self.qsettings.value(self._skip_key(path), ""))

    def skip(self, path: Path) -> None:
        self.qsettings.setValue(self._skip_key(path), str(path))

    def _ids(self) -> list[str]:
        value = self.qsettings.value(MY_IDS_KEY, "") or ""
        text = ",".join(value) if isinstance(value, list) else str(value)
        return [i for i in text.split(",") if i]

    @staticmethod
    def _skip_key(path: Path) -> str:
        digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
        return f"{SKIPPED_GROUP}/{digest}"


def apply_identity(services: Services, me: UserDTO | None) -> bool:
    """Make ``me`` the current user; True when "who am I" or its default view changed."""
    before = (services.current_user_id, services.default_owner_filter)
    services.current_user_id = me.id if me is not None else None
    services.default_owner_filter = default_owner_filter(me)
    return (services.current_user_id, services.default_owner_filter) != before


def announce_identity(hub: SignalHub, services: Services) -> None:
    """The views apply their new default owner and reload (see ``OwnerDefault``)."""
    hub.sig_identity_changed.emit(services)
