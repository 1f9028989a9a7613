"""The Linux package end to end (slow): build it, unpack it, self-test, install, uninstall.

``make installer-test`` builds the tarball first and names it in CRM_DESKTOP_TARBALL; run alone
(``pytest -m slow tests/installer``), this test runs ``make installer`` itself (~5-10 minutes).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from crm_desktop import __version__
from crm_desktop.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package"),
    pytest.mark.timeout(3600),
]


def build_tarball() -> Path:
    given = os.environ.get("CRM_DESKTOP_TARBALL")
    if given:
        return Path(given).resolve()
    subprocess.run(["make", "installer"], cwd=ROOT, check=True, timeout=3000)
    return next((ROOT / "dist").glob(f"crm-desktop-{__version__}-linux-*.tar.gz"))


def run(command: list[str], home: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))  # as a user's session would
    }
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "cfg"))
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False, **kwargs
    )


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tarball = build_tarball()
    assert re.fullmatch(rf"crm-desktop-{re.escape(__version__)}-linux-\w+\.tar\.gz", tarball.name)
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(tarball) as archive:
        archive.extractall(folder, filter="tar")
    (top,) = folder.iterdir()
    return top


def test_the_tarball_holds_app_launcher_desktop_entry_icon_and_scripts(unpacked: Path) -> None:
    for name in ("crm-desktop", "install.sh", "uninstall.sh", "app/crm-desktop"):
        assert os.access(unpacked / name, os.X_OK), name
    for name in ("crm-desktop.desktop", "crm-desktop.svg", "crm-desktop.png", "README.txt"):
        assert (unpacked / name).is_file(), name
    internal = unpacked / "app" / "_internal"
    assert (internal / "crm_desktop/storage/migrations/env.py").is_file()
    assert sorted(p.name for p in (internal / "resources/i18n").glob("*.qm")) == sorted(
        p.name for p in (ROOT / "resources/i18n").glob("*.qm")
    )
    # Excluded Qt modules are really gone.
    assert not list(internal.rglob("libQt6Quick*"))
    assert not list(internal.rglob("libQt6Qml*"))
    assert not (internal / "PySide6" / "QtQml.abi3.so").exists()
    assert not list(internal.rglob("qtbase_de.qm"))  # Qt's own catalogs: Chinese only


def test_the_frozen_app_knows_its_version(unpacked: Path, tmp_path: Path) -> None:
    result = run([str(unpacked / "crm-desktop"), "--version"], tmp_path)
    assert result.stdout.strip() == f"crm-desktop {__version__}"


def test_the_frozen_app_passes_its_self_test(unpacked: Path, tmp_path: Path) -> None:
    result = run([str(unpacked / "crm-desktop"), "--self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen," in result.stdout
    assert f"{len(PAGES)} pages" in result.stdout
    assert "self-test passed" in result.stdout


def test_install_then_uninstall_for_the_user(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    local = home / ".local"
    installed = run(["sh", str(unpacked / "install.sh")], home)
    assert installed.returncode == 0, installed.stderr
    launcher = local / "bin" / "crm-desktop"
    entry = (local / "share/applications/crm-desktop.desktop").read_text()
    assert f'Exec="{launcher}" %f' in entry
    assert (local / "share/icons/hicolor/scalable/apps/crm-desktop.svg").is_file()
    result = run([str(launcher), "--self-test"], home)
    assert result.returncode == 0, result.stdout + result.stderr
    # The user's data survives an uninstall.
    data = home / "data" / "crm-desktop"
    data.mkdir(parents=True)
    (data / "crm.sqlite3").write_bytes(b"precious")
    removed = run(["sh", str(local / "lib/crm-desktop/uninstall.sh")], home)
    assert removed.returncode == 0, removed.stderr
    assert not launcher.exists()
    assert not (local / "lib" / "crm-desktop").exists()
    assert not (local / "share/applications/crm-desktop.desktop").exists()
    assert (data / "crm.sqlite3").read_bytes() == b"precious"
