"""Export a kind (or a list view's current records and columns) to CSV, XLSX or vCard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.exporting import ExportFormat, ExportResult
from crm_desktop.services.importing.fields import CUSTOM_PREFIX, ImportKind
from crm_desktop.ui.importer.labels import field_label, kind_label
from crm_desktop.ui.importer.util import named
from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import TaskContext, Worker, start_worker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

FORMATS = [("csv", "3.0"), ("xlsx", "3.0"), ("vcf", "3.0"), ("vcf", "4.0")]


class ExportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        kind: ImportKind | None = None,
        ids: Sequence[str] | None = None,
        columns: Sequence[str] | None = None,
        gather_ids: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        """``gather_ids`` (a list view's records, in order) is called on the export worker,
        so opening the dialog over 100k rows does not read their ids in the GUI thread."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("export_dialog")
        self._services = services
        self._ids = list(ids) if ids is not None else None
        self._gather_ids = gather_ids
        self._preset_columns = list(columns) if columns else None
        self.worker: Worker | None = None
        self.export_result: ExportResult | None = None
        self.kind_box = named(QComboBox(), "export_kind")
        for item in ImportKind:
            self.kind_box.addItem(kind_label(item), item.value)
        if kind is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
            self.kind_box.setEnabled(ids is None and gather_ids is None)
        self.format_box = named(QComboBox(), "export_format")
        labels = [
            self.tr("CSV"),
            self.tr("Excel (.xlsx)"),
            self.tr("vCard 3.0"),
            self.tr("vCard 4.0"),
        ]
        for label, data in zip(labels, FORMATS, strict=True):
            self.format_box.addItem(label, data)
        self.columns = named(QListWidget(), "export_columns")
        self.path_edit = named(QLineEdit(), "export_path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse)
        self.message = named(QLabel(), "export_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.kind_box)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("File:"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Columns:")))
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.kind_box.currentIndexChanged.connect(self._fill_columns)
        self._fill_columns()

    @property
    def kind(self) -> ImportKind:
        return ImportKind(self.kind_box.currentData())

    def _fill_columns(self) -> None:
        self.columns.clear()
        chosen = set(self._preset_columns or [])
        for key in self._services.exports.columns(self.kind):
            label = key if key.startswith(CUSTOM_PREFIX) else field_label(key)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            checked = not chosen or key in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.columns.addItem(item)

    def chosen_columns(self) -> list[str]:
        items = (self.columns.item(i) for i in range(self.columns.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _on_browse(self) -> None:
        fmt, _version = self.format_box.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), f"{self.kind.value}.{fmt}", f"*.{fmt}"
        )
        if path:
            self.path_edit.setText(path)

    def start(self) -> None:
        path = self.path_edit.text().strip()
        fmt, version = self.format_box.currentData()
        columns = self.chosen_columns()
        if not path or not columns:
            self.message.setText(self.tr("Choose a file and at least one column."))
            return
        if fmt == "vcf" and self.kind != ImportKind.CONTACTS:
            self.message.setText(self.tr("Only contacts can be exported as vCards."))
            return
        exports, kind, gather = self._services.exports, self.kind, self.gather_ids

        def task(_context: TaskContext) -> ExportResult:
            ids = gather()
            return exports.export(
                kind, path, ExportFormat(fmt), columns=columns, ids=ids, vcard_version=version
            )

        self.message.setText(self.tr("Exporting…"))
        self.buttons.setEnabled(False)
        self.worker = start_worker(task, on_finished=self._on_done, on_failed=self._on_failed)

    def gather_ids(self) -> list[str] | None:
        """The ids to export (None: every record of the kind); runs on the worker."""
        if self._gather_ids is not None:
            return list(self._gather_ids())
        return self._ids

    def _on_done(self, result: ExportResult) -> None:
        self.worker = None
        self.export_result = result
        self.buttons.setEnabled(True)
        self.message.setText(fill(self.tr("%1 records written to %2"), result.count, result.path))

    def _on_failed(self, exc: Exception) -> None:
        self.worker = None
        self.buttons.setEnabled(True)
        self.message.setText(fill(self.tr("The export failed: %1"), exc))
