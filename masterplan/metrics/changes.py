"""Veränderungen: what changed between two Stände, as topic tables, one agenda list and the Übersicht's short list."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields

import pandas as pd

from masterplan import texts
from masterplan.formatting import fill, fill_counted, format_dates, format_percent, format_signed
from masterplan.metrics._common import MEASURE_COLUMNS, blank_as, dashed
from masterplan.metrics.display import ampel_labels, labelled
from masterplan.metrics.measures import measure_table
from masterplan.metrics.milestones import _is_reached, milestone_states
from masterplan.tables import Plan


@dataclass(frozen=True)
class PlanChanges:
    """What changed between two Stände: the agenda of a Lenkungskreis meeting."""

    new_measures: pd.DataFrame  # nr, massnahme, lz_nr, status, lead, ampel
    removed_measures: pd.DataFrame  # same columns, from the old Stand
    status_changes: pd.DataFrame  # nr, massnahme, lz_nr, status_old, status_new
    ampel_changes: pd.DataFrame  # nr, massnahme, lz_nr, ampel_old, ampel_new, ampel_reason
    progress_changes: pd.DataFrame  # nr, massnahme, lz_nr, progress_old, progress_new, delta
    milestones_reached: pd.DataFrame  # ms_nr, nr, massnahme, meilenstein, faellig_am, erreicht_am, state
    milestones_postponed: pd.DataFrame  # ms_nr, nr, massnahme, meilenstein, faellig_old, faellig_new, shift_days

    def summary(self) -> pd.DataFrame:
        """One row per topic with German name and count, in agenda order."""
        return pd.DataFrame({
            "topic": [texts.CHANGE_TOPICS[f.name] for f in fields(self)],
            "count": [len(getattr(self, f.name)) for f in fields(self)],
        })

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name).empty for f in fields(self))


def _differs(old: pd.Series, new: pd.Series) -> pd.Series:
    """Null-safe inequality: two blanks are equal."""
    return (old != new) & ~(old.isna() & new.isna())


def _measure_changes(old: pd.DataFrame, new: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """New, removed and changed measures from two measure_table frames."""
    listed = [*MEASURE_COLUMNS, "status", "lead", "ampel"]
    both = old[["nr", "status", "ampel", "progress"]].merge(new, on="nr", suffixes=("_old", "_new"))
    both = both.assign(delta=both["progress_new"] - both["progress_old"]).sort_values(["lz_nr", "nr"], kind="stable")
    rows = {
        "new_measures": new.loc[~new["nr"].isin(old["nr"]), listed],
        "removed_measures": old.loc[~old["nr"].isin(new["nr"]), listed],
        "status_changes": both.loc[_differs(both["status_old"], both["status_new"]),
                                   [*MEASURE_COLUMNS, "status_old", "status_new"]],
        "ampel_changes": both.loc[_differs(both["ampel_old"], both["ampel_new"]),
                                  [*MEASURE_COLUMNS, "ampel_old", "ampel_new", "ampel_reason"]],
        "progress_changes": both.loc[both["delta"].abs() > 1e-9,
                                     [*MEASURE_COLUMNS, "progress_old", "progress_new", "delta"]],
    }
    return {name: frame.reset_index(drop=True) for name, frame in rows.items()}


def _milestone_changes(old: pd.DataFrame, new: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Milestones newly reached and those whose Fällig am moved later, from two milestone_states frames."""
    before = old[["ms_nr", "faellig_am"]].assign(reached_old=_is_reached(old))
    merged = new.assign(reached_new=_is_reached(new)).merge(before, on="ms_nr", how="left", suffixes=("", "_old"))
    merged = merged.sort_values(["faellig_am", "ms_nr"], kind="stable")
    reached = merged["reached_new"] & ~merged["reached_old"].astype("boolean").fillna(False)
    postponed = (merged["faellig_am"] > merged["faellig_am_old"]).fillna(False)
    listed = ["ms_nr", "nr", "massnahme", "meilenstein"]
    moved = merged.loc[postponed, [*listed, "faellig_am_old", "faellig_am"]].rename(
        columns={"faellig_am_old": "faellig_old", "faellig_am": "faellig_new"})
    rows = {
        "milestones_reached": merged.loc[reached, [*listed, "faellig_am", "erreicht_am", "state"]],
        "milestones_postponed": moved.assign(shift_days=(moved["faellig_new"] - moved["faellig_old"]).dt.days),
    }
    return {name: frame.reset_index(drop=True) for name, frame in rows.items()}


def compare_plans(old: Plan, new: Plan, today: datetime.date, old_today: datetime.date | None = None) -> PlanChanges:
    """Changes from old to new Stand. Ampel is computed for old as of old_today (its Stand's date,
    default today, so only data changes count) and for new as of today; progress as roll-ups count it."""
    measures = _measure_changes(measure_table(old, old_today or today), measure_table(new, today))
    milestones = _milestone_changes(milestone_states(old, old_today or today), milestone_states(new, today))
    return PlanChanges(**measures, **milestones)


def change_tables(changes: PlanChanges) -> list[tuple[str, pd.DataFrame]]:
    """Each topic of a PlanChanges in agenda order as (German topic, table with German labels)."""
    return [(texts.CHANGE_TOPICS[f.name], labelled(getattr(changes, f.name), labels=texts.V_COLUMNS))
            for f in fields(changes)]


def _status_text(status: pd.Series) -> pd.Series:
    return blank_as(status, texts.NO_STATUS)


def change_list(changes: PlanChanges, limit: int | None = None) -> pd.DataFrame:
    """All changes as one agenda list in topic order: topic, nr, title, before, after (German text).

    ``limit`` keeps the first rows only (the Übersicht's short list).
    """
    c = changes
    progress = c.progress_changes
    parts = [
        ("new_measures", c.new_measures, "massnahme", texts.MISSING, _status_text(c.new_measures["status"])),
        ("removed_measures", c.removed_measures, "massnahme", _status_text(c.removed_measures["status"]),
         texts.P_KIND_REMOVED),
        ("status_changes", c.status_changes, "massnahme", _status_text(c.status_changes["status_old"]),
         _status_text(c.status_changes["status_new"])),
        ("ampel_changes", c.ampel_changes, "massnahme", ampel_labels(c.ampel_changes["ampel_old"]),
         ampel_labels(c.ampel_changes["ampel_new"])),
        ("progress_changes", progress, "massnahme", progress["progress_old"].map(format_percent),
         fill_counted(texts.CHANGE_PROGRESS, progress["delta"].round(0),
                      new=progress["progress_new"].map(format_percent),
                      count=progress["delta"].map(lambda v: str(format_signed(v, 0))))),
        ("milestones_reached", c.milestones_reached, "meilenstein",
         fill(texts.CHANGE_DUE, date=format_dates(c.milestones_reached["faellig_am"])),
         fill(texts.CHANGE_REACHED, date=format_dates(c.milestones_reached["erreicht_am"]))),
        ("milestones_postponed", c.milestones_postponed, "meilenstein",
         fill(texts.CHANGE_DUE, date=format_dates(c.milestones_postponed["faellig_old"])),
         fill(texts.CHANGE_DUE, date=format_dates(c.milestones_postponed["faellig_new"]))),
    ]
    columns = ["topic", "nr", "title", "before", "after"]
    frames = [
        pd.DataFrame({"topic": texts.CHANGE_TOPICS[name], "nr": frame["nr"], "title": frame[title],
                      "before": before, "after": after}, index=frame.index, columns=columns)
        for name, frame, title, before, after in parts if not frame.empty
    ]
    result = dashed(pd.concat(frames, ignore_index=True), ["title"]) if frames else pd.DataFrame(columns=columns)
    return result.head(limit) if limit is not None else result


@dataclass(frozen=True)
class RecentChanges:
    """The Übersicht's "Letzte Änderungen": counts per topic, the first few changes, and how many there are."""

    summary: pd.DataFrame  # topic, count: every topic in agenda order, zeros included
    items: pd.DataFrame  # change_list, first ``limit`` rows
    total: int

    @property
    def hidden(self) -> int:
        """Changes not in ``items``."""
        return self.total - len(self.items)


def recent_changes(plan: Plan, previous: Plan, today: datetime.date, limit: int = 10) -> RecentChanges:
    """What changed from ``previous`` to ``plan`` (both judged as of today, so only data changes count)."""
    changes = compare_plans(previous, plan, today)
    everything = change_list(changes)
    return RecentChanges(changes.summary(), everything.head(limit).reset_index(drop=True), len(everything))
