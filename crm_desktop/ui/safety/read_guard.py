"""Reading a damaged database (opened read-only from the recovery dialog) fails in places.

A page that cannot load shows why in a banner across its top, and the status bar says so,
instead of raising inside a Qt slot (which would crash the app's event handling).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from crm_desktop.domain.errors import CrmError

log = logging.getLogger(__name__)
BANNER_NAME = "read_problem_banner"
STATUS_TIMEOUT_MS = 15000
_PENDING = "read_problem_pending"
_INSET = 8  # padding and border of the banner, each side


class ReadProblemBanner(QLabel):
    """A red strip across the top of its parent; follows the parent's width."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(BANNER_NAME)
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39d; "
            "padding: 6px; }"
        )
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            width = max(parent.width(), 200)
            text = self.fontMetrics().boundingRect(
                QRect(0, 0, width - 2 * _INSET, 10_000), Qt.TextFlag.TextWordWrap, self.text()
            )
            self.setGeometry(0, 0, width, text.height() + 2 * _INSET)
            self.raise_()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self._place()
        self.show()


def read_problem_text(exc: Exception) -> str:
    return (
        QCoreApplication.translate(
            "ReadGuard", "Part of this database cannot be read, so this view is incomplete:"
        )
        + "\n"
        + str(exc)
    )


def show_read_problem(widget: QWidget, exc: Exception) -> None:
    """Tell the user, on ``widget`` and in the window's status bar, that reading failed."""
    log.warning("%s could not read the database: %s", type(widget).__name__, exc)
    banner = _banner(widget)
    if banner is None:
        banner = ReadProblemBanner(widget)
    banner.show_text(read_problem_text(exc))
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "ReadGuard", "Part of the database cannot be read; it may be damaged."
            ),
            STATUS_TIMEOUT_MS,
        )


def hide_read_problem(widget: QWidget) -> None:
    banner = _banner(widget)
    if banner is not None:
        banner.hide()


def _banner(widget: QWidget) -> ReadProblemBanner | None:
    found = widget.findChild(
        ReadProblemBanner, BANNER_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if isinstance(found, ReadProblemBanner) else None


def guard_reads(widget: QWidget, call: Callable[..., Any], *args: Any) -> bool:
    """``call(*args)``; when it fails to read the database, say so on ``widget`` instead of
    raising (a Qt slot must not raise). Whether it worked."""
    try:
        call(*args)
    except CrmError as exc:
        show_read_problem(widget, exc)
        return False
    hide_read_problem(widget)
    return True


def read_or_report(owner: QObject, fetch: Callable[[], list[Any]]) -> list[Any]:
    """``fetch()``, or [] when the database cannot be read (rows show empty then); the widget
    owning ``owner`` (a model's page) shows why, once the current paint is over."""
    try:
        return fetch()
    except CrmError as exc:
        widget = owner if isinstance(owner, QWidget) else owner.parent()
        if isinstance(widget, QWidget) and not widget.property(_PENDING):
            widget.setProperty(_PENDING, True)
            problem = exc  # ``exc`` is unbound after the except block
            QTimer.singleShot(0, widget, lambda: _report_later(widget, problem))
        return []


def _report_later(widget: QWidget, exc: Exception) -> None:
    widget.setProperty(_PENDING, False)
    show_read_problem(widget, exc)
