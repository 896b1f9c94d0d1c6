"""Beschlüsse: what the Lenkungskreis decided and what became of it, as of a day.

Rules: a blank Status counts as offen. A decision is open as of a day when it was taken by then (Datum ≤ day) and
its Status is offen; it is overdue when it is open and its Frist lies before the day (due today is not overdue).
Erledigt since a Stand: erledigt now, and not erledigt (or not yet recorded) in that Stand.
"""

from __future__ import annotations

import datetime

import pandas as pd

from masterplan.metrics._common import day_of, titles_by_key
from masterplan.metrics.stakeholders import lead_labels
from masterplan.tables import Plan
from masterplan.vocabulary import DECISION_DONE, DECISION_OPEN

SHEET = "Beschlüsse"


def _bezug_titles(plan: Plan) -> pd.Series:
    """Nr. of a Maßnahme or LZ-Nr. of a Leitziel → its title: what a decision can concern."""
    titles = pd.concat([titles_by_key(plan["Maßnahmen"], "nr", "massnahme"),
                        titles_by_key(plan["Leitziele"], "lz_nr", "leitziel")])
    return titles[~titles.index.duplicated()]  # the upload refuses a key in both; a Stand from before may hold one


def decision_states(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Every decision in sheet order with its Status (blank as offen) and whether it is overdue as of ``today``.

    Columns: Beschlüsse fields, zustaendig_label (the institution's Kurzname, else Name), bezug_title (the title of
    the Maßnahme or Leitziel), overdue (bool), days_overdue (Int64, overdue ones only).
    """
    decisions = plan[SHEET]
    status = decisions["status"].fillna(DECISION_OPEN)
    days = (day_of(today) - decisions["frist"].dt.normalize()).dt.days
    overdue = status.eq(DECISION_OPEN) & (days > 0).fillna(False).astype(bool)
    return decisions.assign(
        status=status,
        zustaendig_label=lead_labels(plan, decisions["zustaendig"]),
        bezug_title=decisions["bezug"].map(_bezug_titles(plan)),
        overdue=overdue,
        days_overdue=days.where(overdue).astype("Int64"),
    )


def open_decisions(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Decisions taken by ``today`` and still offen: the overdue first, longest overdue first, then by Frist (none
    last) and Nr. Columns as decision_states."""
    states = decision_states(plan, today)
    taken = (states["datum"].dt.normalize() <= day_of(today)).fillna(False).astype(bool)
    rows = states[taken & states["status"].eq(DECISION_OPEN)]
    return rows.sort_values(["overdue", "days_overdue", "frist", "beschluss_nr"], ascending=[False, False, True, True],
                            na_position="last", kind="stable").reset_index(drop=True)


def decisions_done_since(before: Plan, plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Decisions erledigt in ``plan`` that ``before`` did not hold as erledigt, in sheet order. Columns as
    decision_states."""
    states = decision_states(plan, today)
    earlier = before[SHEET]
    done_then = set(earlier.loc[earlier["status"].eq(DECISION_DONE), "beschluss_nr"])
    return states[states["status"].eq(DECISION_DONE) & ~states["beschluss_nr"].isin(done_then)].reset_index(drop=True)
