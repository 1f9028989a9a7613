"""Choose a report: daily, weekly, monthly or custom; a day or the days; the team or one rep."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from crm_desktop.services.reports.model import ReportKind, ReportRequest


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    def __init__(
        self,
        kind: ReportKind,
        reps: list[tuple[str, str]],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Performance Report"))
        self.setMinimumWidth(380)
        self.kind_combo = QComboBox()
        for value, label in (
            (ReportKind.DAILY, self.tr("Daily")),
            (ReportKind.WEEKLY, self.tr("Weekly")),
            (ReportKind.MONTHLY, self.tr("Monthly")),
            (ReportKind.CUSTOM, self.tr("Custom period")),
        ):
            self.kind_combo.addItem(label, value.value)
        self.day_edit = date_edit(today)
        self.start_edit = date_edit(today.replace(day=1))
        self.end_edit = date_edit(today)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Whole team (leaderboard)"), None)
        for rep_id, name in reps:
            self.scope_combo.addItem(name, rep_id)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b42318;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Generate"))
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Report:"), self.kind_combo)
        form.addRow(self.tr("Day in the period:"), self.day_edit)
        form.addRow(self.tr("From:"), self.start_edit)
        form.addRow(self.tr("To:"), self.end_edit)
        form.addRow(self.tr("For:"), self.scope_combo)
        form.addRow(self.error_label)
        form.addRow(buttons)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self._on_kind_changed()

    def kind(self) -> ReportKind:
        return ReportKind(self.kind_combo.currentData())

    def request(self) -> ReportRequest:
        custom = self.kind() is ReportKind.CUSTOM
        return ReportRequest(
            self.kind(),
            to_date(self.day_edit),
            to_date(self.start_edit) if custom else None,
            to_date(self.end_edit) if custom else None,
            self.scope_combo.currentData(),
        )

    def _on_kind_changed(self) -> None:
        custom = self.kind() is ReportKind.CUSTOM
        self.day_edit.setEnabled(not custom)
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)

    def _on_accepted(self) -> None:
        if self.kind() is ReportKind.CUSTOM and to_date(self.end_edit) < to_date(self.start_edit):
            self.error_label.setText(self.tr("The period ends before it starts."))
            self.error_label.show()
            return
        self.accept()
