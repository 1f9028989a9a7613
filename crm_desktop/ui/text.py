"""Filling translated texts: ``fill(self.tr("%1 of %2"), done, total)``.

Translations keep Qt's ``%1``..``%9`` markers (translators may reorder them), which Python's own
formatting does not know; PySide has no ``QString.arg``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_MARKER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Replace ``%1``, ``%2``... with ``values`` in one pass; integers in the locale's style."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if index >= len(values):
            return match.group(0)
        item = values[index]
        return QLocale().toString(item) if isinstance(item, int) else str(item)

    return _MARKER.sub(value, template)
