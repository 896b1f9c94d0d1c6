"""Raw sheets → typed rows keyed like the schema, each value checked on its own.

Checks that need other rows or the stored Stand (references, duplicates, one lead, Ende ≥ Beginn on
merged rows) live in loaders.checks; here only what one cell or one column can tell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import PurePath

from loaders import messages as msg
from loaders.findings import ERROR, INFO, WARNING, Finding
from loaders.headers import HeaderRow, find_header, match_file_stem, match_sheet_name
from loaders.raw import RawSheet, RawWorkbook
from loaders.schema import HELPER_SHEETS, KEY_SEPARATOR, SHEETS, SHEETS_BY_NAME, Kind, Sheet
from loaders.values import counted, format_number, parse_cells


@dataclass
class SheetTable:
    """The rows one file brings for one sheet; ``records[i]`` was spreadsheet row ``row_numbers[i]``."""

    sheet: Sheet
    file: str
    headers: dict[str, str]  # field → header as written
    row_numbers: list[int] = field(default_factory=list)
    records: list[dict[str, object]] = field(default_factory=list)
    invalid: set[tuple[int, str]] = field(default_factory=set)  # (row number, field) of cells refused here



def row_keys(sheet: Sheet, records: list[dict[str, object]]) -> list[str]:
    """The stored key of each row: its key fields joined (dates are already ISO text); "" parts where blank."""
    if len(sheet.key) == 1:
        (name,) = sheet.key
        return [str(r.get(name) or "") for r in records]
    return [KEY_SEPARATOR.join(str(r.get(f) or "") for f in sheet.key) for r in records]


def select_sheets(book: RawWorkbook, only: str | None) -> tuple[list[tuple[Sheet, RawSheet]], list[Finding]]:
    """Pair the file's sheets with schema sheets; a CSV by its file name or by ``only``."""
    pairs, notes = assign_sheets([raw.name for raw in book.sheets], book.kind, book.file_name, only)
    by_name = {raw.name: raw for raw in book.sheets}
    return [(sheet, by_name[name]) for sheet, name in pairs], notes


def assign_sheets(names: list[str], kind: str, file_name: str, only: str | None) -> tuple[
        list[tuple[Sheet, str]], list[Finding]]:
    """Which schema sheet each named sheet holds (unknown ones noted); a CSV by its file name or by ``only``."""
    notes: list[Finding] = []
    wanted = match_sheet_name(only) if only else None
    if only and wanted is None:
        return [], [Finding(ERROR, msg.SHEET_NOT_FOUND.format(sheet=only, found=_names(SHEETS)), file=file_name)]
    if kind == "csv":
        sheet = wanted or match_file_stem(PurePath(file_name).stem)
        if sheet is None:
            text = msg.CSV_SHEET_UNKNOWN.format(name=file_name, sheets=_names(SHEETS))
            return [], [Finding(ERROR, text, file=file_name)]
        return [(sheet, name) for name in names], notes
    pairs: list[tuple[Sheet, str]] = []
    for name in names:
        sheet = match_sheet_name(name)
        if sheet is None and wanted is not None and len(names) == 1:
            sheet = wanted
        if sheet is None:
            if name not in HELPER_SHEETS and wanted is None:
                notes.append(Finding(INFO, msg.UNKNOWN_SHEET_IGNORED.format(sheet=name), file=file_name))
            continue
        if wanted is None or sheet is wanted:
            pairs.append((sheet, name))
    if not pairs:
        found = ", ".join(f"„{name}“" for name in names) or "keine"
        text = (
            msg.SHEET_NOT_FOUND.format(sheet=wanted.name, found=found)
            if wanted
            else msg.NO_KNOWN_SHEET.format(found=found, expected=_names(SHEETS))
        )
        notes.append(Finding(ERROR, text, file=file_name))
    return pairs, notes


def _names(sheets: tuple[Sheet, ...]) -> str:
    return ", ".join(f"„{s.name}“" for s in sheets)


@dataclass
class SheetColumns:
    """One sheet parsed column by column: plain data, so a reader child can send it as it is."""

    sheet: str
    file: str
    headers: dict[str, str]
    row_numbers: list[int]
    columns: dict[str, list[object]]
    invalid: set[tuple[int, str]]

    def table(self) -> SheetTable:
        names = list(self.columns)
        records = [dict(zip(names, values, strict=True)) for values in zip(*self.columns.values(), strict=True)]
        return SheetTable(SHEETS_BY_NAME[self.sheet], self.file, self.headers, self.row_numbers, records,
                          self.invalid)


def parse_sheet(sheet: Sheet, raw: RawSheet, file: str, decimal: str) -> tuple[SheetTable | None, list[Finding]]:
    """Typed rows of one sheet plus what is wrong with its header or its cells."""
    parsed, findings = parse_columns(sheet, raw, file, decimal)
    return (parsed.table() if parsed else None), findings


def parse_columns(sheet: Sheet, raw: RawSheet, file: str, decimal: str) -> tuple[SheetColumns | None, list[Finding]]:
    """Typed columns of one sheet plus what is wrong with its header or its cells."""
    header = find_header(sheet, raw.rows)
    where = {"file": file, "sheet": sheet.name}
    if header is None:
        expected = ", ".join(f"„{c.header}“" for c in sheet.columns[:4])
        return None, [Finding(ERROR, msg.HEADER_NOT_FOUND.format(expected=expected), **where)]
    findings = _header_findings(sheet, header, where)
    if any(f.is_error for f in findings):
        return None, findings
    first = header.index + 1
    filled = [i for i in range(first, len(raw.rows)) if _has_value(raw.rows[i])]
    parsed = SheetColumns(sheet.name, file, header.written, [i + 1 for i in filled], {}, set())
    by_column = list(zip_longest(*(raw.rows[i] for i in filled)))  # transposed in C: a column at a time below
    cell_findings: list[tuple[int, int, Finding]] = []
    for position, column in sorted(header.columns.items()):
        cells = by_column[position] if position < len(by_column) else (None,) * len(filled)
        is_key = column.field in sheet.key and column.kind is Kind.TEXT
        values, notes = parse_cells(column, cells, decimal, key=is_key)
        as_written: set[int] = set()  # percentages written as text, not numbers: never fractions
        for index, note in notes:
            if note.explicit_percent:
                as_written.add(index)
            if note.error or note.warning:
                finding = _cell_finding(note.error or note.warning, bool(note.error), cells[index],
                                        parsed.row_numbers[index], header.written[column.field], where)
                cell_findings.append((index, position, finding))
                if note.error:
                    parsed.invalid.add((parsed.row_numbers[index], column.field))
        if column.kind is Kind.PERCENT:
            findings.extend(_percent_column(values, as_written, parsed.row_numbers, header.written[column.field],
                                            where))
        parsed.columns[column.field] = values
    findings.extend(finding for _, _, finding in sorted(cell_findings, key=lambda item: item[:2]))
    findings.sort(key=lambda f: -1 if f.row is None else f.row)  # stable: header first, then row by row
    inner = (filled[-1] - first + 1 - len(filled)) if filled else 0
    if inner:
        findings.append(Finding(INFO, counted(inner, msg.BLANK_ROWS_SKIPPED), **where))
    return parsed, findings


def _has_value(row: list[object]) -> bool:
    """Readers give blank cells as None; a row of only blanks is skipped."""
    return row.count(None) + row.count("") < len(row)


def _header_findings(sheet: Sheet, header: HeaderRow, where: dict[str, str]) -> list[Finding]:
    findings: list[Finding] = []
    missing = [sheet.column(f).header for f in sheet.key if f not in header.written]
    if missing:
        findings.append(Finding(ERROR, msg.MISSING_COLUMNS.format(columns=_quoted(missing)), **where))
    if header.duplicates:
        findings.append(Finding(ERROR, msg.DUPLICATE_COLUMNS.format(columns=_quoted(header.duplicates)), **where))
    if header.unknown:
        findings.append(Finding(WARNING, msg.UNKNOWN_COLUMNS.format(columns=_quoted(header.unknown)), **where))
    return findings


def _quoted(names: list[str]) -> str:
    return ", ".join(f"„{n}“" for n in names)


def _cell_finding(text: str, is_error: bool, cell: object, row: int, header: str, where: dict[str, str]) -> Finding:
    value = cell.value if hasattr(cell, "message") else ("" if cell is None else str(cell))  # CellIssue
    return Finding(ERROR if is_error else WARNING, text, row=row, column=header, value=value, **where)


def _percent_column(values: list[object], as_written: set[int], row_numbers: list[int], header: str,
                    where: dict[str, str]) -> list[Finding]:
    """The fraction rule (numbers all within 0–1 are Excel percent cells), then the 0–100 range; in place."""
    numbers = [i for i, v in enumerate(values) if v is not None and i not in as_written]
    plain = [values[i] for i in numbers]
    findings: list[Finding] = []
    if plain and all(0 <= v <= 1 for v in plain):  # type: ignore[operator]
        if set(plain) <= {0, 1} and 1 in plain:
            findings.append(Finding(WARNING, msg.FRACTION_PERCENT_AMBIGUOUS, column=header, **where))
        for i in numbers:
            values[i] = round(values[i] * 100, 6)  # type: ignore[operator]
    for index, value in enumerate(values):
        if value is not None and not 0 <= value <= 100:  # type: ignore[operator]
            text = msg.OUT_OF_RANGE.format(value=format_number(value), low="0", high="100")  # type: ignore[arg-type]
            findings.append(Finding(ERROR, text, row=row_numbers[index], column=header, value=format_number(value),
                                    **where))
            values[index] = None
    return findings


def parse_workbook(book: RawWorkbook, only: str | None = None) -> tuple[list[SheetTable], list[Finding]]:
    """Every schema sheet the file holds, typed, with the findings of the file, headers and cells."""
    pairs, findings = select_sheets(book, only)
    findings = [*(n for n in book.notes if n.sheet not in HELPER_SHEETS), *findings]
    tables: list[SheetTable] = []
    for sheet, raw in pairs:
        table, sheet_findings = parse_sheet(sheet, raw, book.file_name, book.decimal)
        findings.extend(sheet_findings)
        if table is not None:
            tables.append(table)
    return tables, findings
