"""The Settings page's Notifications tab: keep running in the tray when the window is closed."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from crm_desktop.notifications.tray import close_to_tray, set_close_to_tray, tray_available


class NotificationsSection(QWidget):
    def __init__(self, qsettings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qsettings = qsettings
        self.close_to_tray = QCheckBox(
            self.tr("Keep running in the tray when the window is closed")
        )
        self.close_to_tray.setObjectName("close_to_tray")
        self.close_to_tray.toggled.connect(lambda on: set_close_to_tray(self.qsettings, on))
        self.note = QLabel()
        self.note.setObjectName("close_to_tray_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.close_to_tray)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Notifications")

    def refresh(self) -> None:
        available = tray_available()
        self.close_to_tray.setEnabled(available)
        self.close_to_tray.blockSignals(True)
        self.close_to_tray.setChecked(available and close_to_tray(self.qsettings))
        self.close_to_tray.blockSignals(False)
        if available:
            self.note.setText(
                self.tr("Reminders keep appearing while the window is closed; quit from the tray.")
            )
        else:
            self.note.setText(
                self.tr(
                    "This desktop has no system tray: closing the window quits, and reminders "
                    "show inside the app while it runs."
                )
            )
