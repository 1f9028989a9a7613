"""Translations: the Chinese catalogs load, and every wrapped string has a translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.ui.i18n import (
    LANGUAGE_ENV,
    LANGUAGE_KEY,
    chosen_locale,
    install_translators,
    remove_translators,
)
from crm_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
# Every package with widgets (what the user sees); the Qt-free core has no tr().
UI_SOURCES = [ROOT / "crm_desktop" / name for name in ("ui", "charts", "notifications")]


def qt_tool(name: str) -> str:
    suffix = ".exe" if sys.platform == "win32" else ""
    return str(Path(PySide6.__file__).parent / f"{name}{suffix}")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every catalog in resources/i18n compiled fresh from its .ts (the .qm are build output)."""
    folder = tmp_path_factory.mktemp("qm")
    for ts in sorted(I18N.glob("*_zh_CN.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture
def chinese(qapp: QApplication, compiled: Path) -> Iterator[None]:
    translators = install_translators(qapp, QLocale("zh_CN"), compiled)
    yield
    remove_translators(qapp, translators)


def test_navigation_menus_and_status_bar_in_chinese(
    chinese: None, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.show()
    nav = window.navigation
    titles = [nav.item(row).text() for row in range(nav.count())]
    assert titles == [page.title() for page in window.pages]
    assert (titles[4], titles[6]) == ("任务", "设置")  # the pages still in this catalog
    assert all(any("\u4e00" <= char <= "\u9fff" for char in title) for title in titles)
    menus = [action.text() for action in window.menuBar().actions()]
    # File, Edit, View first and Help last; features may add menus in between.
    assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"] and menus[-1] == "帮助(&H)"
    assert all(any("\u4e00" <= char <= "\u9fff" for char in menu) for menu in menus)
    assert window.statusBar().findChild(QLabel, "database_label").text() == "未打开数据库"


def test_placeholder_page_texts_are_chinese(chinese: None) -> None:
    note = "This view is on its way in a coming version."
    assert QCoreApplication.translate("PlaceholderPage", note) == "此视图将在后续版本中推出。"


def test_language_is_chosen_from_env_then_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "zh_CN")
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert chosen_locale(settings).name() == "zh_CN"
    monkeypatch.setenv(LANGUAGE_ENV, "en_US")
    assert chosen_locale(settings).name() == "en_US"


def test_every_wrapped_string_has_a_chinese_translation(tmp_path: Path) -> None:
    """lupdate over the widget sources; each message must be translated in one of the catalogs."""
    extracted = tmp_path / "extracted.ts"
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-extensions", "py", "-locations", "none",
         *map(str, UI_SOURCES), "-ts", str(extracted)],
        check=True,
    )  # fmt: skip
    translated = set()
    for ts in I18N.glob("*_zh_CN.ts"):
        for context, source, translation in messages(ts):
            if is_translated(translation):
                translated.add((context, source))
    missing = [
        f"{context}: {source!r}"
        for context, source, _ in messages(extracted)
        if (context, source) not in translated
    ]
    assert missing == []


def is_translated(translation: ET.Element) -> bool:
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
    return all(form and form.strip() for form in forms)


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source", ""), translation
