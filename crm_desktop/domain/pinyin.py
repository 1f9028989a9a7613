"""Sort keys that put Chinese names in pinyin order among Latin ones ("李娜" next to "Li").

``sort_key("张伟") == "zhang wei"``, ``sort_key("Ada") == "ada"``: syllables are separated by a
space, so "李娜" (li na) sorts before "连" (lian) as in a Chinese dictionary; everything is
case-folded so Latin and pinyin interleave. SQLite calls it as ``pinyin_key(text)``
(registered on every connection by ``storage.engine``), so a stored sort-key column can be
filled by SQL and triggers.
"""

from __future__ import annotations

from functools import lru_cache

#: keys of this many distinct names are kept (surnames and given names repeat a lot)
CACHE_SIZE = 200_000


def _has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


@lru_cache(maxsize=CACHE_SIZE)
def _han_key(text: str) -> str:
    # imported on first use: pypinyin loads its dictionaries (about 0.5 s) when imported
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: chars)
    return " ".join(p.strip() for p in parts if p.strip()).casefold()


def sort_key(text: str | None) -> str | None:
    """The pinyin sort key of ``text`` (None stays None, so NULLs still sort first)."""
    if text is None:
        return None
    if text.isascii() or not _has_han(text):
        return text.casefold()
    return _han_key(text)
