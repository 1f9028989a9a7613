"""Targets: revenue quotas and pipeline-generation goals per rep (or the team), by period.

The list shows the targets starting in the chosen year, quarter or month; adding and editing go
through the dashboards' ``TargetsDialog`` (one editor for targets in the whole app).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import TargetKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.metrics.targets import TargetDTO
from crm_desktop.ui.dashboards.targets_dialog import TargetsDialog
from crm_desktop.ui.settings.common import announce, make_read_only_table, show_error
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.domain.changes import Changes
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub

#: Period choices: 0 = the whole year, 1-4 = quarters, 5-16 = months.
YEAR, FIRST_QUARTER, FIRST_MONTH = 0, 1, 5


def period_range(year: int, period: int) -> tuple[date, date]:
    """First and last day of ``period`` (see YEAR, FIRST_QUARTER, FIRST_MONTH) of ``year``."""
    if period == YEAR:
        return date(year, 1, 1), date(year, 12, 31)
    if period < FIRST_MONTH:
        first_month, months = 3 * (period - FIRST_QUARTER) + 1, 3
    else:
        first_month, months = period - FIRST_MONTH + 1, 1
    start = date(year, first_month, 1)
    next_month = first_month + months
    after = date(year + 1, 1, 1) if next_month > 12 else date(year, next_month, 1)
    return start, after - timedelta(days=1)


def _day(day: date) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def current_quarter(today: date) -> int:
    return FIRST_QUARTER + (today.month - 1) // 3


class TargetsSection(QWidget):
    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.services: Services | None = None
        self.targets: list[TargetDTO] = []
        self.base_currency = ""
        today = date.today()
        self.year = QSpinBox()
        self.year.setObjectName("targets_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.period = QComboBox()
        self.period.setObjectName("targets_period")
        self.period.addItem(self.tr("Whole year"), YEAR)
        for quarter in range(1, 5):
            self.period.addItem(fill(self.tr("Quarter %1"), quarter), FIRST_QUARTER + quarter - 1)
        locale = QLocale()
        for month in range(1, 13):
            self.period.addItem(
                locale.standaloneMonthName(month, QLocale.FormatType.LongFormat),
                FIRST_MONTH + month - 1,
            )
        self.period.setCurrentIndex(self.period.findData(current_quarter(today)))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("targets_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Owner"), self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Amount")]
        )
        make_read_only_table(self.table, single=False)
        self.add_button = QPushButton(self.tr("Add target…"))
        self.edit_button = QPushButton(self.tr("Edit targets…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.summary = QLabel()
        self.summary.setObjectName("targets_summary")
        self._build()
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button.clicked.connect(lambda: self.edit_targets(add=True))
        self.edit_button.clicked.connect(lambda: self.edit_targets())
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_targets())

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Revenue targets (quotas) count won deals; pipeline targets count the value "
                "of deals created in the period. A target without an owner is the team's. "
                "Dashboards compare results with these targets."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    # -- loading -------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def shown_range(self) -> tuple[date, date]:
        return period_range(self.year.value(), int(self.period.currentData()))

    def refresh(self) -> None:
        services = self.services
        start, end = self.shown_range()
        self.targets = services.targets.list(start=start, end=end) if services else []
        self.base_currency = services.currencies.base_currency() if services else ""
        kinds = {
            TargetKind.REVENUE: self.tr("Revenue (quota)"),
            TargetKind.PIPELINE: self.tr("Pipeline generated"),
        }
        locale = QLocale()
        self.table.setRowCount(len(self.targets))
        for row, target in enumerate(self.targets):
            amount = locale.toString(float(target.amount), "f", 2)
            cells = [
                target.owner_name or self.tr("Team"),
                kinds.get(target.kind, target.kind.value),
                _day(target.period_start),
                _day(target.period_end),
                f"{amount} {self.base_currency}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, target.id)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            fill(
                self.tr("%1 targets from %2 to %3, in %4."),
                len(self.targets),
                _day(start),
                _day(end),
                self.base_currency,
            )
        )

    # -- actions -------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.targets[row].id for row in rows if row < len(self.targets)]

    def make_dialog(self, *, add: bool = False) -> TargetsDialog | None:
        services = self.services
        if services is None:
            return None
        owners = [(user.id, user.name) for user in services.users.list()]
        start, end = self.shown_range()
        dialog = TargetsDialog(services, owners, start, end, self)
        if add:
            row = dialog.add_row()
            dialog.table.setCurrentCell(row, 4)
        dialog.sig_saved.connect(self._on_saved)
        return dialog

    def run_dialog(self, dialog: TargetsDialog) -> None:
        dialog.exec()

    def edit_targets(self, *, add: bool = False) -> None:
        dialog = self.make_dialog(add=add)
        if dialog is not None:
            self.run_dialog(dialog)
            dialog.deleteLater()

    def confirm_delete(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete targets"),
            fill(self.tr("Delete %1 selected targets?"), count),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        ids, services = self.selected_ids(), self.services
        if not ids or services is None or not self.confirm_delete(len(ids)):
            return
        try:
            changes = services.targets.trash(ids)
        except CrmError as error:
            show_error(self, error)
            return
        self._on_saved(changes)

    def _on_saved(self, changes: Changes) -> None:
        announce(self.hub, changes)
        self.refresh()
