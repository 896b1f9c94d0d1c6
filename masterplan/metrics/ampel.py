"""Ampel: the traffic light per measure with its German reason, and the linear plan it compares against.

First rule that applies wins: entfallen/zurückgestellt → grau; abgeschlossen → grün (open milestones of a
finished measure are ignored); Ende before today → rot (Ende today is not passed; this holds for Daueraufgabe
too, since an Ende given is a commitment); a milestone overdue by more than 90 days → rot; any milestone
overdue → gelb; not started (nicht begonnen, in Planung, or no status and no progress) with Beginn missing or
after today → grau; progress more than 20 points behind the linear plan → gelb; otherwise grün. The linear plan
needs Beginn and Ende and does not apply to Daueraufgabe; Beginn = Ende means 100 % due from that day on. An
Ampel given in the sheet wins.
"""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd

from masterplan import texts
from masterplan.formatting import fill, format_dates
from masterplan.metrics._common import day_of
from masterplan.metrics.milestones import milestone_states
from masterplan.metrics.progress import measure_progress
from masterplan.tables import Plan
from masterplan.vocabulary import DONE, DROPPED, GELB, GRAU, GRUEN, MS_OVERDUE, NOT_YET_STARTED, ON_HOLD, ONGOING, ROT

BEHIND_TOLERANCE = 20.0  # points behind the linear plan that are still grün
CRITICAL_OVERDUE_DAYS = 90  # a milestone overdue longer than this turns the Ampel rot


def _worst_overdue(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Per measure nr: the longest-overdue milestone's name, due date and days."""
    states = milestone_states(plan, today)
    overdue = states[states["state"].eq(MS_OVERDUE)]
    worst = overdue.sort_values(["days_overdue", "ms_nr"], ascending=[False, True], kind="stable")
    return worst.drop_duplicates("nr").set_index("nr")[["meilenstein", "faellig_am", "days_overdue"]]


def planned_progress(measures: pd.DataFrame, today: datetime.date) -> pd.Series:
    """Progress the linear plan between Beginn and Ende expects today (NaN where no plan applies)."""
    start, end = measures["beginn"].dt.normalize(), measures["ende"].dt.normalize()
    duration = (end - start).dt.days
    elapsed = (day_of(today) - start).dt.days
    share = (elapsed / duration.where(duration > 0)).clip(0, 1)
    share = share.where(duration.ne(0), (elapsed >= 0).astype(float))
    return (share * 100).where(start.notna() & end.notna() & measures["status"].ne(ONGOING))


def _as_array(text: str | pd.Series, length: int) -> np.ndarray:
    """np.select wants every choice as an array of one length."""
    return text.to_numpy(dtype=object) if isinstance(text, pd.Series) else np.full(length, text, dtype=object)


def compute_ampel(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Ampel per measure (sheet value wins) with its German reason.

    Columns: nr, ampel, ampel_manual, ampel_computed, ampel_reason, planned, overdue (Ende passed, open).
    """
    m = plan["Maßnahmen"]
    day = day_of(today)
    status = m["status"]
    progress = measure_progress(plan)["progress"]
    late = m[["nr"]].merge(_worst_overdue(plan, today), left_on="nr", right_index=True, how="left").set_axis(m.index)
    days_overdue = late["days_overdue"].astype("Float64").fillna(0).astype(float)
    late_milestone = {"meilenstein": late["meilenstein"], "faellig": format_dates(late["faellig_am"])}
    planned = planned_progress(m, today)
    behind = (planned - progress).round(6)
    not_started = status.isin(NOT_YET_STARTED) | (status.isna() & progress.eq(0))
    closed = status.isin([DONE, DROPPED, ON_HOLD])
    end_passed = m["ende"].dt.normalize() < day
    rules = [
        (status.eq(DROPPED), GRAU, texts.figures.REASON_DROPPED),
        (status.eq(ON_HOLD), GRAU, texts.figures.REASON_ON_HOLD),
        (status.eq(DONE), GRUEN, texts.figures.REASON_DONE),
        (end_passed, ROT, fill(texts.figures.REASON_END_PASSED, ende=format_dates(m["ende"]))),
        (days_overdue > CRITICAL_OVERDUE_DAYS, ROT, fill(texts.figures.REASON_MILESTONE_CRITICAL, **late_milestone)),
        (days_overdue > 0, GELB, fill(texts.figures.REASON_MILESTONE_OVERDUE, **late_milestone)),
        (not_started & (m["beginn"].isna() | (m["beginn"].dt.normalize() > day)), GRAU,
         texts.figures.REASON_NOT_STARTED),
        (behind > BEHIND_TOLERANCE, GELB, fill(
            texts.figures.REASON_BEHIND, progress=progress.round().astype(int),
            behind=behind.fillna(0).round().astype(int), planned=planned.fillna(0).round().astype(int))),
    ]
    conditions = [condition.fillna(False).to_numpy(dtype=bool) for condition, _, _ in rules]
    computed = np.select(conditions, [ampel for _, ampel, _ in rules], default=GRUEN)
    reason = np.select(conditions, [_as_array(text, len(m)) for _, _, text in rules],
                       default=texts.figures.REASON_ON_TRACK)
    manual = m["ampel"].notna()
    computed_s, reason_s = pd.Series(computed, index=m.index), pd.Series(reason, index=m.index)
    return pd.DataFrame({
        "nr": m["nr"],
        "ampel": m["ampel"].where(manual, computed_s),
        "ampel_manual": manual,
        "ampel_computed": computed_s,
        "ampel_reason": reason_s.where(~manual, fill(texts.figures.REASON_MANUAL, ampel=computed_s, reason=reason_s)),
        "planned": planned,
        "overdue": end_passed & ~closed,
    })
