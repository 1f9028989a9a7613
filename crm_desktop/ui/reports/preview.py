"""The report as a user reads it: preview, save as HTML or PDF, print, prepare an e-mail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.reports.html import render_html, report_title
from crm_desktop.services.reports.model import ReportData
from crm_desktop.services.reports.service import ReportService, file_stem, reports_dir
from crm_desktop.ui.reports.pdf import html_to_pdf, report_document


def translate(text: str) -> str:
    """The report's words in the UI language (catalog context "Reports")."""
    return QCoreApplication.translate("Reports", text)


def report_html(data: ReportData) -> str:
    return render_html(data, translate)


class ReportPreview(QWidget):
    def __init__(self, data: ReportData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("report_preview")
        self.data = data
        self.html = report_html(data)
        self.title = report_title(data, translate)
        self.setWindowTitle(f"{self.title} — {data.period.start} – {data.period.end}")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.html)
        self.status_label = QLabel()
        self.save_html_button = QPushButton(self.tr("Save HTML…"))
        self.save_pdf_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.email_button = QPushButton(self.tr("Prepare Email"))
        self.email_button.setToolTip(
            self.tr("Save an e-mail draft with the report and open it in your mail program")
        )
        self.save_html_button.clicked.connect(self._on_save_html)
        self.save_pdf_button.clicked.connect(self._on_save_pdf)
        self.print_button.clicked.connect(self._on_print)
        self.email_button.clicked.connect(self._on_email)
        buttons = QHBoxLayout()
        for button in (self.save_html_button, self.save_pdf_button, self.print_button):
            buttons.addWidget(button)
        buttons.addWidget(self.email_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.resize(900, 760)

    # -- what the buttons do (tests call these directly) -----------------------------------------
    def save_html(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html, encoding="utf-8")
        return path

    def pdf_bytes(self) -> bytes:
        return html_to_pdf(self.html, self.title)

    def save_pdf(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.pdf_bytes())
        return path

    def prepare_email(self, folder: Path | None = None) -> Path:
        """Write the .eml draft (HTML body, PDF attached) and open it in the mail program."""
        folder = folder or reports_dir()
        folder.mkdir(parents=True, exist_ok=True)
        draft = ReportService.email_draft(self.data, self.html, self.pdf_bytes(), translate)
        path = folder / f"{file_stem(self.data)}.eml"
        path.write_bytes(draft)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    # -- slots -----------------------------------------------------------------------------------
    def _ask_path(self, suffix: str, kind: str) -> Path | None:
        start = str(reports_dir() / f"{file_stem(self.data)}{suffix}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Report"), start, kind)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suffix)

    def _run(self, action: str, write: object) -> None:
        try:
            path = write() if callable(write) else None
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Report"), f"{action}\n\n{exc}")
            return
        if path is not None:
            self.status_label.setText(self.tr("Saved: {path}").format(path=path))

    def _on_save_html(self) -> None:
        path = self._ask_path(".html", self.tr("Web page (*.html)"))
        if path is not None:
            self._run(self.tr("The report could not be saved."), lambda: self.save_html(path))

    def _on_save_pdf(self) -> None:
        path = self._ask_path(".pdf", self.tr("PDF document (*.pdf)"))
        if path is not None:
            self._run(self.tr("The report could not be saved."), lambda: self.save_pdf(path))

    def _on_email(self) -> None:
        self._run(self.tr("The e-mail draft could not be saved."), self.prepare_email)

    def _on_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            report_document(self.html).print_(printer)
