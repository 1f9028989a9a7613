"""A vCard 4.0 writer following RFC 6350 (vobject writes 3.0 only).

What RFC 6350 asks and this writer does:
- ``BEGIN:VCARD``, then ``VERSION:4.0`` as the very next line (6.7.9), ``END:VCARD``;
- UTF-8, no CHARSET parameter (3.3: the charset is always UTF-8);
- CRLF line ends; lines longer than 75 octets folded with CRLF + one space, never inside a
  multi-octet UTF-8 character (3.2);
- text values escape backslash, comma, semicolon and newline (3.4); compound values (N, ADR,
  ORG) join their escaped components with ``;``, lists (CATEGORIES) with ``,``;
- N has its five components, ADR its seven (6.2.2, 6.3.1); FN is always present (6.2.1);
- TEL is a ``tel:`` URI (``VALUE=uri``, RFC 3966) for global numbers, and ``VALUE=text`` for
  numbers without a country code, which a tel URI cannot carry without a phone-context;
- EMAIL has no 3.0-only ``TYPE=INTERNET``; UID is free text, so it says ``VALUE=text``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

CRLF = "\r\n"
FOLD_OCTETS = 75
PRODID = "-//crm-desktop//crm-desktop//EN"
#: the characters a global tel URI keeps (digits, visual separators)
_TEL_JUNK = re.compile(r"[^0-9+\-.()]")


def escape(value: str) -> str:
    """A TEXT value escaped per RFC 6350 3.4."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """``line`` folded at 75 octets (continuations start with a space), CRLF-terminated."""
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [], 0, FOLD_OCTETS - 1  # the leading space counts
        current.append(char)
        size += width
    out.append("".join(current))
    return (CRLF + " ").join(out) + CRLF


def tel_uri(phone: str) -> str | None:
    """``tel:+86-138-...`` for a global number (RFC 3966), None for a local one."""
    text = phone.strip()
    if not text.startswith("+"):
        return None
    digits = _TEL_JUNK.sub("-", text)
    digits = re.sub(r"-{2,}", "-", digits).strip("-")
    return f"tel:{digits}" if re.search(r"\d", digits) else None


def _prop(name: str, value: str, params: Sequence[str] = ()) -> str:
    head = ";".join([name, *params])
    return fold(f"{head}:{value}")


def _compound(*parts: str) -> str:
    return ";".join(escape(p) for p in parts)


def vcard4(cells: Mapping[str, str], full_name: str) -> str:
    """One contact (export cells by field key) as a vCard 4.0 text."""

    def get(key: str) -> str:
        return (cells.get(key) or "").strip()

    lines = [fold("BEGIN:VCARD"), fold("VERSION:4.0"), _prop("PRODID", escape(PRODID))]
    lines.append(_prop("KIND", "individual"))
    lines.append(_prop("FN", escape(full_name)))
    lines.append(_prop("N", _compound(get("last_name"), get("first_name"), "", "", "")))
    if get("email"):
        lines.append(_prop("EMAIL", escape(get("email"))))
    if get("phone"):
        uri = tel_uri(get("phone"))
        if uri is not None:
            lines.append(_prop("TEL", uri, ["VALUE=uri"]))
        else:
            lines.append(_prop("TEL", escape(get("phone")), ["VALUE=text"]))
    if get("company"):
        lines.append(_prop("ORG", _compound(get("company"))))
    if get("title"):
        lines.append(_prop("TITLE", escape(get("title"))))
    if get("city") or get("country"):
        adr = _compound("", "", "", get("city"), "", "", get("country"))
        lines.append(_prop("ADR", adr))
    tags = [t.strip() for t in get("tags").split(";") if t.strip()]
    if tags:
        lines.append(_prop("CATEGORIES", ",".join(escape(t) for t in tags)))
    if get("external_id"):
        lines.append(_prop("UID", escape(get("external_id")), ["VALUE=text"]))
    lines.append(fold("END:VCARD"))
    return "".join(lines)
