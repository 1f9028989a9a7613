"""Help > About crm-desktop: versions and where the data lives (for bug reports)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop import APP_NAME, __version__
from crm_desktop.ui.resources import icon
from crm_desktop.ui.text import fill

ICON_SIZE = QSize(64, 64)


class AboutDialog(QDialog):
    def __init__(self, database_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(fill(self.tr("About %1"), APP_NAME))
        picture = QLabel()
        picture.setPixmap(icon("app").pixmap(ICON_SIZE, self.devicePixelRatioF()))
        heading = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        blurb = QLabel(self.tr("An offline-first CRM for small sales teams."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(blurb, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addLayout(self._facts(database_path))
        layout.addWidget(buttons)

    def _facts(self, database_path: Path | None) -> QFormLayout:
        facts = QFormLayout()
        rows = [
            (self.tr("Version:"), __version__),
            (self.tr("Python:"), platform.python_version()),
            (self.tr("Qt:"), fill(self.tr("%1 (PySide6 %2)"), qVersion(), PySide6.__version__)),
            (
                self.tr("Database:"),
                str(database_path) if database_path else self.tr("none open"),
            ),
        ]
        for label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label, field)
        return facts


def show_about(database_path: Path | None, parent: QWidget) -> AboutDialog:
    """Open the About dialog without blocking; it deletes itself when closed."""
    dialog = AboutDialog(database_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
