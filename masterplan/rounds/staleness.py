"""When each measure was last reported — the newest Stand that changed it (itself, a milestone, an involvement) or
a confirmation „unverändert“ of its Federführung — and which measures are older than the configured age.

Read from the newest version per key (Store.last_changes), not from the history of every row, so a page pays a
few grouped queries, whatever the number of Stände.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pandas as pd

from loaders.schema import KEY_SEPARATOR
from masterplan import texts
from masterplan.formatting import CITY_TIME, counted, format_date
from masterplan.rounds.records import all_confirmations
from masterplan.rounds.status import NOT_REPORTS
from masterplan.settings import setting
from masterplan.storage.store import StandInfo, Store
from masterplan.tables import Plan

DEFAULT_STALE_MONTHS = 6
STALE_SETTING = "MASTERPLAN_STALE_MONTHS"


def stale_months() -> int:
    """After how many months without a report a measure is flagged (setting MASTERPLAN_STALE_MONTHS, default 6)."""
    value = setting(STALE_SETTING)
    return int(value) if value and value.strip().isdigit() and int(value) > 0 else DEFAULT_STALE_MONTHS


@dataclass(frozen=True)
class LastReports:
    """Nr. → the day a measure was last reported (Oberhausen time), for one Stand."""

    days: dict[str, datetime.date]

    def frame(self, plan: Plan, today: datetime.date, months: int) -> pd.DataFrame:
        """One row per measure of ``plan``: nr, last_report (date), months_since, stale (bool), stale_text."""
        rows = []
        for nr in plan["Maßnahmen"]["nr"].astype(str):
            day = self.days.get(nr)
            since = months_between(day, today) if day else None
            stale = since is None or since >= months
            rows.append({"nr": nr, "last_report": day, "months_since": since, "stale": stale,
                         "stale_text": stale_text(since) if stale else ""})
        return pd.DataFrame(rows, columns=["nr", "last_report", "months_since", "stale", "stale_text"])


def stale_text(months: int | None) -> str:
    """„seit 7 Monaten ohne Meldung“ (or „noch nie gemeldet“)."""
    return texts.rounds.NEVER_REPORTED if months is None else counted(months, texts.rounds.STALE)


def months_between(start: datetime.date, end: datetime.date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    return max(months, 0)


def _day(moment: datetime.datetime) -> datetime.date:
    return moment.astimezone(CITY_TIME).date()


def last_reports(store: Store, stands: list[StandInfo], stand_id: int, plan: Plan) -> LastReports:
    """The last report of every measure of ``plan`` (the rows of Stand ``stand_id``), as of that Stand."""
    by_id = {s.id: s for s in stands}
    skip = [s.id for s in stands if s.kind in NOT_REPORTS]
    newest: dict[str, int] = {}

    def note(nr: str, stand: int) -> None:
        newest[nr] = max(newest.get(nr, 0), stand)

    for nr, stand in store.last_changes("Maßnahmen", stand_id, skip).items():
        note(nr, stand)
    for key, stand in store.last_changes("Beteiligungen", stand_id, skip).items():
        note(key.split(KEY_SEPARATOR, 1)[0], stand)
    measure_of = dict(zip(plan["Meilensteine"]["ms_nr"].astype(str), plan["Meilensteine"]["nr"].astype(str),
                          strict=True))
    for ms_nr, stand in store.last_changes("Meilensteine", stand_id, skip).items():
        if ms_nr in measure_of:
            note(measure_of[ms_nr], stand)
    days = {nr: _day(by_id[stand].created_at) for nr, stand in newest.items() if stand in by_id}
    leads = dict(zip(plan["Maßnahmen"]["nr"].astype(str), plan["Maßnahmen"]["federfuehrung"].astype(str),
                     strict=True))
    confirmed: dict[str, datetime.date] = {}
    for confirmation in all_confirmations(store):
        if confirmation.stand_id is not None and confirmation.stand_id <= stand_id:
            day = _day(confirmation.confirmed_at)
            confirmed[confirmation.federfuehrung] = max(confirmed.get(confirmation.federfuehrung, day), day)
    for nr, lead in leads.items():
        if lead in confirmed:
            days[nr] = max(days.get(nr, confirmed[lead]), confirmed[lead])
    return LastReports(days)


def report_ages(store: Store, stands: tuple[StandInfo, ...], today: datetime.date, months: int) -> pd.DataFrame:
    """The frame of LastReports.frame for the newest of ``stands`` (the Stand a page shows), read from the store."""
    stand_id = stands[-1].id
    plan = store.plan(stand_id)
    return last_reports(store, list(stands), stand_id, plan).frame(plan, today, months)


def stale_texts(ages: pd.DataFrame) -> dict[str, str]:
    """Nr. → „seit 7 Monaten ohne Meldung“ of the stale measures, what the meeting marks."""
    stale = ages[ages["stale"]]
    return dict(zip(stale["nr"], stale["stale_text"], strict=True))


def with_ages(measures: pd.DataFrame, ages: pd.DataFrame) -> pd.DataFrame:
    """``measures`` (a frame with Nr.) with the day each was last reported and the staleness mark beside."""
    merged = measures.merge(ages[["nr", "last_report", "stale_text"]], on="nr", how="left")
    return merged.assign(stale_text=merged["stale_text"].fillna(""))


def stale_only(measures: pd.DataFrame) -> pd.DataFrame:
    """The stale rows of a with_ages frame, the longest without report first."""
    marked = measures[measures["stale_text"].ne("")]
    return marked.sort_values("last_report", na_position="first", kind="stable").reset_index(drop=True)


def confirmation_count(store: Store) -> int:
    """How many confirmations exist: part of the pages' cache key, as a confirmation changes ages without a Stand."""
    return len(all_confirmations(store))


def report_note(measures: pd.DataFrame, nr: str) -> tuple[str, bool] | None:
    """„Zuletzt gemeldet am 03.12.2026“ (with the staleness mark when stale) for one measure of a with_ages frame,
    and whether it is stale; None when unknown."""
    row = measures[measures["nr"].eq(nr)]
    if row.empty or pd.isna(row["last_report"].iloc[0]):
        return None
    text = texts.massnahmen.LAST_REPORT.format(day=format_date(row["last_report"].iloc[0]))
    age = row["stale_text"].iloc[0]
    return (f"{text} – {age}" if age else text), bool(age)
