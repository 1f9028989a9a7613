"""The vCard 4.0 writer against the rules of RFC 6350, and read back by vobject."""

from __future__ import annotations

import re

import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.services.vcard4 import escape, fold, tel_uri, vcard4
from crm_desktop.services.vcards import vcard_text

ADA = {
    "first_name": "Ada",
    "last_name": "Lovelace",
    "email": "ada@acme.com",
    "phone": "+44 20 7946 0958",
    "company": "Acme, Ltd; R&D",
    "title": "Chief\nEngineer",
    "city": "London",
    "country": "UK",
    "tags": "vip; 客户",
    "external_id": "ext-1",
}


def unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def split_components(value: str) -> list[str]:
    """Split a structured value on unescaped semicolons (a backslash escapes the next character)."""
    parts: list[str] = []
    current, chars = "", iter(value)
    for char in chars:
        if char == "\\":
            current += char + next(chars, "")
        elif char == ";":
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def check_rfc6350(text: str) -> None:
    """The structural rules of RFC 6350 every card must meet."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # CRLF only, no bare LF
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)  # 3.2: 75 octets
    text.encode("utf-8").decode("utf-8")  # folding never split a character
    lines = unfolded(text)
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:4.0"  # 6.7.9
    assert lines[-1] == "END:VCARD"
    names = [re.split("[;:]", line, maxsplit=1)[0] for line in lines]
    assert names.count("FN") == 1 and names.count("VERSION") == 1  # 6.2.1
    assert "CHARSET" not in text.upper()  # 3.3: always UTF-8
    assert "TYPE=INTERNET" not in text  # a 3.0 parameter
    n = next(line for line in lines if line.startswith("N:"))
    assert len(split_components(n[2:])) == 5  # 6.2.2: five components


def test_a_full_contact_meets_rfc_6350_and_reads_back() -> None:
    text = vcard4(ADA, "Ada Lovelace")
    check_rfc6350(text)
    lines = unfolded(text)
    assert "TEL;VALUE=uri:tel:+44-20-7946-0958" in lines
    assert "ORG:Acme\\, Ltd\\; R&D" in lines
    assert "TITLE:Chief\\nEngineer" in lines
    assert "ADR:;;;London;;;UK" in lines
    assert "CATEGORIES:vip,客户" in lines
    assert "UID;VALUE=text:ext-1" in lines
    card = vobject.readOne(text)
    assert card.fn.value == "Ada Lovelace"
    assert (card.n.value.family, card.n.value.given) == ("Lovelace", "Ada")
    assert card.email.value == "ada@acme.com"
    assert card.title.value == "Chief\nEngineer"
    assert card.categories.value == ["vip", "客户"]


def test_long_chinese_values_fold_at_75_octets_between_characters() -> None:
    title = "高级销售经理" * 20  # 360 octets of 3-octet characters
    text = vcard4({"first_name": "伟", "last_name": "张", "title": title}, "张伟")
    check_rfc6350(text)
    assert vobject.readOne(text).title.value == title
    folded = fold("X:" + "é" * 100)
    assert all(len(p.encode()) <= 75 for p in folded.split("\r\n"))
    assert folded.replace("\r\n ", "").rstrip("\r\n") == "X:" + "é" * 100


def test_local_numbers_are_text_and_escaping_is_reversible() -> None:
    assert tel_uri("+8613800138000") == "tel:+8613800138000"
    assert tel_uri("0138 0013") is None
    text = vcard4({"first_name": "A", "phone": "0138 0013"}, "A")
    assert "TEL;VALUE=text:0138 0013" in unfolded(text)
    assert escape("a\\b,c;d\r\ne") == "a\\\\b\\,c\\;d\\ne"


def test_version_3_is_still_written_by_vobject() -> None:
    text = vcard_text(ADA, "3.0")
    assert "VERSION:3.0" in text and "TYPE=INTERNET" in text
    assert vobject.readOne(text).fn.value == "Ada Lovelace"
    assert vcard_text(ADA, "4.0") == vcard4(ADA, "Ada Lovelace")


@settings(max_examples=60, deadline=None)
@given(
    st.text(min_size=1, max_size=120).filter(lambda s: s.strip()),
    st.text(max_size=200),
)
def test_any_text_round_trips(name: str, title: str) -> None:
    text = vcard4({"first_name": name, "title": title}, name.strip())
    check_rfc6350(text)
    card = vobject.readOne(text)
    normalized = title.strip().replace("\r\n", "\n").replace("\r", "\n")
    assert card.fn.value == name.strip().replace("\r\n", "\n").replace("\r", "\n")
    if normalized:
        assert card.title.value == normalized
