"""Umsetzungsstand: each measure's progress and weight, and the weighted roll-ups with their explanation.

- Percentages are on the 0–100 scale everywhere (Umsetzungsstand, planned progress, target achievement).
- Progress of a measure: abgeschlossen counts 100, a missing Umsetzungsstand 0, a missing or non-positive
  Gewicht 1; entfallen measures are listed in explanations but not counted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from masterplan import texts
from masterplan.formatting import format_number, format_percent
from masterplan.metrics._common import all_leitziele, titles_by_key
from masterplan.tables import Plan
from masterplan.vocabulary import DONE, DROPPED, NO_STATUS


def measure_progress(plan: Plan) -> pd.DataFrame:
    """Each measure's progress and weight as roll-ups count them, so every roll-up uses one rule."""
    m = plan["Maßnahmen"]
    raw_weight = m["gewicht"].where(m["gewicht"] > 0)
    progress = m["umsetzungsstand"].fillna(0.0).clip(0, 100).where(m["status"].ne(DONE), 100.0)
    dropped = m["status"].eq(DROPPED)
    note = np.select(
        [dropped, m["status"].eq(DONE), m["umsetzungsstand"].isna(), raw_weight.isna()],
        [texts.figures.NOTE_DROPPED, texts.figures.NOTE_DONE, texts.figures.NOTE_NO_PROGRESS,
         texts.figures.NOTE_DEFAULT_WEIGHT],
        default="",
    )
    return pd.DataFrame({
        "nr": m["nr"], "massnahme": m["massnahme"], "lz_nr": m["lz_nr"], "fp_nr": m["fp_nr"],
        "status": m["status"], "umsetzungsstand": m["umsetzungsstand"], "progress": progress,
        "weight": raw_weight.fillna(1.0), "included": ~dropped, "note": note,
    })


@dataclass(frozen=True)
class Rollup:
    """A weighted mean with the measures behind it, so the page can answer "Warum 63 %?"."""

    value: float | None
    measures: int
    counted: int
    explanation: pd.DataFrame  # measure_progress columns + weight_share (0–1), points (sum = value)

    @property
    def summary(self) -> str:
        if self.value is None:
            return texts.figures.ROLLUP_EMPTY
        text = texts.figures.ROLLUP_SUMMARY.format(value=format_percent(self.value),
                                                   counted=format_number(self.counted))
        excluded = self.measures - self.counted
        return text + (texts.figures.ROLLUP_SUMMARY_EXCLUDED.format(excluded=format_number(excluded))
                       if excluded else "")


def _rollup(progress: pd.DataFrame) -> Rollup:
    """Weighted mean over the counted rows of a measure_progress frame, with each row's share."""
    counted = progress["included"]
    total = progress["weight"].where(counted, 0.0).sum()
    share = progress["weight"].where(counted, 0.0) / total if total > 0 else pd.Series(0.0, index=progress.index)
    explanation = progress.assign(weight_share=share, points=share * progress["progress"])
    explanation = explanation.sort_values(["points", "nr"], ascending=[False, True], kind="stable")
    value = float(explanation["points"].sum()) if total > 0 else None
    return Rollup(value, len(progress), int(counted.sum()), explanation.reset_index(drop=True))


def _rollup_where(plan: Plan, column: str, key: str) -> Rollup:
    """Roll-up of the measures whose ``column`` is ``key``."""
    progress = measure_progress(plan)
    return _rollup(progress[progress[column].eq(key)])


def rollup_plan(plan: Plan) -> Rollup:
    """Umsetzungsstand of the whole plan."""
    return _rollup(measure_progress(plan))


def rollup_leitziel(plan: Plan, lz_nr: str) -> Rollup:
    """Umsetzungsstand of one Leitziel with its explanation."""
    return _rollup_where(plan, "lz_nr", lz_nr)


def rollup_fokusprojekt(plan: Plan, fp_nr: str) -> Rollup:
    """Umsetzungsstand of one Fokusprojekt with its explanation."""
    return _rollup_where(plan, "fp_nr", fp_nr)


def _group_rollup(progress: pd.DataFrame, key: str, keys: pd.Series) -> pd.DataFrame:
    """Weighted mean per group in one groupby; groups without measures keep NaN."""
    counted = progress[progress["included"]]
    sums = counted.assign(wp=counted["weight"] * counted["progress"]).groupby(key)[["weight", "wp"]].sum()
    order = pd.concat([keys, progress[key]]).dropna().unique()
    result = pd.DataFrame({
        "measures": progress.groupby(key).size(),
        "counted": counted.groupby(key).size(),
        "weight": sums["weight"],
        "progress": sums["wp"] / sums["weight"].where(sums["weight"] > 0),
    }).reindex(order)
    result[["measures", "counted"]] = result[["measures", "counted"]].fillna(0).astype(int)
    return result.fillna({"weight": 0.0}).rename_axis(key).reset_index()


def rollup_leitziele(plan: Plan) -> pd.DataFrame:
    """Umsetzungsstand per Leitziel: lz_nr, leitziel, measures, counted, weight, progress (NaN = none)."""
    goals = all_leitziele(plan)
    result = _group_rollup(measure_progress(plan), "lz_nr", goals["lz_nr"])
    result.insert(1, "leitziel", goals["leitziel"])
    return result


def rollup_fokusprojekte(plan: Plan) -> pd.DataFrame:
    """Umsetzungsstand per Fokusprojekt: fp_nr, fokusprojekt, lz_nr, measures, counted, weight, progress."""
    projects = plan["Fokusprojekte"]
    progress = measure_progress(plan)
    result = _group_rollup(progress, "fp_nr", projects["fp_nr"])
    titles = result["fp_nr"].map(titles_by_key(projects, "fp_nr", "fokusprojekt")).fillna(result["fp_nr"])
    from_measures = progress.dropna(subset=["fp_nr"]).drop_duplicates("fp_nr").set_index("fp_nr")["lz_nr"]
    result.insert(1, "fokusprojekt", titles)
    result.insert(2, "lz_nr", result["fp_nr"].map(projects.set_index("fp_nr")["lz_nr"].combine_first(from_measures)))
    return result


def rollup_explanation(rollup: Rollup) -> pd.DataFrame:
    """ "Warum 63 %?" as a table: nr, massnahme, status, progress (0–100), weight, weight_share and points as German
    text ("12,5 %", "8,1"), note; largest contribution first, uncounted measures with "–"."""
    e = rollup.explanation
    counted = e["included"].astype(bool)
    return pd.DataFrame({
        "nr": e["nr"], "massnahme": e["massnahme"], "status": e["status"].fillna(NO_STATUS),
        "progress": e["progress"],
        "weight": e["weight"].map(format_number).where(counted, texts.common.MISSING),
        "weight_share": (100 * e["weight_share"]).map(lambda v: format_percent(v, 1))
                        .where(counted, texts.common.MISSING),
        "points": e["points"].map(lambda v: format_number(v, 1)).where(counted, texts.common.MISSING),
        "note": e["note"],
    })
