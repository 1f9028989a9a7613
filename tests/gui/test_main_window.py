"""The main window shell: pages, navigation, shortcuts, remembered geometry, About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from crm_desktop import __version__
from crm_desktop.ui.dialogs.about import AboutDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import PAGES

PAGE_TITLES = ["Contacts", "Companies", "Deals", "Pipeline", "Tasks", "Dashboards", "Settings"]


def nav_texts(window: MainWindow) -> list[str]:
    nav = window.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def page_title(window: MainWindow) -> str:
    page = window.current_page()
    assert window.stack.currentWidget() is page and page.isVisible()
    return page.title()


def test_window_shows_navigation_pages_menus_and_no_database_yet(window: MainWindow) -> None:
    assert window.isVisible()
    assert nav_texts(window) == PAGE_TITLES
    assert window.stack.count() == len(PAGE_TITLES)
    assert page_title(window) == "Contacts"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Reports", "&Help"]
    assert window.statusBar().findChild(QLabel, "database_label").text() == "No database open"
    assert not window.main_actions.generate_demo.isEnabled()


@pytest.mark.parametrize("row", range(len(PAGE_TITLES)))
def test_clicking_a_navigation_entry_shows_its_page(
    window: MainWindow, qtbot: QtBot, row: int
) -> None:
    nav = window.navigation
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentIndex() == row
    assert page_title(window) == PAGE_TITLES[row]
    assert window.main_actions.pages[row].isChecked()


def test_ctrl_number_shortcuts_switch_pages_and_are_listed_in_the_view_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view_menu = window.menuBar().actions()[2].menu()
    listed = [(a.text(), a.shortcut().toString()) for a in view_menu.actions()]
    assert listed == [(title, f"Ctrl+{n}") for n, title in enumerate(PAGE_TITLES, start=1)]
    for n in (3, 7, 1, 5):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        assert page_title(window) == PAGE_TITLES[n - 1]
        assert window.navigation.currentRow() == n - 1


def test_geometry_and_page_are_restored_by_the_next_window(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    first.resize(QSize(730, 480))
    first.move(QPoint(50, 60))
    first.show_page(3)
    qtbot.waitUntil(lambda: first.size() == QSize(730, 480))
    saved_position = first.pos()
    first.close()

    second = make_window()
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(730, 480)
    # The offscreen platform's made-up window frame may shift it by a few pixels.
    assert (second.pos() - saved_position).manhattanLength() <= 8
    assert second.current_page().key == "pipeline"
    assert second.navigation.currentRow() == 3


def test_about_dialog_shows_version_and_database_path(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "crm.sqlite3")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(__version__ in text for text in texts)
    assert str(tmp_path / "crm.sqlite3") in texts


def test_help_about_opens_without_blocking(window: MainWindow, qtbot: QtBot) -> None:
    window.main_actions.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert any("none open" in label.text() for label in dialog.findChildren(QLabel))
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)


def test_pages_load_after_the_first_paint_and_on_first_visit(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    assert window.stack.loaded_pages() == []  # nothing heavy before the window is shown
    window.show()
    qtbot.waitUntil(lambda: len(window.stack.loaded_pages()) == 1)
    assert window.stack.loaded_pages()[0].key == "contacts"
    window.show_page(6)
    assert [page.key for page in window.stack.loaded_pages()] == ["contacts", "settings"]
    assert window.stack.currentWidget() is window.stack.loaded_pages()[1]
    assert [page.key for page in window.pages] == [spec.key for spec in PAGES]
    assert nav_texts(window) == [page.title() for page in window.pages]


def test_a_status_message_shown_before_the_window_hides_the_database_name(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    label = window.statusBar().findChild(QLabel, "database_label")
    window.statusBar().showMessage("Opened crm.sqlite3.")  # as at start, before the first paint
    window.show()
    qtbot.waitExposed(window)
    assert not label.isVisible()  # not drawn under the message
    window.statusBar().clearMessage()
    assert label.isVisible()
