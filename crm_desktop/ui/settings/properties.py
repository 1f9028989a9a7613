"""Custom properties of contacts, companies and deals: add, rename, options, delete, restore."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.settings.properties import CHOICE_TYPES, PropertyDTO
from crm_desktop.ui.settings.common import (
    announce,
    make_read_only_table,
    show_error,
    type_labels,
)

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub


class PropertyDialog(QDialog):
    """A property's labels, type (fixed once created), options and required flag."""

    def __init__(self, prop: PropertyDTO | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit property") if prop else self.tr("Add property"))
        self.label_en = QLineEdit(prop.label_en if prop else "")
        self.label_zh = QLineEdit((prop.label_zh or "") if prop else "")
        self.type = QComboBox()
        for kind, label in type_labels().items():
            self.type.addItem(label, kind.value)
        if prop:
            self.type.setCurrentIndex(self.type.findData(prop.type.value))
            self.type.setEnabled(False)
        self.options = QPlainTextEdit("\n".join(prop.options) if prop else "")
        self.required = QCheckBox(self.tr("Required"))
        self.required.setChecked(bool(prop and prop.required))
        form = QFormLayout(self)
        form.addRow(self.tr("Label (English)"), self.label_en)
        form.addRow(self.tr("Label (Chinese)"), self.label_zh)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Options (one per line)"), self.options)
        form.addRow("", self.required)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "label_en": self.label_en.text(),
            "label_zh": self.label_zh.text(),
            "type": self.type.currentData(),
            "options": self.options.toPlainText().splitlines(),
            "required": self.required.isChecked(),
        }


class PropertiesSection(QWidget):
    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.services: Services | None = None
        self.props: list[PropertyDTO] = []
        self.entity = QComboBox()
        self.entity.setObjectName("property_entity")
        for kind, label in (
            (EntityKind.CONTACT, self.tr("Contacts")),
            (EntityKind.COMPANY, self.tr("Companies")),
            (EntityKind.DEAL, self.tr("Deals")),
        ):
            self.entity.addItem(label, kind.value)
        self.entity.activated.connect(lambda _i: self.refresh())
        self.show_deleted = QCheckBox(self.tr("Show deleted"))
        self.show_deleted.toggled.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Label"),
                self.tr("Chinese label"),
                self.tr("Type"),
                self.tr("Required"),
                self.tr("Options"),
            ]
        )
        make_read_only_table(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_property)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_or_restore)
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Properties of:")))
        top.addWidget(self.entity)
        top.addStretch(1)
        top.addWidget(self.show_deleted)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        note = QLabel(
            self.tr(
                "Renaming a property keeps its values. Deleted properties keep their values "
                "too and can be restored."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        services = self.services
        deleted = self.show_deleted.isChecked()
        entity = str(self.entity.currentData())
        self.props = services.properties.list(entity, trashed=deleted) if services else []
        self.add_button.setEnabled(not deleted)
        self.edit_button.setEnabled(not deleted)
        self.delete_button.setText(self.tr("Restore") if deleted else self.tr("Delete…"))
        types = type_labels()
        self.table.setRowCount(len(self.props))
        for row, prop in enumerate(self.props):
            required = self.tr("Yes") if prop.required else ""
            cells = [
                prop.label_en,
                prop.label_zh or "",
                types[prop.type],
                required,
                ", ".join(prop.options),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, prop.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> PropertyDTO | None:
        row = self.table.currentRow()
        return self.props[row] if 0 <= row < len(self.props) else None

    def ask_values(self, prop: PropertyDTO | None) -> dict[str, Any] | None:
        dialog = PropertyDialog(prop, self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_property(self) -> None:
        services = self.services
        values = self.ask_values(None) if services else None
        if services is not None and values is not None:
            values["entity"] = str(self.entity.currentData())
            self._save(lambda: services.properties.create(values).changes)

    def edit_selected(self) -> None:
        prop, services = self.selected(), self.services
        if prop is None or services is None or prop.trashed:
            return
        values = self.ask_values(prop)
        if values is not None:
            values.pop("type", None)
            if prop.type not in CHOICE_TYPES:
                values.pop("options", None)
            self._save(lambda: services.properties.update(prop.id, values).changes)

    def delete_or_restore(self) -> None:
        prop, services = self.selected(), self.services
        if prop is None or services is None:
            return
        if prop.trashed:
            self._save(lambda: services.properties.restore([prop.id]))
            return
        text = self.tr(
            "Delete the property “%1”? Its values are kept and it can be restored "
            "from “Show deleted”."
        ).replace("%1", prop.label_en)
        answer = QMessageBox.question(self, self.tr("Delete property"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self._save(lambda: services.properties.trash([prop.id]))

    def _save(self, write: Any) -> None:
        try:
            changes = write()
        except CrmError as error:
            show_error(self, error)
            return
        announce(self.hub, changes)
        self.refresh()
