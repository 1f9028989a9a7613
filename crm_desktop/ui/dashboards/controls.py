"""The controls every tab shares: period, owner, pipeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from crm_desktop.services.metrics.base import Filters
from crm_desktop.services.metrics.periods import (
    Period,
    PeriodKind,
    custom_period,
    period_containing,
)

PERIOD_KINDS = (
    PeriodKind.WEEK,
    PeriodKind.MONTH,
    PeriodKind.QUARTER,
    PeriodKind.YEAR,
    PeriodKind.CUSTOM,
)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DashboardControls(QWidget):
    """Emits ``sig_changed`` whenever the chosen filters change."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        labels = {
            PeriodKind.WEEK: self.tr("This week"),
            PeriodKind.MONTH: self.tr("This month"),
            PeriodKind.QUARTER: self.tr("This quarter"),
            PeriodKind.YEAR: self.tr("This year"),
            PeriodKind.CUSTOM: self.tr("Custom range"),
        }
        for kind in PERIOD_KINDS:
            self.period_combo.addItem(labels[kind], kind.value)
        self.period_combo.setCurrentIndex(PERIOD_KINDS.index(PeriodKind.QUARTER))
        self.start_edit = self._date_edit("start_edit")
        self.end_edit = self._date_edit("end_edit")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner_combo")
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("pipeline_combo")
        for combo in (self.period_combo, self.owner_combo, self.pipeline_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._build()
        self._sync_dates()
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._on_custom_dates)
        for combo in (self.owner_combo, self.pipeline_combo):
            combo.currentIndexChanged.connect(self.sig_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        layout.addWidget(self.period_combo)
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end_edit)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Owner:")))
        layout.addWidget(self.owner_combo)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Pipeline:")))
        layout.addWidget(self.pipeline_combo)
        layout.addStretch(1)

    # -- choices -------------------------------------------------------------------------
    def set_choices(self, owners: list[tuple[str, str]], pipelines: list[tuple[str, str]]) -> None:
        """Fill the owner and pipeline lists, keeping the current choice when it still exists."""
        for combo, items, everyone in (
            (self.owner_combo, owners, self.tr("Everyone")),
            (self.pipeline_combo, pipelines, self.tr("All pipelines")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def set_today(self, today: date) -> None:
        self.today = today
        self._sync_dates()

    def period(self) -> Period:
        kind = PeriodKind(self.period_combo.currentData())
        if kind is PeriodKind.CUSTOM:
            start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
            return custom_period(min(start, end), max(start, end))
        return period_containing(kind, self.today)

    def filters(self) -> Filters:
        period = self.period()
        return Filters(
            period.start,
            period.end,
            self.owner_combo.currentData(),
            self.pipeline_combo.currentData(),
            self.today,
        )

    def previous_filters(self) -> Filters:
        previous = self.period().previous()
        return self.filters().with_period(previous.start, previous.end)

    def set_period(
        self, kind: PeriodKind, start: date | None = None, end: date | None = None
    ) -> None:
        """Choose a period (tests and saved state); a custom one needs ``start`` and ``end``."""
        if start is not None and end is not None:
            self._set_dates(start, end)
        self.period_combo.setCurrentIndex(PERIOD_KINDS.index(kind))

    # -- internals -----------------------------------------------------------------------
    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _sync_dates(self) -> None:
        custom = PeriodKind(self.period_combo.currentData()) is PeriodKind.CUSTOM
        if not custom:
            period = self.period()
            self._set_dates(period.start, period.end)
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)

    def _on_period_changed(self) -> None:
        self._sync_dates()
        self.sig_changed.emit()

    def _on_custom_dates(self) -> None:
        if PeriodKind(self.period_combo.currentData()) is PeriodKind.CUSTOM:
            self.sig_changed.emit()
