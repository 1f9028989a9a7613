"""Person names: family name first for Chinese, Japanese and Korean names."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def display_name(first: str | None, last: str | None) -> str:
    """``张伟`` for 伟 + 张, ``Ada Lovelace`` for Ada + Lovelace."""
    first, last = (first or "").strip(), (last or "").strip()
    if is_cjk(first + last):
        return f"{last}{first}"
    return " ".join(p for p in (first, last) if p)


def initials(name: str) -> str:
    """Two-letter badge for a rep: ``AL`` for Ada Lovelace, ``张伟`` -> ``张``."""
    name = name.strip()
    if not name:
        return "?"
    if is_cjk(name):
        return name[0]
    parts = name.split()
    return (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()
