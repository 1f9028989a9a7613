"""Currencies & rates: the base currency and hand-entered rates with effective dates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.settings.currencies import RateDTO
from crm_desktop.ui.settings.common import announce, make_read_only_table, show_error

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub


class CurrenciesSection(QWidget):
    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.services: Services | None = None
        self.rates: list[RateDTO] = []
        self.base = QComboBox()
        self.base.setObjectName("base_currency")
        self.base.activated.connect(self._on_base_chosen)
        self.code = QComboBox()
        self.code.setEditable(True)
        self.code.setObjectName("rate_code")
        self.rate = QDoubleSpinBox()
        self.rate.setDecimals(6)
        self.rate.setRange(0.000001, 1_000_000)
        self.rate.setValue(1.0)
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setCalendarPopup(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Rate"), self.tr("Effective from")]
        )
        make_read_only_table(self.table, single=False)
        self.rate_label = QLabel()
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Base currency:")))
        top.addWidget(self.base)
        top.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.code)
        add_row.addWidget(self.rate_label)
        add_row.addWidget(self.rate)
        add_row.addWidget(QLabel(self.tr("from")))
        add_row.addWidget(self.effective)
        add = QPushButton(self.tr("Save rate"))
        add.clicked.connect(self.save_rate)
        add_row.addWidget(add)
        add_row.addStretch(1)
        delete = QPushButton(self.tr("Delete rate"))
        delete.clicked.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        note = QLabel(
            self.tr(
                "Totals, dashboards and reports convert every amount to the base currency at the "
                "rate in effect on the deal's day. Rates are entered by hand; nothing is "
                "downloaded."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(delete, 0, Qt.AlignmentFlag.AlignLeft)

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        services = self.services
        self.base.clear()
        self.code.clear()
        if services is None:
            self.table.setRowCount(0)
            return
        base = services.currencies.base_currency()
        codes = services.currencies.codes()
        self.base.addItems(codes)
        self.base.setCurrentText(base)
        self.code.addItems([c for c in codes if c != base])
        self.rate_label.setText(self.tr("1 unit = … %1").replace("%1", base))
        self.rates = services.currencies.rates()
        locale = QLocale()
        self.table.setRowCount(len(self.rates))
        for row, rate in enumerate(self.rates):
            day = QDate(
                rate.effective_from.year, rate.effective_from.month, rate.effective_from.day
            )
            cells = [
                rate.code,
                locale.toString(rate.rate, "f", 6),
                locale.toString(day, QLocale.FormatType.ShortFormat),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _on_base_chosen(self, _index: int) -> None:
        services = self.services
        code = self.base.currentText()
        if services is not None and code != services.currencies.base_currency():
            self._save(lambda: services.currencies.set_base_currency(code))

    def save_rate(self) -> None:
        services = self.services
        if services is None:
            return
        code, rate = self.code.currentText(), self.rate.value()
        day = self.effective.date()
        when = date(day.year(), day.month(), day.day())
        self._save(lambda: services.currencies.set_rate(code, rate, when))

    def delete_selected(self) -> None:
        row, services = self.table.currentRow(), self.services
        if services is not None and 0 <= row < len(self.rates):
            rate_id = self.rates[row].id
            self._save(lambda: services.currencies.delete_rate(rate_id))

    def _save(self, write: Any) -> None:
        try:
            changes = write()
        except CrmError as error:
            show_error(self, error)
            return
        announce(self.hub, changes)
        self.refresh()
