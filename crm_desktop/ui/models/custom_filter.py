"""A filter row on one custom property: pick the property, then a test that fits its type.

Its value is ``{"custom.<key>": {"op": ..., ...}}`` (see services/listing/custom_filters.py), or
``{}`` when no property is picked or the test is left empty. The properties are read through a
loader each time the property list opens, so one added in Settings shows up without a reload.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from crm_desktop.domain.enums import CustomFieldType as T
from crm_desktop.services.listing.custom_filters import PREFIX

if TYPE_CHECKING:
    from crm_desktop.services.settings.properties import PropertyDTO

Loader = Callable[[], Sequence["PropertyDTO"]]
NONE, TEXT, NUMBER, DATES, CHOICE, FLAG = range(6)
_PAGE = {
    T.NUMBER: NUMBER,
    T.MONEY: NUMBER,
    T.DATE: DATES,
    T.SINGLE_CHOICE: CHOICE,
    T.MULTI_CHOICE: CHOICE,
    T.YES_NO: FLAG,
}


class _OpeningCombo(QComboBox):
    sig_opening = Signal()

    def showPopup(self) -> None:
        self.sig_opening.emit()
        super().showPopup()


class CustomFilter(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custom_filter")
        self._loader: Loader | None = None
        self._properties: dict[str, PropertyDTO] = {}
        self.prop_box = _OpeningCombo()
        self.prop_box.setObjectName("custom_filter_property")
        self.prop_box.addItem(self.tr("(none)"), None)
        self.prop_box.sig_opening.connect(self.reload)
        self.stack = QStackedWidget()
        self.op = QComboBox()
        self.op.addItem(self.tr("contains"), "contains")
        self.op.addItem(self.tr("is"), "equals")
        self.text = self._line()
        self.text.setMinimumWidth(220)
        self.low, self.high = self._line(number=True), self._line(number=True)
        self.low.setPlaceholderText(self.tr("from"))
        self.high.setPlaceholderText(self.tr("to"))
        self.first, self.last = self._date(), self._date()
        self.option = QComboBox()
        self.flag = QComboBox()
        for combo in (self.option, self.flag):
            combo.addItem(self.tr("Any"), None)
            combo.currentIndexChanged.connect(self.sig_changed)
        self.flag.addItem(self.tr("Yes"), True)
        self.flag.addItem(self.tr("No"), False)
        self.op.currentIndexChanged.connect(self._on_op_changed)
        self._build()
        self.prop_box.currentIndexChanged.connect(self._on_property_changed)

    # -- building ------------------------------------------------------------------------
    def _line(self, *, number: bool = False) -> QLineEdit:
        line = QLineEdit()
        line.setClearButtonEnabled(True)
        if number:
            line.setValidator(QDoubleValidator(-1e15, 1e15, 6))
        line.editingFinished.connect(self.sig_changed)
        return line

    def _date(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(edit.minimumDate())
        edit.dateChanged.connect(self.sig_changed)
        return edit

    def _build(self) -> None:
        pages: list[Sequence[QWidget]] = [
            [],
            [self.op, self.text],
            [self.low, QLabel("–"), self.high],
            [self.first, QLabel("–"), self.last],
            [self.option],
            [self.flag],
        ]
        for widgets in pages:
            page = QWidget()
            row = QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            self.stack.addWidget(page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Custom property")))
        layout.addWidget(self.prop_box)
        layout.addWidget(self.stack, 1)

    # -- properties ----------------------------------------------------------------------
    def set_loader(self, loader: Loader | None) -> None:
        self._loader = loader
        self.reload()

    def reload(self) -> None:
        properties = list(self._loader()) if self._loader is not None else []
        self._properties = {p.key: p for p in properties}
        current = self.prop_box.currentData()
        self.prop_box.blockSignals(True)
        while self.prop_box.count() > 1:
            self.prop_box.removeItem(1)
        chinese = QLocale().language() == QLocale.Language.Chinese
        for prop in properties:
            label = prop.label_zh if chinese and prop.label_zh else prop.label_en
            self.prop_box.addItem(label, prop.key)
        self.prop_box.setCurrentIndex(max(self.prop_box.findData(current), 0))
        self.prop_box.blockSignals(False)
        if self.prop_box.currentData() != current:
            self._on_property_changed()

    def current_property(self) -> PropertyDTO | None:
        key = self.prop_box.currentData()
        return self._properties.get(key) if key else None

    def _on_property_changed(self, _index: int = 0) -> None:
        prop = self.current_property()
        had_value = bool(self.spec())
        self.blockSignals(True)
        self._clear_inputs()
        if prop is not None and prop.type in (T.SINGLE_CHOICE, T.MULTI_CHOICE):
            for option in prop.options:
                self.option.addItem(option, option)
        self.stack.setCurrentIndex(NONE if prop is None else _PAGE.get(prop.type, TEXT))
        self.blockSignals(False)
        if had_value:
            self.sig_changed.emit()

    def _on_op_changed(self, _index: int) -> None:
        if self.text.text().strip():
            self.sig_changed.emit()

    def _clear_inputs(self) -> None:
        self.op.setCurrentIndex(0)
        for line in (self.text, self.low, self.high):
            line.clear()
        for edit in (self.first, self.last):
            edit.setDate(edit.minimumDate())
        self.flag.setCurrentIndex(0)
        while self.option.count() > 1:
            self.option.removeItem(1)

    # -- values --------------------------------------------------------------------------
    def spec(self) -> dict[str, Any]:
        """The test of the shown page; {} when it tests nothing."""
        page = self.stack.currentIndex()
        if page == TEXT and self.text.text().strip():
            return {"op": self.op.currentData(), "value": self.text.text().strip()}
        if page == NUMBER:
            low, high = _number(self.low), _number(self.high)
            if low is not None or high is not None:
                return {"op": "between", "min": low, "max": high}
        if page == DATES:
            first, last = _day(self.first), _day(self.last)
            if first or last:
                return {"op": "dates", "from": first, "to": last}
        if page == CHOICE and self.option.currentData() is not None:
            return {"op": "option", "value": self.option.currentData()}
        if page == FLAG and self.flag.currentData() is not None:
            return {"op": "checked", "value": self.flag.currentData()}
        return {}

    def values(self) -> dict[str, Any]:
        prop, spec = self.current_property(), self.spec()
        return {PREFIX + prop.key: spec} if prop is not None and spec else {}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show the first custom filter of ``values`` (none: clear)."""
        key, spec = next(
            ((k[len(PREFIX) :], v) for k, v in values.items() if k.startswith(PREFIX)), ("", {})
        )
        blocked = self.blockSignals(True)
        try:
            if key and key not in self._properties:
                self.reload()
            self.prop_box.setCurrentIndex(max(self.prop_box.findData(key or None), 0))
            self._on_property_changed()
            if isinstance(spec, Mapping):
                self._show_spec(spec)
        finally:
            self.blockSignals(blocked)

    def _show_spec(self, spec: Mapping[str, Any]) -> None:
        op = spec.get("op")
        if op in ("contains", "equals"):
            self.op.setCurrentIndex(max(self.op.findData(op), 0))
            self.text.setText(str(spec.get("value") or ""))
        elif op == "between":
            self.low.setText(_text(spec.get("min")))
            self.high.setText(_text(spec.get("max")))
        elif op == "dates":
            _set_day(self.first, spec.get("from"))
            _set_day(self.last, spec.get("to"))
        elif op == "option":
            self.option.setCurrentIndex(max(self.option.findData(spec.get("value")), 0))
        elif op == "checked":
            self.flag.setCurrentIndex(max(self.flag.findData(spec.get("value")), 0))


def _number(line: QLineEdit) -> float | None:
    text = line.text().strip().replace(",", "")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number)


def _day(edit: QDateEdit) -> str | None:
    if edit.date() == edit.minimumDate():
        return None
    return edit.date().toString("yyyy-MM-dd")


def _set_day(edit: QDateEdit, value: Any) -> None:
    edit.setDate(QDate(date.fromisoformat(str(value)[:10])) if value else edit.minimumDate())
