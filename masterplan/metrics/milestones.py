"""Meilensteine: each milestone's state relative to today, and the lists of due, upcoming and overdue ones.

States (days = Fällig am − today): entfallen; erreicht when status erreicht or Erreicht am is set — verspätet
when Erreicht am > Fällig am, else pünktlich (also without a date); überfällig when days < 0; each open band is
labelled with the days it holds: „fällig in den nächsten 30 Tagen“ for 0–30 (due today included), „fällig in
31–90 Tagen“, „fällig in mehr als 90 Tagen“. Status verschoben counts as open with its (new) Fällig am.
"""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd

from masterplan.metrics._common import dashed, day_of
from masterplan.metrics.stakeholders import lead_labels
from masterplan.tables import Plan
from masterplan.vocabulary import (
    MILESTONE_DROPPED,
    MILESTONE_REACHED,
    MS_DROPPED,
    MS_DUE_30,
    MS_DUE_90,
    MS_LATER,
    MS_NO_DATE,
    MS_OVERDUE,
    MS_REACHED_LATE,
    MS_REACHED_ON_TIME,
)

MILESTONE_STATES = (
    MS_OVERDUE, MS_DUE_30, MS_DUE_90, MS_LATER, MS_REACHED_ON_TIME,
    MS_REACHED_LATE, MS_DROPPED, MS_NO_DATE,
)
UPCOMING_STATES = (MS_DUE_30, MS_DUE_90, MS_LATER)


def is_reached(milestones: pd.DataFrame) -> pd.Series:
    """Reached by status or by a date; entfallen is never reached."""
    reached = milestones["status"].eq(MILESTONE_REACHED) | milestones["erreicht_am"].notna()
    return reached & milestones["status"].ne(MILESTONE_DROPPED)


def milestone_states(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Every milestone with its state relative to today (see module docstring for the boundaries).

    Columns: Meilensteine fields, massnahme, lz_nr, state, days_until, days_overdue, days_late (Int64).
    """
    ms = plan["Meilensteine"]
    reached = is_reached(ms)
    due, done = ms["faellig_am"].dt.normalize(), ms["erreicht_am"].dt.normalize()
    days = (due - day_of(today)).dt.days
    late = reached & (done > due)
    state = np.select(
        [ms["status"].eq(MILESTONE_DROPPED), late, reached, days.isna(), days < 0, days <= 30, days <= 90],
        [MS_DROPPED, MS_REACHED_LATE, MS_REACHED_ON_TIME, MS_NO_DATE, MS_OVERDUE,
         MS_DUE_30, MS_DUE_90],
        default=MS_LATER,
    )
    overdue = state == MS_OVERDUE
    measures = plan["Maßnahmen"].set_index("nr")
    return ms.assign(
        massnahme=ms["nr"].map(measures["massnahme"]),
        lz_nr=ms["nr"].map(measures["lz_nr"]),
        state=state,
        days_until=days.astype("Int64"),
        days_overdue=(-days).where(overdue).astype("Int64"),
        days_late=(done - due).dt.days.where(late).astype("Int64"),
    )


def _soonest_first(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.sort_values(["faellig_am", "ms_nr"], kind="stable").reset_index(drop=True)


def milestones_due(plan: Plan, today: datetime.date, horizon_days: int = 90) -> pd.DataFrame:
    """Overdue milestones and those due within the horizon, soonest first: the Übersicht's list."""
    states = milestone_states(plan, today)
    open_ = states["state"].isin([MS_OVERDUE, *UPCOMING_STATES])
    due = open_ & (states["days_until"] <= horizon_days).fillna(False)
    return _soonest_first(states[due])


def _with_leads(plan: Plan, rows: pd.DataFrame, columns: list[str], blank: list[str]) -> pd.DataFrame:
    """The rows' columns plus each measure's Federführung as ``lead``; blanks in lead and ``blank`` as "–"."""
    m = plan["Maßnahmen"]
    leads = pd.Series(lead_labels(plan, m["federfuehrung"]).to_numpy(), index=m["nr"].to_numpy())
    return dashed(rows.assign(lead=rows["nr"].map(leads)), ["lead", *blank])[columns]


def upcoming_milestones(plan: Plan, today: datetime.date, horizon_days: int = 90) -> pd.DataFrame:
    """Open milestones due from today up to ``horizon_days`` ahead, soonest first.

    Columns: faellig_am, days_until, ms_nr, meilenstein, nr, massnahme, lead, state.
    """
    due = milestones_due(plan, today, horizon_days)
    rows = due[due["state"].ne(MS_OVERDUE)].reset_index(drop=True)
    columns = ["faellig_am", "days_until", "ms_nr", "meilenstein", "nr", "massnahme", "lead", "state"]
    return _with_leads(plan, rows, columns, ["massnahme"])


def overdue_milestones(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Milestones past Fällig am and not reached, longest overdue first.

    Columns: faellig_am, days_overdue, ms_nr, meilenstein, nr, massnahme, lead, status.
    """
    states = milestone_states(plan, today)
    rows = _soonest_first(states[states["state"].eq(MS_OVERDUE)])
    columns = ["faellig_am", "days_overdue", "ms_nr", "meilenstein", "nr", "massnahme", "lead", "status"]
    return _with_leads(plan, rows, columns, ["massnahme", "status"])
