"""Labels and small helpers shared by the Settings sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableWidget, QWidget

from crm_desktop.domain.enums import CustomFieldType, ForecastCategory, Outcome, Role
from crm_desktop.domain.errors import CrmError, ValidationError

if TYPE_CHECKING:
    from crm_desktop.domain.changes import Changes
    from crm_desktop.ui.hub import SignalHub


def make_read_only_table(table: QTableWidget, *, single: bool = True) -> None:
    """A list of records picked by row: no in-place editing, last column stretched."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)


def role_labels() -> dict[Role, str]:
    return {
        Role.REP: QCoreApplication.translate("SettingsLabels", "Rep"),
        Role.MANAGER: QCoreApplication.translate("SettingsLabels", "Manager"),
        Role.ADMIN: QCoreApplication.translate("SettingsLabels", "Admin"),
    }


def outcome_labels() -> dict[Outcome, str]:
    return {
        Outcome.OPEN: QCoreApplication.translate("SettingsLabels", "Open"),
        Outcome.WON: QCoreApplication.translate("SettingsLabels", "Won"),
        Outcome.LOST: QCoreApplication.translate("SettingsLabels", "Lost"),
    }


def forecast_labels() -> dict[ForecastCategory, str]:
    return {
        ForecastCategory.PIPELINE: QCoreApplication.translate("SettingsLabels", "Pipeline"),
        ForecastCategory.BEST_CASE: QCoreApplication.translate("SettingsLabels", "Best case"),
        ForecastCategory.COMMIT: QCoreApplication.translate("SettingsLabels", "Commit"),
        ForecastCategory.CLOSED: QCoreApplication.translate("SettingsLabels", "Closed"),
        ForecastCategory.OMITTED: QCoreApplication.translate("SettingsLabels", "Omitted"),
    }


def type_labels() -> dict[CustomFieldType, str]:
    return {
        CustomFieldType.TEXT: QCoreApplication.translate("SettingsLabels", "Text"),
        CustomFieldType.LONG_TEXT: QCoreApplication.translate("SettingsLabels", "Long text"),
        CustomFieldType.NUMBER: QCoreApplication.translate("SettingsLabels", "Number"),
        CustomFieldType.MONEY: QCoreApplication.translate("SettingsLabels", "Money"),
        CustomFieldType.DATE: QCoreApplication.translate("SettingsLabels", "Date"),
        CustomFieldType.SINGLE_CHOICE: QCoreApplication.translate(
            "SettingsLabels", "Single choice"
        ),
        CustomFieldType.MULTI_CHOICE: QCoreApplication.translate(
            "SettingsLabels", "Multiple choice"
        ),
        CustomFieldType.YES_NO: QCoreApplication.translate("SettingsLabels", "Yes/no"),
        CustomFieldType.URL: QCoreApplication.translate("SettingsLabels", "URL"),
        CustomFieldType.EMAIL: QCoreApplication.translate("SettingsLabels", "Email"),
        CustomFieldType.PHONE: QCoreApplication.translate("SettingsLabels", "Phone"),
    }


def show_error(parent: QWidget, error: CrmError) -> None:
    """Tell the user why a change was refused; nothing was written."""
    errors = error.errors if isinstance(error, ValidationError) else None
    text = "\n".join(errors.values()) if errors else str(error)
    QMessageBox.warning(parent, QCoreApplication.translate("SettingsLabels", "Cannot save"), text)


def announce(hub: SignalHub, changes: Changes) -> None:
    if changes:
        hub.sig_changed.emit(changes)
