"""Import error reasons in the UI language: the wizard's table and the saved report."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.services.importing.fields import ImportKind
from crm_desktop.services.importing.options import ImportResult, RowError
from crm_desktop.ui.i18n import install_translators, remove_translators
from crm_desktop.ui.importer.reasons import reason_text
from crm_desktop.ui.importer.run_pages import ResultView
from tests.gui.test_i18n import I18N, qt_tool

ERRORS = (
    RowError(3, "邮箱", "not an email address: 'x@' (bad)"),
    RowError(4, "Title", "longer than 200 characters (250)"),
    RowError(5, "", "the row has 7 cells but the header only 5 columns"),
    RowError(6, "", "a reason nobody translated"),
)


@pytest.fixture
def chinese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    qm = tmp_path / "importer_zh_CN.qm"
    ts = I18N / "importer_zh_CN.ts"
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    before = QLocale()
    translators = install_translators(qapp, QLocale("zh_CN"), tmp_path)
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(before)


def result() -> ImportResult:
    return ImportResult(ImportKind.CONTACTS, "x.csv", True, 0, 0, 0, 0, ERRORS, 4)


def test_reasons_show_and_save_in_chinese(chinese: None, qtbot: QtBot, tmp_path: Path) -> None:
    view = ResultView("dry")
    qtbot.addWidget(view)
    view.show_result(result())
    shown = [view.errors.item(r, 2).text() for r in range(4)]
    assert shown == [
        "不是有效的邮箱地址：'x@'（bad）",
        "超过 200 个字符（250）",
        "该行有 7 个单元格，但表头只有 5 列",
        "a reason nobody translated",
    ]
    out = view.save_report(str(tmp_path / "errors.csv"))
    assert out is not None
    lines = Path(out).read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "行,列,原因"
    assert lines[2] == "4,Title,超过 200 个字符（250）"


def test_reasons_stay_english_without_a_translation(qtbot: QtBot) -> None:
    assert reason_text(ERRORS[1]) == "longer than 200 characters (250)"
