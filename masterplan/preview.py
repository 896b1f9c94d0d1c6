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

SHORT_TEXT = 80  # characters of a changed value in the preview table; longer ones are shown whole on demand


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """One row per finding, errors first, in the order the user reads the sheet."""
    rows = [
        {texts.F_SEVERITY: f.severity, texts.F_FILE: f.file, texts.F_SHEET: f.sheet,
         texts.F_ROW: f.row, texts.F_COLUMN: f.column, texts.F_VALUE: f.value, texts.F_MESSAGE: f.message}
        for f in findings
    ]
    frame = pd.DataFrame(rows, columns=texts.FINDING_COLUMNS)
    frame[texts.F_ROW] = frame[texts.F_ROW].astype("Int64")
    order = frame[texts.F_SEVERITY].map({"Fehler": 0, "Warnung": 1}).fillna(2)
    return frame.assign(_order=order).sort_values(["_order", texts.F_FILE, texts.F_SHEET, texts.F_ROW],
                                                  kind="stable").drop(columns="_order").reset_index(drop=True)


def findings_summary(findings: Iterable[Finding]) -> str:
    """„8 Fehler, 1 Warnung, 2 Hinweise“: each severity that occurs, counted in German."""
    counts = Counter(f.severity for f in findings)
    return ", ".join(counted(counts[s], forms) for s, forms in texts.FINDING_COUNTS.items() if counts[s])


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
    rows = [{texts.P_SHEET: name, texts.P_ADDED: len(c.added), texts.P_CHANGED: len(c.changed),
             texts.P_REMOVED: len(c.removed)} for name, c in sheets.items() if not c.is_empty]
    return pd.DataFrame(rows, columns=[texts.P_SHEET, texts.P_ADDED, texts.P_CHANGED, texts.P_REMOVED])


def change_details(changes: dict[str, SheetChange] | Changeset, limit: int = 2000) -> pd.DataFrame:
    """One row per new or removed row and per changed field (old → new), at most ``limit`` rows; the row's title
    (Maßnahme, Meilenstein, …) beside its key, texts whole."""
    sheets = changes.sheets if isinstance(changes, Changeset) else changes
    rows: list[dict[str, object]] = []
    for name, change in sheets.items():
        sheet = SHEETS_BY_NAME[name]
        for kind, items in ((texts.P_KIND_ADDED, change.added), (texts.P_KIND_REMOVED, change.removed)):
            for key, row in items.items():
                rows.append(_detail(name, key, _title(sheet, row), kind, "", None, None, None))
        for key, (old, new) in change.changed.items():
            for column in sheet.columns:
                if old.get(column.field) != new.get(column.field):
                    rows.append(_detail(name, key, _title(sheet, new, old), texts.P_KIND_CHANGED, column.header,
                                        column, new.get(column.field), old.get(column.field)))
        if len(rows) >= limit:
            break
    return pd.DataFrame(rows[:limit], columns=texts.DETAIL_COLUMNS)


def _title(sheet: Sheet, row: dict[str, object], old: dict[str, object] | None = None) -> str:
    """The row's title as it will be (as it was, when the upload blanks it); "" for sheets without one."""
    if not sheet.title_field:
        return ""
    return str(row.get(sheet.title_field) or (old or {}).get(sheet.title_field) or "")


def _detail(sheet: str, key: str, title: str, kind: str, header: str, column: Column | None, new: object,
            old: object) -> dict[str, object]:
    return {texts.P_SHEET: sheet, texts.P_KEY: key.replace(KEY_SEPARATOR, " / "), texts.P_TITLE: title,
            texts.P_KIND: kind, texts.P_FIELD: header, texts.P_OLD: format_cell(column, old),
            texts.P_NEW: format_cell(column, new)}


def shortened_details(details: pd.DataFrame, length: int = SHORT_TEXT) -> pd.DataFrame:
    """change_details with old and new values cut to ``length`` characters, for a table; long_details has them
    whole."""
    return details.assign(**{c: details[c].map(lambda v: shorten(v, length) if v else v)
                             for c in (texts.P_OLD, texts.P_NEW)})


def long_details(details: pd.DataFrame, length: int = SHORT_TEXT) -> list[tuple[str, str, str]]:
    """Each change whose old or new value shortened_details cuts, whole: („Maßnahmen · M01 Bauakte · Sachstand“,
    old, new)."""
    long = (details[texts.P_OLD].str.len() > length) | (details[texts.P_NEW].str.len() > length)
    return [(" · ".join(p for p in (r[texts.P_SHEET], f"{r[texts.P_KEY]} {r[texts.P_TITLE]}".strip(),
                                    r[texts.P_FIELD]) if p), r[texts.P_OLD], r[texts.P_NEW])
            for _, r in details[long].iterrows()]
