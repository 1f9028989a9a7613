"""Choosing the interface language and installing the translators for it.

The language comes from, in order: the ``CRM_DESKTOP_LANG`` environment variable (e.g. ``zh_CN``,
handy for screenshots), the ``ui/language`` setting, the system locale.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from crm_desktop.ui.resources import i18n_dir

LANGUAGE_ENV = "CRM_DESKTOP_LANG"
LANGUAGE_KEY = "ui/language"
# "crm_desktop_zh_CN.qm", "dashboards_zh_Hans_CN.qm": a catalog name, then a locale.
_CATALOG_FILE = re.compile(r"^(?P<name>.+?)_[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2})?\.qm$")


def chosen_locale(settings: QSettings | None = None) -> QLocale:
    """The locale to show the interface in."""
    forced = os.environ.get(LANGUAGE_ENV, "").strip()
    if not forced and settings is not None:
        forced = str(settings.value(LANGUAGE_KEY, "") or "").strip()
    return QLocale(forced) if forced else QLocale.system()


def catalog_names(directory: Path) -> list[str]:
    """The translation catalogs in ``directory`` (one per feature, e.g. "dashboards")."""
    names = set()
    for path in directory.glob("*.qm"):
        match = _CATALOG_FILE.match(path.name)
        if match:
            names.add(match.group("name"))
    return sorted(names)


def install_translators(
    app: QCoreApplication, locale: QLocale, directory: Path | None = None
) -> list[QTranslator]:
    """Install crm-desktop's catalogs and Qt's own for ``locale``; return what loaded.

    Every ``<catalog>_<locale>.qm`` in ``directory`` (default: the bundled i18n folder) counts.
    The translators are children of ``app``; ``remove_translators`` uninstalls them.
    """
    QLocale.setDefault(locale)
    folder = directory or i18n_dir()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    catalogs = [(name, folder) for name in catalog_names(folder)] + [("qtbase", qt_folder)]
    installed = []
    for name, folder in catalogs:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
