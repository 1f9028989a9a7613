"""Reading real-shaped files: encodings, BOMs, Excel quirks, ragged and broken rows."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from crm_desktop.services.importing.reading import (
    ImportReadError,
    cell_text,
    detect_encoding,
    open_table,
    sniff_delimiter,
    unique_headers,
)

CHINESE_CSV = (
    "姓名,邮箱,公司,城市\n张伟,zhang.wei@example.cn,华为技术有限公司,深圳\n"
    "李娜,li.na@example.cn,阿里巴巴,杭州\n"
)
TRADITIONAL_CSV = (
    "姓名,電郵,公司\n陳大文,chan@example.hk,長江實業\n黃小明,wong@example.hk,新鴻基地產\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rows_of(path: Path, **kwargs: str) -> list[list[str]]:
    return [r.cells for r in open_table(path, **kwargs).rows()]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
    ],
)
def test_chinese_files_in_every_encoding_read_the_same(
    tmp_path: Path, encoding: str, expected: str
) -> None:
    path = write(tmp_path, "c.csv", (CHINESE_CSV * 3).encode(encoding))
    table = open_table(path)
    assert table.encoding == expected
    assert table.headers == ["姓名", "邮箱", "公司", "城市"]
    rows = rows_of(path)
    assert rows[0] == ["张伟", "zhang.wei@example.cn", "华为技术有限公司", "深圳"]
    assert len(rows) == 8  # 3 copies of 3 lines, minus the header


def test_big5_file_is_detected(tmp_path: Path) -> None:
    path = write(tmp_path, "b.csv", (TRADITIONAL_CSV * 5).encode("big5"))
    table = open_table(path)
    assert table.encoding in {"big5hkscs", "big5", "cp950"}
    assert table.headers == ["姓名", "電郵", "公司"]
    assert rows_of(path)[0] == ["陳大文", "chan@example.hk", "長江實業"]


def test_encoding_override_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", CHINESE_CSV.encode("gb18030"))
    assert open_table(path, encoding="latin-1").headers[0] != "姓名"
    assert open_table(path, encoding="gb18030").headers[0] == "姓名"


def test_detect_encoding_boms() -> None:
    assert detect_encoding(b"\xef\xbb\xbfa,b\n") == "utf-8-sig"
    assert detect_encoding("a,b\n".encode("utf-16")) == "utf-16"
    assert detect_encoding(b"plain,ascii\n") == "utf-8"


def test_semicolon_tab_and_pipe_delimiters(tmp_path: Path) -> None:
    assert sniff_delimiter("a;b;c\n1;2;3\n") == ";"
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"
    assert sniff_delimiter("a|b\n1|2\n") == "|"
    path = write(tmp_path, "e.csv", b"Name;Email\r\nAda;ada@x.org\r\n")
    assert rows_of(path) == [["Ada", "ada@x.org"]]
    tsv = write(tmp_path, "t.tsv", b"Name\tNote\nAda\thas, commas; and semis\n")
    assert rows_of(tsv) == [["Ada", "has, commas; and semis"]]


def test_embedded_newlines_quotes_and_row_numbers(tmp_path: Path) -> None:
    data = 'Name,Note\r\nAda,"line one\r\nline two"\r\n\r\nBob,"say ""hi"""\r\n'
    table = open_table(write(tmp_path, "n.csv", data.encode()))
    rows = list(table.rows())
    assert [r.cells for r in rows] == [["Ada", "line one\r\nline two"], [], ["Bob", 'say "hi"']]
    assert [r.number for r in rows] == [2, 3, 4]


def test_ragged_rows_empty_lines_and_huge_cells(tmp_path: Path) -> None:
    huge = "x" * 10_000
    data = f"A,B,C\n1\n\n1,2,3,4\n{huge},,\n"
    rows = rows_of(write(tmp_path, "r.csv", data.encode()))
    assert rows == [["1"], [], ["1", "2", "3", "4"], [huge, "", ""]]


def test_duplicate_and_empty_headers_are_made_unique() -> None:
    assert unique_headers(["Email", "email", "", " Name "]) == [
        "Email",
        "email (2)",
        "Column 3",
        "Name",
    ]


def test_leading_blank_lines_before_header(tmp_path: Path) -> None:
    table = open_table(write(tmp_path, "l.csv", b"\n\nName,Email\nAda,a@b.org\n"))
    assert table.headers == ["Name", "Email"]
    assert [r.number for r in table.rows()] == [4]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\n\n  \n", "no header"),
        ("binary.csv", b"\x00\x01\x02\x03" * 100, "binary"),
        ("broken.xlsx", b"PK\x03\x04garbage", "Excel"),
    ],
)
def test_unreadable_files_raise(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(ImportReadError, match=message):
        open_table(write(tmp_path, name, data))


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(ImportReadError, match="no such file"):
        open_table(tmp_path / "nope.csv")


def test_xlsx_sheets_types_and_quirks(tmp_path: Path) -> None:
    from datetime import datetime

    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Notes"
    first.append(["ignore me"])
    sheet = workbook.create_sheet("Contacts")
    sheet.append(["Name", "Amount", "Since", "Phone"])
    sheet.append(["Ada", 1200.0, datetime(2024, 3, 5), 13800138000])
    sheet.append([None, None, None, None])
    sheet.append(["Bob", 12.5, datetime(2024, 3, 5, 14, 30), None])
    path = tmp_path / "c.xlsx"
    workbook.save(path)
    table = open_table(path, sheet="Contacts")
    assert table.sheets == ["Notes", "Contacts"]
    assert table.headers == ["Name", "Amount", "Since", "Phone"]
    assert rows_of(path, sheet="Contacts") == [
        ["Ada", "1200", "2024-03-05", "13800138000"],
        [],
        ["Bob", "12.5", "2024-03-05 14:30:00"],
    ]
    assert open_table(path).headers == ["ignore me"]
    with pytest.raises(ImportReadError, match="no sheet"):
        open_table(path, sheet="Missing")


def test_cell_text() -> None:
    assert cell_text(None) == ""
    assert cell_text(3.0) == "3"
    assert cell_text(True) == "TRUE"


def test_an_ambiguous_file_reads_with_the_delimiter_that_keeps_its_rows_even() -> None:
    # "," and ";" both split the header in two; only ";" gives every line the same width
    assert sniff_delimiter("id,;\nr0,,;\n") == ";"
    assert sniff_delimiter("id,;\nr0,x\n") == ","  # ";" missing from a line


def _ambiguous(text: str) -> bool:
    lines = [re.sub(r'"[^"]*"', "", line) for line in text.splitlines() if line.strip()]
    return any(
        all(d in line for line in lines) and lines[0].count(d) >= lines[0].count(",")
        for d in ";\t|"
    )


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    header=st.lists(cells, min_size=1, max_size=5),
    body=st.lists(st.lists(cells, max_size=7), max_size=15),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]),
)
@example(header=["", "|"], body=[["|"]], encoding="utf-8")  # "|" on every line of a comma file
def test_fuzzed_csv_never_crashes_and_keeps_every_row(
    tmp_path: Path, header: list[str], body: list[list[str]], encoding: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", *header])
    for index, row in enumerate(body):
        writer.writerow([f"r{index}", *row])
    # A file whose cells put another delimiter on every line, splitting the header as finely as
    # the commas do ("id,;" / "r0,,;"), reads equally well either way: no rule can tell.
    assume(not _ambiguous(buffer.getvalue()))
    path = tmp_path / "fuzz.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    table = open_table(path, encoding=encoding)
    assert table.headers[0] == "id"
    ids = [r.cells[0] for r in table.rows() if r.cells]
    assert ids == [f"r{i}" for i in range(len(body))]


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(min_size=1, max_size=400))
def test_random_bytes_either_read_or_refuse(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    try:
        table = open_table(path)
    except ImportReadError:
        return
    for row in table.rows():
        assert row.error is None or row.error.startswith("unreadable row")


def test_excel_european_csv_quirks(tmp_path: Path) -> None:
    """Excel in Europe: BOM, 'sep=;' line, semicolons, CRLF, decimal commas, serial dates."""
    data = "\ufeffsep=;\r\nName;Amount;Since\r\nAda;1.234,50;45356\r\n;;\r\n"
    table = open_table(write(tmp_path, "eu.csv", data.encode("utf-8")))
    assert table.delimiter == ";"
    assert table.headers == ["Name", "Amount", "Since"]
    rows = list(table.rows())
    assert [r.cells for r in rows] == [["Ada", "1.234,50", "45356"], ["", "", ""]]
    assert [r.number for r in rows] == [3, 4]
