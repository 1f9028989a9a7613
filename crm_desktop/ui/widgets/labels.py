"""Small constructors that keep widget code short."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def label(text: str = "", name: str = "") -> QLabel:
    """A label with an object name (for style sheets and tests)."""
    widget = QLabel(text)
    widget.setObjectName(name)
    return widget
