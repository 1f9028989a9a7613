"""The Settings page: team, pipelines & stages, custom properties, currencies, language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.domain.enums import EntityKind
from crm_desktop.notifications.settings_section import NotificationsSection
from crm_desktop.ui.safety.backups_section import BackupsSection
from crm_desktop.ui.safety.read_guard import guard_reads
from crm_desktop.ui.safety.security_section import SecuritySection
from crm_desktop.ui.settings.currencies import CurrenciesSection
from crm_desktop.ui.settings.language import LanguageSection
from crm_desktop.ui.settings.properties import PropertiesSection
from crm_desktop.ui.settings.stages import StagesSection
from crm_desktop.ui.settings.targets import TargetsSection
from crm_desktop.ui.settings.team import TeamSection
from crm_desktop.ui.widgets.page import Page

if TYPE_CHECKING:
    from crm_desktop.domain.changes import Changes
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub

# Which section shows which kinds of record.
_KINDS = {
    "team": (EntityKind.USER,),
    "stages": (EntityKind.PIPELINE, EntityKind.STAGE, EntityKind.LOST_REASON),
    "properties": (EntityKind.CUSTOM_FIELD,),
    "currencies": (EntityKind.CURRENCY, EntityKind.CURRENCY_RATE, EntityKind.SETTING),
    "targets": (EntityKind.TARGET, EntityKind.USER, EntityKind.SETTING),
}


class SettingsPage(Page):
    key = "settings"
    icon_name = "settings"

    def __init__(
        self,
        hub: SignalHub,
        parent: QWidget | None = None,
        qsettings: QSettings | None = None,
    ) -> None:
        # Built before Page.__init__, which may hand over an open database at once.
        if qsettings is None:
            qsettings = hub.qsettings if hub.qsettings is not None else QSettings()
        self.qsettings = qsettings
        self._stale: set[str] = set()
        super().__init__(hub, parent)
        self.team = TeamSection(hub, self.qsettings)
        self.stages = StagesSection(hub)
        self.properties = PropertiesSection(hub)
        self.currencies = CurrenciesSection(hub)
        self.targets = TargetsSection(hub)
        self.language = LanguageSection(self.qsettings)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.team, self.tr("Team"))
        self.tabs.addTab(self.stages, self.tr("Pipelines && stages"))
        self.tabs.addTab(self.properties, self.tr("Custom properties"))
        self.tabs.addTab(self.currencies, self.tr("Currencies && rates"))
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.addTab(self.language, self.tr("Language"))
        self.notifications = NotificationsSection(self.qsettings)
        self.tabs.addTab(self.notifications, self.notifications.title())
        self.backups = BackupsSection(hub)
        self.tabs.addTab(self.backups, self.backups.title())
        self.security = SecuritySection(hub)
        self.tabs.addTab(self.security, self.security.title())
        self.empty = QLabel(self.tr("Open or create a database to change its settings."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        hub.sig_changed.connect(self._on_changed)
        self.set_services(hub.services)

    def title(self) -> str:
        return self.tr("Settings")

    def _sections(
        self,
    ) -> dict[
        str, TeamSection | StagesSection | PropertiesSection | CurrenciesSection | TargetsSection
    ]:
        return {
            "team": self.team,
            "stages": self.stages,
            "properties": self.properties,
            "currencies": self.currencies,
            "targets": self.targets,
        }

    def set_services(self, services: Services | None) -> None:
        self.services = services
        if not hasattr(self, "tabs"):  # still being built
            return
        self.empty.setVisible(services is None)
        self.tabs.setEnabled(services is not None)
        for section in self._sections().values():
            guard_reads(section, section.set_services, services)  # damaged: a message
        self.backups.set_services(services)
        self.security.set_services(services)

    def refresh(self) -> None:
        if hasattr(self, "tabs"):
            for section in self._sections().values():
                section.refresh()
            self.language.refresh()
            self.backups.refresh()
            self.security.refresh()

    def _on_changed(self, changes: Changes) -> None:
        stale = {name for name, kinds in _KINDS.items() if changes.touches(*kinds)}
        if stale and not self._stale:
            # Later: the change may come from a widget of a section about to be rebuilt.
            QTimer.singleShot(0, self, self._refresh_stale)
        self._stale |= stale

    def _refresh_stale(self) -> None:
        sections = self._sections()
        for name in sorted(self._stale):
            sections[name].refresh()
        self._stale.clear()
