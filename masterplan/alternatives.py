"""Text alternatives of the charts: the name a screen reader announces, one sentence saying what the chart
shows, and its numbers as a table (WCAG 1.1.1: a chart's content must be there without seeing it).

One function per chart of masterplan.charts, taking the same input, so a page hands both the same frame.
Tables have German headers and German-formatted values: they are finished displays, like the meeting's.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from masterplan import texts
from masterplan.formatting import NBSP, counted, format_date, format_dates, format_percent, format_value
from masterplan.meeting.model import Chart, ChartKind
from masterplan.metrics import gantt_selection
from masterplan.tables import is_blank
from masterplan.vocabulary import AMPEL, MILESTONE_STATES, ROLES, STATUS, Vocabulary

TEXT = texts.charts


@dataclass(frozen=True)
class Alternative:
    """What a chart says without its picture."""

    name: str  # short: the chart's title
    summary: str  # one or two sentences with the figures that matter
    table: pd.DataFrame  # every number the chart draws


def _goal(frame: pd.DataFrame) -> pd.Series:
    return frame["lz_nr"].astype(str) + " " + frame["leitziel"].astype(str)


def _empty(name: str) -> Alternative:
    return Alternative(name, TEXT.ALT_EMPTY, pd.DataFrame())


def _parts(counts: Mapping[str, int], unit: tuple[str, str] | None = None) -> str:
    """„20 in Umsetzung, 10 abgeschlossen“: each non-zero count with its word, in the given order."""
    return ", ".join(f"{counted(n, unit) if unit else n} {word}" for word, n in counts.items() if n)


def progress(rollup: pd.DataFrame, name: str = TEXT.CHART_PROGRESS) -> Alternative:
    """For charts.progress_chart: the goal furthest along and the one least far."""
    if rollup.empty:
        return _empty(name)
    table = pd.DataFrame({
        TEXT.COL_GOAL: _goal(rollup),
        TEXT.COL_PROGRESS: rollup["progress"].map(format_percent),
        TEXT.COL_COUNTED: rollup["counted"],
        TEXT.COL_MEASURES: rollup["measures"],
    })
    rated = rollup.assign(goal=_goal(rollup)).dropna(subset=["progress"])
    if len(rated) == 0:
        return Alternative(name, TEXT.ALT_EMPTY, table)
    ranked = rated.sort_values("progress", ascending=False, kind="stable")
    best, worst = ranked.iloc[0], ranked.iloc[-1]
    if len(ranked) == 1:
        summary = TEXT.ALT_PROGRESS_ONE.format(goal=best["goal"], value=format_percent(best["progress"]))
    else:
        summary = TEXT.ALT_PROGRESS_RANGE.format(
            best=best["goal"], best_value=format_percent(best["progress"]),
            worst=worst["goal"], worst_value=format_percent(worst["progress"]))
    return Alternative(name, summary, table)


def _mix(mix: pd.DataFrame, column: str, values: Vocabulary, name: str) -> Alternative:
    if mix.empty or mix["count"].sum() == 0:
        return _empty(name)
    wide = mix.assign(goal=_goal(mix)).pivot_table(index="goal", columns=column, values="count", aggfunc="sum",
                                                   fill_value=0, sort=False)
    words = [t.word for t in values.shown_terms if t.word in wide.columns and wide[t.word].sum() > 0]
    shown = {t.word: t.shown for t in values.shown_terms}
    table = wide[words].rename(columns=shown).rename_axis(columns=None)
    table[TEXT.COL_TOTAL] = table.sum(axis=1)
    totals = {shown[word]: int(wide[word].sum()) for word in words}
    summary = counted(sum(totals.values()), TEXT.ALT_MIX, parts=_parts(totals))
    return Alternative(name, summary, table.reset_index(names=TEXT.COL_GOAL))


def status_mix(mix: pd.DataFrame, name: str = TEXT.CHART_STATUS_MIX) -> Alternative:
    """For charts.status_mix_chart: how many measures have each status, per Leitziel in the table."""
    return _mix(mix, "status", STATUS, name)


def ampel_mix(mix: pd.DataFrame, name: str = TEXT.CHART_AMPEL_MIX) -> Alternative:
    """For charts.ampel_mix_chart: how many measures have each Ampel, per Leitziel in the table."""
    return _mix(mix, "ampel", AMPEL, name)


def schedule(plan, today: datetime.date, limit: int | None = None,
             window: tuple[pd.Timestamp, pd.Timestamp] | None = None, name: str = TEXT.CHART_GANTT) -> Alternative:
    """For charts.schedule_chart: the span of the measures, how many are late, the milestones by state; the table
    lists each measure with its milestones below it."""
    selection = gantt_selection(plan, today, limit, window)
    measures = selection.measures.dropna(subset=["beginn", "ende"]).sort_values(["lz_nr", "beginn", "nr"],
                                                                                kind="stable")
    if measures.empty:
        return _empty(name)
    milestones = selection.milestones[selection.milestones["nr"].isin(measures["nr"])]
    sentence = [counted(len(measures), TEXT.ALT_SCHEDULE, start=format_date(measures["beginn"].min()),
                        end=format_date(measures["ende"].max()))]
    for flag, forms in (("overdue", TEXT.ALT_SCHEDULE_OVERDUE), ("behind", TEXT.ALT_SCHEDULE_BEHIND)):
        if measures[flag].sum():
            sentence.append(counted(int(measures[flag].sum()), forms))
    summary = ", ".join(sentence) + "."
    if len(milestones):
        states = milestones["state"].value_counts()
        parts = _parts({t.word: int(states.get(t.word, 0)) for t in MILESTONE_STATES})
        summary += " " + counted(len(milestones), TEXT.ALT_MILESTONES, parts=parts) + "."
    rows = pd.DataFrame({
        "order": range(len(measures)), "sub": 0, TEXT.COL_GOAL: measures["lz_nr"].to_numpy(),
        TEXT.COL_NR: measures["nr"].to_numpy(), TEXT.COL_KIND: TEXT.ALT_KIND_MEASURE,
        TEXT.COL_TITLE: measures["massnahme"].to_numpy(), TEXT.COL_START: format_dates(measures["beginn"]).to_numpy(),
        TEXT.COL_END: format_dates(measures["ende"]).to_numpy(),
        TEXT.COL_STATE: measures["status"].fillna(texts.common.MISSING).to_numpy(),
    })
    order = dict(zip(measures["nr"], range(len(measures)), strict=True))
    goals = dict(zip(measures["nr"], measures["lz_nr"], strict=True))
    stones = pd.DataFrame({
        "order": milestones["nr"].map(order).to_numpy(), "sub": 1,
        TEXT.COL_GOAL: milestones["nr"].map(goals).to_numpy(),
        TEXT.COL_NR: milestones["ms_nr"].to_numpy(), TEXT.COL_KIND: TEXT.ALT_KIND_MILESTONE,
        TEXT.COL_TITLE: milestones["meilenstein"].to_numpy(), TEXT.COL_START: texts.common.MISSING,
        TEXT.COL_END: format_dates(milestones["faellig_am"]).to_numpy(), TEXT.COL_STATE: milestones["state"].to_numpy(),
    })
    table = pd.concat([rows, stones]).sort_values(["order", "sub"], kind="stable").drop(columns=["order", "sub"])
    return Alternative(name, summary, table.reset_index(drop=True))


def heatmap(matrix: pd.DataFrame, name: str = TEXT.CHART_HEATMAP) -> Alternative:
    """For charts.stakeholder_heatmap: the institution involved in most measures; the grid as a table."""
    if matrix.empty:
        return _empty(name)
    data = matrix.assign(goal=matrix["lz_nr"].astype(str))
    grid = data.pivot_table(index="label", columns="goal", values="total", aggfunc="sum", fill_value=0)
    grid = grid.reindex(columns=sorted(grid.columns))
    grid[TEXT.COL_TOTAL] = grid.sum(axis=1)
    grid = grid.sort_values(TEXT.COL_TOTAL, ascending=False, kind="stable").rename_axis(columns=None)
    top = grid.index[0]
    summary = counted(len(grid), TEXT.ALT_HEATMAP, goals=counted(data["lz_nr"].nunique(), TEXT.GOALS_COUNTED),
                      top=top, measures=counted(int(grid.iloc[0][TEXT.COL_TOTAL]), TEXT.MEASURES_COUNTED))
    return Alternative(name, summary, grid.reset_index(names=TEXT.COL_INSTITUTION))


def network(edges: pd.DataFrame, name: str = TEXT.CHART_NETWORK) -> Alternative:
    """For charts.network_chart: how many measures, institutions and links by role; every link in the table."""
    if edges.empty:
        return _empty(name)
    roles = edges["rolle"].value_counts()
    summary = TEXT.ALT_NETWORK.format(
        measures=counted(edges["nr"].nunique(), TEXT.MEASURES_COUNTED),
        institutions=counted(edges["st_nr"].nunique(), TEXT.INSTITUTIONS_COUNTED),
        links=counted(len(edges), TEXT.LINKS_COUNTED),
        roles=_parts({role: int(roles.get(role, 0)) for role in ROLES.words}))
    table = pd.DataFrame({
        TEXT.COL_INSTITUTION: edges["label"], TEXT.COL_ROLE: edges["rolle"], TEXT.COL_NR: edges["nr"],
        TEXT.COL_MEASURE: edges["massnahme"], TEXT.COL_GOAL: edges["lz_nr"],
    }).sort_values([TEXT.COL_INSTITUTION, TEXT.COL_NR], kind="stable")
    return Alternative(name, summary, table.reset_index(drop=True))


def load(load_: pd.DataFrame, limit: int | None = None, name: str = TEXT.CHART_LOAD) -> Alternative:
    """For charts.load_chart: the busiest institution with its roles; the institutions drawn as a table."""
    busy = load_[load_["total"] > 0].head(limit)
    if busy.empty:
        return _empty(name)
    first = busy.iloc[0]
    summary = counted(len(busy), TEXT.ALT_LOAD, top=first["label"],
                      measures=counted(int(first["total"]), TEXT.MEASURES_COUNTED),
                      roles=_parts({role: int(first[role]) for role in ROLES.words}))
    table = busy[["label", *ROLES.words, "total"]].rename(
        columns={"label": TEXT.COL_INSTITUTION, "total": TEXT.COL_TOTAL})
    return Alternative(name, summary, table.reset_index(drop=True))


def indicator(values: pd.DataFrame, indicator_: Mapping[str, object]) -> Alternative:
    """For charts.indicator_chart: the latest value, how many values since when, the target."""
    name = str(indicator_.get("indikator") or indicator_.get("ind_nr") or "")
    if values.empty:
        return _empty(name)
    unit = indicator_.get("einheit")
    suffix = "" if is_blank(unit) or not unit else f"{NBSP}%" if unit == "%" else f" ({unit})"
    ordered = values.sort_values("stichtag", kind="stable")
    latest = ordered.iloc[-1]
    summary = TEXT.ALT_INDICATOR.format(
        value=format_value(latest["wert"]) + suffix, date=format_date(latest["stichtag"].date()),
        measurements=counted(len(ordered), TEXT.MEASUREMENTS_COUNTED),
        first=format_date(ordered["stichtag"].iloc[0].date()))
    target = indicator_.get("zielwert")
    if not is_blank(target):
        year = indicator_.get("zieljahr")
        summary += TEXT.ALT_INDICATOR_TARGET.format(
            value=format_value(target) + suffix, year="" if is_blank(year) else f" ({int(year)})")
    table = pd.DataFrame({TEXT.COL_DATE: format_dates(ordered["stichtag"]),
                          TEXT.COL_VALUE: ordered["wert"].map(format_value)})
    return Alternative(name, summary, table.reset_index(drop=True))


def slide(chart: Chart) -> Alternative:
    """For charts.slide_chart: a line chart's latest values, a stacked chart's totals, a bar chart's range per
    series; the chart's data as a table, formatted as its labels."""
    data = chart.data
    if data.empty or data.columns.empty or data.isna().all().all():
        return _empty(chart.title)
    if chart.kind == ChartKind.LINE:
        index = pd.DatetimeIndex(data.index)
        last = data.notna().to_numpy().any(axis=1).nonzero()[0][-1]
        latest = {str(s): chart.format(data[s].iloc[last]) for s in data.columns if not is_blank(data[s].iloc[last])}
        parts = ", ".join(latest.values()) if len(data.columns) == 1 else ", ".join(
            f"{s} {v}" for s, v in latest.items())
        summary = TEXT.ALT_SLIDE_LATEST.format(date=format_date(index[last].date()), parts=parts)
        rows, first = format_dates(pd.Series(index)), TEXT.COL_DATE
    elif chart.kind == ChartKind.STACKED:
        totals = data.fillna(0).sum()
        summary = TEXT.ALT_SLIDE_TOTALS.format(
            parts=", ".join(f"{chart.format(v)} {s}" for s, v in totals.items() if v))
        rows, first = pd.Series(data.index.astype(str)), ""
    else:
        sentences = []
        for series in data.columns:
            values = data[series].dropna()
            if values.empty:
                continue
            sentence = TEXT.ALT_SLIDE_RANGE.format(
                best=values.idxmax(), best_value=chart.format(values.max()),
                worst=values.idxmin(), worst_value=chart.format(values.min()))
            sentences.append(f"{series}: {sentence}" if len(data.columns) > 1 else sentence[0].upper() + sentence[1:])
        summary = " ".join(sentences)
        rows, first = pd.Series(data.index.astype(str)), ""
    table = data.apply(lambda column: column.map(chart.format)).reset_index(drop=True).rename_axis(columns=None)
    table.insert(0, first, rows.to_numpy())
    return Alternative(chart.title, summary, table.rename(columns=str))
