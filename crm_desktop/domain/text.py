"""Text normalisation applied to everything saved: NFC, no NUL, no lone surrogates."""

from __future__ import annotations

import unicodedata


def clean_text(value: str) -> str:
    value = value.replace("\x00", "")
    value = value.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(value) else value
    return unicodedata.normalize("NFC", value).strip()


def _has_surrogates(value: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in value)
