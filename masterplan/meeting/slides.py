"""The content of a Lenkungskreis meeting, assembled once for the Sitzung page, the slide deck and the PDF report.

Streamlit-free. build_meeting() computes every figure, table and chart series from masterplan.metrics and
formats it for German readers as masterplan.meeting.model's slides; the outputs (pages/sitzung.py,
masterplan.exports.deck, masterplan.exports.report) only lay it out, so the three can never disagree. Decisions:
- Table cells are display strings (German numbers and dates, "–" for blanks, text from the spreadsheets with
  control characters removed), so every output shows the same; column labels are German.
- Chart data are plain frames: the index holds the categories (strings; Timestamps for line charts), each
  column is one series with float values (NaN = no value); colours come from masterplan.palette.
- Measures needing a decision are those with effective Ampel rot or Status zurückgestellt.
- The meeting opens with the Beschlüsse of earlier meetings still open, overdue ones first and said so in words;
  without any Beschluss (under the filters) that slide is left out rather than shown empty.
- The compared Stand's Ampel is computed as of its own date, so only data changes count as Ampel changes.
- Tables are complete; the deck and the report split long ones over slides or pages.
- Filtered material says so: „gefiltert: …“ under the title, in every footer and in the file name; Leitziele
  without a measure under the filters are left out rather than shown at „–“ or as an empty bar.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

import pandas as pd

from masterplan import clock, texts
from masterplan.access import author_name
from masterplan.formatting import (
    clip,
    counted,
    format_date,
    format_number,
    format_percent,
    format_signed,
    format_value,
    shorten,
)
from masterplan.meeting.model import (
    Chart,
    ChartKind,
    DateGrain,
    KeyFigure,
    Meeting,
    Slide,
    SlideKind,
    Table,
    ValueFormat,
)
from masterplan.metrics import (
    COLUMN_LABELS,
    PlanChanges,
    compare_plans,
    decisions_done_since,
    indicator_summary,
    indicator_values,
    kpis,
    measure_table,
    milestone_states,
    open_decisions,
    rollup_leitziele,
)
from masterplan.palette import LEITZIEL_COLORS
from masterplan.storage.stands import stand_title
from masterplan.storage.store import StandInfo
from masterplan.tables import Plan, is_blank
from masterplan.vocabulary import (
    AMPEL,
    DECISION_OPEN,
    GRUEN,
    MS_DUE_30,
    MS_DUE_90,
    MS_OVERDUE,
    NO_STATUS,
    ON_HOLD,
    ROT,
    STATUS,
)

SACHSTAND_LENGTH = 140
COMPARED_COLOR = "#BBBBBB"
TARGET_COLOR = AMPEL[GRUEN].color
UPCOMING_DAYS = 90
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# the pages' headers, and texts.meeting.COLUMNS where a slide names a column its own way
LABELS = {**COLUMN_LABELS, **texts.meeting.COLUMNS}


# --- formatting helpers --------------------------------------------------------------------------

_signed = partial(format_signed, decimals=0)  # points and counts: +5 · -3 · 0


def clean(value: object) -> str:
    """Text from a spreadsheet as a display string: blanks → "–", characters XML cannot hold removed."""
    return texts.common.MISSING if is_blank(value) else _ILLEGAL.sub("", str(value))


def _date(value: object) -> str:
    return texts.common.MISSING if is_blank(value) else format_date(pd.Timestamp(value).date())


def _int(value: object) -> str:
    return texts.common.MISSING if is_blank(value) else format_number(int(value))


def _sachstand(text: object) -> str:
    """A Sachstand shortened to what a table cell of a slide or page holds readably; the notes carry it whole."""
    return shorten(clean(text), SACHSTAND_LENGTH) if not is_blank(text) else texts.common.MISSING


def _table(title: str, source: pd.DataFrame, columns: Mapping[str, Callable[[object], str]],
           widths: Iterable[float], empty: str = "", labels: Mapping[str, str] | None = None) -> Table:
    """Display strings of the given columns under their German labels (widths: relative, ~cm on A4)."""
    names = {**LABELS, **(labels or {})}
    frame = pd.DataFrame({names.get(c, c): [fmt(v) for v in source[c]] for c, fmt in columns.items()},
                         columns=[names.get(c, c) for c in columns])
    return Table(title, frame, tuple(widths), empty)


def _notes(figures: Iterable[KeyFigure], *lines: str) -> str:
    shown = [f.line for f in figures]
    head = [texts.meeting.NOTES_FIGURES.format(figures="; ".join(shown))] if shown else []
    return "\n".join([*head, *[line for line in lines if line]])


def _goal_label(lz_nr: object, title: object) -> str:
    return clip(clean(f"{clean(lz_nr)} {clean(title)}"))


def _ampel_text(ampel: object, reason: object) -> str:
    return clean(ampel) if is_blank(reason) else f"{clean(ampel)} – {clean(reason)}"


# --- the builder ---------------------------------------------------------------------------------

@dataclass
class _Context:
    plan: Plan
    today: datetime.date
    stand: StandInfo
    since: StandInfo | None
    since_plan: Plan | None
    measures: pd.DataFrame
    rollups: pd.DataFrame
    before: pd.DataFrame | None
    changes: PlanChanges | None
    stored: tuple[StandInfo, ...] = ()
    decision_history: pd.DataFrame | None = None


def build_meeting(plan: Plan, stand: StandInfo, since_plan: Plan | None = None, since: StandInfo | None = None,
                  today: datetime.date | None = None, filter_note: str = "",
                  stored: Sequence[StandInfo] = (), stale: Mapping[str, str] | None = None,
                  decision_history: pd.DataFrame | None = None) -> Meeting:
    """The meeting for ``stand`` (its Plan), compared with ``since`` (its Plan) when both are given.

    ``today`` is the day the schedule rules (Ampel, milestones, overdue decisions) are evaluated for; default today.
    ``filter_note`` describes the filters both plans are restricted by (metrics.describe_filters).
    ``stored``: the Stände after ``since`` up to ``stand``, whose authors the changes slide names.
    ``stale``: Nr. → „seit 7 Monaten ohne Meldung“ for the measures not reported for too long
    (masterplan.rounds.staleness), marked in the Leitziel tables and the appendix.
    ``decision_history``: the decisions' Verlauf up to ``stand`` (storage.history.decision_history) for the notes.
    """
    if today is None:
        today = clock.today()
    if since_plan is None or since is None:
        since_plan, since = None, None
    measures = measure_table(plan, today)
    measures["stale_text"] = [(stale or {}).get(str(nr), "") for nr in measures["nr"]]
    rollups = rollup_leitziele(plan)
    if filter_note:
        rollups = rollups[rollups["measures"] > 0].reset_index(drop=True)
    ctx = _Context(
        plan=plan, today=today, stand=stand, since=since, since_plan=since_plan, measures=measures,
        rollups=rollups,
        before=rollup_leitziele(since_plan) if since_plan is not None else None,
        changes=compare_plans(since_plan, plan, today, old_today=since.day) if since_plan is not None else None,
        stored=tuple(stored), decision_history=decision_history,
    )
    stand_label = stand_title(stand)
    since_label = stand_title(since) if since else texts.meeting.NO_SINCE
    comparison = (texts.meeting.SINCE.format(id=since.id, date=format_date(since.day)) if since
                  else texts.meeting.NO_SINCE)
    slides = [
        _title_slide(ctx, stand_label, since_label, comparison, filter_note),
        *_decisions_slide(ctx),
        _overview_slide(ctx),
        *[_leitziel_slide(ctx, row) for row in ctx.rollups.itertuples(index=False)],
        _changes_slide(ctx),
        _milestones_slide(ctx),
        _indicators_slide(ctx),
    ]
    return Meeting(
        plan_name=texts.meeting.PLAN_NAME, stand_id=stand.id, stand_label=stand_label,
        since_id=since.id if since else None, since_label=since_label, comparison=comparison,
        stand_note=clean(stand.note) if stand.note else "", today=today,
        slides=tuple(slides), appendix=_appendix(ctx), changes=ctx.changes, filter_note=filter_note,
    )


def _title_slide(ctx: _Context, stand_label: str, since_label: str, comparison: str, filter_note: str) -> Slide:
    figures = (
        KeyFigure(texts.meeting.FIG_STAND, stand_label),
        KeyFigure(texts.meeting.FIG_SINCE, since_label),
        KeyFigure(texts.meeting.FIG_DAY, format_date(ctx.today)),
    )
    note = texts.meeting.STAND_NOTE.format(note=clean(ctx.stand.note)) if ctx.stand.note else ""
    return Slide(
        kind=SlideKind.TITLE, title=texts.meeting.PLAN_NAME,
        subtitle="\n".join(line for line in [
            texts.meeting.MEETING, stand_label, comparison, texts.meeting.DAY.format(date=format_date(ctx.today)),
            filter_note] if line),
        figures=figures, notes=_notes((), texts.meeting.NOTES_TITLE.format(
            stand=stand_label, since=since_label, day=format_date(ctx.today)), filter_note, note),
    )


def _decisions_slide(ctx: _Context) -> list[Slide]:
    """The Beschlüsse still open, overdue first, and how many were erledigt since the compared Stand; no slide
    when the Stand holds no Beschluss."""
    if ctx.plan["Beschlüsse"].empty:
        return []
    pending = _with_bezug(open_decisions(ctx.plan, ctx.today))
    pending["decision_state"] = [counted(int(days), texts.meeting.BESCHLUSS_OVERDUE) if late else status
                                 for late, days, status in zip(pending["overdue"], pending["days_overdue"],
                                                               pending["status"], strict=True)]
    figures = [KeyFigure(texts.meeting.FIG_BESCHLUESSE_OPEN, format_number(len(pending))),
               KeyFigure(texts.meeting.FIG_BESCHLUESSE_OVERDUE, format_number(int(pending["overdue"].sum())))]
    columns: dict[str, Callable[[object], str]] = {
        "beschluss_nr": clean, "datum": _date, "beschluss": clean, "bezug_text": clean, "zustaendig_label": clean,
        "frist": _date,
    }
    widths = (1.1, 1.0, 4.2, 2.6, 1.6, 1.0, 1.7)
    tables = [_table(texts.meeting.TABLE_BESCHLUESSE_OPEN, pending, columns | {"decision_state": clean}, widths,
                     texts.meeting.NO_BESCHLUESSE_OPEN)]
    if ctx.since_plan is not None:
        done = decisions_done_since(ctx.since_plan, ctx.plan, ctx.today)
        figures.append(KeyFigure(texts.meeting.FIG_BESCHLUESSE_DONE, format_number(len(done))))
        if not done.empty:
            tables.append(_table(texts.meeting.TABLE_BESCHLUESSE_DONE.format(id=ctx.since.id), _with_bezug(done),
                                 columns, widths[:-1]))
    lines = [texts.meeting.NOTES_BESCHLUSS.format(
        nr=clean(r.beschluss_nr), datum=_date(r.datum), state=r.decision_state, owner=clean(r.zustaendig_label),
        beschluss=clean(r.beschluss)) for r in pending.itertuples(index=False)]
    lines += _decision_steps(ctx.decision_history, pending["beschluss_nr"])
    return [Slide(kind=SlideKind.DECISIONS, title=texts.meeting.TITLE_BESCHLUESSE, figures=tuple(figures),
                  tables=tuple(tables), notes=_notes(figures, *lines))]


def _with_bezug(decisions: pd.DataFrame) -> pd.DataFrame:
    """The decisions with what they concern as one label: „M28 Beispiel: Wohnen im Gewerbehof …“ or „LZ6 …“."""
    return decisions.assign(bezug_text=[
        texts.common.MISSING if is_blank(key) else clip(clean(f"{key} {clean(title)}"))
        for key, title in zip(decisions["bezug"], decisions["bezug_title"], strict=True)])


def _decision_steps(history: pd.DataFrame | None, numbers: pd.Series) -> list[str]:
    """„Verlauf B-2025-01: Stand 1: offen, Frist 31.05.2026; Stand 3: …“ for each listed decision whose Status or
    Frist changed since it was recorded."""
    if history is None:
        return []
    lines = []
    for number in numbers:
        steps = history[history["beschluss_nr"].eq(number)]
        if len(steps) > 1:
            shown = [texts.meeting.NOTES_BESCHLUSS_STEP.format(
                stand=r.stand, status=DECISION_OPEN if is_blank(r.status) else clean(r.status), frist=_date(r.frist))
                for r in steps.itertuples(index=False)]
            lines.append(texts.meeting.NOTES_BESCHLUSS_STEPS.format(nr=clean(number), steps="; ".join(shown)))
    return lines


def _change_note(value: float | None, before: float | None, since: StandInfo | None) -> str:
    if since is None or is_blank(value) or is_blank(before):
        return ""
    return _points(value - before, since.id)


def _points(change: float, since_id: int) -> str:
    """„+1 Punkt gegenüber Stand 3“, „-4 Punkte gegenüber Stand 3“: rounded to whole points, as shown."""
    return counted(round(float(change)), texts.meeting.CHANGE_POINTS, _signed(change), id=since_id)


def _overview_slide(ctx: _Context) -> Slide:
    k = kpis(ctx.plan, ctx.today, ctx.since_plan)
    figures = (
        KeyFigure(texts.figures.KPI_PROGRESS, format_percent(k.progress),
                  _points(k.progress_change, ctx.since.id)
                  if ctx.since and k.progress_change is not None else ""),
        KeyFigure(texts.figures.KPI_MEASURES, format_number(k.measures)),
        KeyFigure(texts.figures.KPI_DONE, format_number(k.done)),
        KeyFigure(texts.figures.KPI_IN_PROGRESS, format_number(k.in_progress)),
        KeyFigure(texts.figures.KPI_RED, format_number(k.red)),
    )
    goals = ctx.rollups.assign(label=[_goal_label(n, t) for n, t in zip(ctx.rollups["lz_nr"],
                                                                           ctx.rollups["leitziel"], strict=True)])
    now = texts.meeting.SERIES_STAND.format(id=ctx.stand.id)
    progress = pd.DataFrame({now: goals["progress"].to_numpy(dtype=float)}, index=pd.Index(goals["label"]))
    colors = {now: LEITZIEL_COLORS[0]}
    before = None
    if ctx.before is not None:
        before = goals["lz_nr"].map(ctx.before.set_index("lz_nr")["progress"]).astype(float)
        then = texts.meeting.SERIES_STAND.format(id=ctx.since.id)
        progress[then] = before.to_numpy()
        colors[then] = COMPARED_COLOR
    charts = []
    if not goals.empty:
        charts.append(Chart(ChartKind.BAR, texts.charts.CHART_PROGRESS, progress, colors, ValueFormat.PERCENT,
                            maximum=100.0,
                            axis_title=texts.charts.AXIS_PROGRESS))
        ampel = _crosstab(ctx.measures, "lz_nr", "ampel", AMPEL.words, goals.set_index("lz_nr")["label"])
        if not ampel.empty:
            charts.append(Chart(ChartKind.STACKED, texts.charts.CHART_AMPEL_MIX, ampel,
                                {a: AMPEL.colors[a] for a in ampel.columns},
                                ValueFormat.COUNT, axis_title=texts.charts.AXIS_MEASURES, patterns=AMPEL.patterns))
    red = ctx.measures[ctx.measures["ampel"].eq(ROT)].groupby("lz_nr").size()
    rows = goals.assign(progress_change=(goals["progress"] - before) if before is not None else None,
                        red=goals["lz_nr"].map(red).fillna(0))
    columns: dict[str, Callable[[object], str]] = {"lz_nr": clean, "leitziel": clean, "progress": format_percent}
    widths = [0.5, 3.2, 1.8]
    if before is not None:
        columns["progress_change"] = _signed
        widths.append(1.7)
    columns |= {"measures": _int, "red": _int}
    widths += [1.2, 1.1]
    table = _table(texts.meeting.TABLE_LEITZIELE, rows, columns, widths)
    return Slide(kind=SlideKind.OVERVIEW, title=texts.meeting.TITLE_OVERVIEW, figures=figures, charts=tuple(charts),
                 tables=(table,) if not goals.empty else (), notes=_notes(figures, *[
                     f"{r.lz_nr}: {format_percent(r.progress)}" for r in goals.itertuples(index=False)]),
                 message="" if not goals.empty else texts.common.NO_DATA)


def _crosstab(measures: pd.DataFrame, by: str, column: str, order: tuple[str, ...],
              labels: pd.Series) -> pd.DataFrame:
    """Measures per category (labels: key → display label, in display order) and value; zero series dropped."""
    values = measures[column].fillna(NO_STATUS)
    counts = pd.crosstab(measures[by].fillna(""), values)
    columns = [v for v in (*order, NO_STATUS) if v in counts.columns and counts[v].sum() > 0]
    wide = counts.reindex(index=labels.index, columns=columns, fill_value=0).astype(float)
    wide.index = pd.Index(labels.to_numpy(), name=None)
    return wide if columns else pd.DataFrame()


def _leitziel_slide(ctx: _Context, goal) -> Slide:
    lz = goal.lz_nr
    m = ctx.measures[ctx.measures["lz_nr"].eq(lz)]
    before = ctx.before.set_index("lz_nr")["progress"].get(lz) if ctx.before is not None else None
    ampel_counts = m["ampel"].value_counts()
    decisions = m[m["ampel"].eq(ROT) | m["status"].eq(ON_HOLD)]
    figures = (
        KeyFigure(texts.figures.KPI_PROGRESS, format_percent(goal.progress),
                  _change_note(goal.progress, before, ctx.since)),
        KeyFigure(texts.meeting.FIG_COUNTED, format_number(goal.counted),
                  texts.meeting.FIG_COUNTED_NOTE.format(measures=format_number(goal.measures))),
        KeyFigure(texts.figures.KPI_RED, format_number(int(ampel_counts.get(ROT, 0))),
                  texts.meeting.FIG_RED_NOTE.format(
            **{a: format_number(int(ampel_counts.get(a, 0))) for a in AMPEL.words})),
        KeyFigure(texts.meeting.FIG_DECISIONS, format_number(len(decisions)), texts.meeting.FIG_DECISIONS_NOTE),
    )
    charts: list[Chart] = []
    if not m.empty:
        projects = m.assign(fp_key=m["fp_nr"].fillna(""))
        keys = sorted(projects["fp_key"].unique(), key=lambda k: (k == "", k))
        titles = projects.drop_duplicates("fp_key").set_index("fp_key")["fokusprojekt"]
        labels = pd.Series([clip(clean(f"{k} {clean(titles.get(k))}")) if k else texts.meeting.NO_PROJECT
                            for k in keys], index=keys)
        ampel = _crosstab(projects, "fp_key", "ampel", AMPEL.words, labels)
        status = _crosstab(projects, "fp_key", "status", STATUS.words, labels)
        if not ampel.empty:
            charts.append(Chart(ChartKind.STACKED, texts.meeting.CHART_AMPEL_PROJECTS, ampel,
                                {a: AMPEL.colors[a] for a in ampel.columns}, ValueFormat.COUNT,
                                axis_title=texts.charts.AXIS_MEASURES, patterns=AMPEL.patterns))
        if not status.empty:
            charts.append(Chart(ChartKind.STACKED, texts.meeting.CHART_STATUS_PROJECTS, status,
                                {s: STATUS.colors[s] for s in status.columns}, ValueFormat.COUNT,
                                axis_title=texts.charts.AXIS_MEASURES, patterns=STATUS.patterns))
    rows = decisions.assign(ampel_text=[_ampel_text(a, r) for a, r in zip(decisions["ampel"],
                                                                            decisions["ampel_reason"], strict=True)],
                            sachstand=[_aged(text, age) for text, age in zip(decisions["sachstand"],
                                                                             decisions["stale_text"], strict=True)])
    table = _table(texts.meeting.TABLE_DECISIONS, rows, {
        "nr": clean, "massnahme": clean, "lead": clean, "status": clean, "ampel_text": clean, "sachstand": clean,
    }, (1.0, 3.2, 2.4, 2.3, 3.2, 4.9), texts.meeting.NO_DECISIONS)
    lines = [texts.meeting.NOTES_DECISION.format(
        nr=clean(r.nr), massnahme=clean(r.massnahme), ampel=clean(r.ampel), status=clean(r.status),
        sachstand=clean(r.sachstand) if not is_blank(r.sachstand) else texts.meeting.NOTES_NO_SACHSTAND)
        for r in decisions.itertuples(index=False)]
    return Slide(
        kind=SlideKind.LEITZIEL, key=str(lz),
        title=texts.meeting.TITLE_LEITZIEL.format(lz_nr=clean(lz), leitziel=clean(goal.leitziel)),
        figures=figures, charts=tuple(charts), tables=(table,),
        notes=_notes(figures, *(lines or [texts.meeting.NO_DECISIONS])),
        message="" if not m.empty else texts.meeting.NO_MEASURES,
    )


def _changes_slide(ctx: _Context) -> Slide:
    if ctx.changes is None:
        return Slide(kind=SlideKind.CHANGES, title=texts.meeting.TITLE_CHANGES_NONE,
                     message=texts.meeting.NO_SINCE_TEXT,
                     notes=texts.meeting.NO_SINCE_TEXT)
    c = ctx.changes
    summary = c.summary()
    figures = tuple(KeyFigure(topic, format_number(count)) for topic, count in zip(summary["topic"], summary["count"],
                                                                                    strict=True) if count)
    t = texts.figures.CHANGE_TOPICS
    listed = {"nr": clean, "massnahme": clean, "lz_nr": clean, "status": clean, "lead": clean, "ampel": clean}
    progress = c.progress_changes.sort_values("delta", key=abs, ascending=False, kind="stable")
    tables = [
        _table(t["status_changes"], c.status_changes, {
            "nr": clean, "massnahme": clean, "lz_nr": clean, "status_old": clean, "status_new": clean,
        }, (0.6, 3.6, 0.6, 1.4, 1.4)),
        _table(t["ampel_changes"], c.ampel_changes, {
            "nr": clean, "massnahme": clean, "ampel_old": clean, "ampel_new": clean, "ampel_reason": clean,
        }, (0.6, 3.0, 0.9, 0.9, 3.2)),
        _table(t["new_measures"], c.new_measures, listed, (0.6, 3.6, 0.6, 1.3, 1.4, 0.8)),
        _table(t["removed_measures"], c.removed_measures, listed, (0.6, 3.6, 0.6, 1.3, 1.4, 0.8)),
        _table(t["progress_changes"], progress, {
            "nr": clean, "massnahme": clean, "lz_nr": clean, "progress_old": format_percent,
            "progress_new": format_percent, "delta": _signed,
        }, (0.5, 2.8, 0.5, 1.6, 1.6, 1.3)),
        _table(t["sachstand_changes"], c.sachstand_changes, {
            "nr": clean, "massnahme": clean, "sachstand_old": _sachstand, "sachstand_new": _sachstand,
        }, (0.6, 2.2, 3.0, 3.0)),
        _table(t["field_changes"], c.field_changes, {
            "nr": clean, "massnahme": clean, "angabe": clean, "value_old": clean, "value_new": clean,
        }, (0.6, 3.0, 1.4, 1.8, 1.8)),
        _table(t["milestones_reached"], c.milestones_reached, {
            "ms_nr": clean, "nr": clean, "meilenstein": clean, "faellig_am": _date, "erreicht_am": _date,
            "state": clean,
        }, (0.8, 0.6, 3.0, 1.0, 1.0, 1.4)),
        _table(t["milestones_postponed"], c.milestones_postponed, {
            "ms_nr": clean, "nr": clean, "meilenstein": clean, "faellig_old": _date, "faellig_new": _date,
            "shift_days": _int,
        }, (0.8, 0.6, 3.0, 1.1, 1.1, 1.1)),
        _table(t["milestones_new"], c.milestones_new, {
            "ms_nr": clean, "nr": clean, "massnahme": clean, "meilenstein": clean, "faellig_am": _date,
        }, (0.8, 0.6, 2.6, 2.6, 1.0)),
        _table(t["milestones_removed"], c.milestones_removed, {
            "ms_nr": clean, "nr": clean, "massnahme": clean, "meilenstein": clean, "faellig_am": _date,
        }, (0.8, 0.6, 2.6, 2.6, 1.0)),
    ]
    tables = [table for table in tables if not table.frame.empty]
    lines = [counted(len(table.frame), texts.meeting.NOTES_TABLE, title=table.title) for table in tables]
    lines += [f"{clean(r.nr)} {clean(r.massnahme)}: {clean(r.status_old)} – {clean(r.status_new)}"
              for r in c.status_changes.itertuples(index=False)]
    lines += [texts.meeting.NOTES_SACHSTAND.format(nr=clean(r.nr), massnahme=clean(r.massnahme),
                                                   text=clean(r.sachstand_new))
              for r in c.sachstand_changes.itertuples(index=False)]
    return Slide(
        kind=SlideKind.CHANGES, title=texts.meeting.TITLE_CHANGES.format(id=ctx.since.id), figures=figures,
        subtitle=_authors(ctx.stored),
        tables=tuple(tables),
        notes=_notes(figures, *lines), message=texts.meeting.NO_CHANGES.format(id=ctx.since.id) if c.is_empty else "",
    )


def _authors(stored: Sequence[StandInfo]) -> str:
    """„Gespeichert von Dana Digital (Stand 2, 4), Gerd Geschäft (Stand 3)“: who is accountable for the changes."""
    numbers: dict[str, list[str]] = {}
    for stand in stored:
        numbers.setdefault(author_name(stand.created_by), []).append(str(stand.id))
    authors = [texts.meeting.CHANGES_AUTHOR.format(name=clean(name), ids=", ".join(ids))
               for name, ids in numbers.items()]
    return texts.meeting.CHANGES_BY.format(authors=", ".join(authors)) if authors else ""


def _milestones_slide(ctx: _Context) -> Slide:
    states = milestone_states(ctx.plan, ctx.today)
    leads = ctx.measures.drop_duplicates("nr").set_index("nr")["lead"]
    states = states.assign(lead=states["nr"].map(leads))
    overdue = states[states["state"].eq(MS_OVERDUE)].sort_values(
        ["days_overdue", "faellig_am", "ms_nr"], ascending=[False, True, True], kind="stable")
    upcoming = states[states["state"].isin([MS_DUE_30, MS_DUE_90])
                      & (states["days_until"] <= UPCOMING_DAYS).fillna(False)]
    upcoming = upcoming.sort_values(["faellig_am", "ms_nr"], kind="stable")
    figures = [
        KeyFigure(texts.meeting.FIG_OVERDUE, format_number(len(overdue))),
        KeyFigure(MS_DUE_30, format_number(int(upcoming["state"].eq(MS_DUE_30).sum()))),
        KeyFigure(MS_DUE_90, format_number(int(upcoming["state"].eq(MS_DUE_90).sum()))),
    ]
    if ctx.changes is not None:
        figures.append(KeyFigure(texts.meeting.FIG_REACHED, format_number(len(ctx.changes.milestones_reached))))
    base = {"faellig_am": _date}
    rest = {"nr": clean, "massnahme": clean, "meilenstein": clean, "lead": clean}
    widths = (1.0, 0.9, 0.6, 2.6, 2.2, 1.7)
    tables = (
        _table(texts.meeting.TABLE_OVERDUE, overdue, base | {"days_overdue": _int} | rest, widths,
               texts.meeting.NO_OVERDUE),
        _table(texts.meeting.TABLE_UPCOMING, upcoming, base | {"days_until": _int} | rest, widths,
               texts.meeting.NO_UPCOMING),
    )
    lines = [f"{_date(r.faellig_am)} {clean(r.nr)} {clean(r.meilenstein)} ({_int(r.days_overdue)})"
             for r in overdue.head(10).itertuples(index=False)]
    return Slide(kind=SlideKind.MILESTONES, title=texts.meeting.TITLE_MILESTONES, figures=tuple(figures), tables=tables,
                 notes=_notes(figures, *lines))


def _decimals(values: pd.Series) -> int:
    """Decimals (0–2) the values need: 11,3 → 1; 1.200 → 0."""
    for decimals in range(3):
        if ((values * 10**decimals).round(6) % 1 == 0).all():
            return decimals
    return 2


def _date_grain(dates: pd.Series) -> str:
    if (dates.dt.month.eq(12) & dates.dt.day.eq(31)).all():
        return DateGrain.YEAR
    month_ends = dates.dt.is_month_end.all() and not dates.dt.to_period("M").duplicated().any()
    return DateGrain.MONTH if month_ends else DateGrain.DAY


def _indicators_slide(ctx: _Context) -> Slide:
    summary = indicator_summary(ctx.plan)
    improved = summary["improved"]
    figures = (
        KeyFigure(texts.meeting.FIG_INDICATORS, format_number(len(summary))),
        KeyFigure(texts.meeting.FIG_WITH_TARGET, format_number(int(summary["zielwert"].notna().sum()))),
        KeyFigure(texts.meeting.FIG_IMPROVED, format_number(int(improved.fillna(False).sum())),
                  texts.meeting.FIG_IMPROVED_NOTE.format(count=format_number(int(improved.notna().sum())))),
    )
    table = _table(texts.meeting.TABLE_INDICATORS, summary, {
        "indikator": clean, "lz_nr": clean, "einheit": clean, "latest": format_value, "latest_date": _date,
        "change": lambda v: format_signed(v, 2) if not is_blank(v) and round(float(v), 2) % 1 else _signed(v),
        "zielwert": format_value, "achievement": format_percent,
        "improved": lambda v: texts.common.MISSING if is_blank(v) else texts.common.YES if v else texts.common.NO,
    }, (2.4, 0.5, 1.0, 1.0, 1.2, 1.1, 0.9, 1.4, 1.3), texts.meeting.NO_INDICATORS)
    charts = []
    for indicator in summary.to_dict("records"):
        values = indicator_values(ctx.plan, indicator["ind_nr"])
        if len(values) < 2:
            continue
        series = pd.Series(values["wert"].to_numpy(dtype=float), index=pd.DatetimeIndex(values["stichtag"]))
        data = pd.DataFrame({texts.charts.VALUES: series})
        colors = {texts.charts.VALUES: LEITZIEL_COLORS[0]}
        if not is_blank(indicator.get("zielwert")):
            data[texts.meeting.SERIES_TARGET] = float(indicator["zielwert"])
            colors[texts.meeting.SERIES_TARGET] = TARGET_COLOR
        unit = "" if is_blank(indicator.get("einheit")) else clean(indicator["einheit"])
        charts.append(Chart(
            ChartKind.LINE, clean(indicator["indikator"]), data.rename_axis(None), colors, ValueFormat.NUMBER,
            decimals=_decimals(data.stack()), axis_title=texts.charts.AXIS_VALUE_UNIT.format(unit=unit) if unit
            else texts.charts.AXIS_VALUE, dates=_date_grain(values["stichtag"]),
        ))
    lines = [f"{clean(r['indikator'])}: {format_value(r['latest'])} {'' if is_blank(r['einheit']) else r['einheit']}"
             for r in summary.to_dict("records")]
    return Slide(kind=SlideKind.INDICATORS, title=texts.meeting.TITLE_INDICATORS, figures=figures, charts=tuple(charts),
                 tables=(table,), notes=_notes(figures, *lines))


def _aged(text: object, age: str) -> object:
    """A Sachstand led by how old it is, when the measure has not been reported for too long."""
    return texts.meeting.AGED.format(age=age, text=clean(text)) if age else text


def _appendix(ctx: _Context) -> Table:
    """Every measure; a column „Meldung“ says which have not been reported for too long, when any has not."""
    columns: dict[str, Callable[[object], str]] = {
        "nr": clean, "massnahme": clean, "lz_nr": clean, "fp_nr": clean, "lead": clean, "status": clean,
        "ampel": clean, "progress": format_percent, "ende": _date}
    widths = [1.0, 4.3, 0.9, 1.0, 2.4, 2.3, 1.2, 2.0, 1.9]
    if ctx.measures["stale_text"].ne("").any():
        columns["stale_text"] = str
        widths[1] = 3.5
        widths.append(2.4)
    return _table(texts.meeting.TITLE_APPENDIX, ctx.measures, columns, widths,
                  labels={"progress": texts.meeting.PROGRESS_SHORT, "stale_text": texts.meeting.REPORT_AGE})


