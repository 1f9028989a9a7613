"""Edit the report schedule: rules such as "every Monday 08:00, weekly team report"."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.reports.model import ReportKind
from crm_desktop.services.reports.schedule import Clock, Frequency, ScheduleRule, new_rule


class ScheduleDialog(QDialog):
    def __init__(
        self,
        rules: list[ScheduleRule],
        reps: list[tuple[str, str]],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_schedule_dialog")
        self.setWindowTitle(self.tr("Report Schedule"))
        self.rules = list(rules)
        self._clock = clock
        self._reps = dict(reps)
        self.list = QListWidget()
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_remove)
        self.frequency_combo = QComboBox()
        for value, label in self._frequencies():
            self.frequency_combo.addItem(label, value.value)
        self.weekday_combo = QComboBox()
        for day in range(7):
            self.weekday_combo.addItem(QLocale().dayName(day + 1), day)
        self.time_edit = QTimeEdit(QTime(8, 0))
        self.time_edit.setDisplayFormat("HH:mm")
        self.report_combo = QComboBox()
        for kind, label in self._kinds():
            self.report_combo.addItem(label, kind.value)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Whole team"), None)
        for rep_id, name in reps:
            self.scope_combo.addItem(name, rep_id)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_rule)
        self.frequency_combo.currentIndexChanged.connect(self._on_frequency_changed)
        self.frequency_combo.setCurrentIndex(self.frequency_combo.findData("weekly"))
        self.report_combo.setCurrentIndex(self.report_combo.findData("weekly"))
        self._build_layout()
        self._refresh()

    def _frequencies(self) -> list[tuple[Frequency, str]]:
        return [
            (Frequency.DAILY, self.tr("Every day")),
            (Frequency.WEEKDAYS, self.tr("Every weekday (Monday to Friday)")),
            (Frequency.WEEKLY, self.tr("Every week on")),
            (Frequency.MONTHLY, self.tr("On the first of every month")),
        ]

    def _kinds(self) -> list[tuple[ReportKind, str]]:
        return [
            (ReportKind.DAILY, self.tr("Daily report (the day before)")),
            (ReportKind.WEEKLY, self.tr("Weekly report (last week)")),
            (ReportKind.MONTHLY, self.tr("Monthly report (last month)")),
        ]

    def _build_layout(self) -> None:
        add_box = QGroupBox(self.tr("New rule"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("When:"), self.frequency_combo)
        form.addRow(self.tr("Day:"), self.weekday_combo)
        form.addRow(self.tr("Time:"), self.time_edit)
        form.addRow(self.tr("Report:"), self.report_combo)
        form.addRow(self.tr("For:"), self.scope_combo)
        form.addRow(self.add_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reports are saved in your data folder and announced.")))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(add_box)
        layout.addWidget(buttons)
        self.resize(520, 520)

    def describe(self, rule: ScheduleRule) -> str:
        frequencies = dict(self._frequencies())
        when = frequencies[rule.frequency]
        if rule.frequency is Frequency.WEEKLY:
            when = f"{when} {QLocale().dayName(rule.weekday + 1)}"
        who = self._reps.get(rule.owner_id or "", self.tr("Whole team"))
        kind = dict(self._kinds())[rule.report]
        return f"{when}, {rule.at.strftime('%H:%M')} — {kind} — {who}"

    def add_rule(self) -> ScheduleRule:
        at = self.time_edit.time()
        rule = new_rule(
            Frequency(self.frequency_combo.currentData()),
            ReportKind(self.report_combo.currentData()),
            time(at.hour(), at.minute()),
            self._clock(),
            int(self.weekday_combo.currentData()),
            self.scope_combo.currentData(),
        )
        self.rules.append(rule)
        self._refresh()
        return rule

    def _refresh(self) -> None:
        self.list.clear()
        for rule in self.rules:
            item = QListWidgetItem(self.describe(rule))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(self.rules))

    def _on_frequency_changed(self) -> None:
        self.weekday_combo.setEnabled(self.frequency_combo.currentData() == "weekly")

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rules):
            del self.rules[row]
            self._refresh()

    def _on_accepted(self) -> None:
        for row, rule in enumerate(self.rules):
            enabled = self.list.item(row).checkState() == Qt.CheckState.Checked
            self.rules[row] = replace(rule, enabled=enabled)
        self.accept()
