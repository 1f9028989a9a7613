"""First run of a database on this laptop: "who am I?", asked once per database.

When a database opens, the identity saved on this laptop applies at once (before the views
load, so they start with the right owner filter). Demo data gets its manager without a question.
Otherwise, once the first record counts are in (after the empty-database demo offer), the
"Who are you?" dialog opens, window-modal but not blocking. "Skip for now" is remembered for
that database, which then only gets a hint in the status bar at each start.

Headless runs (tests, the self-test, the offscreen platform) are never asked; neither is anyone
when ``CRM_DESKTOP_FIRST_RUN=0``.
"""

from __future__ import annotations

import logging
import os
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.identity import IdentityDecision, Step, decide_identity
from crm_desktop.ui.settings.first_run_dialog import FirstRunDialog
from crm_desktop.ui.settings.identity import IdentityStore, announce_identity, apply_identity
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary
    from crm_desktop.ui.hub import SignalHub

log = logging.getLogger(__name__)
ENV_SWITCH = "CRM_DESKTOP_FIRST_RUN"
HEADLESS = ("offscreen", "minimal")
HINT_MS = 15_000


def can_ask() -> bool:
    """Whether a person can answer a dialog now (not headless, not switched off)."""
    if os.environ.get(ENV_SWITCH, "").strip() == "0":
        return False
    return QGuiApplication.platformName() not in HEADLESS


class FirstRunIdentity(QObject):
    """Connect it before the pages: they must see "who am I" when they load."""

    sig_message = Signal(str, int)  # a status bar message and how long to show it (ms)

    def __init__(
        self,
        hub: SignalHub,
        store: IdentityStore,
        demo_running: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self.store = store
        self._demo_running = demo_running
        self._pending: weakref.ref[Services] | None = None
        self.dialog: FirstRunDialog | None = None
        hub.sig_database_opened.connect(self._on_database_opened)
        hub.sig_summary_updated.connect(self._on_summary_updated)

    def _decide(self, services: Services) -> tuple[list[UserDTO], IdentityDecision]:
        users = services.users.list()
        skipped = self.store.skipped(services.path)
        return users, decide_identity(users, self.store.saved_ids(), skipped=skipped)

    # -- at open: what is known applies before the views load ----------------------------
    def _on_database_opened(self, services: Services) -> None:
        self._pending = None
        try:
            users, decision = self._decide(services)
        except CrmError:
            log.exception("who am I: the users of %s cannot be read", services.path)
            return  # a damaged database: its pages say so
        if decision.step is Step.KNOWN:
            apply_identity(services, decision.user)
        elif decision.step is Step.DEMO and decision.user is not None:
            self.store.remember(decision.user.id, {user.id for user in users})
            apply_identity(services, decision.user)  # quietly: "Demo data added." is news
        else:
            apply_identity(services, None)
            self._pending = weakref.ref(services)

    # -- after the first counts (and the demo offer): ask, or hint -----------------------
    def _on_summary_updated(self, _summary: DatabaseSummary) -> None:
        services = self._pending() if self._pending is not None else None
        if services is None or services is not self._hub.services or self._demo_running():
            return  # demo data being added: the database is announced again when done
        self._pending = None
        try:
            users, decision = self._decide(services)
        except CrmError:
            return
        if decision.step is Step.SKIPPED:
            self._say(self._hint())
        elif decision.step is Step.ASK and can_ask():
            self.ask(services, users)

    def ask(self, services: Services, users: list[UserDTO]) -> FirstRunDialog:
        """Open the "Who are you?" dialog (window-modal, not blocking)."""
        parent = self.parent()
        dialog = FirstRunDialog(services, users, parent if isinstance(parent, QWidget) else None)
        dialog.finished.connect(lambda result: self._on_answered(dialog, services, result))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_answered(self, dialog: FirstRunDialog, services: Services, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if self._hub.services is not services:
            return  # another database was opened meanwhile
        if dialog.changes:
            self._hub.sig_changed.emit(dialog.changes)
        me = dialog.chosen
        if result != QDialog.DialogCode.Accepted or me is None:
            self.store.skip(services.path)
            self._say(self._hint())
            return
        users = {user.id for user in services.users.list(include_inactive=True)}
        self.store.remember(me.id, users)
        if apply_identity(services, me):
            announce_identity(self._hub, services)
        self._say(fill(self.tr("Welcome, %1. New records will be yours."), me.name))

    def _hint(self) -> str:
        return self.tr(
            "Tip: tell crm-desktop who you are in Settings › Team, so new records are yours."
        )

    def _say(self, text: str) -> None:
        self.sig_message.emit(text, HINT_MS)
