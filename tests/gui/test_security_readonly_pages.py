"""List pages on a damaged database opened read-only: a message, never an exception in a slot."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import PAGES
from crm_desktop.ui.safety import recovery
from crm_desktop.ui.safety.read_guard import BANNER_NAME, ReadProblemBanner

from .conftest import Dialogs
from .test_safety_recovery import Asked, asked, damaged  # noqa: F401


def banners(window: MainWindow) -> dict[str, str]:
    """The visible read-problem banners: the class name of the widget they cover, their text."""
    found = window.findChildren(ReadProblemBanner, BANNER_NAME)
    return {type(b.parentWidget()).__name__: b.text() for b in found if not b.isHidden()}


def test_pages_of_a_damaged_database_opened_read_only_say_what_cannot_be_read(
    window: MainWindow,
    qtbot: QtBot,
    damaged: tuple[Path, Path],  # noqa: F811
    asked: Asked,  # noqa: F811
    dialogs: Dialogs,
) -> None:
    path, _backup = damaged
    asked.choice = recovery.READ_ONLY
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=20000):
        window.open_database(path)
    services = window.database.services
    assert services is not None and services.db.read_only

    for index in range(len(PAGES)):  # any exception in a slot fails the test (pytest-qt)
        window.show_page(index)
        qtbot.wait(150)
    qtbot.waitUntil(lambda: not window.database.is_busy())

    shown = banners(window)
    # The damaged pages of this file hold companies, deals and custom properties.
    assert {"CompaniesPage", "DealsPage", "PropertiesSection"} <= set(shown)
    for text in shown.values():
        assert "cannot be read" in text and "restore a backup" in text
        assert "not saved" not in text  # a read failed, not a change
    settings = window.stack.page([s.key for s in PAGES].index("settings"))
    assert settings.backups.services is services  # the way out is still offered
    assert settings.security.services is services


def damage_table(path: Path, table: str) -> None:
    """Overwrite the middle leaf pages of ``table`` (its first and last stay readable)."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        pages = [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in pages[len(pages) // 3 : 2 * len(pages) // 3]:
        start = (page - 1) * size
        data[start : start + size] = b"\xa5" * size
    path.write_bytes(bytes(data))


def test_rows_that_cannot_be_read_do_not_raise_in_the_table(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    asked: Asked,  # noqa: F811
    dialogs: Dialogs,
) -> None:
    from datetime import date

    from crm_desktop.services.demo import DemoService, demo_size
    from crm_desktop.storage.database import open_database

    path = tmp_path / "rows.sqlite3"
    database = open_database(path)
    DemoService(database).generate(demo_size("small"), seed=3, today=date(2026, 11, 20))
    database.close()
    damage_table(path, "contact")
    asked.choice = recovery.READ_ONLY
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=20000):
        window.open_database(path)
    window.show_page(0)
    page = window.current_page()
    qtbot.waitUntil(lambda: not getattr(page, "loading", False), timeout=10000)
    model, table = page.model, page.table
    assert model.rowCount() == 600  # the ids come from an index, which is sound
    for row in range(0, model.rowCount(), 50):  # paint every part of the list
        table.scrollTo(model.index(row, 0))
        qtbot.wait(10)
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    blank = sum(1 for text in texts if not text)
    assert blank > 0  # pages of rows that cannot be read show empty
    qtbot.waitUntil(lambda: "ContactsPage" in banners(window))
    assert "cannot be read" in banners(window)["ContactsPage"]
    assert "cannot be read" in window.statusBar().currentMessage()
