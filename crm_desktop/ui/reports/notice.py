"""The in-app notice that a scheduled report is ready: Open / Show folder / close."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MARGIN = 16


class ReportNotice(QFrame):
    """A small panel at the bottom right of the main window (like the reminder popup)."""

    sig_open = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("report_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#report_notice { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.path: Path | None = None
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: bold;")
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.folder_button = QPushButton(self.tr("Show Folder"))
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.open_button.clicked.connect(self._on_open)
        self.folder_button.clicked.connect(self._on_folder)
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.folder_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.path_label)
        layout.addLayout(buttons)
        self.setFixedWidth(380)
        self.hide()

    def show_report(self, title: str, path: Path) -> None:
        self.path = path
        self.title_label.setText(self.tr("Report ready: {title}").format(title=title))
        self.path_label.setText(str(path))
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            corner = parent.rect().bottomRight()
            self.move(corner - QPoint(self.width() + MARGIN, self.height() + MARGIN + 24))
        self.show()
        self.raise_()

    def _on_open(self) -> None:
        self.hide()
        self.sig_open.emit()

    def _on_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
