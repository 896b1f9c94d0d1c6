"""Tables the Daten page and the CLI show about an upload: findings, and what would change.

Built from a Changeset and findings only, so the preview shows exactly what commit() would store.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable

import pandas as pd

from loaders.findings import Finding
from loaders.merge import Changeset, SheetChange
from loaders.schema import KEY_SEPARATOR, SHEETS_BY_NAME, Column, Sheet
from masterplan import texts
from masterplan.formatting import counted, format_cell, safe_cell, shorten
from masterplan.texts import upload

SHORT_TEXT = 80  # characters of a changed value in the preview table; longer ones are shown whole on demand


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """One row per finding, errors first, in the order the user reads the sheet."""
    rows = [
        {upload.FINDING_SEVERITY: f.severity, upload.FINDING_FILE: f.file, upload.FINDING_SHEET: f.sheet,
         upload.FINDING_ROW: f.row, upload.FINDING_COLUMN: f.column, upload.FINDING_VALUE: f.value,
         upload.FINDING_MESSAGE: f.message}
        for f in findings
    ]
    frame = pd.DataFrame(rows, columns=upload.FINDING_COLUMNS)
    frame[upload.FINDING_ROW] = frame[upload.FINDING_ROW].astype("Int64")
    order = frame[upload.FINDING_SEVERITY].map({"Fehler": 0, "Warnung": 1}).fillna(2)
    reading = ["_order", upload.FINDING_FILE, upload.FINDING_SHEET, upload.FINDING_ROW]
    return frame.assign(_order=order).sort_values(reading, kind="stable").drop(columns="_order").reset_index(drop=True)


def findings_summary(findings: Iterable[Finding]) -> str:
    """„8 Fehler, 1 Warnung, 2 Hinweise“: each severity that occurs, counted in German."""
    counts = Counter(f.severity for f in findings)
    return ", ".join(counted(counts[s], forms) for s, forms in texts.daten.FINDING_COUNTS.items() if counts[s])


def findings_csv(findings: Iterable[Finding]) -> bytes:
    """The findings as a CSV that Excel opens with umlauts intact (UTF-8 with BOM, semicolons)."""
    frame = findings_frame(findings)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(frame.columns)
    for row in frame.itertuples(index=False):
        writer.writerow(["" if pd.isna(v) else safe_cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def change_summary(changes: dict[str, SheetChange] | Changeset) -> pd.DataFrame:
    """Per sheet: how many rows are new, changed, removed."""
    sheets = changes.sheets if isinstance(changes, Changeset) else changes
    rows = [{upload.CHANGE_SHEET: name, upload.CHANGE_ADDED: len(c.added),
             upload.CHANGE_CHANGED: len(c.changed),
             upload.CHANGE_REMOVED: len(c.removed)} for name, c in sheets.items() if not c.is_empty]
    return pd.DataFrame(rows, columns=[upload.CHANGE_SHEET, upload.CHANGE_ADDED,
                                       upload.CHANGE_CHANGED, upload.CHANGE_REMOVED])


def change_details(changes: dict[str, SheetChange] | Changeset, limit: int = 2000) -> pd.DataFrame:
    """One row per new or removed row and per changed field (old → new), at most ``limit`` rows; the row's title
    (Maßnahme, Meilenstein, …) beside its key, texts whole."""
    sheets = changes.sheets if isinstance(changes, Changeset) else changes
    rows: list[dict[str, object]] = []
    for name, change in sheets.items():
        sheet = SHEETS_BY_NAME[name]
        for kind, items in ((upload.CHANGE_KIND_ADDED, change.added), (upload.CHANGE_KIND_REMOVED, change.removed)):
            for key, row in items.items():
                rows.append(_detail(name, key, _title(sheet, row), kind, "", None, None, None))
        for key, (old, new) in change.changed.items():
            for column in sheet.columns:
                if old.get(column.field) != new.get(column.field):
                    rows.append(_detail(name, key, _title(sheet, new, old), upload.CHANGE_KIND_CHANGED,
                                        column.header, column, new.get(column.field), old.get(column.field)))
        if len(rows) >= limit:
            break
    return pd.DataFrame(rows[:limit], columns=upload.DETAIL_COLUMNS)


def _title(sheet: Sheet, row: dict[str, object], old: dict[str, object] | None = None) -> str:
    """The row's title as it will be (as it was, when the upload blanks it); "" for sheets without one."""
    if not sheet.title_field:
        return ""
    return str(row.get(sheet.title_field) or (old or {}).get(sheet.title_field) or "")


def _detail(sheet: str, key: str, title: str, kind: str, header: str, column: Column | None, new: object,
            old: object) -> dict[str, object]:
    return {upload.CHANGE_SHEET: sheet, upload.CHANGE_KEY: key.replace(KEY_SEPARATOR, " / "),
            upload.CHANGE_TITLE: title, upload.CHANGE_KIND: kind, upload.CHANGE_FIELD: header,
            upload.CHANGE_OLD: format_cell(column, old), upload.CHANGE_NEW: format_cell(column, new)}


def shortened_details(details: pd.DataFrame, length: int = SHORT_TEXT) -> pd.DataFrame:
    """change_details with old and new values cut to ``length`` characters, for a table; long_details has them
    whole."""
    return details.assign(**{c: details[c].map(lambda v: shorten(v, length) if v else v)
                             for c in (upload.CHANGE_OLD, upload.CHANGE_NEW)})


def long_details(details: pd.DataFrame, length: int = SHORT_TEXT) -> list[tuple[str, str, str]]:
    """Each change whose old or new value shortened_details cuts, whole: („Maßnahmen · M01 Bauakte · Sachstand“,
    old, new)."""
    long = (details[upload.CHANGE_OLD].str.len() > length) | (details[upload.CHANGE_NEW].str.len() > length)
    return [(" · ".join(p for p in (r[upload.CHANGE_SHEET], f"{r[upload.CHANGE_KEY]} {r[upload.CHANGE_TITLE]}".strip(),
                                    r[upload.CHANGE_FIELD]) if p), r[upload.CHANGE_OLD], r[upload.CHANGE_NEW])
            for _, r in details[long].iterrows()]
