"""Settings applied as soon as a database opens, before the Settings page is ever shown.

* "Who am I": the rep chosen on this computer (kept in QSettings) becomes the owner of new
  records and the author of changes at once; a database without one asks (``first_run``).
* The base currency of a blank database follows the system locale (zh_CN: CNY, en_US: USD).
  It is decided once the database is known to be empty and no demo data is being added (demo
  data on a blank base sets US dollars; on another base it is converted into that base).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings
from PySide6.QtWidgets import QMainWindow

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.identity import saved_identity
from crm_desktop.ui.settings.first_run import FirstRunIdentity
from crm_desktop.ui.settings.identity import ME_KEY, IdentityStore, apply_identity

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary
    from crm_desktop.ui.hub import SignalHub

__all__ = ["ME_KEY", "SettingsStartup", "apply_who_am_i", "locale_currency"]


def locale_currency(locale: QLocale | None = None) -> str:
    """The ISO code of the currency of ``locale`` (default: the application's locale)."""
    locale = locale if locale is not None else QLocale()
    return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)


def apply_who_am_i(services: Services, qsettings: QSettings) -> bool:
    """Make the user saved on this computer for this database the current user, if active.

    True when what the views show first changed (say, my role was edited).
    """
    me = saved_identity(services.users.list(), IdentityStore(qsettings).saved_ids())
    return apply_identity(services, me) if me is not None else False


class SettingsStartup(QObject):
    """Listens to the hub; build it before the pages so they see the current user."""

    def __init__(
        self,
        hub: SignalHub,
        qsettings: QSettings,
        demo_running: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._qsettings = qsettings
        self._demo_running = demo_running
        self._currency_checked: set[str] = set()
        self.first_run = FirstRunIdentity(hub, IdentityStore(qsettings), demo_running, parent)
        self.first_run.sig_message.connect(self._show_message)
        hub.sig_summary_updated.connect(self._on_summary_updated)

    def _show_message(self, text: str, timeout_ms: int) -> None:
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout_ms)

    def _on_summary_updated(self, summary: DatabaseSummary) -> None:
        services = self._hub.services
        if services is None or not summary.is_empty or self._demo_running():
            return
        if str(services.path) in self._currency_checked:
            return
        self._currency_checked.add(str(services.path))
        try:
            changes = services.currencies.default_base_currency(locale_currency())
        except CrmError:
            return  # a read-only database: the base stays the default
        if changes:
            self._hub.sig_changed.emit(changes)
