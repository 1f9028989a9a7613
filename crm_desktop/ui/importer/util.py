"""Small widget helpers for the importer."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with an object name (tests and style sheets find it by that name)."""
    widget.setObjectName(name)
    return widget
