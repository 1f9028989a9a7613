"""The import wizard: file -> preview (encoding, sheet, dates) -> mapping -> dry run -> import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.importing.fields import ImportKind
from crm_desktop.services.importing.options import ImportOptions
from crm_desktop.services.importing.reading import TableFile
from crm_desktop.services.importing.values import DateOrder
from crm_desktop.ui.importer.labels import date_order_label, kind_label
from crm_desktop.ui.importer.mapping_page import MappingPage
from crm_desktop.ui.importer.run_pages import DryRunPage, RunPage
from crm_desktop.ui.importer.util import named
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub

PREVIEW_ROWS = 20
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "big5hkscs", "utf-16", "shift_jis", "cp1252",
             "latin-1"]  # fmt: skip


class ImportWizard(QWizard):
    def __init__(self, services: Services, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setObjectName("import_wizard")
        self.services = services
        self.hub = hub
        self.table: TableFile | None = None
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.preview_page, self.mapping_page, self.dry_run_page,
                     self.run_page):  # fmt: skip
            self.addPage(page)
        self.resize(820, 600)

    @property
    def kind(self) -> ImportKind:
        return ImportKind(self.file_page.kind_box.currentData())

    def import_options(self) -> ImportOptions:
        return self.mapping_page.options(self.preview_page.date_order())

    def reject(self) -> None:
        """Closing the wizard cancels a running dry run or import (nothing is half written)."""
        self.dry_run_page.cancel()
        self.run_page.cancel()
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr("CSV, TSV or Excel (.xlsx). Any encoding; nothing is written yet.")
        )
        self.kind_box = named(QComboBox(), "import_kind")
        for kind in ImportKind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.path_edit = named(QLineEdit(), "import_path")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse)
        self.error_label = named(QLabel(), "import_file_error")
        self.error_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Import:"), self.kind_box)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.error_label)

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import file"), "", self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All (*)")
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        try:
            self._wizard.table = self._wizard.services.imports.open(self.path_edit.text().strip())
        except CrmError as exc:
            self.error_label.setText(str(exc))
            return False
        self.error_label.clear()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check the preview"))
        self.setSubTitle(self.tr("Change the encoding if the text looks wrong."))
        self.encoding_box = named(QComboBox(), "import_encoding")
        self.encoding_box.setEditable(True)
        self.encoding_box.addItems(ENCODINGS)
        self.sheet_box = named(QComboBox(), "import_sheet")
        self.order_box = named(QComboBox(), "import_date_order")
        for order in DateOrder:
            self.order_box.addItem(date_order_label(order), order.value)
        self.message = named(QLabel(), "import_preview_message")
        self.preview = named(QTableWidget(), "import_preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("Encoding:"), self.encoding_box)
        form.addRow(self.tr("Sheet:"), self.sheet_box)
        form.addRow(self.tr("Dates like 03/04/2024 are:"), self.order_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        self.encoding_box.activated.connect(self._on_reopen)
        editor = self.encoding_box.lineEdit()
        if editor is not None:
            editor.editingFinished.connect(self._on_reopen)
        self.sheet_box.activated.connect(self._on_reopen)

    def date_order(self) -> DateOrder:
        return DateOrder(self.order_box.currentData())

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        self.encoding_box.blockSignals(True)
        self.sheet_box.blockSignals(True)
        self.encoding_box.setEnabled(table.encoding is not None)
        self.encoding_box.setCurrentText(table.encoding or "")
        self.sheet_box.clear()
        self.sheet_box.addItems(table.sheets)
        self.sheet_box.setEnabled(bool(table.sheets))
        if table.sheet:
            self.sheet_box.setCurrentText(table.sheet)
        self.encoding_box.blockSignals(False)
        self.sheet_box.blockSignals(False)
        self._show(table)

    def _on_reopen(self) -> None:
        table = self._wizard.table
        if table is None:
            return
        if table.sheet is not None:
            sheet = self.sheet_box.currentText()
            if sheet == table.sheet:
                return
            kwargs: dict[str, str] = {"sheet": sheet}
        else:
            encoding = self.encoding_box.currentText().strip()
            if not encoding or encoding == table.encoding:
                return
            kwargs = {"encoding": encoding}
        try:
            reopened = self._wizard.services.imports.open(table.path, **kwargs)
        except CrmError as exc:
            self.message.setText(str(exc))
            return
        self._wizard.table = reopened
        self._show(reopened)

    def _show(self, table: TableFile) -> None:
        rows = table.preview(PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells[: len(table.headers)]):
                item = QTableWidgetItem(cell[:200])
                item.setToolTip(cell[:2000])
                self.preview.setItem(r, c, item)
        self.message.setText(fill(self.tr("First rows of %1"), table.path.name))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
