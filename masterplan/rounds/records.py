"""Rounds, confirmations and sent reminders in the store: open and close (admins), confirm (the Federführung's
editors), one open round at a time — decided inside the serialised write transaction, so two admins opening at
once get one round."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update

from masterplan import clock, texts
from masterplan.access import User, require
from masterplan.formatting import format_date
from masterplan.storage.layout import confirmation_table, reminder_table, round_table, stand_table
from masterplan.storage.store import Store, StoreError

TEXT = texts.rounds


class RoundError(StoreError):
    """A round cannot be opened, closed or confirmed as asked; the message is German."""


@dataclass(frozen=True)
class Round:
    id: int
    stichtag: datetime.date
    deadline: datetime.date
    note: str
    base_stand_id: int | None
    opened_at: datetime.datetime
    opened_by: str
    closed_at: datetime.datetime | None = None
    closed_by: str | None = None
    result_stand_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def name(self) -> str:
        return TEXT.ROUND_NAME.format(id=self.id)


@dataclass(frozen=True)
class Confirmation:
    """A Federführung said „unverändert“: its measures count as reported at ``confirmed_at``."""

    round_id: int
    federfuehrung: str
    stand_id: int | None
    confirmed_at: datetime.datetime
    confirmed_by: str


def _utc(value: datetime.datetime | None) -> datetime.datetime | None:
    """SQLite hands back naive times; every stored time is UTC."""
    return value.replace(tzinfo=datetime.UTC) if value is not None and value.tzinfo is None else value


def _round(row) -> Round:
    return Round(row["id"], row["stichtag"], row["deadline"], row["note"], row["base_stand_id"], _utc(row["opened_at"]),
                 row["opened_by"], _utc(row["closed_at"]), row["closed_by"], row["result_stand_id"])


def rounds(store: Store) -> list[Round]:
    """Every round, oldest first."""
    with store._read() as conn:
        return [_round(r) for r in conn.execute(select(round_table).order_by(round_table.c.id)).mappings()]


def open_round_now(store: Store, all_rounds: list[Round] | None = None) -> Round | None:
    """The open round, if any (among ``all_rounds`` when the caller has read them already)."""
    return next((r for r in reversed(rounds(store) if all_rounds is None else all_rounds) if r.is_open), None)


def last_closed(store: Store, all_rounds: list[Round] | None = None) -> Round | None:
    return next((r for r in reversed(rounds(store) if all_rounds is None else all_rounds) if not r.is_open), None)


def _open(conn: Connection) -> Round | None:
    row = conn.execute(select(round_table).where(round_table.c.closed_at.is_(None))).mappings().first()
    return _round(row) if row else None


def open_round(store: Store, *, deadline: datetime.date, user: User, note: str = "",
               stichtag: datetime.date | None = None) -> Round:
    """A new round asking for reports as of ``stichtag`` (default today) by ``deadline``."""
    require(user.may_administer, TEXT.NOT_PERMITTED_ROUND)
    today = clock.today()
    stichtag = stichtag or today
    if deadline < today:
        raise RoundError(TEXT.DEADLINE_PAST.format(deadline=format_date(deadline), today=format_date(today)))
    if deadline < stichtag:
        raise RoundError(TEXT.DEADLINE_BEFORE_STICHTAG.format(deadline=format_date(deadline),
                                                              stichtag=format_date(stichtag)))

    def write(conn: Connection) -> int:
        current = _open(conn)
        if current is not None:
            raise RoundError(TEXT.ALREADY_OPEN.format(id=current.id, deadline=format_date(current.deadline)))
        base = conn.execute(select(func.max(stand_table.c.id))).scalar()
        if base is None:
            raise RoundError(TEXT.NO_STAND)
        new_id = (conn.execute(select(func.max(round_table.c.id))).scalar() or 0) + 1
        conn.execute(insert(round_table).values(
            id=new_id, stichtag=stichtag, deadline=deadline, note=note, base_stand_id=base,
            opened_at=datetime.datetime.now(datetime.UTC), opened_by=user.signature))
        return new_id

    new_id = store._write(write)
    return next(r for r in rounds(store) if r.id == new_id)


def close_round(store: Store, user: User) -> Round:
    """Close the open round; the newest Stand becomes its result."""
    require(user.may_administer, TEXT.NOT_PERMITTED_ROUND)

    def write(conn: Connection) -> int:
        current = _open(conn)
        if current is None:
            raise RoundError(TEXT.NONE_OPEN)
        result = conn.execute(select(func.max(stand_table.c.id))).scalar()
        conn.execute(update(round_table).where(round_table.c.id == current.id).values(
            closed_at=datetime.datetime.now(datetime.UTC), closed_by=user.signature, result_stand_id=result))
        return current.id

    closed_id = store._write(write)
    return next(r for r in rounds(store) if r.id == closed_id)


def may_confirm(user: User, federfuehrung: str) -> bool:
    return user.may_administer or (user.may_upload and federfuehrung in user.federfuehrungen)


def confirm(store: Store, federfuehrung: str, user: User) -> Confirmation:
    """Record that ``federfuehrung`` has nothing to change in the open round; a second confirmation keeps the
    first."""
    yours = ", ".join(sorted(user.federfuehrungen)) or texts.access.NO_FEDERFUEHRUNG
    require(may_confirm(user, federfuehrung), TEXT.NOT_PERMITTED_CONFIRM.format(federfuehrung=federfuehrung,
                                                                                   yours=yours))

    def write(conn: Connection) -> int:
        current = _open(conn)
        if current is None:
            raise RoundError(TEXT.NONE_OPEN)
        c = confirmation_table.c
        exists = conn.execute(select(c.round_id).where(c.round_id == current.id,
                                                       c.federfuehrung == federfuehrung)).first()
        if exists is None:
            conn.execute(insert(confirmation_table).values(
                round_id=current.id, federfuehrung=federfuehrung,
                stand_id=conn.execute(select(func.max(stand_table.c.id))).scalar(),
                confirmed_at=datetime.datetime.now(datetime.UTC), confirmed_by=user.signature))
        return current.id

    round_id = store._write(write)
    return confirmations(store, round_id)[federfuehrung]


def confirmations(store: Store, round_id: int) -> dict[str, Confirmation]:
    """The confirmations of one round by Federführung."""
    return {c.federfuehrung: c for c in all_confirmations(store, round_id)}


def all_confirmations(store: Store, round_id: int | None = None) -> list[Confirmation]:
    """Every confirmation (of one round when ``round_id`` is given), for the last report of each measure."""
    query = select(confirmation_table)
    if round_id is not None:
        query = query.where(confirmation_table.c.round_id == round_id)
    with store._read() as conn:
        rows = conn.execute(query).mappings().all()
    return [Confirmation(r["round_id"], r["federfuehrung"], r["stand_id"], _utc(r["confirmed_at"]),
                         r["confirmed_by"]) for r in rows]


def reminded(store: Store, round_id: int) -> dict[str, datetime.date]:
    """Federführung → the last day it was reminded in this round."""
    r = reminder_table.c
    with store._read() as conn:
        rows = conn.execute(select(r.federfuehrung, func.max(r.sent_on)).where(r.round_id == round_id)
                            .group_by(r.federfuehrung)).all()
    return dict(rows)


def record_reminder(store: Store, round_id: int, federfuehrung: str, address: str, sent_on: datetime.date) -> None:
    """A reminder went out: recorded at once, so a run that fails later does not send it again."""
    store._write(lambda conn: conn.execute(insert(reminder_table).values(
        round_id=round_id, federfuehrung=federfuehrung, sent_on=sent_on, address=address,
        sent_at=datetime.datetime.now(datetime.UTC))))


def last_result(all_rounds: list[Round]) -> int | None:
    """The Stand a Sitzung shows by default: the result of the last closed round (None before the first)."""
    results = [r.result_stand_id for r in all_rounds if not r.is_open and r.result_stand_id is not None]
    return results[-1] if results else None


def result_before(all_rounds: list[Round], stand_id: int) -> Round | None:
    """The round whose result a Sitzung on Stand ``stand_id`` compares with by default: the closed round before the
    one that ended in ``stand_id`` (None when ``stand_id`` is no round's result, or the first)."""
    closed = [r for r in all_rounds if not r.is_open and r.result_stand_id is not None]
    ends = [i for i, r in enumerate(closed) if r.result_stand_id == stand_id]
    return closed[ends[-1] - 1] if ends and ends[-1] > 0 else None


def result_of(all_rounds: list[Round], stand_id: int) -> Round | None:
    """The closed round whose result Stand ``stand_id`` is, if any."""
    return next((r for r in reversed(all_rounds) if not r.is_open and r.result_stand_id == stand_id), None)
