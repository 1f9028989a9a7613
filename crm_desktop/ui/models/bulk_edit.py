"""The bulk edit dialog: pick a field, pick a value, apply it to the selected records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from crm_desktop.ui.text import fill


@dataclass(frozen=True)
class BulkField:
    key: str
    label: str
    #: (value, label) choices; None means free text (tags)
    choices: Sequence[tuple[str | None, str]] | None


class BulkEditDialog(QDialog):
    def __init__(self, fields: Sequence[BulkField], count: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("bulk_edit_dialog")
        self.setWindowTitle(fill(self.tr("Edit %1 records"), count))
        self._fields = list(fields)
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("bulk_field")
        self.values = QStackedWidget()
        for spec in self._fields:
            self.field_combo.addItem(spec.label, spec.key)
            if spec.choices is None:
                editor: QWidget = QLineEdit()
            else:
                combo = QComboBox()
                for value, label in spec.choices:
                    combo.addItem(label, value)
                editor = combo
            editor.setObjectName(f"bulk_value_{spec.key}")
            self.values.addWidget(editor)
        self.field_combo.currentIndexChanged.connect(self.values.setCurrentIndex)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Field"), self.field_combo)
        form.addRow(self.tr("New value"), self.values)
        form.addRow(buttons)

    def select(self, key: str, value: Any) -> None:
        """Choose the field and value (used by tests and by callers that preset one)."""
        self.field_combo.setCurrentIndex(self.field_combo.findData(key))
        editor = self.values.currentWidget()
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    def choice(self) -> tuple[str, Any]:
        key = self.field_combo.currentData()
        editor = self.values.currentWidget()
        if isinstance(editor, QComboBox):
            return key, editor.currentData()
        assert isinstance(editor, QLineEdit)
        return key, editor.text().strip()
