"""Settings applied as soon as a database opens, before the Settings page is ever shown.

* "Who am I": the rep chosen on this computer (kept in QSettings) becomes the owner of new
  records and the author of changes at once.
* The base currency of a blank database follows the system locale (zh_CN: CNY, en_US: USD).
  It is decided once the database is known to be empty and no demo data is being added: the
  demo data is priced in US dollars.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings

from crm_desktop.domain.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary
    from crm_desktop.ui.hub import SignalHub

# Per-laptop preference: the id of the user this laptop belongs to.
ME_KEY = "team/current_user_id"


def locale_currency(locale: QLocale | None = None) -> str:
    """The ISO code of the currency of ``locale`` (default: the application's locale)."""
    locale = locale if locale is not None else QLocale()
    return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)


def apply_who_am_i(services: Services, qsettings: QSettings) -> None:
    """Make the rep saved on this computer the current user, if still active."""
    saved = str(qsettings.value(ME_KEY, "") or "")
    if saved and saved in {user.id for user in services.users.list()}:
        services.current_user_id = saved


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
        hub.sig_database_opened.connect(self._on_database_opened)
        hub.sig_summary_updated.connect(self._on_summary_updated)

    def _on_database_opened(self, services: Services) -> None:
        apply_who_am_i(services, self._qsettings)

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
