"""masterplan.metrics.ampel: the Ampel rules and their boundaries, an Ampel set in the sheet, planned progress."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from masterplan import metrics, texts
from tests.factories import days_from, measure, plan_of

TODAY = dt.date(2025, 6, 1)
day = days_from(TODAY)


def ampel_of(*fields_and_milestones: object, **fields: object) -> pd.Series:
    """Computed Ampel row of one measure M1 with the given fields and milestones (dicts without ms_nr/nr)."""
    milestones = [{"ms_nr": f"MS{i}", "nr": "M1", "meilenstein": f"Termin {i}", **ms}
                  for i, ms in enumerate(fields_and_milestones)]
    return metrics.compute_ampel(plan_of([measure("M1", **fields)], milestones), TODAY).iloc[0]


# --- Beginn 02.04.2025, Ende 31.07.2025: 60 of 120 days passed on 01.06.2025, so the plan expects 50 %.
HALF_WAY = {"beginn": day(-60), "ende": day(60)}

@pytest.mark.parametrize(("fields", "milestones", "expected", "reason"), [
    ({"status": "entfallen", "ende": day(-10)}, [], "grau", texts.figures.REASON_DROPPED),
    ({"status": "zurückgestellt", "ende": day(-10)}, [], "grau", texts.figures.REASON_ON_HOLD),
    ({"status": "abgeschlossen", "ende": day(-10)}, [{"faellig_am": day(-200)}], "grün", texts.figures.REASON_DONE),
    ({"status": "in Umsetzung", "umsetzungsstand": 90, "ende": day(-1)}, [], "rot", "Ende am 31.05.2025"),
    ({"status": "Daueraufgabe", "ende": day(-1)}, [], "rot", "überschritten"),
    ({"status": "in Umsetzung", "umsetzungsstand": 100, "beginn": day(-10), "ende": day(0)}, [], "grün",
     texts.figures.REASON_ON_TRACK),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY}, [{"faellig_am": day(-91)}], "rot",
     "„Termin 0“ seit 02.03.2025 überfällig, mehr als 90 Tage"),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY}, [{"faellig_am": day(-90)}], "gelb",
     "„Termin 0“ seit 03.03.2025 überfällig"),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY}, [{"faellig_am": day(-1)}], "gelb",
     "seit 31.05.2025"),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY}, [{"faellig_am": day(0)}], "grün",
     texts.figures.REASON_ON_TRACK),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY},
     [{"faellig_am": day(-200), "status": "erreicht"}, {"faellig_am": day(-200), "status": "entfallen"},
      {"faellig_am": day(-200), "erreicht_am": day(-150)}], "grün", texts.figures.REASON_ON_TRACK),
    ({"status": "in Umsetzung", "umsetzungsstand": 30, **HALF_WAY}, [], "grün",
     texts.figures.REASON_ON_TRACK),  # 20 behind
    ({"status": "in Umsetzung", "umsetzungsstand": 29, **HALF_WAY}, [], "gelb",
     "Umsetzungsstand 29 % liegt 21 Punkte hinter dem Zeitplan (50 %)"),
    ({"status": "Daueraufgabe", "umsetzungsstand": 0, **HALF_WAY}, [], "grün", texts.figures.REASON_ON_TRACK),
    ({"status": "nicht begonnen", "beginn": day(1), "ende": day(100)}, [], "grau", texts.figures.REASON_NOT_STARTED),
    ({"status": "in Planung"}, [], "grau", texts.figures.REASON_NOT_STARTED),
    ({}, [], "grau", texts.figures.REASON_NOT_STARTED),  # no status, no progress
    ({"status": "nicht begonnen", **HALF_WAY}, [], "gelb", "liegt 50 Punkte"),
    ({"status": "nicht begonnen", "beginn": day(10), "ende": day(60)}, [{"faellig_am": day(-5)}], "gelb",
     "seit 27.05.2025"),  # an overdue milestone makes a measure due before its Beginn
    ({"status": "in Umsetzung", "beginn": day(5), "ende": day(100)}, [], "grün", texts.figures.REASON_ON_TRACK),
    ({"status": "in Umsetzung", "umsetzungsstand": 0}, [], "grün", texts.figures.REASON_ON_TRACK),  # no dates, no plan
])
def test_ampel_rules(fields: dict, milestones: list[dict], expected: str, reason: str) -> None:
    row = ampel_of(*milestones, **fields)
    assert row["ampel"] == expected == row["ampel_computed"]
    assert not row["ampel_manual"]
    assert reason in row["ampel_reason"]


def test_sheet_ampel_wins_and_is_marked_manual() -> None:
    row = ampel_of(status="in Umsetzung", ende=day(-1), ampel="grün")
    assert (row["ampel"], row["ampel_computed"], bool(row["ampel_manual"])) == ("grün", "rot", True)
    assert row["ampel_reason"].startswith("im Blatt gesetzt (berechnet: rot – Ende am 31.05.2025")


def test_planned_progress_and_overdue_flag() -> None:
    plan = plan_of([
        measure("M1", status="in Umsetzung", **HALF_WAY),
        measure("M2", status="in Umsetzung", beginn=day(0), ende=day(0)),  # zero duration: due in full today
        measure("M3", status="in Umsetzung", beginn=day(1), ende=day(1)),
        measure("M4", status="Daueraufgabe", **HALF_WAY),
        measure("M5", status="in Umsetzung", beginn=day(-30), ende=day(-1)),
        measure("M6", status="zurückgestellt", beginn=day(-30), ende=day(-1)),
    ])
    ampel = metrics.compute_ampel(plan, TODAY).set_index("nr")
    assert ampel["planned"].iloc[:3].tolist() == [50.0, 100.0, 0.0]
    assert pd.isna(ampel.loc["M4", "planned"])
    assert ampel.loc["M5", "planned"] == 100
    assert ampel["overdue"].tolist() == [False, False, False, False, True, False]
