"""Field inputs of the record editors: each has ``value()``, ``set_value()`` and ``sig_edited``."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

_LIST_SEPARATORS = re.compile(r"[,，;；]")


class LineInput(QLineEdit):
    sig_edited = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _text: self.sig_edited.emit())

    def value(self) -> Any:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        if isinstance(value, Decimal):
            value = f"{value:.2f}"
        self.setText("" if value is None else str(value))


class ListInput(LineInput):
    """Several short values separated by commas (tags, other addresses)."""

    def value(self) -> Any:
        return [part.strip() for part in _LIST_SEPARATORS.split(self.text()) if part.strip()]

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(value or []))


class TextInput(QPlainTextEdit):
    sig_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(70)
        self.textChanged.connect(self.sig_edited)

    def value(self) -> Any:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setPlainText("" if value is None else str(value))
        self.blockSignals(False)


class ComboInput(QComboBox):
    """A choice among ``(label, value)`` items; ``optional`` adds an empty first entry."""

    sig_edited = Signal()

    def __init__(
        self,
        items: list[tuple[str, Any]],
        optional: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self.set_items(items)
        self.activated.connect(lambda _index: self.sig_edited.emit())

    def set_items(self, items: list[tuple[str, Any]]) -> None:
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if self._optional:
            self.addItem("", None)
        for label, value in items:
            self.addItem(label, value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        value = getattr(value, "value", value)  # enums are stored by their string value
        index = self.findData(value)
        if index < 0 and value is not None:
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class CheckInput(QCheckBox):
    sig_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(lambda _on: self.sig_edited.emit())

    def value(self) -> Any:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)
