"""CSV bytes → one raw sheet: strict decoding, the delimiter from the header line, cells kept as text.

Row numbers are record numbers (header = 1), as a spreadsheet program shows them; a quoted cell that
spans several lines stays one record. Problems a user can fix in the file become notes, not exceptions,
so the preview can show all of them at once.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePosixPath

from loaders import messages as msg
from loaders.findings import ERROR, INFO, Finding, Unreadable
from loaders.normalize import clean_text
from loaders.raw import RawSheet, RawWorkbook
from loaders.safety import base_name, german_int

DELIMITERS = (";", "\t", ",")  # order breaks ties: German Excel writes ";"
DELIMITER_NAMES = {";": "„;“", ",": "„,“", "\t": "Tabulator"}
_SNIFF_LINES = 20
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def file_stem(file_name: str) -> str:
    """The name without folders and extension: the sheet name of a CSV."""
    return PurePosixPath(base_name(file_name)).stem


def read_csv(file_name: str, data: bytes, max_rows: int, max_columns: int) -> RawWorkbook:
    """Decode, split and clean one CSV file; refuses only what cannot be decoded or is too large."""
    text, encoding = decode(data, file_name)
    delimiter = sniff_delimiter(text)
    sheet = file_stem(file_name)
    rows, notes = split_records(text, delimiter, sheet, file_name, max_rows, max_columns)
    detected = msg.ENCODING_DETECTED.format(encoding=encoding, delimiter=DELIMITER_NAMES[delimiter])
    notes.insert(0, Finding(INFO, detected, file=file_name, sheet=sheet))
    return RawWorkbook(
        file_name=file_name,
        kind="csv",
        sheets=[RawSheet(sheet, rows)],
        notes=notes,
        decimal="." if delimiter == "," else ",",
    )


def decode(data: bytes, file_name: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM), else Windows-1252, both strict; never a silent latin-1 guess."""
    if data.startswith(_UTF16_BOMS) or data.count(b"\x00") > len(data) // 10:
        raise Unreadable(msg.ENCODING_UNKNOWN, file=file_name)  # UTF-16/32: NUL bytes everywhere
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise Unreadable(msg.ENCODING_UNKNOWN, file=file_name) from None


def sniff_delimiter(text: str) -> str:
    """The candidate that splits some early line (the header) most often, outside quotes; ";" if none does."""
    best, most = ";", 0
    for line in text.splitlines()[:_SNIFF_LINES]:
        counts = _count_outside_quotes(line)
        for delimiter in DELIMITERS:
            if counts[delimiter] > most:
                best, most = delimiter, counts[delimiter]
    return best


def _count_outside_quotes(line: str) -> dict[str, int]:
    """Delimiters inside a quoted field do not separate anything."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return counts


def split_records(
    text: str, delimiter: str, sheet: str, file_name: str, max_rows: int, max_columns: int
) -> tuple[list[list[object]], list[Finding]]:
    """Records as cleaned rows, plus notes for ragged rows, an open quote or a missing delimiter."""
    records, open_quote_row = _parse(text.replace("\x00", ""), delimiter)
    notes: list[Finding] = []
    if open_quote_row is not None:
        notes.append(Finding(ERROR, msg.CSV_BROKEN_QUOTE.format(row=open_quote_row), file=file_name,
                             sheet=sheet, row=open_quote_row))
    while records and not any(field.strip() for field in records[-1]):
        records.pop()
    if len(records) > max_rows:
        raise Unreadable(msg.SHEET_TOO_LONG.format(sheet=sheet, rows=german_int(len(records)),
                                                   limit=german_int(max_rows)), file=file_name)
    widest = max((len(record) for record in records), default=0)
    if widest > max_columns:
        raise Unreadable(msg.SHEET_TOO_WIDE.format(sheet=sheet, columns=german_int(widest),
                                                   limit=german_int(max_columns)), file=file_name)
    notes.extend(_ragged(records, sheet, file_name))
    if widest == 1 and sum(1 for record in records if record and record[0].strip()) > 1:
        notes.append(Finding(ERROR, msg.CSV_SINGLE_COLUMN, file=file_name, sheet=sheet))
    return [_row(record) for record in records], notes


def _parse(text: str, delimiter: str) -> tuple[list[list[str]], int | None]:
    """Strict first, to notice a quote still open at the end; otherwise as leniently as Excel reads."""
    source = io.StringIO(text, newline="")
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(source, delimiter=delimiter, strict=True))
        return records, None
    except csv.Error:
        if not source.read():  # the reader hit the end of the text inside a quoted field
            return records, len(records) + 1
    lenient = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(lenient), None
    except csv.Error:  # a field longer than the csv module's limit: only an open quote makes one
        return records, len(records) + 1


def _ragged(records: list[list[str]], sheet: str, file_name: str) -> list[Finding]:
    """Records below the header (the first with two fields) with another field count; empty extras are harmless."""
    header = next((index for index, record in enumerate(records) if _width(record) > 1), None)
    if header is None:
        return []
    expected = _width(records[header])
    notes = []
    for number, record in enumerate(records[header + 1:], start=header + 2):
        found = max(_width(record), min(len(record), expected))
        if record and found != expected:
            text = msg.CSV_RAGGED.format(row=number, found=found, expected=expected)
            notes.append(Finding(ERROR, text, file=file_name, sheet=sheet, row=number))
    return notes


def _width(record: list[str]) -> int:
    """Fields up to the last non-empty one."""
    width = len(record)
    while width and not record[width - 1].strip():
        width -= 1
    return width


def _row(record: list[str]) -> list[object]:
    """Cleaned cells, empty ones None, trailing empty ones dropped."""
    cells: list[object] = [clean_text(field) or None for field in record]
    while cells and cells[-1] is None:
        cells.pop()
    return cells

