"""Reading CSV/TSV and XLSX files as a stream of rows, whatever their encoding.

Nothing here loads a whole file: CSV is decoded and parsed line by line, XLSX is read with
openpyxl's read-only (streaming) mode. Row numbers are the ones a spreadsheet shows: the header
is row 1, the first data row is row 2.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TextIO

import charset_normalizer

from crm_desktop.domain.errors import CrmError

#: How much of a file is looked at to guess its encoding and delimiter.
SAMPLE_BYTES = 256 * 1024
#: Longest cell accepted (a whole email thread pasted into a note is fine).
MAX_CELL = 16 * 1024 * 1024
DELIMITERS = ",;\t|"
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Detected names mapped to the superset codec that decodes everything the file may hold.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}

_SEP_LINE = re.compile(r"^sep=(.)\r?$", re.MULTILINE | re.IGNORECASE)

csv.field_size_limit(MAX_CELL)


class ImportReadError(CrmError):
    """The file cannot be read at all (missing, empty, not a table, damaged)."""


@dataclass(frozen=True)
class RawRow:
    """One data row: its spreadsheet row number and its cells (``error`` when unparsable)."""

    number: int
    cells: list[str]
    error: str | None = None
    #: How far into the file this row is, 0.0 - 1.0 (for progress bars).
    fraction: float = 0.0


@dataclass
class TableFile:
    """An opened table: its header and a way to stream its data rows (again and again)."""

    path: Path
    headers: list[str]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    size: int = 0

    def rows(self) -> Iterator[RawRow]:
        if self.sheet is not None:
            return _xlsx_rows(self.path, self.sheet)
        assert self.encoding is not None and self.delimiter is not None
        return _csv_rows(self.path, self.encoding, self.delimiter)

    def preview(self, limit: int = 20) -> list[list[str]]:
        result: list[list[str]] = []
        for row in self.rows():
            if len(result) >= limit:
                break
            result.append(row.cells)
        return result


def open_table(
    path: Path | str, *, encoding: str | None = None, sheet: str | None = None
) -> TableFile:
    """Open ``path`` (CSV/TSV/TXT or XLSX); raises ``ImportReadError`` if it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise ImportReadError(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise ImportReadError(f"{path}: the file is empty")
    if path.suffix.lower() in XLSX_SUFFIXES or _looks_like_zip(path):
        return _open_xlsx(path, sheet, size)
    return _open_csv(path, encoding, size)


def _looks_like_zip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"PK\x03\x04"


# -- CSV ---------------------------------------------------------------------------------------
def detect_encoding(sample: bytes) -> str:
    """The encoding of a file from its first bytes: BOM, else UTF-8, else charset-normalizer."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if _is_utf8(sample):
        return "utf-8"
    if _looks_like_bomless_utf16(sample):
        return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        raise ImportReadError("the file is not text (no encoding fits it)")
    name = codecs.lookup(best.encoding).name
    return _SUPERSETS.get(name, name)


def _is_utf8(sample: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_bomless_utf16(sample: bytes) -> bool:
    head = sample[:2000]
    return len(head) >= 4 and head.count(0) >= len(head) // 3


_QUOTED = re.compile(r'"[^"]*"')


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV sample: the csv sniffer, else the most common candidate."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    bare = [_QUOTED.sub("", line) for line in lines]  # delimiters inside quotes do not count
    counts = {d: bare[0].count(d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","
    # The sniffer likes a delimiter that is equally frequent on every line, which a stray "|"
    # in the cells of a comma file can be too. Of the candidates found on every line, the one
    # that splits the header into the most columns wins; a tie keeps the sniffer's choice.
    everywhere = [d for d in DELIMITERS if all(d in line for line in bare)]
    best = max(everywhere, key=lambda d: counts[d], default=sniffed)
    return best if counts[best] > counts.get(sniffed, 0) else sniffed


def _open_csv(path: Path, encoding: str | None, size: int) -> TableFile:
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE_BYTES)
    if encoding is None:
        if (
            b"\x00" in sample[:4096]
            and not _looks_like_bomless_utf16(sample)
            and not any(sample.startswith(bom) for bom, _ in _BOMS)
        ):
            raise ImportReadError(f"{path}: the file is binary, not a table")
        encoding = detect_encoding(sample)
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise ImportReadError(f"unknown encoding: {encoding}") from exc
    text = sample.decode(encoding, errors="replace").lstrip("\ufeff")
    declared = _SEP_LINE.match(text)
    if declared:  # Excel's "sep=;" first line names the delimiter
        delimiter = declared[1]
    else:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(text)
    table = TableFile(path, [], encoding=encoding, delimiter=delimiter, size=size)
    table.headers = _read_headers(path, encoding, delimiter)
    return table


def _is_sep_line(cells: list[str]) -> bool:
    return len(cells) <= 2 and bool(_SEP_LINE.match(",".join(cells).lstrip("\ufeff")))


def _text_stream(path: Path, encoding: str) -> TextIO:
    raw = path.open("rb")
    return io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")


def _read_headers(path: Path, encoding: str, delimiter: str) -> list[str]:
    with _text_stream(path, encoding) as fh:
        for cells in csv.reader(fh, delimiter=delimiter):
            if any(c.strip() for c in cells) and not _is_sep_line(cells):
                return unique_headers(cells)
    raise ImportReadError(f"{path}: the file has no header row")


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[RawRow]:
    size = max(path.stat().st_size, 1)
    with _text_stream(path, encoding) as fh:
        raw = fh.buffer
        reader = csv.reader(fh, delimiter=delimiter)
        header_seen = False
        number = 0
        while True:
            number += 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield RawRow(number, [], f"unreadable row: {exc}", min(raw.tell() / size, 1.0))
                continue
            if not header_seen:
                header_seen = any(c.strip() for c in cells) and not _is_sep_line(cells)
                continue
            yield RawRow(number, cells, None, min(raw.tell() / size, 1.0))


def unique_headers(cells: list[str]) -> list[str]:
    """Header names made unique and never empty: 'Email', 'Email (2)', 'Column 3'."""
    result: list[str] = []
    seen: set[str] = set()
    for index, cell in enumerate(cells, start=1):
        name = " ".join(cell.replace("\ufeff", "").split()) or f"Column {index}"
        candidate, n = name, 1
        while candidate.lower() in seen:
            n += 1
            candidate = f"{name} ({n})"
        seen.add(candidate.lower())
        result.append(candidate)
    return result


# -- XLSX --------------------------------------------------------------------------------------
def _open_xlsx(path: Path, sheet: str | None, size: int) -> TableFile:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ImportReadError(f"{path}: not a readable Excel file ({exc})") from exc
    try:
        names = list(workbook.sheetnames)
        if sheet is None:
            sheet = names[0]
        elif sheet not in names:
            raise ImportReadError(f"{path}: no sheet named {sheet!r}")
        headers: list[str] | None = None
        for values in workbook[sheet].iter_rows(values_only=True):
            cells = [cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                headers = unique_headers(_trim(cells))
                break
    finally:
        workbook.close()
    if headers is None:
        raise ImportReadError(f"{path}: the sheet {sheet!r} is empty")
    return TableFile(path, headers, sheet=sheet, sheets=names, size=size)


def _xlsx_rows(path: Path, sheet: str) -> Iterator[RawRow]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        worksheet = workbook[sheet]
        total = max(worksheet.max_row or 1, 1)
        header_seen = False
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = _trim([cell_text(v) for v in values])
            if not header_seen:
                header_seen = any(c.strip() for c in cells)
                continue
            yield RawRow(number, cells, None, min(number / total, 1.0))
    finally:
        workbook.close()


def _trim(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


def cell_text(value: Any) -> str:
    """An Excel cell as text: dates as ISO, 12.0 as '12', nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)
