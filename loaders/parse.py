"""Raw sheets → typed rows keyed like the schema, each value checked on its own.

Checks that need other rows or the stored Stand (references, duplicates, one lead, Ende ≥ Beginn on
merged rows) live in loaders.checks; here only what one cell or one column can tell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from loaders import messages as msg
from loaders.findings import ERROR, INFO, WARNING, Finding
from loaders.headers import HeaderRow, find_header, match_file_stem, match_sheet_name
from loaders.raw import RawSheet, RawWorkbook
from loaders.schema import HELPER_SHEETS, KEY_SEPARATOR, SHEETS, Column, Kind, Sheet
from loaders.values import format_number, parse_cells


@dataclass
class SheetTable:
    """The rows one file brings for one sheet; ``records[i]`` was spreadsheet row ``row_numbers[i]``."""

    sheet: Sheet
    file: str
    headers: dict[str, str]  # field → header as written
    row_numbers: list[int] = field(default_factory=list)
    records: list[dict[str, object]] = field(default_factory=list)
    invalid: set[tuple[int, str]] = field(default_factory=set)  # (row number, field) of cells refused here



def row_key(sheet: Sheet, record: dict[str, object]) -> str:
    """The stored key of a row: its key fields joined (dates are already ISO text)."""
    if len(sheet.key) == 1:
        return str(record.get(sheet.key[0]) or "")
    return KEY_SEPARATOR.join(str(record.get(f) or "") for f in sheet.key)


def select_sheets(book: RawWorkbook, only: str | None) -> tuple[list[tuple[Sheet, RawSheet]], list[Finding]]:
    """Pair the file's sheets with schema sheets; a CSV by its file name or by ``only``."""
    notes: list[Finding] = []
    wanted = match_sheet_name(only) if only else None
    if only and wanted is None:
        return [], [Finding(ERROR, msg.SHEET_NOT_FOUND.format(sheet=only, found=_names(SHEETS)), file=book.file_name)]
    if book.kind == "csv":
        sheet = wanted or match_file_stem(PurePath(book.file_name).stem)
        if sheet is None:
            text = msg.CSV_SHEET_UNKNOWN.format(name=book.file_name, sheets=_names(SHEETS))
            return [], [Finding(ERROR, text, file=book.file_name)]
        return [(sheet, raw) for raw in book.sheets], notes
    pairs: list[tuple[Sheet, RawSheet]] = []
    for raw in book.sheets:
        sheet = match_sheet_name(raw.name)
        if sheet is None and wanted is not None and len(book.sheets) == 1:
            sheet = wanted
        if sheet is None:
            if raw.name not in HELPER_SHEETS and wanted is None:
                notes.append(Finding(INFO, msg.UNKNOWN_SHEET_IGNORED.format(sheet=raw.name), file=book.file_name))
            continue
        if wanted is None or sheet is wanted:
            pairs.append((sheet, raw))
    if not pairs:
        found = ", ".join(f"„{s.name}“" for s in book.sheets) or "keine"
        text = (
            msg.SHEET_NOT_FOUND.format(sheet=wanted.name, found=found)
            if wanted
            else msg.NO_KNOWN_SHEET.format(found=found, expected=_names(SHEETS))
        )
        notes.append(Finding(ERROR, text, file=book.file_name))
    return pairs, notes


def _names(sheets: tuple[Sheet, ...]) -> str:
    return ", ".join(f"„{s.name}“" for s in sheets)


def parse_sheet(sheet: Sheet, raw: RawSheet, file: str, decimal: str) -> tuple[SheetTable | None, list[Finding]]:
    """Typed rows of one sheet plus what is wrong with its header or its cells."""
    header = find_header(sheet, raw.rows)
    where = {"file": file, "sheet": sheet.name}
    if header is None:
        expected = ", ".join(f"„{c.header}“" for c in sheet.columns[:4])
        return None, [Finding(ERROR, msg.HEADER_NOT_FOUND.format(expected=expected), **where)]
    findings = _header_findings(sheet, header, where)
    if any(f.is_error for f in findings):
        return None, findings
    table = SheetTable(sheet, file, header.written)
    first = header.index + 1
    filled = [i for i in range(first, len(raw.rows)) if any(c is not None and c != "" for c in raw.rows[i])]
    table.row_numbers = [i + 1 for i in filled]
    explicit: set[tuple[int, str]] = set()  # (record index, field) of percentages written as text, not as numbers
    columns: dict[str, list[object]] = {}
    cell_findings: list[tuple[int, int, Finding]] = []
    for position, column in sorted(header.columns.items()):
        cells = [row[position] if position < len(row) else None for row in (raw.rows[i] for i in filled)]
        is_key = column.field in sheet.key and column.kind is Kind.TEXT
        values, notes = parse_cells(column, cells, decimal, key=is_key)
        for index, parsed in notes:
            if parsed.explicit_percent:
                explicit.add((index, column.field))
            if parsed.error or parsed.warning:
                finding = _cell_finding(parsed.error or parsed.warning, bool(parsed.error), cells[index],
                                        table.row_numbers[index], header.written[column.field], where)
                cell_findings.append((index, position, finding))
                if parsed.error:
                    table.invalid.add((table.row_numbers[index], column.field))
        columns[column.field] = values
    findings.extend(finding for _, _, finding in sorted(cell_findings, key=lambda item: item[:2]))
    names = list(columns)
    table.records = [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]
    inner = (filled[-1] - first + 1 - len(filled)) if filled else 0
    if inner:
        findings.append(Finding(INFO, msg.BLANK_ROWS_SKIPPED.format(count=format_number(inner)), **where))
    findings.extend(_percent_columns(table, explicit, where))
    return table, findings


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


def _percent_columns(table: SheetTable, explicit: set[tuple[int, str]], where: dict[str, str]) -> list[Finding]:
    """Apply the fraction rule to percent columns, then their 0–100 range."""
    findings: list[Finding] = []
    for column in table.sheet.columns:
        if column.kind is not Kind.PERCENT or column.field not in table.headers:
            continue
        findings.extend(_percent_column(table, column, explicit, where))
    return findings


def _percent_column(
    table: SheetTable, column: Column, explicit: set[tuple[int, str]], where: dict[str, str]
) -> list[Finding]:
    name = column.field
    plain_rows = [i for i, r in enumerate(table.records) if r.get(name) is not None and (i, name) not in explicit]
    plain = [table.records[i][name] for i in plain_rows]
    header = table.headers[name]
    findings: list[Finding] = []
    if plain and all(0 <= v <= 1 for v in plain):  # type: ignore[operator]
        if set(plain) <= {0, 1} and 1 in plain:
            findings.append(Finding(WARNING, msg.FRACTION_PERCENT_AMBIGUOUS, column=header, **where))
        for i in plain_rows:
            table.records[i][name] = round(table.records[i][name] * 100, 6)  # type: ignore[operator]
    for number, record in zip(table.row_numbers, table.records, strict=True):
        value = record.get(name)
        if value is not None and not 0 <= value <= 100:  # type: ignore[operator]
            text = msg.OUT_OF_RANGE.format(value=format_number(value), low="0", high="100")  # type: ignore[arg-type]
            findings.append(Finding(ERROR, text, row=number, column=header, value=format_number(value), **where))
            record[name] = None
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
