"""Builders of plan rows and Plans for the core tests: a measure, a milestone, a Plan around them, days from today.

``plan_of`` fills every sheet not given with the rows below; a test that reads Leitziele, Fokusprojekte or
Stakeholder of its own passes them (``**PROFILES`` or its own rows) by sheet name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from masterplan.tables import Plan

PLAN_DAY = dt.date(2026, 11, 26)  # the day the plans of conftest.py (fixtures plan, schedule) are written for

LEITZIELE = [{"lz_nr": "LZ1", "leitziel": "Wirtschaft"}, {"lz_nr": "LZ2", "leitziel": "Bildung"},
             {"lz_nr": "LZ3", "leitziel": "Flächen"}]
FOKUSPROJEKTE = [{"fp_nr": "FP1", "fokusprojekt": "Hafen", "lz_nr": "LZ1"},
                 {"fp_nr": "FP2", "fokusprojekt": "Campus", "lz_nr": "LZ2"}]
STAKEHOLDER = [
    {"st_nr": "ST1", "name": "Wirtschaftsförderung Oberhausen", "kurzname": "WFO", "typ": "Städtische Gesellschaft"},
    {"st_nr": "ST2", "name": "IHK zu Essen", "kurzname": "IHK", "typ": "Kammer"},
    {"st_nr": "ST3", "name": "Hochschule Ruhr West", "kurzname": "HRW", "typ": "Wissenschaft"},
]

# What the Leitziele and Maßnahmen pages show beyond that: two Leitziele with Beschreibung and Unterziele, a
# Fokusprojekt with its own lead, Lenkungskreis yes, blank and no, and an institution without a type.
PROFILES = {
    "Leitziele": [
        {"lz_nr": "LZ1", "leitziel": "Oberhausen ist wirtschaftsfreundlich", "beschreibung": "Service *für* Firmen",
         "unterziele": "Hürden abbauen\n- Vernetzung vertiefen\n\n• Verwaltung digital"},
        {"lz_nr": "LZ2", "leitziel": "Oberhausen ist qualifiziert", "unterziele": "Ausbildung; Weiterbildung ;"},
    ],
    "Fokusprojekte": [{"fp_nr": "FP1", "fokusprojekt": "Bauakte", "lz_nr": "LZ1", "federfuehrung": "ST2"},
                      {"fp_nr": "FP2", "fokusprojekt": "Campus", "lz_nr": "LZ2"}],
    "Stakeholder": [{"st_nr": "ST1", "name": "Wirtschaftsförderung Oberhausen", "kurzname": "WFO",
                     "typ": "Städtische Gesellschaft", "lenkungskreis": True},
                    {"st_nr": "ST2", "name": "IHK zu Essen", "kurzname": "IHK", "typ": "Kammer"},
                    {"st_nr": "ST3", "name": "Hochschule Ruhr West", "kurzname": "HRW", "lenkungskreis": False}],
}


def measure(nr: str = "M1", **fields: object) -> dict[str, object]:
    """A Maßnahmen row „Maßnahme <Nr.>“ in LZ1 led by ST1; ``fields`` add to or replace those."""
    return {"nr": nr, "massnahme": f"Maßnahme {nr}", "lz_nr": "LZ1", "federfuehrung": "ST1", **fields}


def milestone(ms_nr: str = "MS1", nr: str = "M1", **fields: object) -> dict[str, object]:
    """A Meilensteine row „Schritt <MS-Nr.>“ of measure ``nr``, due 30.06.2026 and open."""
    return {"ms_nr": ms_nr, "nr": nr, "meilenstein": f"Schritt {ms_nr}", "faellig_am": "2026-06-30", **fields}


def decision(beschluss_nr: str = "B1", **fields: object) -> dict[str, object]:
    """A Beschlüsse row „Beschluss <Nr.>“ of the meeting on 20.05.2026, without Frist, Bezug or Status."""
    return {"beschluss_nr": beschluss_nr, "datum": "2026-05-20", "beschluss": f"Beschluss {beschluss_nr}", **fields}


def open_milestones(measures: Iterable[dict]) -> list[dict[str, object]]:
    """One open milestone MS-<Nr.> per measure, so that no measure is without milestones."""
    return [milestone(nr=m["nr"], ms_nr=f"MS-{m['nr']}") for m in measures]


def plan_of(measures: list[dict], milestones: Iterable[dict] = (), **sheets: list[dict]) -> Plan:
    """A Plan of these measures and milestones (none unless given); ``sheets`` by name, e.g. Beteiligungen=[…],
    and the Leitziele, Fokusprojekte and Stakeholder above unless given."""
    records = {"Leitziele": LEITZIELE, "Fokusprojekte": FOKUSPROJEKTE, "Stakeholder": STAKEHOLDER,
               "Maßnahmen": measures, "Meilensteine": list(milestones), **sheets}
    return Plan.from_records(records)


def days_from(today: dt.date) -> Callable[[int], str]:
    """``day = days_from(TODAY)``: ``day(offset)`` is the ISO date ``offset`` days from TODAY."""

    def day(offset: int) -> str:
        return (today + dt.timedelta(days=offset)).isoformat()

    return day


def age_stand(store, stand_id: int, days: int) -> None:
    """Pretend Stand ``stand_id`` was stored ``days`` before now (tests cannot wait months for a report to age)."""
    from sqlalchemy import update

    from masterplan.storage.layout import stand_table

    moment = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    with store.engine.begin() as conn:
        conn.execute(update(stand_table).where(stand_table.c.id == stand_id).values(created_at=moment))
