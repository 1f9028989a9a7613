"""The filter panel of a list: one small widget per filter, values as a plain dict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from crm_desktop.ui.models.custom_filter import CustomFilter

Choices = Sequence[tuple[str, str]]  # (value, label)


@dataclass(frozen=True)
class FilterField:
    key: str
    label: str
    #: "choice", "text", "flag", "days", "date", "amount"
    type: str


class FilterBar(QWidget):
    sig_changed = Signal()

    def __init__(self, fields: Sequence[FilterField], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_bar")
        self._fields = list(fields)
        self._widgets: dict[str, QWidget] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        per_row = 4
        for i, spec in enumerate(self._fields):
            widget = self._make(spec)
            widget.setObjectName(f"filter_{spec.key}")
            self._widgets[spec.key] = widget
            label = QLabel(spec.label)
            label.setBuddy(widget)
            row, col = divmod(i, per_row)
            layout.addWidget(label, row, col * 2)
            layout.addWidget(widget, row, col * 2 + 1)
        self.custom = CustomFilter(self)  # a filter on one custom property
        self.custom.sig_changed.connect(self.sig_changed)
        layout.addWidget(self.custom, layout.rowCount(), 0, 1, per_row * 2)

    # -- building ------------------------------------------------------------------------
    def _make(self, spec: FilterField) -> QWidget:
        if spec.type in ("choice", "flag"):
            combo = QComboBox()
            combo.addItem(self.tr("Any"), None)
            if spec.type == "flag":
                combo.addItem(self.tr("Yes"), True)
                combo.addItem(self.tr("No"), False)
            combo.currentIndexChanged.connect(self.sig_changed)
            return combo
        if spec.type == "days":
            spin = QSpinBox()
            spin.setRange(0, 3650)
            spin.setSpecialValueText(self.tr("Any"))
            spin.setSuffix(self.tr(" days"))
            spin.valueChanged.connect(self.sig_changed)
            return spin
        if spec.type == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(1900, 1, 1))
            edit.setSpecialValueText(self.tr("Any"))
            edit.setDate(edit.minimumDate())
            edit.dateChanged.connect(self.sig_changed)
            return edit
        line = QLineEdit()
        line.setClearButtonEnabled(True)
        if spec.type == "amount":
            line.setValidator(QDoubleValidator(0.0, 1e15, 2))
        line.editingFinished.connect(self.sig_changed)
        return line

    def set_choices(self, key: str, choices: Choices) -> None:
        combo = self._widgets.get(key)
        if not isinstance(combo, QComboBox):
            return
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in choices:
            combo.addItem(label, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def widget(self, key: str) -> QWidget:
        return self._widgets[key]

    # -- values --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self._widgets.items():
            value = _value_of(widget)
            if value is not None:
                out[key] = value
        out.update(self.custom.values())
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            for key, widget in self._widgets.items():
                _set_value(widget, values.get(key))
            self.custom.set_values(values)
        finally:
            self.blockSignals(False)
        self.sig_changed.emit()

    def clear(self) -> None:
        self.set_values({})


def _value_of(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value() or None
    if isinstance(widget, QDateEdit):
        if widget.date() == widget.minimumDate():
            return None
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QLineEdit):
        text = widget.text().strip()
        if not text:
            return None
        return text.replace(",", "") if widget.validator() is not None else text
    return None


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0) if value is not None else 0)
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate(date.fromisoformat(value)) if value else widget.minimumDate())
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
