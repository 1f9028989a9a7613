"""The mapping step: which column becomes which field, custom property, or nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.services.importing.fields import CUSTOM_PREFIX, FIELDS, MATCH_KEYS, ImportKind
from crm_desktop.services.importing.options import DEFAULT_MATCH, ImportOptions
from crm_desktop.services.importing.values import DateOrder
from crm_desktop.ui.importer.custom_targets import properties_of, suggest_custom, target_items
from crm_desktop.ui.importer.labels import field_label, match_label
from crm_desktop.ui.importer.util import named

if TYPE_CHECKING:
    from crm_desktop.ui.importer.wizard import ImportWizard

COLUMN, SAMPLE, TARGET = range(3)


def custom_key(header: str) -> str:
    key = re.sub(r"\W+", "_", header.strip().lower()).strip("_")
    return key or "column"


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Suggested from the column names; pick Ignore to leave one out."))
        self.grid = named(QTableWidget(0, 3), "import_mapping")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Example"), self.tr("Import as")]
        )
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.template_box = named(QComboBox(), "import_template")
        apply_button = QPushButton(self.tr("Apply"))
        apply_button.clicked.connect(self._on_apply_template)
        save_button = named(QPushButton(self.tr("Save as template…")), "import_save_template")
        save_button.clicked.connect(self._on_save_template)
        self.match_box = named(QComboBox(), "import_match")
        self.on_match_box = named(QComboBox(), "import_on_match")
        self.on_match_box.addItem(self.tr("Update it"), "update")
        self.on_match_box.addItem(self.tr("Skip the row"), "skip")
        self.pipeline_box = named(QComboBox(), "import_pipeline")
        self.pipeline_box.setEditable(True)
        templates = QHBoxLayout()
        templates.addWidget(self.template_box, 1)
        templates.addWidget(apply_button)
        templates.addWidget(save_button)
        form = QFormLayout()
        form.addRow(self.tr("Template:"), templates)
        form.addRow(self.tr("Find existing records by:"), self.match_box)
        form.addRow(self.tr("When a record exists:"), self.on_match_box)
        form.addRow(self.tr("Pipeline:"), self.pipeline_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addLayout(form)

    # -- filling -----------------------------------------------------------------------
    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        kind = self._wizard.kind
        services = self._wizard.services
        properties = properties_of(services, kind)
        self._custom_items = target_items(properties)
        suggested = services.imports.suggest(kind, table.headers)
        suggested = suggest_custom(table.headers, properties, suggested)
        samples = self._samples(table.preview(20), len(table.headers))
        self.grid.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            self.grid.setItem(row, COLUMN, QTableWidgetItem(header))
            self.grid.setItem(row, SAMPLE, QTableWidgetItem(samples[row][:100]))
            self.grid.setCellWidget(row, TARGET, self._target_box(kind, header))
        self.apply_mapping(suggested)
        self._fill_templates(kind)
        self.match_box.clear()
        for key in MATCH_KEYS[kind]:
            self.match_box.addItem(match_label(key), key)
        self.match_box.setCurrentIndex(self.match_box.findData(DEFAULT_MATCH[kind]))
        self.pipeline_box.clear()
        self.pipeline_box.addItems([p.name for p in services.pipelines.list()])
        self.pipeline_box.setEnabled(kind == ImportKind.DEALS)
        self.grid.resizeColumnsToContents()

    @staticmethod
    def _samples(rows: list[list[str]], width: int) -> list[str]:
        samples = [""] * width
        for cells in rows:
            for index, cell in enumerate(cells[:width]):
                if not samples[index] and cell.strip():
                    samples[index] = cell.strip()
        return samples

    def _target_box(self, kind: ImportKind, header: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Ignore"), "")
        for key in FIELDS[kind]:
            box.addItem(field_label(key), key)
        for text, target in getattr(self, "_custom_items", []):
            box.addItem(text, target)
        key = custom_key(header)
        if box.findData(CUSTOM_PREFIX + key) < 0:
            box.addItem(self.tr("New custom property: %1").replace("%1", key), CUSTOM_PREFIX + key)
        return box

    def header(self, row: int) -> str:
        item = self.grid.item(row, COLUMN)
        return item.text() if item is not None else ""

    def box(self, row: int) -> QComboBox:
        widget = self.grid.cellWidget(row, TARGET)
        assert isinstance(widget, QComboBox)
        return widget

    def apply_mapping(self, mapping: dict[str, str]) -> None:
        for row in range(self.grid.rowCount()):
            header = self.header(row)
            box = self.box(row)
            target = mapping.get(header, "")
            index = box.findData(target)
            if index < 0 and target.startswith(CUSTOM_PREFIX):
                box.addItem(target, target)
                index = box.count() - 1
            box.setCurrentIndex(max(index, 0))

    def mapping(self) -> dict[str, str]:
        result = {}
        for row in range(self.grid.rowCount()):
            target = self.box(row).currentData()
            if target:
                result[self.header(row)] = str(target)
        return result

    def options(self, date_order: DateOrder) -> ImportOptions:
        kind = self._wizard.kind
        return ImportOptions(
            kind=kind,
            mapping=self.mapping(),
            pipeline=self.pipeline_box.currentText().strip() or None
            if kind == ImportKind.DEALS
            else None,
            update_by=self.match_box.currentData(),
            on_match=self.on_match_box.currentData(),
            date_order=date_order,
        )

    def validatePage(self) -> bool:
        targets = [t for t in self.mapping().values() if not t.startswith(CUSTOM_PREFIX)]
        if not self.mapping():
            self.setSubTitle(self.tr("Map at least one column."))
            return False
        if len(targets) != len(set(targets)):
            self.setSubTitle(self.tr("Each field can take one column only."))
            return False
        return True

    # -- templates ---------------------------------------------------------------------
    def _fill_templates(self, kind: ImportKind) -> None:
        self.template_box.clear()
        for template in self._wizard.services.import_templates.list(kind):
            self.template_box.addItem(template.name, template.name)

    def _on_apply_template(self) -> None:
        name = self.template_box.currentData()
        table = self._wizard.table
        for template in self._wizard.services.import_templates.list(self._wizard.kind):
            if template.name == name and table is not None:
                self.apply_mapping(template.applied_to(table.headers))

    def _on_save_template(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save template"), self.tr("Template name:"))
        if not ok or not name.strip():
            return
        kind = self._wizard.kind
        changes = self._wizard.services.import_templates.save(name.strip(), kind, self.mapping())
        self._wizard.hub.sig_changed.emit(changes)
        self._fill_templates(kind)
        self.template_box.setCurrentIndex(self.template_box.findData(name.strip()))
