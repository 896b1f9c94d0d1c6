"""Plausibility rules: one test per rule with its exact message, and the „Datenqualität“ report built from them."""

from __future__ import annotations

import datetime as dt

import pytest

from masterplan import plausibility
from masterplan.formatting import NBSP
from masterplan.tables import Plan
from tests import factories
from tests.factories import milestone, open_milestones, plan_of

TODAY = dt.date(2026, 12, 2)
RUNNING = {"status": "in Umsetzung", "umsetzungsstand": 40, "beginn": "2025-01-01", "ende": "2027-12-31"}


def measure(nr: str = "M1", **fields: object) -> dict[str, object]:
    """A measure „Hafen <Nr.>“ in Umsetzung that no rule objects to (with a milestone: open_milestones)."""
    return factories.measure(nr, **{"massnahme": f"Hafen {nr}", **RUNNING, **fields})


def messages(plan: Plan) -> list[str]:
    return [issue.message for issue in plausibility.issues(plan, TODAY)]


def test_consistent_plan_has_no_issues() -> None:
    plan = plan_of([measure(), measure("M2", status="abgeschlossen", umsetzungsstand=100)],
                   [milestone(), milestone("MS2", "M2", status="erreicht", erreicht_am="2026-05-01")],
                   Indikatoren=[{"ind_nr": "IND1", "indikator": "Quote", "lz_nr": "LZ1"}],
                   Indikatorwerte=[{"ind_nr": "IND1", "stichtag": "2025-12-31", "wert": 3}])
    assert messages(plan) == []


def test_done_with_open_milestones() -> None:
    plan = plan_of([measure(status="abgeschlossen", umsetzungsstand=100)],
                   [milestone(), milestone("MS2", status="verschoben"), milestone("MS3", status="entfallen"),
                    milestone("MS4", erreicht_am="2026-01-10")])
    assert messages(plan) == [
        "M1 „Hafen M1“: Status „abgeschlossen“, aber 2 Meilensteine sind noch offen: MS1 „Schritt MS1“, "
        "MS2 „Schritt MS2“. Stimmig wäre, sie als „erreicht“ oder „entfallen“ zu melden – oder den Status zu ändern."
    ]


def test_done_with_one_open_milestone_in_the_singular() -> None:
    measures = [measure(status="abgeschlossen", umsetzungsstand=None)]
    plan = plan_of(measures, open_milestones(measures))
    assert messages(plan) == [
        "M1 „Hafen M1“: Status „abgeschlossen“, aber 1 Meilenstein ist noch offen: MS-M1 „Schritt MS-M1“. Stimmig "
        "wäre, sie als „erreicht“ oder „entfallen“ zu melden – oder den Status zu ändern."
    ]


def test_done_below_full() -> None:
    plan = plan_of([measure(status="abgeschlossen", umsetzungsstand=80)],
                   [milestone(status="erreicht", erreicht_am="2026-06-01")])
    assert messages(plan) == [
        f"M1 „Hafen M1“: Status „abgeschlossen“, aber Umsetzungsstand 80{NBSP}%. Stimmig wäre 100 %."
    ]


@pytest.mark.parametrize(("status", "said"), [("in Umsetzung", "Status „in Umsetzung“"), (None, "kein Status")])
def test_full_but_not_done(status: str | None, said: str) -> None:
    measures = [measure(status=status, umsetzungsstand=100), measure("M2", status="Daueraufgabe", umsetzungsstand=100)]
    plan = plan_of(measures, open_milestones(measures))
    assert messages(plan) == [
        f"M1 „Hafen M1“: Umsetzungsstand 100 %, aber {said}. Stimmig wäre „abgeschlossen“ – oder ein "
        "Umsetzungsstand unter 100 %."
    ]


def test_not_started_with_progress() -> None:
    measures = [measure(status="nicht begonnen", umsetzungsstand=30, beginn="2027-01-01")]
    plan = plan_of(measures, open_milestones(measures))
    assert messages(plan) == [
        f"M1 „Hafen M1“: Status „nicht begonnen“, aber Umsetzungsstand 30{NBSP}%. Stimmig wäre 0 % – oder ein "
        "Status wie „in Umsetzung“."
    ]


def test_in_progress_before_start() -> None:
    measures = [measure(beginn="2027-02-01"), measure("M2", beginn=TODAY.isoformat())]
    plan = plan_of(measures, open_milestones(measures))
    assert messages(plan) == [
        "M1 „Hafen M1“: Status „in Umsetzung“, aber Beginn 01.02.2027 liegt in der Zukunft (heute ist der "
        "02.12.2026). Stimmig wäre ein Beginn bis heute – oder der Status „in Planung“."
    ]


def test_not_started_after_start() -> None:
    measures = [measure(status="nicht begonnen", umsetzungsstand=0, beginn="2026-12-01"),
                measure("M2", status="nicht begonnen", umsetzungsstand=0, beginn=TODAY.isoformat()),
                measure("M3", status="in Planung", umsetzungsstand=0, beginn="2026-01-01")]
    plan = plan_of(measures, open_milestones(measures))
    assert messages(plan) == [
        "M1 „Hafen M1“: Status „nicht begonnen“, aber Beginn 01.12.2026 ist vorbei (heute ist der 02.12.2026). "
        "Stimmig wäre ein späterer Beginn – oder ein Status wie „in Umsetzung“."
    ]


def test_measure_without_milestones() -> None:
    plan = plan_of([measure(), measure("M2"), measure("M3", status="in Planung", umsetzungsstand=0)], [milestone()])
    assert messages(plan) == [
        "M2 „Hafen M2“: Status „in Umsetzung“, aber keine Meilensteine. Stimmig wären Meilensteine im Blatt "
        "Meilensteine, an denen sich der Fortschritt ablesen lässt."
    ]


def test_reached_without_date() -> None:
    plan = plan_of([measure()], [milestone(status="erreicht")])
    assert messages(plan) == [
        "M1 „Hafen M1“: Meilenstein MS1 „Schritt MS1“ hat Status „erreicht“, aber „Erreicht am“ ist leer. Stimmig "
        "wäre das Datum, an dem er erreicht wurde."
    ]


def test_reached_in_future() -> None:
    plan = plan_of([measure()], [milestone(status="erreicht", erreicht_am="2026-12-03"),
                                 milestone("MS2", status="erreicht", erreicht_am=TODAY.isoformat())])
    assert messages(plan) == [
        "M1 „Hafen M1“: Meilenstein MS1 „Schritt MS1“: Erreicht am 03.12.2026 liegt in der Zukunft (heute ist der "
        "02.12.2026). Stimmig wäre ein Datum bis heute – oder, wenn er noch nicht erreicht ist, ein leeres "
        "„Erreicht am“."
    ]


def test_date_but_open() -> None:
    plan = plan_of([measure()], [milestone(status="offen", erreicht_am="2026-05-04"),
                                 milestone("MS2", erreicht_am="2026-05-04")])
    assert messages(plan) == [
        "M1 „Hafen M1“: Meilenstein MS1 „Schritt MS1“ hat Status „offen“, aber Erreicht am 04.05.2026. Stimmig "
        "wäre Status „erreicht“ – oder ein leeres „Erreicht am“."
    ]


def test_milestone_after_end() -> None:
    plan = plan_of([measure(ende="2026-12-31")],
                   [milestone(faellig_am="2027-03-31"), milestone("MS2", faellig_am="2027-04-30", status="entfallen"),
                    milestone("MS3", faellig_am="2026-12-31")])
    assert messages(plan) == [
        "M1 „Hafen M1“: Meilenstein MS1 „Schritt MS1“ ist am 31.03.2027 fällig, nach dem Ende der Maßnahme am "
        "31.12.2026. Stimmig wäre ein Fälligkeitsdatum bis 31.12.2026 – oder ein späteres Ende."
    ]


def test_indicator_without_values() -> None:
    measures = [measure()]
    plan = plan_of(measures, open_milestones(measures),
                   Indikatoren=[{"ind_nr": "IND1", "indikator": "Quote", "lz_nr": "LZ1"},
                                {"ind_nr": "IND2", "indikator": "Fläche", "lz_nr": "LZ1"}],
                   Indikatorwerte=[{"ind_nr": "IND1", "stichtag": "2025-12-31", "wert": 3}])
    assert messages(plan) == [
        "IND2 „Fläche“: keine Werte. Stimmig wären Werte im Blatt Indikatorwerte (IND-Nr., Stichtag, Wert)."
    ]


def test_report_groups_by_rule_counts_and_filters_by_lead() -> None:
    plan = plan_of([measure(beginn="2027-02-01"), measure("M2", beginn="2027-03-01", federfuehrung="ST2"),
                    measure("M3", status="abgeschlossen", umsetzungsstand=90, federfuehrung="ST2")],
                   [milestone(nr="M1"), milestone("MS2", "M2"), milestone("MS3", "M3", status="erreicht",
                                                                          erreicht_am="2026-01-01")],
                   Indikatoren=[{"ind_nr": "IND1", "indikator": "Quote", "lz_nr": "LZ1"}])
    report = plausibility.quality_report(plan, TODAY)
    assert report.total == 4
    assert [(title, frame["Nr."].tolist()) for title, frame in report.groups] == [
        ("Abgeschlossen unter 100 %", ["M3"]),
        ("In Umsetzung vor dem Beginn", ["M1", "M2"]),
        ("Indikator ohne Werte", ["IND1"]),
    ]
    assert report.leads == {"IHK": 2, "WFO": 1}
    assert report.groups[2][1]["Federführung"].tolist() == ["–"]
    only = plausibility.quality_report(plan, TODAY, "IHK")
    assert only.total == 2
    assert [(title, frame["Nr."].tolist()) for title, frame in only.groups] == [
        ("Abgeschlossen unter 100 %", ["M3"]), ("In Umsetzung vor dem Beginn", ["M2"])]
    assert only.leads == report.leads
