"""Finding bundled resources (icons, translations) and loading icons.

The same lookup works from a source checkout, from a wheel install and frozen by PyInstaller.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _candidates() -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "resources")
    found.append(_PACKAGE_DIR / "resources")  # wheel: force-included into the package
    found.append(_PACKAGE_DIR.parent / "resources")  # source checkout
    return found


@cache
def resources_dir() -> Path:
    """The first resources folder that exists (the source checkout's when none does)."""
    candidates = _candidates()
    return next((path for path in candidates if (path / "icons").is_dir()), candidates[-1])


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg``."""
    path = icon_path(name)
    if not path.is_file():
        raise FileNotFoundError(path)
    return QIcon(str(path))
