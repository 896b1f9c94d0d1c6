"""Übersicht: the headline figures and the status and Ampel mix per Leitziel."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pandas as pd

from masterplan.metrics._common import all_leitziele
from masterplan.metrics.ampel import compute_ampel
from masterplan.metrics.progress import rollup_plan
from masterplan.tables import Plan
from masterplan.vocabulary import AMPEL, DONE, IN_PROGRESS, NO_STATUS, ROT, STATUS


@dataclass(frozen=True)
class Kpis:
    """The Übersicht's headline figures; progress_change against a previous Stand when given."""

    measures: int
    done: int
    in_progress: int
    red: int
    progress: float | None
    progress_change: float | None


def kpis(plan: Plan, today: datetime.date, previous: Plan | None = None) -> Kpis:
    """Counts over all measures (entfallen included), plan progress and its change."""
    status = plan["Maßnahmen"]["status"]
    progress = rollup_plan(plan).value
    before = rollup_plan(previous).value if previous is not None else None
    return Kpis(
        measures=len(status),
        done=int(status.eq(DONE).sum()),
        in_progress=int(status.eq(IN_PROGRESS).sum()),
        red=int(compute_ampel(plan, today)["ampel"].eq(ROT).sum()),
        progress=progress,
        progress_change=None if progress is None or before is None else progress - before,
    )


def _mix(plan: Plan, values: pd.Series, column: str, order: tuple[str, ...]) -> pd.DataFrame:
    """Counts per Leitziel and value, zeros included, in Leitziel and vocabulary order."""
    m = plan["Maßnahmen"]
    counts = pd.crosstab(m["lz_nr"], values.fillna(NO_STATUS))
    columns = [*order, *([NO_STATUS] if NO_STATUS in counts.columns else [])]
    goals = all_leitziele(plan)
    wide = counts.reindex(index=goals["lz_nr"], columns=columns, fill_value=0)
    long = wide.rename_axis(index="lz_nr", columns=column).stack().rename("count").reset_index()
    return long.merge(goals, on="lz_nr", how="left")[["lz_nr", "leitziel", column, "count"]]


def status_mix(plan: Plan) -> pd.DataFrame:
    """Measures per Leitziel and status: lz_nr, leitziel, status, count (every status, zeros kept)."""
    return _mix(plan, plan["Maßnahmen"]["status"], "status", STATUS.words)


def ampel_mix(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Measures per Leitziel and effective Ampel: lz_nr, leitziel, ampel, count."""
    return _mix(plan, compute_ampel(plan, today)["ampel"], "ampel", AMPEL.words)
