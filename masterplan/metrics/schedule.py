"""Zeitplan: the time window, which measures the Gantt draws (the most urgent first) and the overdue/late items."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import numpy as np
import pandas as pd

from masterplan import texts
from masterplan.metrics._common import day_of
from masterplan.metrics.ampel import BEHIND_TOLERANCE
from masterplan.metrics.measures import measure_table
from masterplan.metrics.milestones import milestone_states
from masterplan.tables import Plan
from masterplan.vocabulary import DONE, DROPPED, GELB, GRAU, GRUEN, MS_OVERDUE, MS_REACHED_LATE, ON_HOLD, ROT

PERIOD_ALL, PERIOD_AROUND, PERIOD_CUSTOM = "all", "around", "custom"
PERIODS = (PERIOD_ALL, PERIOD_AROUND, PERIOD_CUSTOM)
PERIOD_MONTHS = 12  # "letzte 12 Monate + nächste 12"
GANTT_LIMIT = 400  # bars the Zeitplan shows before it asks to limit
GANTT_CHOICES = (50, 100, 200, 400)
_URGENCY = {ROT: 0, GELB: 1, GRUEN: 2, GRAU: 3}


def period_range(period: str, today: datetime.date, start: datetime.date | None = None,
                 end: datetime.date | None = None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The Zeitplan's time window [from, to) or None for the whole plan.

    PERIOD_AROUND: 12 months before and after today. PERIOD_CUSTOM: start to end, both days included, in
    either order; with one date only (while the user still picks) 12 months from it; without dates None.
    """
    if period == PERIOD_AROUND:
        day = day_of(today)
        return day - pd.DateOffset(months=PERIOD_MONTHS), day + pd.DateOffset(months=PERIOD_MONTHS)
    if period != PERIOD_CUSTOM or (start is None and end is None):
        return None
    first = pd.Timestamp(start if start is not None else end).normalize()
    last = pd.Timestamp(end).normalize() if start is not None and end is not None else (
        first + pd.DateOffset(months=PERIOD_MONTHS) - pd.Timedelta(days=1))
    first, last = min(first, last), max(first, last)
    return first, last + pd.Timedelta(days=1)


def _behind(measures: pd.DataFrame) -> pd.Series:
    """Open measures more than BEHIND_TOLERANCE points behind their linear plan, Ende not yet passed."""
    open_ = ~measures["status"].isin([DONE, DROPPED, ON_HOLD])
    gap = (measures["planned"] - measures["progress"]).round(6)
    return (open_ & ~measures["overdue"] & (gap > BEHIND_TOLERANCE)).fillna(False).astype(bool)


def most_urgent(measures: pd.DataFrame, limit: int | None) -> pd.DataFrame:
    """The ``limit`` most urgent rows of a measure_table (all when None), in their original order.

    Urgency: Ende passed first, then Ampel rot, gelb, grün, grau, open before abgeschlossen/entfallen,
    then the earliest Ende, then Nr.
    """
    if limit is None or len(measures) <= limit:
        return measures
    key = pd.DataFrame({
        "overdue": ~measures["overdue"].fillna(False).astype(bool),
        "ampel": measures["ampel"].map(_URGENCY).fillna(len(_URGENCY)),
        "closed": measures["status"].isin([DONE, DROPPED]),
        "ende": measures["ende"],
        "nr": measures["nr"],
    }, index=measures.index)
    chosen = key.sort_values(list(key.columns), kind="stable", na_position="last").index[:max(limit, 0)]
    return measures.loc[measures.index.isin(chosen)]


@dataclass(frozen=True)
class GanttSelection:
    """What the Zeitplan draws: the chosen measures (measure_table + behind) and their milestones."""

    measures: pd.DataFrame
    milestones: pd.DataFrame  # milestone_states of the chosen measures
    total: int  # measures with Beginn and Ende in the window
    undated: int  # measures without Beginn or Ende, never drawn

    @property
    def shown(self) -> int:
        return len(self.measures)

    @property
    def hidden(self) -> int:
        return self.total - self.shown


def gantt_selection(plan: Plan, today: datetime.date, limit: int | None = None,
                    window: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> GanttSelection:
    """Measures with Beginn and Ende running in the window (all without one), at most ``limit`` most urgent."""
    table = measure_table(plan, today)
    dated = table["beginn"].notna() & table["ende"].notna()
    rows = table[dated]
    if window is not None:
        rows = rows[(rows["beginn"] < window[1]) & (rows["ende"] >= window[0])]
    rows = rows.assign(behind=_behind(rows))
    chosen = most_urgent(rows, limit)
    states = milestone_states(plan, today)
    return GanttSelection(chosen.reset_index(drop=True), states[states["nr"].isin(chosen["nr"])].reset_index(drop=True),
                          len(rows), int((~dated).sum()))


def schedule_issues(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Overdue and late items, the most pressing first, for the table under the Zeitplan.

    Rows: measures whose Ende passed unfinished, overdue milestones, open measures behind the linear plan,
    milestones reached late. Columns: befund, nr, massnahme, meilenstein, termin, tage (days past the date:
    overdue or late), rueckstand (points behind the plan), lead, lz_nr.
    """
    table = measure_table(plan, today)
    day = day_of(today)
    overdue = table[table["overdue"].fillna(False).astype(bool)]
    behind = table[_behind(table)]
    states = milestone_states(plan, today)
    leads = table.set_index("nr")["lead"]
    parts = [
        pd.DataFrame({"befund": texts.zeitplan.ISSUE_END_PASSED, "nr": overdue["nr"], "massnahme": overdue["massnahme"],
                      "meilenstein": None, "lz_nr": overdue["lz_nr"], "lead": overdue["lead"],
                      "termin": overdue["ende"], "tage": (day - overdue["ende"].dt.normalize()).dt.days,
                      "rueckstand": np.nan}),
    ]
    for state, issue, days in ((MS_OVERDUE, texts.zeitplan.ISSUE_MS_OVERDUE, "days_overdue"),
                               (MS_REACHED_LATE, texts.zeitplan.ISSUE_MS_LATE, "days_late")):
        rows = states[states["state"].eq(state)]
        parts.append(pd.DataFrame({
            "befund": issue, "nr": rows["nr"], "massnahme": rows["massnahme"], "meilenstein": rows["meilenstein"],
            "lz_nr": rows["lz_nr"], "lead": rows["nr"].map(leads), "termin": rows["faellig_am"],
            "tage": rows[days].astype("Float64").astype(float), "rueckstand": np.nan,
        }))
    parts.insert(2, pd.DataFrame({
        "befund": texts.zeitplan.ISSUE_BEHIND, "nr": behind["nr"], "massnahme": behind["massnahme"],
        "meilenstein": None,
        "lz_nr": behind["lz_nr"], "lead": behind["lead"], "termin": behind["ende"], "tage": np.nan,
        "rueckstand": (behind["planned"] - behind["progress"]).round(),
    }))
    columns = ["befund", "nr", "massnahme", "meilenstein", "termin", "tage", "rueckstand", "lead", "lz_nr"]
    issues = pd.concat([p.astype({"meilenstein": object}) for p in parts if not p.empty] or [pd.DataFrame(
        columns=columns)], ignore_index=True)[columns]
    rank = issues["befund"].map({issue: i for i, issue in enumerate(
        (texts.zeitplan.ISSUE_END_PASSED, texts.zeitplan.ISSUE_MS_OVERDUE, texts.zeitplan.ISSUE_BEHIND,
         texts.zeitplan.ISSUE_MS_LATE))})
    issues = issues.assign(_rank=rank).sort_values(["_rank", "tage", "rueckstand", "nr"],
                                                   ascending=[True, False, False, True], kind="stable")
    issues = issues.drop(columns="_rank").reset_index(drop=True)
    issues["termin"] = pd.to_datetime(issues["termin"])
    return issues.astype({"tage": "Int64", "rueckstand": "Int64"})
