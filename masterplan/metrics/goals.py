"""Leitziele: everything the page shows about one goal, from its sheet row to its measures and indicators."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pandas as pd

from masterplan.formatting import format_dates
from masterplan.metrics._common import dashed
from masterplan.metrics.display import split_lines
from masterplan.metrics.indicators import indicator_list
from masterplan.metrics.measures import measure_list
from masterplan.metrics.progress import Rollup, rollup_explanation, rollup_fokusprojekte, rollup_leitziel
from masterplan.metrics.stakeholders import lead_labels
from masterplan.tables import Plan, cell_value


@dataclass(frozen=True)
class LeitzielProfile:
    """Everything the Leitziele page shows about one goal."""

    lz_nr: str
    title: str
    description: str | None
    subgoals: tuple[str, ...]
    rollup: Rollup
    explanation: pd.DataFrame  # rollup_explanation
    projects: pd.DataFrame  # fp_nr, fokusprojekt, lead, measures, counted, progress
    measures: pd.DataFrame  # measure_list rows of the goal, Ende as German text
    indicators: pd.DataFrame  # indicator_list rows of the goal


def leitziel_profile(plan: Plan, lz_nr: str, today: datetime.date) -> LeitzielProfile:
    """One Leitziel: title, Beschreibung, Unterziele, roll-up with explanation, Fokusprojekte, measures, indicators."""
    goals = plan["Leitziele"]
    row = goals[goals["lz_nr"].eq(lz_nr)]
    first = row.iloc[0] if len(row) else pd.Series(dtype=object)
    rollup = rollup_leitziel(plan, lz_nr)
    projects = rollup_fokusprojekte(plan)
    projects = projects[projects["lz_nr"].eq(lz_nr)]
    sheet = plan["Fokusprojekte"].set_index("fp_nr")["federfuehrung"]
    projects = dashed(projects.assign(lead=lead_labels(plan, projects["fp_nr"].map(sheet))), ["lead"])
    measures = measure_list(plan, today)
    indicators = indicator_list(plan)
    return LeitzielProfile(
        lz_nr=lz_nr,
        title=str(cell_value(first.get("leitziel")) or lz_nr),
        description=cell_value(first.get("beschreibung")),
        subgoals=split_lines(first.get("unterziele")),
        rollup=rollup,
        explanation=rollup_explanation(rollup),
        projects=projects[["fp_nr", "fokusprojekt", "lead", "measures", "counted", "progress"]].reset_index(drop=True),
        measures=measures[measures["lz_nr"].eq(lz_nr)].pipe(lambda f: f.assign(ende=format_dates(f["ende"])))
        .reset_index(drop=True),
        indicators=indicators[indicators["lz_nr"].eq(lz_nr)].reset_index(drop=True),
    )
