"""Walking the import wizard, the import history (undo) and the export dialog as a user does."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.services.container import Services
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.importer import open_export_dialog, open_import_history, open_import_wizard
from crm_desktop.ui.importer.wizard import ImportWizard

CONTACTS = (
    "姓名,邮箱,公司,备注\n张伟,zhang@example.cn,华为,老客户\n李娜,not-an-email,阿里巴巴,\n"
    "王芳,wang@example.cn,华为,\n"
)


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = Services.open(db_path)
    yield opened
    opened.close()


def contacts(services: Services) -> list[tuple[str, str]]:
    with services.db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT last_name || first_name, custom FROM contact ORDER BY email")
        )
        return [(r[0], r[1]) for r in rows]


def wizard_at_mapping(qtbot: QtBot, services: Services, hub: SignalHub, path: Path) -> ImportWizard:
    wizard = open_import_wizard(None, services, hub)
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def test_walk_the_wizard_then_undo_and_export(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "客户.csv"
    source.write_bytes(CONTACTS.encode("gb18030"))
    hub = SignalHub()
    wizard = open_import_wizard(None, services, hub)
    qtbot.addWidget(wizard)
    # 1. a file that cannot be read keeps the user on the first page with a message
    wizard.file_page.path_edit.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "no such file" in wizard.file_page.error_label.text()
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    # 2. preview: GB18030 detected; a wrong override garbles it, the right one fixes it
    preview = wizard.preview_page
    assert preview.encoding_box.currentText() == "gb18030"
    assert preview.preview.item(0, 0).text() == "张伟"
    preview.encoding_box.setCurrentText("latin-1")
    preview.encoding_box.activated.emit(0)
    assert preview.preview.horizontalHeaderItem(0).text() != "姓名"
    preview.encoding_box.setCurrentText("gb18030")
    preview.encoding_box.activated.emit(0)
    assert preview.preview.item(0, 0).text() == "张伟"
    wizard.next()
    # 3. mapping: suggestions, a custom property, a saved template
    mapping = wizard.mapping_page
    assert mapping.mapping() == {"姓名": "full_name", "邮箱": "email", "公司": "company"}
    notes_box = mapping.box(3)
    notes_box.setCurrentIndex(notes_box.findData("custom:备注"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("中文模板", True))
    changed: list[object] = []
    hub.sig_changed.connect(changed.append)
    mapping._on_save_template()
    assert [t.name for t in services.import_templates.list()] == ["中文模板"]
    assert changed
    wizard.next()
    # 4. dry run on a worker: counts and errors, nothing written
    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete, timeout=10000)
    assert "New: 2" in dry.view.counts.text() and "Errors: 1" in dry.view.counts.text()
    assert dry.view.errors.item(0, 0).text() == "3"
    assert dry.view.errors.item(0, 1).text() == "邮箱"
    assert contacts(services) == []
    report = tmp_path / "errors.csv"
    dry.view.save_report(str(report))
    assert report.read_text(encoding="utf-8-sig").splitlines()[1].startswith("3,邮箱,")
    # 5. the real import, watching the GUI thread stay responsive
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    changed.clear()
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=10000)
    timer.stop()
    assert "New: 2" in run.view.counts.text()
    assert changed and changed[-1].touches  # the hub heard about the import
    assert [(name, json.loads(custom)) for name, custom in contacts(services)] == [
        ("王芳", {}),
        ("张伟", {"备注": "老客户"}),
    ]
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    print(f"longest GUI-thread gap during the import: {max(gaps) * 1000:.0f} ms")
    wizard.accept()
    # 6. history: undo the whole import
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    history = open_import_history(None, services, hub)
    qtbot.addWidget(history)
    assert history.grid.rowCount() == 1
    history.grid.selectRow(0)
    assert history.undo_button.isEnabled()
    history.undo_button.click()
    qtbot.waitUntil(lambda: history.worker is None, timeout=10000)
    assert contacts(services) == []
    assert not history.undo_button.isEnabled()
    assert history.grid.item(0, 3).text() == "undone"
    # 7. export what is left (the template is still there; contacts are empty: 0 rows)
    services.contacts.create({"first_name": "Ada", "email": "ada@example.org"})
    dialog = open_export_dialog(None, services, hub)
    qtbot.addWidget(dialog)
    out = tmp_path / "out.csv"
    dialog.path_edit.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10000)
    assert dialog.export_result is not None and dialog.export_result.count == 1
    assert "ada@example.org" in out.read_text(encoding="utf-8-sig")


def test_cancel_the_import_leaves_nothing(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    source.write_text("Email\n" + "".join(f"p{i}@example.org\n" for i in range(15000)))
    wizard = wizard_at_mapping(qtbot, services, SignalHub(), source)
    wizard.next()
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=30000)
    wizard.next()
    wizard.run_page.cancel_button.click()
    qtbot.waitUntil(lambda: not wizard.run_page.is_running(), timeout=30000)
    assert "Cancelled" in wizard.run_page.status.text()
    assert contacts(services) == []
    assert [b.status for b in services.imports.history()] == ["cancelled"]


def test_closing_the_wizard_during_a_dry_run_cancels_it(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "many.csv"
    source.write_text("Email\n" + "".join(f"p{i}@example.org\n" for i in range(30000)))
    wizard = wizard_at_mapping(qtbot, services, SignalHub(), source)
    wizard.next()
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.dry_run_page.is_running(), timeout=30000)
    assert contacts(services) == []


def test_back_during_a_dry_run_starts_a_fresh_one(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "many.csv"
    source.write_text("Email\n" + "".join(f"p{i}@example.org\n" for i in range(5000)) + "bad\n")
    wizard = wizard_at_mapping(qtbot, services, SignalHub(), source)
    wizard.next()
    wizard.back()  # the first dry run is cancelled; its late "cancelled" must not show
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete, timeout=30000)
    assert "New: 5,000" in dry.view.counts.text() or "New: 5000" in dry.view.counts.text()
    assert "Errors: 1" in dry.view.counts.text()
    assert "Cancelled" not in dry.status.text()
