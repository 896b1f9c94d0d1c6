"""CSV bytes → one raw sheet: strict decoding, the delimiter from the header line, cells kept as text.

Row numbers are record numbers (header = 1), as a spreadsheet program shows them; a quoted cell that
spans several lines stays one record. Problems a user can fix in the file become notes, not exceptions,
so the preview can show all of them at once.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import NamedTuple, NoReturn

from loaders import messages as msg
from loaders.findings import ERROR, INFO, WARNING, Finding, Unreadable
from loaders.normalize import clean_text
from loaders.raw import RawSheet, RawWorkbook
from loaders.safety import Limits, base_name
from loaders.values import format_number

DELIMITERS = (";", "\t", ",")  # order breaks ties: German Excel writes ";"
DELIMITER_NAMES = {";": "„;“", ",": "„,“", "\t": "Tabulator"}
_SNIFF_LINES = 20
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def file_stem(file_name: str) -> str:
    """The name without folders and extension: the sheet name of a CSV."""
    return PurePosixPath(base_name(file_name)).stem


def read_csv(file_name: str, data: bytes, limits: Limits) -> RawWorkbook:
    """Decode, split and clean one CSV file; refuses only what cannot be decoded or is too large."""
    text, encoding = decode(data, file_name)
    delimiter = sniff_delimiter(text)
    sheet = file_stem(file_name)
    rows, notes = split_records(text, delimiter, sheet, file_name, limits)
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
    text: str, delimiter: str, sheet: str, file_name: str, limits: Limits
) -> tuple[list[list[object]], list[Finding]]:
    """Records as cleaned rows, plus notes for ragged rows, an open quote, a missing delimiter or a cut-off."""
    bounds = _Bounds(sheet, file_name, limits, re.compile(f'[^\\s"{re.escape(delimiter)}]'))
    records, open_quote_row, cut_after = _parse(text.replace("\x00", ""), delimiter, bounds)
    notes: list[Finding] = []
    if open_quote_row is not None:
        notes.append(Finding(ERROR, msg.CSV_BROKEN_QUOTE.format(row=open_quote_row), file=file_name,
                             sheet=sheet, row=open_quote_row))
    widest = max((len(record) for record in records), default=0)
    if widest > limits.max_columns:
        raise Unreadable(msg.SHEET_TOO_WIDE.format(sheet=sheet, columns=format_number(widest),
                                                   limit=format_number(limits.max_columns)), file=file_name)
    notes.extend(_ragged(records, sheet, file_name))
    if widest == 1 and sum(1 for record in records if record and record[0].strip()) > 1:
        notes.append(Finding(ERROR, msg.CSV_SINGLE_COLUMN, file=file_name, sheet=sheet))
    if cut_after is not None:
        text = msg.BLANK_ROWS_CUTOFF.format(row=format_number(cut_after), count=format_number(limits.blank_row_cutoff))
        notes.append(Finding(WARNING, text, file=file_name, sheet=sheet, row=cut_after))
    return [_row(record) for record in records], notes


class _Read(NamedTuple):
    records: list[list[str]]  # up to the last filled record
    cut_after: int | None  # the record after which a blank run ended the reading, if values follow
    failed_at: int | None  # the record the csv module could not read


@dataclass(frozen=True)
class _Bounds:
    """Where reading stops, as for a workbook sheet: beyond the row limit, and after a long run of blank records.

    Blank records are only counted until a filled one follows, so millions of blank lines cost no memory.
    """

    sheet: str
    file_name: str
    limits: Limits
    filled: re.Pattern[str]  # a character that makes a record non-blank

    def collect(self, reader: Iterator[list[str]], text: str, source: io.StringIO) -> _Read:
        records: list[list[str]] = []
        blank = 0
        try:
            for record in reader:
                if any(field.strip() for field in record):
                    if len(records) + blank >= self.limits.max_rows:
                        self._too_long()
                    records.extend([] for _ in range(blank))
                    records.append(record)
                    blank = 0
                    continue
                blank += 1
                if records and blank >= self.limits.blank_row_cutoff:
                    more = self.filled.search(text, source.tell()) is not None
                    return _Read(records, len(records) if more else None, None)
                if len(records) + blank >= self.limits.max_rows:
                    if self.filled.search(text, source.tell()):
                        self._too_long()
                    return _Read(records, None, None)
        except csv.Error:
            return _Read(records, None, len(records) + blank + 1)
        return _Read(records, None, None)

    def _too_long(self) -> NoReturn:
        text = msg.CSV_TOO_LONG.format(sheet=self.sheet, limit=format_number(self.limits.max_rows))
        raise Unreadable(text, file=self.file_name)


def _parse(text: str, delimiter: str, bounds: _Bounds) -> tuple[list[list[str]], int | None, int | None]:
    """Strict first, to notice a quote still open at the end; otherwise as leniently as Excel reads.

    Returns the records, the record where an unclosed quote starts, and where a blank run ended the reading.
    """
    source = io.StringIO(text, newline="")
    strict = bounds.collect(csv.reader(source, delimiter=delimiter, strict=True), text, source)
    if strict.failed_at is None:
        return strict.records, None, strict.cut_after
    if not source.read():  # the reader hit the end of the text inside a quoted field
        return strict.records, strict.failed_at, None
    source = io.StringIO(text, newline="")
    lenient = bounds.collect(csv.reader(source, delimiter=delimiter), text, source)
    if lenient.failed_at is not None:  # a field longer than the csv module's limit: only an open quote makes one
        return strict.records, strict.failed_at, None
    return lenient.records, None, lenient.cut_after


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

