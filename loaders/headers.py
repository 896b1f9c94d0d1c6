"""Finding which sheet a table is and which of its cells is the header row.

Users write headers their own way ("Umsetzungsstand (%)", "Massnahme", "Measure ID") and put title
rows above them; matching is on folded spellings so all of these land on the schema's columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.normalize import fold, fold_header
from loaders.schema import SHEETS, Column, Sheet

HEADER_SEARCH_ROWS = 30


def _sheet_names(sheet: Sheet) -> list[str]:
    return [fold(name) for name in (sheet.name, *sheet.aliases)]


_SHEET_BY_FOLDED: dict[str, Sheet] = {name: s for s in SHEETS for name in _sheet_names(s)}


def match_sheet_name(name: str) -> Sheet | None:
    """The schema sheet a workbook sheet or a ``--sheet`` argument names, spelled any way."""
    return _SHEET_BY_FOLDED.get(fold(name))


def match_file_stem(stem: str) -> Sheet | None:
    """The sheet a CSV file is named after: "Massnahmen_Update_Nov2026" → Maßnahmen.

    The longest sheet name found as whole words wins, so "Indikatorwerte_2025" is not "Indikatoren".
    """
    folded = fold(stem.replace("_", " "))
    best: tuple[int, Sheet] | None = None
    for name, sheet in _SHEET_BY_FOLDED.items():
        if re.search(rf"(^| ){re.escape(name)}($| )", folded) and (best is None or len(name) > best[0]):
            best = (len(name), sheet)
    return best[1] if best else None


def _column_lookup(sheet: Sheet) -> dict[str, Column]:
    return {fold_header(name): column for column in sheet.columns for name in column.all_names}


_COLUMNS: dict[str, dict[str, Column]] = {s.name: _column_lookup(s) for s in SHEETS}


def match_column(sheet: Sheet, header: object) -> Column | None:
    """The schema column a header cell names, or None."""
    if not isinstance(header, str) or not header.strip():
        return None
    return _COLUMNS[sheet.name].get(fold_header(header))


@dataclass(frozen=True)
class HeaderRow:
    """Where the header is (0-based row index) and which cell holds which column."""

    index: int
    columns: dict[int, Column]  # cell index → column
    written: dict[str, str]  # field → header as the user wrote it
    unknown: list[str]  # headers that name no column
    duplicates: list[str]  # headers naming a column twice


def find_header(sheet: Sheet, rows: list[list[object]]) -> HeaderRow | None:
    """The row within the first rows that names the most columns of ``sheet`` (ties: the first)."""
    best: tuple[int, int] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = len({c.field for c in (match_column(sheet, cell) for cell in row) if c is not None})
        if hits and (best is None or hits > best[1]):
            best = (index, hits)
    if best is None:
        return None
    return _describe(sheet, best[0], rows[best[0]])


def _describe(sheet: Sheet, index: int, row: list[object]) -> HeaderRow:
    columns: dict[int, Column] = {}
    written: dict[str, str] = {}
    unknown: list[str] = []
    duplicates: list[str] = []
    for position, cell in enumerate(row):
        column = match_column(sheet, cell)
        if column is None:
            if isinstance(cell, str) and cell.strip():
                unknown.append(cell.strip())
            elif cell is not None and not isinstance(cell, str):
                unknown.append(str(cell))
            continue
        if column.field in written:
            duplicates.append(str(cell).strip())
            continue
        columns[position] = column
        written[column.field] = str(cell).strip()
    return HeaderRow(index, columns, written, unknown, duplicates)
