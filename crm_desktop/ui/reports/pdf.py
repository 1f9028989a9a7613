"""HTML -> PDF with Qt's own rich text (QTextDocument + QPdfWriter): no extra dependency."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

RESOLUTION = 300
MARGIN_MM = 15


def ensure_gui_application() -> QCoreApplication:
    """The running application, or a headless one (the CLI): fonts need a GUI application."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["crm-desktop"])


def report_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def html_to_pdf(html: str, title: str = "") -> bytes:
    """The page as PDF bytes (A4, 15 mm margins)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("crm-desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    report_document(html).print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
