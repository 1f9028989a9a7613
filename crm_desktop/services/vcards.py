"""Contacts as vCards: 3.0 built with vobject, 4.0 by our RFC 6350 writer (``vcard4``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import vobject

from crm_desktop.domain.names import display_name
from crm_desktop.services.vcard4 import vcard4


def vcard_text(cells: Mapping[str, str], version: str = "3.0") -> str:
    """One contact (export cells by field key) as a vCard."""

    def get(key: str) -> str:
        return cells.get(key) or ""

    first, last = get("first_name"), get("last_name")
    if version == "4.0":
        return vcard4(cells, display_name(first, last) or get("email") or "?")
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=last, given=first)
    card.add("fn").value = display_name(first, last) or get("email") or "?"
    if get("email"):
        email = card.add("email")
        email.value = get("email")
        email.type_param = "INTERNET"
    if get("phone"):
        card.add("tel").value = get("phone")
    if get("company"):
        card.add("org").value = [get("company")]
    if get("title"):
        card.add("title").value = get("title")
    if get("city") or get("country"):
        card.add("adr").value = vobject.vcard.Address(city=get("city"), country=get("country"))
    if get("tags"):
        card.add("categories").value = [t.strip() for t in get("tags").split(";") if t.strip()]
    if get("external_id"):
        card.add("uid").value = get("external_id")
    text: str = card.serialize()
    return text


def write_vcards(path: Path, rows: Iterable[Mapping[str, str]], version: str = "3.0") -> int:
    if version not in {"3.0", "4.0"}:
        raise ValueError("vCard version is 3.0 or 4.0")
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        for cells in rows:
            fh.write(vcard_text(cells, version))
            count += 1
    return count
