"""Plausibility: contradictions in a Stand that a user would want fixed, never reasons to refuse it.

One set of rules (RULES), each a function of (plan, today) that yields an Issue per flagged row with a German
message naming the measure (Nr. and title), the values and what would be consistent. The same rules feed the
upload findings as warnings (upload_warnings, on the rows as they would be after the merge) and the
„Datenqualität“ list of the Daten page (quality_report). Ende before Beginn is not here: it is an error of the
merge, so no Stand holds it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pandas as pd

from loaders.findings import WARNING, Finding
from loaders.merge import Changeset, MergedState
from loaders.schema import SHEETS_BY_NAME
from loaders.state import BaseState
from masterplan import texts
from masterplan.formatting import counted, format_date, format_percent
from masterplan.metrics import stakeholder_labels
from masterplan.tables import Plan
from masterplan.vocabulary import DONE, IN_PROGRESS, MILESTONE_DROPPED, MILESTONE_REACHED, NOT_STARTED, ONGOING

MEASURE_SHEETS = ("Maßnahmen", "Meilensteine")
INDICATOR_SHEETS = ("Indikatoren", "Indikatorwerte")


@dataclass(frozen=True)
class Issue:
    """One flagged row: the rule's title, the row and field the message is about, and the measure it concerns."""

    rule: str
    sheet: str
    key: str
    field: str
    value: str
    nr: str  # the measure (or, for indicator rules, the indicator) the issue belongs to
    lead: object  # the measure's Federführung (ST-Nr.); None for indicators
    message: str


Rule = Callable[[Plan, datetime.date], Iterator[Issue]]
RULES: list[Rule] = []


def rule(function: Rule) -> Rule:
    RULES.append(function)
    return function


def issues(plan: Plan, today: datetime.date) -> list[Issue]:
    """Every issue of every rule, in rule order."""
    return [issue for check in RULES for issue in check(plan, today)]


# --- helpers --------------------------------------------------------------------------------------
def _day(value: pd.Timestamp) -> str:
    return format_date(value.date())


def _measure_issue(title_and_body: tuple[str, str], row, field: str, value: str, **fields: object) -> Issue:
    title, body = title_and_body
    subject = texts.plausibility.MEASURE.format(nr=row.nr, title=row.massnahme or row.nr)
    return Issue(title, "Maßnahmen", row.nr, field, value, row.nr, row.federfuehrung,
                 subject + body.format(**fields))


def _milestone_issue(title_and_body: tuple[str, str], row, measures: dict[str, tuple[str, object]], field: str,
                     value: str, **fields: object) -> Issue:
    """A milestone's issue, named by its measure first; the lead is the measure's."""
    title, body = title_and_body
    name, lead = measures.get(row.nr, (row.nr, None))
    milestone = texts.plausibility.MILESTONE.format(ms=row.ms_nr, title=row.meilenstein or row.ms_nr)
    message = texts.plausibility.MEASURE.format(nr=row.nr, title=name) + body.format(milestone=milestone, **fields)
    return Issue(title, "Meilensteine", row.ms_nr, field, value, row.nr, lead, message)


def _status_text(status: object) -> str:
    if isinstance(status, str) and status:
        return texts.plausibility.STATUS.format(status=status)
    return texts.plausibility.NO_STATUS


def _measures_by_nr(plan: Plan) -> dict[str, tuple[str, object]]:
    """Nr. → (title, Federführung), looked up once per rule rather than once per milestone."""
    m = plan["Maßnahmen"]
    rows = zip(m["nr"], m["massnahme"], m["federfuehrung"], strict=True)
    return {nr: (title or nr, lead) for nr, title, lead in rows}


# --- measures -------------------------------------------------------------------------------------
@rule
def done_with_open_milestones(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    """abgeschlossen while milestones are neither erreicht (by status or date) nor entfallen, listed by due date."""
    ms = plan["Meilensteine"]
    open_ms = ms[ms["status"].ne(MILESTONE_REACHED) & ms["status"].ne(MILESTONE_DROPPED) & ms["erreicht_am"].isna()]
    open_ms = open_ms.sort_values(["faellig_am", "ms_nr"], kind="stable")  # listed as they fall due
    m = plan["Maßnahmen"]
    done = m[m["status"].eq(DONE) & m["nr"].isin(open_ms["nr"])]
    named: dict[str, list[str]] = {}
    for nr, ms_nr, title in zip(open_ms["nr"], open_ms["ms_nr"], open_ms["meilenstein"], strict=True):
        named.setdefault(nr, []).append(f"{ms_nr} „{title or ms_nr}“")
    for row in done.itertuples():
        mine = named[row.nr]
        yield _measure_issue(texts.plausibility.DONE_OPEN_MILESTONES, row, "status", DONE,
                             milestones=counted(len(mine), texts.plausibility.OPEN_MILESTONES), listed=", ".join(mine))


@rule
def done_below_full(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    m = plan["Maßnahmen"]
    for row in m[m["status"].eq(DONE) & m["umsetzungsstand"].lt(100)].itertuples():
        progress = format_percent(row.umsetzungsstand)
        yield _measure_issue(texts.plausibility.DONE_BELOW_FULL, row, "umsetzungsstand", progress, progress=progress)


@rule
def full_not_done(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    """100 % but not abgeschlossen; a Daueraufgabe never ends, so 100 % there is no contradiction."""
    m = plan["Maßnahmen"]
    flagged = m["umsetzungsstand"].ge(100) & ~m["status"].isin([DONE, ONGOING])
    for row in m[flagged].itertuples():
        yield _measure_issue(texts.plausibility.FULL_NOT_DONE, row, "status", row.status or "",
                             status=_status_text(row.status))


@rule
def not_started_with_progress(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    m = plan["Maßnahmen"]
    for row in m[m["status"].eq(NOT_STARTED) & m["umsetzungsstand"].gt(0)].itertuples():
        progress = format_percent(row.umsetzungsstand)
        yield _measure_issue(texts.plausibility.NOT_STARTED_PROGRESS, row, "umsetzungsstand", progress,
                             progress=progress)


def _status_against_start(plan: Plan, today: datetime.date, status: str, started: bool, template: str
                          ) -> Iterator[Issue]:
    """Measures with ``status`` whose Beginn is already past (``started``) or still ahead of the day."""
    m = plan["Maßnahmen"]
    day = pd.Timestamp(today)
    for row in m[m["status"].eq(status) & (m["beginn"].lt(day) if started else m["beginn"].gt(day))].itertuples():
        start = _day(row.beginn)
        yield _measure_issue(template, row, "beginn", start, start=start, today=format_date(today))


@rule
def in_progress_before_start(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    return _status_against_start(plan, today, IN_PROGRESS, False, texts.plausibility.IN_PROGRESS_BEFORE_START)


@rule
def not_started_after_start(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    """„in Planung“ may well go on after Beginn: only „nicht begonnen“ says „not yet“."""
    return _status_against_start(plan, today, NOT_STARTED, True, texts.plausibility.NOT_STARTED_AFTER_START)


@rule
def without_milestones(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    """Measures in Umsetzung without a milestone to measure progress by (in Planung may not have them yet)."""
    m = plan["Maßnahmen"]
    for row in m[m["status"].eq(IN_PROGRESS) & ~m["nr"].isin(plan["Meilensteine"]["nr"])].itertuples():
        yield _measure_issue(texts.plausibility.NO_MILESTONES, row, "nr", row.nr)


# --- milestones -----------------------------------------------------------------------------------
@rule
def reached_without_date(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    ms = plan["Meilensteine"]
    measures = _measures_by_nr(plan)
    for row in ms[ms["status"].eq(MILESTONE_REACHED) & ms["erreicht_am"].isna()].itertuples():
        yield _milestone_issue(texts.plausibility.REACHED_WITHOUT_DATE, row, measures, "erreicht_am", "")


@rule
def reached_in_future(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    ms = plan["Meilensteine"]
    measures = _measures_by_nr(plan)
    for row in ms[ms["erreicht_am"].gt(pd.Timestamp(today))].itertuples():
        date = _day(row.erreicht_am)
        yield _milestone_issue(texts.plausibility.REACHED_IN_FUTURE, row, measures, "erreicht_am", date, date=date,
                               today=format_date(today))


@rule
def date_but_open(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    """„Erreicht am“ set under a status saying not reached (offen, verschoben); the metrics count it reached."""
    ms = plan["Meilensteine"]
    measures = _measures_by_nr(plan)
    flagged = (ms["erreicht_am"].notna() & ms["status"].notna()
               & ~ms["status"].isin([MILESTONE_REACHED, MILESTONE_DROPPED]))
    for row in ms[flagged].itertuples():
        date = _day(row.erreicht_am)
        yield _milestone_issue(texts.plausibility.DATE_BUT_OPEN, row, measures, "status", row.status, date=date,
                               status=_status_text(row.status))


@rule
def milestone_after_end(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    ms = plan["Meilensteine"]
    measures = _measures_by_nr(plan)
    ends = plan["Maßnahmen"].drop_duplicates("nr").set_index("nr")["ende"].reindex(ms["nr"]).set_axis(ms.index)
    flagged = ms["status"].ne(MILESTONE_DROPPED) & ms["faellig_am"].gt(ends)
    for row, end in zip(ms[flagged].itertuples(), ends[flagged], strict=True):
        due = _day(row.faellig_am)
        yield _milestone_issue(texts.plausibility.MILESTONE_AFTER_END, row, measures, "faellig_am", due, due=due,
                               end=_day(end))


# --- indicators -----------------------------------------------------------------------------------
@rule
def indicator_without_values(plan: Plan, today: datetime.date) -> Iterator[Issue]:
    indicators = plan["Indikatoren"]
    title, body = texts.plausibility.INDICATOR_WITHOUT_VALUES
    for row in indicators[~indicators["ind_nr"].isin(plan["Indikatorwerte"]["ind_nr"])].itertuples():
        subject = texts.plausibility.MEASURE.format(nr=row.ind_nr, title=row.indikator or row.ind_nr)
        yield Issue(title, "Indikatoren", row.ind_nr, "ind_nr", row.ind_nr, row.ind_nr, None, subject + body)


# --- the upload findings --------------------------------------------------------------------------
def upload_warnings(base: BaseState, changeset: Changeset, today: datetime.date) -> list[Finding]:
    """Warnings on what the upload touches, checked on the rows as they would be after the merge.

    Only measures and indicators with an added, changed or removed row are read and checked (with all their
    milestones or values), so a small update neither reads the whole Stand nor repeats old warnings.
    """
    view = MergedState(base, changeset.sheets)
    measures = _touched(changeset, MEASURE_SHEETS, "nr")
    indicators = _touched(changeset, INDICATOR_SHEETS, "ind_nr")
    records: dict[str, Iterable[dict]] = {}
    if measures:
        milestones = [r for r in view.all_rows("Meilensteine").values() if r.get("nr") in measures]
        records |= {"Maßnahmen": view.rows("Maßnahmen", measures).values(), "Meilensteine": milestones}
    if indicators:
        values = [r for r in view.all_rows("Indikatorwerte").values() if r.get("ind_nr") in indicators]
        records |= {"Indikatoren": view.rows("Indikatoren", indicators).values(), "Indikatorwerte": values}
    if not records:
        return []
    return [_finding(issue, changeset) for issue in issues(Plan.from_records(records), today)
            if issue.nr in measures or issue.nr in indicators]


def _touched(changeset: Changeset, sheets: tuple[str, str], field: str) -> set[str]:
    """Keys of the parent sheet (measures or indicators) with a row of theirs added, changed or removed."""
    parent, child = sheets
    keys: set[str] = set()
    change = changeset.sheets.get(parent)
    if change is not None:
        keys |= set(change.added) | set(change.changed)
    change = changeset.sheets.get(child)
    if change is not None:
        rows = [*change.new_rows().values(), *(old for old, _ in change.changed.values()), *change.removed.values()]
        keys |= {str(r[field]) for r in rows if r.get(field)}
    return keys


def _finding(issue: Issue, changeset: Changeset) -> Finding:
    """At the uploaded cell when the row came from the upload, else at the sheet (the message names the row)."""
    origin = changeset.origins.get(issue.sheet, {}).get(issue.key)
    header = SHEETS_BY_NAME[issue.sheet].column(issue.field).header
    if origin is None:
        return Finding(WARNING, issue.message, sheet=issue.sheet, column=header, value=issue.value)
    return Finding(WARNING, issue.message, file=origin.file, sheet=issue.sheet, row=origin.row,
                   column=origin.headers.get(issue.field, header), value=issue.value)


# --- the „Datenqualität“ list ---------------------------------------------------------------------
@dataclass(frozen=True)
class QualityReport:
    """The list for one Stand: issues per rule (in rule order) and the leads to filter by, with their counts."""

    total: int
    groups: list[tuple[str, pd.DataFrame]]  # (rule title, table with texts.plausibility.LIST_COLUMNS)
    leads: dict[str, int]  # Federführung label → issues, most first


def quality_report(plan: Plan, today: datetime.date, lead: str | None = None) -> QualityReport:
    """The „Datenqualität“ list, restricted to one Federführung (its label) when ``lead`` is given."""
    found = issues(plan, today)
    table = pd.DataFrame(
        [(i.rule, i.nr, i.lead, i.message) for i in found],
        columns=["rule", texts.plausibility.LIST_NR, "st_nr", texts.plausibility.LIST_MESSAGE]
    )
    labels = table["st_nr"].map(stakeholder_labels(plan)).fillna(table["st_nr"])
    table[texts.plausibility.LIST_LEAD_COLUMN] = labels.fillna(texts.common.MISSING)
    counts = table.loc[table["st_nr"].notna(), texts.plausibility.LIST_LEAD_COLUMN].value_counts()
    leads = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))
    if lead is not None:
        table = table[table[texts.plausibility.LIST_LEAD_COLUMN].eq(lead)]
    groups = [(title, part[texts.plausibility.LIST_COLUMNS].reset_index(drop=True))
              for title, part in table.groupby("rule", sort=False)]
    return QualityReport(len(table), groups, {label: int(count) for label, count in leads.items()})
