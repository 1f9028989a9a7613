"""Start-up: a fast first paint, bundled icons found and drawable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from crm_desktop.ui import resources
from crm_desktop.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]

FIRST_PAINT = """
import sys
from PySide6.QtCore import QSettings
from crm_desktop.ui.application import create_application
from crm_desktop.ui.main_window import MainWindow
app = create_application()
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
app.processEvents()
heavy = sorted(m for m in ("sqlalchemy", "alembic", "pyqtgraph") if m in sys.modules)
print("loaded before the database opened:", heavy)
sys.exit(1 if heavy else 0)
"""


def test_window_shows_before_sqlalchemy_or_pyqtgraph_load(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", ["app", *(spec.key for spec in PAGES)])
def test_every_icon_is_found_and_draws(qtbot: QtBot, name: str) -> None:
    path = resources.icon_path(name)
    assert path.is_file()
    image = resources.icon(name).pixmap(QSize(24, 24)).toImage()
    assert not image.isNull()
    painted = [
        image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
    ]
    assert max(painted) > 0


def test_resources_come_from_the_frozen_bundle_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / "resources"
    finally:
        monkeypatch.undo()
        resources.resources_dir.cache_clear()
    assert resources.resources_dir() == ROOT / "resources"
