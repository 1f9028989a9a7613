"""A page whose feature is still to come: what it will do, and how many records it will show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.resources import icon
from crm_desktop.ui.widgets.labels import label
from crm_desktop.ui.widgets.page import Page

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary

ICON_SIZE = QSize(56, 56)
NO_VALUE = "—"
STYLE = """
QLabel#page_title { font-size: 22pt; font-weight: 600; }
QLabel#page_description { font-size: 11pt; color: palette(window-text); }
QLabel#page_note { color: palette(placeholder-text); }
QFrame#stat_box { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
QLabel#stat_value { font-size: 28pt; font-weight: 600; color: #2563eb; }
QLabel#stat_caption { color: palette(placeholder-text); }
"""


class PlaceholderPage(Page):
    """Subclasses define ``title`` and ``description``, and a count with ``stat_*`` if any."""

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.setStyleSheet(STYLE)
        self.stat_value_label = label(NO_VALUE, "stat_value")
        self.stat_caption_label = label(self.stat_caption(), "stat_caption")
        self._build()
        hub.sig_summary_updated.connect(self._on_summary_updated)
        self._on_summary_updated(hub.summary)

    def description(self) -> str:
        raise NotImplementedError

    def stat_caption(self) -> str:
        """What the count counts, e.g. "contacts"; empty when the page shows no count."""
        return ""

    def stat_value(self, summary: DatabaseSummary) -> int | None:
        return None

    def set_services(self, services: Services | None) -> None:
        super().set_services(services)
        self._on_summary_updated(self.hub.summary)  # None until the database's counts arrive

    def _on_summary_updated(self, summary: DatabaseSummary | None) -> None:
        value = None if summary is None else self.stat_value(summary)
        self.stat_value_label.setText(NO_VALUE if value is None else QLocale().toString(value))

    def _build(self) -> None:
        picture = label(name="page_icon")
        picture.setPixmap(icon(self.icon_name).pixmap(ICON_SIZE, self.devicePixelRatioF()))
        title = label(self.title(), "page_title")
        description = label(self.description(), "page_description")
        description.setWordWrap(True)
        # Not self.tr(): PySide looks that up under the subclass's name.
        note = label(
            QCoreApplication.translate(
                "PlaceholderPage", "This view is on its way in a coming version."
            ),
            "page_note",
        )
        note.setWordWrap(True)
        column = QVBoxLayout()
        column.addStretch(2)
        for widget in (picture, title, description):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(widget)
        column.addSpacing(16)
        column.addWidget(self._stat_box(), 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(16)
        note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(note)
        column.addStretch(3)
        # Side stretches centre the column: alignment flags would break the word wrap.
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 4)
        layout.addStretch(1)

    def _stat_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("stat_box")
        box.setMinimumWidth(220)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 12, 24, 14)
        layout.addWidget(self.stat_value_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.stat_caption_label, 0, Qt.AlignmentFlag.AlignHCenter)
        if not self.stat_caption():
            box.hide()
        return box
