"""How a row developed across the stored Stände: a measure's "Verlauf" on the Maßnahmen page, a decision's in
the Sitzung's notes.

Cheap by construction: only Stände whose stored versions touch the row are read (Store.stands_touching), and at
those only the row (and a measure's milestones) by key. Milestones are looked up by the keys the measure has in
the Stand being viewed, so a milestone deleted since then no longer counts for older Ampeln.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence

import pandas as pd

from loaders.schema import BESCHLUESSE, MASSNAHMEN
from loaders.state import Row
from masterplan import texts
from masterplan.formatting import format_datetime
from masterplan.metrics import ampel_labels, compute_ampel, measure_progress
from masterplan.storage.store import StandInfo, StandState, Store
from masterplan.tables import Plan
from masterplan.vocabulary import NO_STATUS

SHEET = MASSNAHMEN.name
HISTORY_COLUMNS = ["stand", "created_at", "created_by", "change_text", "status", "progress", "ampel_label"]
DECISION_FIELDS = ("status", "frist")  # what a decision's Verlauf follows
DECISION_HISTORY_COLUMNS = ["beschluss_nr", "stand", "created_at", "created_by", *DECISION_FIELDS]


def _changed_fields(before: dict[str, object], after: dict[str, object]) -> str:
    """Sheet headers of the fields that differ, in sheet order."""
    headers = [c.header for c in MASSNAHMEN.columns if before.get(c.field) != after.get(c.field)]
    return texts.massnahmen.HISTORY_CHANGED.format(fields=", ".join(headers))


def stand_day(stand: StandInfo, today: datetime.date) -> datetime.date:
    """The day a Stand was stored, in Oberhausen time, never after ``today`` (the day the rules use)."""
    return min(stand.day, today)


def row_versions(store: Store, stands: Sequence[StandInfo], sheet: str, key: str, upto: int | None = None,
                 fields: Sequence[str] | None = None) -> Iterator[tuple[StandInfo, StandState, Row | None, Row | None]]:
    """(Stand, its state, the row before, the row then) for each of ``stands`` up to ``upto`` (default all), oldest
    first, that added, changed or removed the row ``key`` of ``sheet``; with ``fields``, changed in one of those.
    A Stand that stores the row again unchanged (the first real import after the example data) is left out."""
    def seen(row: Row | None) -> Row | None:
        return row if row is None or fields is None else {name: row.get(name) for name in fields}

    before: Row | None = None
    touching = set(store.stands_touching(sheet, key))
    for stand in sorted(stands, key=lambda s: s.id):
        if upto is not None and stand.id > upto:
            break
        if stand.id not in touching:
            continue
        state = store.state(stand.id)
        row = state.rows(sheet, [key]).get(key)
        if seen(row) == seen(before):
            continue
        yield stand, state, before, row
        before = row


def measure_history(store: Store, stands: Sequence[StandInfo], nr: str, milestone_keys: Iterable[str],
                    today: datetime.date, upto: int | None = None) -> pd.DataFrame:
    """One row per Stand (up to ``upto``, default all) in which measure ``nr`` was added, changed or removed, newest
    first.

    Columns: stand, created_at (German date and time), created_by, change_text ("neu aufgenommen", "geändert:
    Status, Umsetzungsstand", "entfernt"), status, progress (0–100 as roll-ups count it), ampel_label (the Ampel
    as of the day the Stand was stored, a sheet value marked manual).
    """
    keys = sorted(set(milestone_keys))
    rows: list[dict[str, object]] = []
    for stand, state, before, row in row_versions(store, stands, SHEET, nr, upto):
        entry = _entry(stand)
        if row is None:
            rows.append({**entry, "change_text": texts.massnahmen.HISTORY_REMOVED, "status": texts.common.MISSING,
                         "progress": None, "ampel_label": texts.common.MISSING})
            continue
        milestones = state.rows("Meilensteine", keys) if keys else {}
        plan = Plan.from_records({SHEET: [row], "Meilensteine": list(milestones.values())})
        ampel = compute_ampel(plan, stand_day(stand, today))
        rows.append({
            **entry,
            "change_text": texts.massnahmen.HISTORY_NEW if before is None else _changed_fields(before, row),
            "status": row.get("status") or NO_STATUS,
            "progress": float(measure_progress(plan)["progress"].iloc[0]),
            "ampel_label": ampel_labels(ampel["ampel"], ampel["ampel_manual"]).iloc[0],
        })
    return pd.DataFrame(list(reversed(rows)), columns=HISTORY_COLUMNS)


def decision_history(store: Store, stands: Sequence[StandInfo]) -> pd.DataFrame:
    """For every decision of the newest of ``stands``, the Stände that recorded it or changed its Status or Frist,
    oldest first: what the Lenkungskreis asks about a decision it took.

    Columns: beschluss_nr, stand, created_at (German date and time), created_by, status and frist as stored then
    (frist an ISO date or None). Empty without Stände.
    """
    rows: list[dict[str, object]] = []
    newest = max(stands, key=lambda s: s.id, default=None)
    keys = sorted(store.state(newest.id).keys(BESCHLUESSE.name)) if newest else []
    for key in keys:
        for stand, _, _, row in row_versions(store, stands, BESCHLUESSE.name, key, fields=DECISION_FIELDS):
            if row is not None:
                rows.append({"beschluss_nr": key, **_entry(stand), **{name: row.get(name) for name in DECISION_FIELDS}})
    return pd.DataFrame(rows, columns=DECISION_HISTORY_COLUMNS)


def _entry(stand: StandInfo) -> dict[str, object]:
    """Which Stand, when and by whom: how every Verlauf names a Stand."""
    return {"stand": stand.id, "created_at": format_datetime(stand.created_at), "created_by": stand.created_by}
