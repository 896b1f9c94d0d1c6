"""Who reported in a round: a Federführung has *gemeldet* when a Stand stored in the round changed one of its
measures (the measure, a milestone, an involvement) or a value of an indicator it reports, *bestätigt* when it
confirmed „unverändert“, else it *fehlt*.

Decided from what the Stände changed, not from who uploaded them: the Geschäftsstelle uploading a department's
workbook counts for that department. Rollbacks report nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from loaders.schema import KEY_SEPARATOR
from masterplan import texts
from masterplan.access import User
from masterplan.formatting import counted, format_date, format_datetime
from masterplan.rounds.records import Confirmation, Round, confirmations, reminded
from masterplan.storage.store import StandInfo, Store
from masterplan.tables import Plan, is_blank

TEXT = texts.rounds
NOT_REPORTS = ("rollback",)  # Stand kinds that restore data rather than report it


class ReportState(StrEnum):
    """The one definition of a Federführung's state in a round, read by the round page, the CLI and the mails."""

    REPORTED = TEXT.STATE_REPORTED
    CONFIRMED = TEXT.STATE_CONFIRMED
    MISSING = TEXT.STATE_MISSING


@dataclass(frozen=True)
class Federfuehrung:
    """A stakeholder leading measures, with whom the Geschäftsstelle corresponds."""

    st_nr: str
    name: str  # Kurzname, else Name
    full_name: str
    contact: str
    email: str
    measures: tuple[tuple[str, str], ...]  # (Nr., Maßnahme), in Nr. order

    @property
    def label(self) -> str:
        return f"{self.st_nr} ({self.name})" if self.name and self.name != self.st_nr else self.st_nr


@dataclass(frozen=True)
class RoundReport:
    """One Federführung's state in one round."""

    federfuehrung: Federfuehrung
    state: ReportState
    reports: tuple[StandInfo, ...]  # the Stände of the round that changed its measures, oldest first
    confirmation: Confirmation | None
    days_left: int  # to the deadline; negative when overdue
    reminded_on: datetime.date | None

    @property
    def detail(self) -> str:
        """„Stand 7, 03.12.2026 14:05, Anna Muster <…>“ or the confirmation's time and author, else the time left."""
        if self.state is ReportState.REPORTED:
            last = self.reports[-1]
            return TEXT.REPORTED_DETAIL.format(stand=last.id, when=format_datetime(last.created_at),
                                               by=last.created_by)
        if self.state is ReportState.CONFIRMED and self.confirmation is not None:
            return TEXT.CONFIRMED_DETAIL.format(when=format_datetime(self.confirmation.confirmed_at),
                                                by=self.confirmation.confirmed_by)
        return time_left(self.days_left)


def time_left(days: int) -> str:
    """„noch 5 Tage“, „Frist heute“, „3 Tage überfällig“."""
    if days > 0:
        return counted(days, TEXT.DAYS_LEFT)
    return TEXT.DUE_TODAY if days == 0 else counted(-days, TEXT.DAYS_OVERDUE)


def federfuehrungen(plan: Plan) -> list[Federfuehrung]:
    """Every stakeholder that leads at least one measure of ``plan``, in ST-Nr. order."""
    measures = plan["Maßnahmen"]
    people = plan["Stakeholder"].set_index("st_nr") if not plan["Stakeholder"].empty else pd.DataFrame()
    result = []
    for st_nr, led in measures.groupby("federfuehrung", sort=True):
        row = people.loc[st_nr] if st_nr in people.index else pd.Series(dtype=object)
        full = _text(row.get("name"))
        result.append(Federfuehrung(
            str(st_nr), _text(row.get("kurzname")) or full or str(st_nr), full, _text(row.get("ansprechperson")),
            _text(row.get("email")),
            tuple(sorted(zip(led["nr"].astype(str), led["massnahme"].astype(str), strict=True)))))
    return result


def _text(value: object) -> str:
    return "" if is_blank(value) else str(value).strip()


def touched_measures(store: Store, stand_id: int) -> set[str]:
    """Nr. of every measure Stand ``stand_id`` changed itself or through a milestone or involvement."""
    before = stand_id - 1
    nrs = set(store.touched_keys("Maßnahmen", before, stand_id))
    nrs |= {key.split(KEY_SEPARATOR, 1)[0] for key in store.touched_keys("Beteiligungen", before, stand_id)}
    milestones = sorted(store.touched_keys("Meilensteine", before, stand_id))
    if milestones:
        for state in (store.state(stand_id), store.state(before)):  # a removed milestone is read where it was
            nrs |= {str(row["nr"]) for row in state.rows("Meilensteine", milestones).values()}
    return nrs


def reporting_federfuehrungen(store: Store, stand_id: int) -> set[str]:
    """ST-Nr. of every Federführung whose measures, or whose indicators' values, Stand ``stand_id`` changed
    (as they were before or after the change)."""
    nrs = sorted(touched_measures(store, stand_id))
    indicators = sorted({key.split(KEY_SEPARATOR, 1)[0]
                         for key in store.touched_keys("Indikatorwerte", stand_id - 1, stand_id)})
    found: set[str] = set()
    for state in (store.state(stand_id), store.state(stand_id - 1)):
        for sheet, keys in (("Maßnahmen", nrs), ("Indikatoren", indicators)):
            found |= {str(row["federfuehrung"]) for row in state.rows(sheet, keys).values()
                      if row.get("federfuehrung")}
    return found


def round_stands(store: Store, round_: Round) -> list[StandInfo]:
    """The Stände stored in the round that can be reports, oldest first."""
    end = round_.result_stand_id if not round_.is_open else None
    return [s for s in store.stands() if s.id > (round_.base_stand_id or 0) and (end is None or s.id <= end)
            and s.kind not in NOT_REPORTS]


def round_status(store: Store, round_: Round, today: datetime.date, plan: Plan | None = None) -> list[RoundReport]:
    """Every Federführung of the round's Stand (its result once closed, else the newest; ``plan`` when the caller
    holds it already) with its state."""
    stands = round_stands(store, round_)
    stand_id = round_stand(store, round_)
    by_federfuehrung: dict[str, list[StandInfo]] = {}
    for stand in stands:
        for st_nr in reporting_federfuehrungen(store, stand.id):
            by_federfuehrung.setdefault(st_nr, []).append(stand)
    confirmed = confirmations(store, round_.id)
    sent = reminded(store, round_.id)
    days = (round_.deadline - today).days
    result = []
    for lead in federfuehrungen(plan if plan is not None else store.plan(stand_id)):
        reports = tuple(by_federfuehrung.get(lead.st_nr, ()))
        confirmation = confirmed.get(lead.st_nr)
        state = (ReportState.REPORTED if reports else ReportState.CONFIRMED if confirmation
                 else ReportState.MISSING)
        result.append(RoundReport(lead, state, reports, confirmation, days, sent.get(lead.st_nr)))
    return result


def round_line(round_: Round) -> str:
    """„Berichtsrunde 2: Stichtag 01.12.2026, Frist 15.12.2026 (Herbst) – offen seit …“."""
    state = (TEXT.ROUND_OPEN.format(opened=format_datetime(round_.opened_at), by=round_.opened_by) if round_.is_open
             else TEXT.ROUND_CLOSED.format(closed=format_datetime(round_.closed_at), by=round_.closed_by,
                                           stand=round_.result_stand_id))
    note = f" ({round_.note})" if round_.note else ""
    return TEXT.ROUND_LINE.format(id=round_.id, stichtag=format_date(round_.stichtag),
                                  deadline=format_date(round_.deadline), note=note, state=state)


def round_stand(store: Store, round_: Round) -> int:
    """The Stand a round's table describes: its result once closed, else the newest."""
    return round_.result_stand_id if not round_.is_open else store.latest().id


def status_frame(reports: list[RoundReport]) -> pd.DataFrame:
    """The round page's table: one row per Federführung, the missing ones first (whom to chase)."""
    order = {ReportState.MISSING: 0, ReportState.REPORTED: 1, ReportState.CONFIRMED: 2}
    rows = [{TEXT.COLUMN_ST_NR: lead.st_nr, TEXT.COLUMN_LEAD: lead.name,
             TEXT.COLUMN_MEASURES: ", ".join(nr for nr, _ in lead.measures), TEXT.COLUMN_STATE: str(r.state),
             TEXT.COLUMN_DETAIL: r.detail, TEXT.COLUMN_REMINDED: format_date(r.reminded_on) if r.reminded_on else ""}
            for r in sorted(reports, key=lambda r: (order[r.state], r.federfuehrung.st_nr))
            for lead in (r.federfuehrung,)]
    return pd.DataFrame(rows, columns=TEXT.STATUS_COLUMNS)


def state_counts(reports: list[RoundReport]) -> dict[ReportState, int]:
    return {state: sum(r.state is state for r in reports) for state in ReportState}


def reporting_for(user: User, leads: list[Federfuehrung]) -> list[Federfuehrung]:
    """The Federführungen ``user`` may report for: all for the Geschäftsstelle, the own ones for an editor."""
    if user.may_administer:
        return leads
    return [lead for lead in leads if user.may_upload and lead.st_nr in user.federfuehrungen]


def rounds_frame(all_rounds: list[Round]) -> pd.DataFrame:
    """Every round, newest first: Nr., Stichtag, Frist, Hinweis, opened, closed and result."""
    rows = [{TEXT.HISTORY_ID: r.id, TEXT.HISTORY_STICHTAG: format_date(r.stichtag),
             TEXT.HISTORY_DEADLINE: format_date(r.deadline), TEXT.HISTORY_NOTE: r.note,
             TEXT.HISTORY_OPENED: f"{format_datetime(r.opened_at)}, {r.opened_by}",
             TEXT.HISTORY_CLOSED: f"{format_datetime(r.closed_at)}, {r.closed_by}" if r.closed_at else TEXT.STILL_OPEN,
             TEXT.HISTORY_RESULT: TEXT.HISTORY_STAND.format(stand=r.result_stand_id) if r.result_stand_id else ""}
            for r in reversed(all_rounds)]
    return pd.DataFrame(rows, columns=TEXT.HISTORY_COLUMNS)
