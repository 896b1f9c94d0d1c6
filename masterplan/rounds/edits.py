"""Small updates typed into the browser's edit table, turned into files the importer reads like any upload: one
CSV per sheet with only the rows that changed, the key and the editable columns, values written as a person
would type them („45 %“, „31.12.2026“). So the edit passes the same merge, checks and rights as a workbook, and
the Stand keeps the files as its originals."""

from __future__ import annotations

import csv
import io
import math

import pandas as pd

from loaders.schema import MASSNAHMEN, MEILENSTEINE, Kind, Sheet
from masterplan import texts
from masterplan.formatting import format_date, format_number
from masterplan.storage.store import UploadFile
from masterplan.tables import Plan, is_blank

MEASURE_FIELDS = ("nr", "massnahme", "status", "umsetzungsstand", "sachstand")
MILESTONE_FIELDS = ("ms_nr", "nr", "meilenstein", "faellig_am", "erreicht_am", "status")
READ_ONLY = {"nr", "massnahme", "ms_nr", "meilenstein"}  # shown to say which row it is; never written back
FILE_NAMES = {MASSNAHMEN.name: "Maßnahmen_Browser.csv", MEILENSTEINE.name: "Meilensteine_Browser.csv"}


def editable(plan: Plan, nrs: set[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The measures ``nrs`` and their milestones, with the columns the edit table shows, in Nr. order."""
    measures = plan[MASSNAHMEN.name]
    milestones = plan[MEILENSTEINE.name]
    own = measures[measures["nr"].isin(nrs)].sort_values("nr")[list(MEASURE_FIELDS)]
    steps = milestones[milestones["nr"].isin(nrs)].sort_values(["nr", "faellig_am", "ms_nr"])[list(MILESTONE_FIELDS)]
    return own.reset_index(drop=True), steps.reset_index(drop=True)


def edit_files(before: tuple[pd.DataFrame, pd.DataFrame], after: tuple[pd.DataFrame, pd.DataFrame]) -> list[UploadFile]:
    """The upload for what changed between the tables as shown and as edited; empty when nothing changed."""
    files = []
    for sheet, old, new in _pairs(before, after):
        rows = _changed_rows(sheet, old, new)
        if rows:
            files.append(UploadFile(FILE_NAMES[sheet.name], _csv(sheet, rows)))
    return files


def pending(before: tuple[pd.DataFrame, pd.DataFrame], after: tuple[pd.DataFrame, pd.DataFrame]) -> list[str]:
    """What the edit tables hold that is not saved yet, one line per cell: „M01 · Umsetzungsstand: 85 % → 90 %“."""
    lines = []
    for sheet, old, new in _pairs(before, after):
        previous = _by_key(sheet, old)
        for row in new.to_dict("records"):
            was = previous[str(row[sheet.key[0]])]
            lines += [f"{row[sheet.key[0]]} · {sheet.column(f).header}: {_shown(sheet, f, was[f])} → "
                      f"{_shown(sheet, f, row[f])}" for f in _edited(sheet, was, row)]
    return lines


def _pairs(before: tuple[pd.DataFrame, pd.DataFrame], after: tuple[pd.DataFrame, pd.DataFrame]):
    return ((MASSNAHMEN, before[0], after[0]), (MEILENSTEINE, before[1], after[1]))


def _by_key(sheet: Sheet, frame: pd.DataFrame) -> dict[str, dict]:
    return {str(r[sheet.key[0]]): r for r in frame.to_dict("records")}


def _edited(sheet: Sheet, was: dict, row: dict) -> list[str]:
    """The editable fields of a row that differ from how it was shown."""
    return [f for f in row if f not in READ_ONLY and not _same(was[f], row[f])]


def _changed_rows(sheet: Sheet, old: pd.DataFrame, new: pd.DataFrame) -> list[list[str]]:
    key = sheet.key[0]
    fields = [f for f in old.columns if f not in READ_ONLY]
    if sheet is MEILENSTEINE:
        fields = ["nr", *fields]  # a milestone's measure says whose row it is; unchanged, it changes nothing
    previous = _by_key(sheet, old)
    rows = [[_cell(sheet, key, row[key]), *(_cell(sheet, f, row[f]) for f in fields)]
            for row in new.to_dict("records") if _edited(sheet, previous[str(row[key])], row)]
    return [[sheet.column(key).header, *(sheet.column(f).header for f in fields)], *rows] if rows else []


def _same(a: object, b: object) -> bool:
    if is_blank(a) and is_blank(b):
        return True
    if is_blank(a) or is_blank(b):
        return False
    if isinstance(a, float | int) and isinstance(b, float | int):
        return math.isclose(float(a), float(b), abs_tol=1e-9)
    return pd.Timestamp(a) == pd.Timestamp(b) if _is_day(a) or _is_day(b) else str(a) == str(b)


def _is_day(value: object) -> bool:
    return hasattr(value, "year") and hasattr(value, "month")


def _cell(sheet: Sheet, field: str, value: object) -> str:
    """The value as typed: percentages with „%“ (never read as a fraction), dates German, text as it is."""
    if is_blank(value):
        return ""
    if sheet.column(field).kind is Kind.PERCENT:
        return f"{format_number(float(value))} %"
    if _is_day(value):
        return format_date(pd.Timestamp(value).date())
    return str(value)


def _shown(sheet: Sheet, field: str, value: object) -> str:
    return _cell(sheet, field, value) or texts.common.MISSING


def _csv(sheet: Sheet, rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8-sig")
