"""The list of pages down the left side of the main window."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

ICON_SIZE = QSize(22, 22)
MIN_WIDTH = 168
STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid palette(mid);
                         background: palette(window); padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 7px 10px; margin: 1px 6px; border-radius: 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""


class NavigationList(QListWidget):
    """One row per page; the current row is the page shown (``currentRowChanged``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(ICON_SIZE)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setStyleSheet(STYLE)

    def add_entry(self, icon: QIcon, text: str, tooltip: str) -> None:
        item = QListWidgetItem(self._with_selected_look(icon), text)
        item.setToolTip(tooltip)
        self.addItem(item)
        self.setFixedWidth(max(MIN_WIDTH, self.sizeHintForColumn(0) + 40))

    def _with_selected_look(self, icon: QIcon) -> QIcon:
        """The icon, drawn in the highlighted text colour while its row is selected."""
        colour = self.palette().color(QPalette.ColorRole.HighlightedText)
        ratio = self.devicePixelRatioF()
        result = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
            pixmap = icon.pixmap(ICON_SIZE, ratio)
            if mode is QIcon.Mode.Selected:
                painter = QPainter(pixmap)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
                painter.fillRect(pixmap.rect(), colour)
                painter.end()
            result.addPixmap(pixmap, mode)
        return result
