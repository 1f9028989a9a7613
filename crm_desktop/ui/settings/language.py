"""Language: English, Simplified Chinese, or the system's; stored per computer."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from crm_desktop.ui.i18n import LANGUAGE_KEY

# (stored value, label): labels are each language's own name, so they are not translated.
CHOICES = (("en", "English"), ("zh_CN", "简体中文"))


class LanguageSection(QWidget):
    def __init__(self, qsettings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qsettings = qsettings
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Language of the interface:")))
        self.buttons: dict[str, QRadioButton] = {}
        system = QRadioButton(self.tr("Follow the system"))
        self.buttons[""] = system
        for value, label in CHOICES:
            self.buttons[value] = QRadioButton(label)
        for value, button in self.buttons.items():
            button.setObjectName(f"language_{value or 'system'}")
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda on, v=value: self._on_toggled(v, on))
        self.note = QLabel(self.tr("The new language applies the next time you start the app."))
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.refresh()

    def current(self) -> str:
        return str(self.qsettings.value(LANGUAGE_KEY, "") or "")

    def refresh(self) -> None:
        button = self.buttons.get(self.current(), self.buttons[""])
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)

    def _on_toggled(self, value: str, on: bool) -> None:
        if on and value != self.current():
            self.qsettings.setValue(LANGUAGE_KEY, value)
            self.qsettings.sync()
            self.note.setVisible(True)
