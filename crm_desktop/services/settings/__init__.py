"""Settings services: the team, pipelines and stages, custom properties, currencies (Qt-free)."""

from __future__ import annotations

from crm_desktop.services.settings.currencies import CurrencyService, convert
from crm_desktop.services.settings.properties import PropertyService
from crm_desktop.services.settings.stages import StageService
from crm_desktop.services.settings.team import TeamService

__all__ = ["CurrencyService", "PropertyService", "StageService", "TeamService", "convert"]
