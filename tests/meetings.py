"""Two Stände each for the meeting, deck, report and report-CLI tests: the small plan and the example data,
imported into a temporary SQLite Store, the second Stand changing a measure's status (and in the example two
decisions: one erledigt, one with a later Frist)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from masterplan import metrics
from masterplan.access import operator
from masterplan.formatting import CITY_TIME
from masterplan.meeting.model import Meeting
from masterplan.meeting.slides import build_meeting
from masterplan.storage import history, importer
from masterplan.storage.store import StandInfo, Store, UploadFile
from masterplan.tables import Plan
from tests.workbooks import plan_file, xlsx

TODAY = datetime.date(2026, 11, 26)  # the day the example's schedule is written for
EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "Masterplan_Beispiel.xlsx"
HOSTILE = '<img src="http://127.0.0.1:9/x.png"/> & <b>fett</b>'
SACHSTAND = "Förderantrag über 1.234,50 € gestellt; Rückmeldung der Bezirksregierung ausstehend."
LEAD_FILTER = "gefiltert: Federführung Strategische Planung"  # filtered_meeting(federfuehrung=["ST02"])
LEITZIELE = [
    "Oberhausen ist wirtschaftsfreundlich", "Oberhausen ist qualifiziert", "Oberhausen ist innovativ",
    "Oberhausen ist smart", "Oberhausen ist lebenswert", "Oberhausen ist resilient", "Oberhausen ist selbstbewusst",
]


@dataclass
class Stands:
    """Two Stände in a Store: ``old`` and ``new`` with their Plans."""

    url: str
    old: StandInfo
    new: StandInfo
    old_plan: Plan
    new_plan: Plan
    decisions: pd.DataFrame | None = None  # the decisions' Verlauf up to ``new`` (storage.history)

    def meeting(self, today: datetime.date = TODAY) -> Meeting:
        return build_meeting(self.new_plan, self.new, self.old_plan, self.old, today, stored=(self.new,),
                             decision_history=self.decisions)

    def filtered_meeting(self, today: datetime.date = TODAY, **chosen: list[str]) -> Meeting:
        """The meeting under the sidebar filters ``chosen`` (federfuehrung=["ST02"]), as the Sitzung page builds it."""
        new, old = (metrics.filter_plan(plan, today=today, **chosen) for plan in (self.new_plan, self.old_plan))
        return build_meeting(new, self.new, old, self.old, today, metrics.describe_filters(self.new_plan, **chosen))


def commit(store: Store, *files: UploadFile, note: str = "") -> StandInfo:
    prepared = importer.prepare(store, list(files))
    errors = [f.line() for f in prepared.findings if f.is_error]
    assert not errors, errors
    return importer.commit(store, prepared, user=operator("Test"), note=note)


def _stands(url: str, first: UploadFile, update: bytes) -> Stands:
    store = Store(url)
    try:
        old = commit(store, first)
        new = commit(store, UploadFile("Update.xlsx", update), note="Zulieferung <Fachbereich> & Co.")
        return Stands(url, old, new, store.plan(old.id), store.plan(new.id),
                      history.decision_history(store, store.stands()))
    finally:
        store.close()


def small_stands(folder: Path) -> Stands:
    """tests.workbooks.small_plan, then M03 in Planung → in Umsetzung and a new, zurückgestellt M04 with a
    title full of markup and a Sachstand with € and umlauts."""
    update = xlsx({"Maßnahmen": [
        ["Nr.", "Maßnahme", "LZ-Nr.", "Federführung", "Status", "Umsetzungsstand", "Sachstand"],
        ["M03", "Beispiel: Reallabor", "LZ1", "ST03", "in Umsetzung", 0.2, None],
        ["M04", HOSTILE, "LZ2", "ST01", "zurückgestellt", 0.1, SACHSTAND],
    ]})
    return _stands(f"sqlite:///{folder / 'small.db'}", plan_file(), update)


LONG_SACHSTAND = ("Die Anbindung an das Fachverfahren ist abgeschlossen. Der Pilotbetrieb läuft seit Oktober in zwei "
                  "Bürgerbüros; der Echtbetrieb in allen Ämtern beginnt nach der Schulung der Sachbearbeitung im "
                  "Januar 2027.")


def field_stands(folder: Path) -> Stands:
    """tests.workbooks.small_plan, then M01 with a later Ende, higher Kosten and a long Sachstand, its Pilotbetrieb
    (MS002) removed and a new Echtbetrieb (MS003) — the second Stand is two imports later."""
    store = Store(f"sqlite:///{folder / 'fields.db'}")
    try:
        old = commit(store, plan_file())
        commit(store, UploadFile("Massnahmen.xlsx", xlsx({"Maßnahmen": [
            ["Nr.", "Ende", "Kosten", "Sachstand"], ["M01", "30.06.2027", 2000, LONG_SACHSTAND]]})))
        prepared = importer.prepare(store, [UploadFile("Meilensteine.xlsx", xlsx({"Meilensteine": [
            ["MS-Nr.", "Nr.", "Meilenstein", "Fällig am", "Erreicht am", "Status"],
            ["MS001", "M01", "Konzept liegt vor", "30.06.2024", "15.07.2024", "erreicht"],
            ["MS003", "M01", "Echtbetrieb", "31.01.2027", None, "offen"]]}))], complete=True)
        new = importer.commit(store, prepared, user=operator("Test"))
        return Stands(store.url, old, new, store.plan(old.id), store.plan(new.id))
    finally:
        store.close()


def example_stands(folder: Path) -> Stands:
    """The example workbook as a regular import, then M03 in Planung → in Umsetzung, B-2025-02 erledigt and
    B-2026-02 with a Frist two months later."""
    update = xlsx({"Maßnahmen": [["Nr.", "Status", "Umsetzungsstand"], ["M03", "in Umsetzung", 0.3]],
                   "Beschlüsse": [["Nr.", "Status", "Frist"], ["B-2025-02", "erledigt", "15.10.2026"],
                                  ["B-2026-02", "offen", "31.03.2027"]]})
    return _stands(f"sqlite:///{folder / 'example.db'}", UploadFile(EXAMPLE.name, EXAMPLE.read_bytes()), update)


def stand_day(stand: StandInfo) -> str:
    """The Stand's date as Oberhausen reads it: 26.11.2026."""
    return stand.created_at.astimezone(CITY_TIME).strftime("%d.%m.%Y")
