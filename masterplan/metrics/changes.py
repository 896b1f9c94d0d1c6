"""Veränderungen: what changed between two Stände, as topic tables, one agenda list and the Übersicht's short list."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields

import pandas as pd

from loaders.schema import MASSNAHMEN
from masterplan import texts
from masterplan.formatting import (
    fill,
    fill_counted,
    format_cell,
    format_dates,
    format_percent,
    format_signed,
    shorten,
)
from masterplan.metrics._common import MEASURE_COLUMNS, blank_as, dashed
from masterplan.metrics.display import ampel_labels
from masterplan.metrics.measures import measure_table
from masterplan.metrics.milestones import is_reached, milestone_states
from masterplan.tables import Plan, cell_value
from masterplan.vocabulary import NO_STATUS


@dataclass(frozen=True)
class PlanChanges:
    """What changed between two Stände: the agenda of a Lenkungskreis meeting."""

    new_measures: pd.DataFrame  # nr, massnahme, lz_nr, status, lead, ampel
    removed_measures: pd.DataFrame  # same columns, from the old Stand
    status_changes: pd.DataFrame  # nr, massnahme, lz_nr, status_old, status_new
    ampel_changes: pd.DataFrame  # nr, massnahme, lz_nr, ampel_old, ampel_new, ampel_reason
    progress_changes: pd.DataFrame  # nr, massnahme, lz_nr, progress_old, progress_new, delta
    sachstand_changes: pd.DataFrame  # nr, massnahme, lz_nr, sachstand_old, sachstand_new (whole texts)
    field_changes: pd.DataFrame  # nr, massnahme, lz_nr, angabe (German header), value_old, value_new (display text)
    milestones_new: pd.DataFrame  # ms_nr, nr, massnahme, meilenstein, faellig_am
    milestones_removed: pd.DataFrame  # same columns, from the old Stand
    milestones_reached: pd.DataFrame  # ms_nr, nr, massnahme, meilenstein, faellig_am, erreicht_am, state
    milestones_postponed: pd.DataFrame  # ms_nr, nr, massnahme, meilenstein, faellig_old, faellig_new, shift_days

    def summary(self) -> pd.DataFrame:
        """One row per topic with German name and count, in agenda order."""
        return pd.DataFrame({
            "topic": [texts.figures.CHANGE_TOPICS[f.name] for f in fields(self)],
            "count": [len(getattr(self, f.name)) for f in fields(self)],
        })

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name).empty for f in fields(self))


SHORT_TEXT = 80  # characters of a Sachstand in a change table; the whole text is shown on demand
# Measure fields with a topic of their own (or the key); every other Maßnahmen column is a field change.
OWN_TOPICS = ("nr", "status", "ampel", "umsetzungsstand", "sachstand")
OTHER_FIELDS = tuple(c for c in MASSNAHMEN.columns if c.field not in OWN_TOPICS)


def _differs(old: pd.Series, new: pd.Series) -> pd.Series:
    """Null-safe inequality: two blanks are equal."""
    return (old != new) & ~(old.isna() & new.isna())


def _measure_changes(old: pd.DataFrame, new: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """New, removed and changed measures from two measure_table frames."""
    listed = [*MEASURE_COLUMNS, "status", "lead", "ampel"]
    both = old[["nr", "status", "ampel", "progress", "sachstand"]].merge(new, on="nr", suffixes=("_old", "_new"))
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
        "sachstand_changes": both.loc[_differs(both["sachstand_old"], both["sachstand_new"]),
                                      [*MEASURE_COLUMNS, "sachstand_old", "sachstand_new"]],
        "field_changes": _field_changes(old, new),
    }
    return {name: frame.reset_index(drop=True) for name, frame in rows.items()}


def _field_changes(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """One row per changed Maßnahmen field without a topic of its own (Ende, Federführung, Kosten, …), in
    Leitziel, Nr. and column order; Federführung as the institution's label."""
    shown = {c.field: ("lead" if c.field == "federfuehrung" else c.field) for c in OTHER_FIELDS}
    both = old[["nr", *set(shown.values())]].merge(new, on="nr", suffixes=("_old", "_new"))
    parts = []
    for column in OTHER_FIELDS:
        name = shown[column.field]
        changed = both[_differs(both[f"{name}_old"], both[f"{name}_new"])]
        parts.append(pd.DataFrame({
            "nr": changed["nr"], "massnahme": changed["massnahme_new"], "lz_nr": changed["lz_nr_new"],
            "angabe": column.header, "value_old": [format_cell(column, v) for v in changed[f"{name}_old"]],
            "value_new": [format_cell(column, v) for v in changed[f"{name}_new"]], "_order": len(parts),
        }, columns=["nr", "massnahme", "lz_nr", "angabe", "value_old", "value_new", "_order"]))
    return pd.concat(parts).sort_values(["lz_nr", "nr", "_order"], kind="stable").drop(columns="_order")


def _milestone_changes(old: pd.DataFrame, new: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Milestones new, removed, newly reached and those whose Fällig am moved later, from two milestone_states
    frames."""
    before = old[["ms_nr", "faellig_am"]].assign(reached_old=is_reached(old))
    merged = new.assign(reached_new=is_reached(new)).merge(before, on="ms_nr", how="left", suffixes=("", "_old"))
    merged = merged.sort_values(["faellig_am", "ms_nr"], kind="stable")
    reached = merged["reached_new"] & ~merged["reached_old"].astype("boolean").fillna(False)
    postponed = (merged["faellig_am"] > merged["faellig_am_old"]).fillna(False)
    listed = ["ms_nr", "nr", "massnahme", "meilenstein"]
    moved = merged.loc[postponed, [*listed, "faellig_am_old", "faellig_am"]].rename(
        columns={"faellig_am_old": "faellig_old", "faellig_am": "faellig_new"})
    listed_new = [*listed, "faellig_am"]
    rows = {
        "milestones_new": new.loc[~new["ms_nr"].isin(old["ms_nr"]), listed_new].sort_values(
            ["faellig_am", "ms_nr"], kind="stable"),
        "milestones_removed": old.loc[~old["ms_nr"].isin(new["ms_nr"]), listed_new].sort_values(
            ["faellig_am", "ms_nr"], kind="stable"),
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
    """Each topic of a PlanChanges in agenda order as (German topic, table); a Sachstand shortened to SHORT_TEXT
    characters (sachstand_texts has it whole)."""
    short = {c: changes.sachstand_changes[c].map(lambda v: shorten(v, SHORT_TEXT))
             for c in ("sachstand_old", "sachstand_new")}
    frames = {f.name: getattr(changes, f.name) for f in fields(changes)}
    frames["sachstand_changes"] = frames["sachstand_changes"].assign(**short)
    return [(texts.figures.CHANGE_TOPICS[name], frame) for name, frame in frames.items()]


def sachstand_texts(changes: PlanChanges) -> list[tuple[str, str, str]]:
    """Each changed Sachstand whole, for reading on demand: („M03 Reallabor“, old text, new text), blanks "–"."""
    return [(f"{r.nr} {_dash(r.massnahme)}", _dash(r.sachstand_old), _dash(r.sachstand_new))
            for r in changes.sachstand_changes.itertuples(index=False)]


def _dash(value: object) -> str:
    """A cell as text, blanks as "–"."""
    value = cell_value(value)
    return texts.common.MISSING if value is None else str(value)


def _status_text(status: pd.Series) -> pd.Series:
    return blank_as(status, NO_STATUS)


def change_list(changes: PlanChanges, limit: int | None = None) -> pd.DataFrame:
    """All changes as one agenda list in topic order: topic, nr, title, before, after (German text).

    ``limit`` keeps the first rows only (the Übersicht's short list).
    """
    c = changes
    progress = c.progress_changes
    parts = [
        ("new_measures", c.new_measures, "massnahme", texts.common.MISSING, _status_text(c.new_measures["status"])),
        ("removed_measures", c.removed_measures, "massnahme", _status_text(c.removed_measures["status"]),
         texts.upload.CHANGE_KIND_REMOVED),
        ("status_changes", c.status_changes, "massnahme", _status_text(c.status_changes["status_old"]),
         _status_text(c.status_changes["status_new"])),
        ("ampel_changes", c.ampel_changes, "massnahme", ampel_labels(c.ampel_changes["ampel_old"]),
         ampel_labels(c.ampel_changes["ampel_new"])),
        ("progress_changes", progress, "massnahme", progress["progress_old"].map(format_percent),
         fill_counted(texts.common.CHANGE_PROGRESS, progress["delta"].round(0),
                      new=progress["progress_new"].map(format_percent),
                      count=progress["delta"].map(lambda v: format_signed(v, 0)))),
        ("sachstand_changes", c.sachstand_changes, "massnahme",
         c.sachstand_changes["sachstand_old"].map(lambda v: shorten(v, SHORT_TEXT)),
         c.sachstand_changes["sachstand_new"].map(lambda v: shorten(v, SHORT_TEXT))),
        ("field_changes", c.field_changes, "massnahme",
         fill(texts.common.CHANGE_FIELD, field=c.field_changes["angabe"], value=c.field_changes["value_old"]),
         fill(texts.common.CHANGE_FIELD, field=c.field_changes["angabe"], value=c.field_changes["value_new"])),
        ("milestones_new", c.milestones_new, "meilenstein", texts.common.MISSING,
         fill(texts.common.CHANGE_DUE, date=format_dates(c.milestones_new["faellig_am"]))),
        ("milestones_removed", c.milestones_removed, "meilenstein",
         fill(texts.common.CHANGE_DUE,
              date=format_dates(c.milestones_removed["faellig_am"])), texts.upload.CHANGE_KIND_REMOVED),
        ("milestones_reached", c.milestones_reached, "meilenstein",
         fill(texts.common.CHANGE_DUE, date=format_dates(c.milestones_reached["faellig_am"])),
         fill(texts.common.CHANGE_REACHED, date=format_dates(c.milestones_reached["erreicht_am"]))),
        ("milestones_postponed", c.milestones_postponed, "meilenstein",
         fill(texts.common.CHANGE_DUE, date=format_dates(c.milestones_postponed["faellig_old"])),
         fill(texts.common.CHANGE_DUE, date=format_dates(c.milestones_postponed["faellig_new"]))),
    ]
    columns = ["topic", "nr", "title", "before", "after"]
    frames = [
        pd.DataFrame({"topic": texts.figures.CHANGE_TOPICS[name], "nr": frame["nr"], "title": frame[title],
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
