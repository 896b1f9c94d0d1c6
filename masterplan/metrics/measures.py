"""Maßnahmen: the measure table every page builds on, the Maßnahmen page's list and search, one measure's detail."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import numpy as np
import pandas as pd

from loaders.schema import MASSNAHMEN
from masterplan import texts
from masterplan.formatting import fill_counted, format_date, format_dates, format_number, format_percent
from masterplan.metrics._common import blank_as, dashed, titles_by_key, yes_no
from masterplan.metrics.ampel import compute_ampel
from masterplan.metrics.display import ampel_labels
from masterplan.metrics.milestones import milestone_states
from masterplan.metrics.progress import measure_progress
from masterplan.metrics.stakeholders import involvements, resolve_stakeholders, stakeholder_labels
from masterplan.tables import Plan, cell_value
from masterplan.vocabulary import NO_STATUS, ROLES

MEASURE_LIST_COLUMNS = [
    "nr", "massnahme", "lz_nr", "leitziel", "fp_nr", "fokusprojekt", "lead", "status", "ampel", "ampel_label",
    "ampel_reason", "progress", "planned", "beginn", "ende", "prioritaet", "sachstand",
]


def measure_table(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Maßnahmen with everything pages and the Gantt show: titles, lead label, progress, weight, Ampel.

    Columns: Maßnahmen fields, leitziel, fokusprojekt, lead, progress, weight, ampel (effective),
    ampel_manual, ampel_computed, ampel_reason, planned, overdue.
    """
    m = plan["Maßnahmen"]
    progress = measure_progress(plan)
    ampel = compute_ampel(plan, today)
    return m.assign(
        leitziel=m["lz_nr"].map(titles_by_key(plan["Leitziele"], "lz_nr", "leitziel")),
        fokusprojekt=m["fp_nr"].map(titles_by_key(plan["Fokusprojekte"], "fp_nr", "fokusprojekt")),
        lead=resolve_stakeholders(plan, m["federfuehrung"]).map(stakeholder_labels(plan)),
        progress=progress["progress"],
        weight=progress["weight"],
        ampel=ampel["ampel"],
        **{c: ampel[c] for c in ("ampel_manual", "ampel_computed", "ampel_reason", "planned", "overdue")},
    )


def measure_list(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """The measures as the pages list them: measure_table plus ampel_label, MEASURE_LIST_COLUMNS, sheet order;
    blank text shown as "–" (a blank status as "ohne Status")."""
    table = measure_table(plan, today)
    table = table.assign(ampel_label=ampel_labels(table["ampel"], table["ampel_manual"]))
    table = dashed(table, ["leitziel", "fp_nr", "fokusprojekt", "lead", "prioritaet", "sachstand"])
    return dashed(table, ["status"], NO_STATUS)[MEASURE_LIST_COLUMNS].reset_index(drop=True)


def search_measures(plan: Plan, today: datetime.date, query: str = "") -> pd.DataFrame:
    """measure_list rows whose Nr., Maßnahme or Sachstand contain every word of ``query``.

    Words are matched literally (no patterns) and case-insensitively, in any of the three fields; an empty
    query keeps every row.
    """
    table = measure_list(plan, today)
    words = str(query or "").casefold().split()
    if not words or table.empty:
        return table
    text = [table[c].fillna("").astype(str).replace(texts.common.MISSING, "") for c in ("nr", "massnahme", "sachstand")]
    haystack = (text[0] + "\n" + text[1] + "\n" + text[2]).str.casefold()
    keep = np.logical_and.reduce([haystack.str.contains(word, regex=False).to_numpy(dtype=bool) for word in words])
    return table[keep].reset_index(drop=True)


@dataclass(frozen=True)
class MeasureDetail:
    """Everything the Maßnahmen page shows about one measure."""

    nr: str
    title: str
    status: str
    ampel_label: str
    ampel_reason: str
    progress: float
    planned: float | None
    ende: str  # German date or "–"
    sachstand: str | None
    fields: pd.DataFrame  # field (sheet header), value (German text): every field but Sachstand, then derived ones
    milestones: pd.DataFrame  # ms_nr, meilenstein, faellig_am (date), erreicht_am (text), status, state, note
    stakeholders: pd.DataFrame  # label, name, typ, rolle, lenkungskreis (ja/nein)
    milestone_keys: tuple[str, ...]


def _field_text(column_kind: str, value: object) -> str:
    value = cell_value(value)
    if value is None:
        return texts.common.MISSING
    if column_kind == "percent":
        return format_percent(value)
    if column_kind in ("date", "date_or_year"):
        return format_date(pd.Timestamp(value).date())
    if column_kind == "money":
        return texts.common.EURO.format(value=format_number(value, 2))
    if column_kind == "number":
        return format_number(value)
    return str(value)


def _milestone_rows(states: pd.DataFrame) -> pd.DataFrame:
    """milestone_states rows for a table: Erreicht am as German text, delays as one note ("47 Tage verspätet")."""
    late = fill_counted(texts.common.MS_DAYS_LATE, states["days_late"])
    overdue = fill_counted(texts.common.MS_DAYS_OVERDUE, states["days_overdue"])
    note = late.where(states["days_late"].notna(), overdue.where(states["days_overdue"].notna(), texts.common.MISSING))
    rows = dashed(states, ["status"]).assign(erreicht_am=format_dates(states["erreicht_am"]), note=note)
    return rows[["ms_nr", "meilenstein", "faellig_am", "erreicht_am", "status", "state", "note"]].reset_index(drop=True)


def _key_title(key: object, title: object) -> str:
    """ "LZ1 – Oberhausen ist wirtschaftsfreundlich"; the key alone without a title; "–" without a key."""
    key, title = cell_value(key), cell_value(title)
    if key is None:
        return texts.common.MISSING
    return f"{key} – {title}" if title is not None and title != key else str(key)


def measure_detail(plan: Plan, nr: str, today: datetime.date) -> MeasureDetail | None:
    """One measure with its fields as German text, milestones with states and the institutions involved; None when
    the plan has no measure ``nr``."""
    m = plan["Maßnahmen"]
    own = m[m["nr"].eq(nr)]
    if own.empty:
        return None
    milestones = plan["Meilensteine"]
    single = Plan({**plan.tables, "Maßnahmen": own, "Meilensteine": milestones[milestones["nr"].eq(nr)]})
    row = measure_table(single, today).iloc[0]
    shown = {
        "lz_nr": _key_title(row["lz_nr"], row["leitziel"]),
        "fp_nr": _key_title(row["fp_nr"], row["fokusprojekt"]),
        "federfuehrung": str(cell_value(row["lead"]) or cell_value(row["federfuehrung"]) or texts.common.MISSING),
        "ampel": ampel_labels(pd.Series([row["ampel"]]), pd.Series([row["ampel_manual"]])).iloc[0],
    }
    fields_ = [(c.header, shown.get(c.field) or _field_text(c.kind, row[c.field]))
               for c in MASSNAHMEN.columns if c.field != "sachstand"]
    fields_ += [(texts.columns.HEADERS["ampel_reason"], str(row["ampel_reason"])),
                (texts.columns.HEADERS["planned"], format_percent(row["planned"]))]
    states = milestone_states(single, today).sort_values(["faellig_am", "ms_nr"], kind="stable")
    people = involvements(single)
    st_ = plan["Stakeholder"].set_index("st_nr")
    rank = people["rolle"].map(ROLES.rank)
    people = people.assign(_rank=rank).sort_values(["_rank", "label"], kind="stable")
    return MeasureDetail(
        nr=nr,
        title=str(cell_value(row["massnahme"]) or nr),
        status=str(cell_value(row["status"]) or NO_STATUS),
        ampel_label=shown["ampel"],
        ampel_reason=str(row["ampel_reason"]),
        progress=float(row["progress"]),
        planned=cell_value(row["planned"]),
        ende=_field_text("date", row["ende"]),
        sachstand=cell_value(row["sachstand"]),
        fields=pd.DataFrame(fields_, columns=["field", "value"]),
        milestones=_milestone_rows(states),
        stakeholders=pd.DataFrame({
            "label": people["label"], "name": blank_as(people["st_nr"].map(st_["name"])),
            "typ": blank_as(people["st_nr"].map(st_["typ"])),
            "rolle": people["rolle"],
            "lenkungskreis": yes_no(people["st_nr"].map(st_["lenkungskreis"])),
        }).reset_index(drop=True),
        milestone_keys=tuple(states["ms_nr"]),
    )
