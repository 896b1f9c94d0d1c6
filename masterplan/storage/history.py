"""How one measure developed across the stored Stände: the rows of its "Verlauf" on the Maßnahmen page.

Cheap by construction: only Stände whose stored versions touch the measure are read (Store.stands_touching),
and at those only the measure's row and its milestones by key. Milestones are looked up by the keys the
measure has in the Stand being viewed, so a milestone deleted since then no longer counts for older Ampeln.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

import pandas as pd

from loaders.schema import MASSNAHMEN
from masterplan import texts
from masterplan.formatting import format_datetime
from masterplan.metrics import ampel_labels, compute_ampel, measure_progress
from masterplan.storage.store import StandInfo, Store
from masterplan.tables import Plan
from masterplan.vocabulary import NO_STATUS

SHEET = MASSNAHMEN.name
HISTORY_COLUMNS = ["stand", "created_at", "created_by", "change_text", "status", "progress", "ampel_label"]


def _changed_fields(before: dict[str, object], after: dict[str, object]) -> str:
    """Sheet headers of the fields that differ, in sheet order."""
    headers = [c.header for c in MASSNAHMEN.columns if before.get(c.field) != after.get(c.field)]
    return texts.massnahmen.HISTORY_CHANGED.format(fields=", ".join(headers))


def stand_day(stand: StandInfo, today: datetime.date) -> datetime.date:
    """The day a Stand was stored, in Oberhausen time, never after ``today`` (the day the rules use)."""
    return min(stand.day, today)


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
    before: dict[str, object] | None = None
    touching = set(store.stands_touching(SHEET, nr))
    for stand in sorted(stands, key=lambda s: s.id):
        if upto is not None and stand.id > upto:
            break
        if stand.id not in touching:
            continue
        state = store.state(stand.id)
        row = state.rows(SHEET, [nr]).get(nr)
        entry: dict[str, object] = {"stand": stand.id, "created_at": format_datetime(stand.created_at),
                                    "created_by": stand.created_by}
        if row is None:
            if before is not None:
                rows.append({**entry, "change_text": texts.massnahmen.HISTORY_REMOVED, "status": texts.common.MISSING,
                             "progress": None, "ampel_label": texts.common.MISSING})
            before = None
            continue
        if row == before:  # stored again unchanged, e.g. the first real import after the example data
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
        before = row
    return pd.DataFrame(list(reversed(rows)), columns=HISTORY_COLUMNS)
