"""masterplan.metrics.indicators: summary by direction and target, time series, trend, and the indicator tables
of the Indikatoren and Leitziele pages."""

from __future__ import annotations

import pandas as pd
import pytest

from masterplan import metrics, texts
from masterplan.formatting import NBSP
from masterplan.tables import Plan
from tests.factories import plan_of


@pytest.fixture
def indicators() -> Plan:
    return plan_of(
        [],
        Indikatoren=[
            {"ind_nr": "I1", "indikator": "Arbeitslosenquote", "lz_nr": "LZ2", "einheit": "%",
             "zielrichtung": "fallend", "basiswert": 10.0, "basisjahr": 2019, "zielwert": 8.0, "zieljahr": 2030,
             "quelle": "Agentur für Arbeit"},
            {"ind_nr": "I2", "indikator": "Beschäftigte", "lz_nr": "LZ1", "zielrichtung": "steigend",
             "basiswert": 1000.0, "zielwert": 2000.0},
            {"ind_nr": "I3", "indikator": "Flächen", "lz_nr": "LZ1"},
        ],
        Indikatorwerte=[
            {"ind_nr": "I1", "stichtag": "2024-12-31", "wert": 9.0},
            {"ind_nr": "I1", "stichtag": "2025-12-31", "wert": 9.5},
            {"ind_nr": "I2", "stichtag": "2024-12-31", "wert": 1200.0},
            {"ind_nr": "I2", "stichtag": "2025-12-31", "wert": 1500.0, "quelle": "IT.NRW"},
        ],
    )


def test_indicator_summary_respects_direction_and_missing_target() -> None:
    plan = plan_of([], Indikatoren=[
        {"ind_nr": "I1", "indikator": "Arbeitslosenquote", "lz_nr": "LZ1", "zielrichtung": "fallend",
         "basiswert": 10, "zielwert": 5, "quelle": "Bundesagentur für Arbeit"},
        {"ind_nr": "I2", "indikator": "Beschäftigte", "lz_nr": "LZ1", "zielrichtung": "steigend", "basiswert": 100},
        {"ind_nr": "I3", "indikator": "Gleich", "lz_nr": "LZ1", "basiswert": 3, "zielwert": 3},
        {"ind_nr": "I4", "indikator": "Ohne Werte", "lz_nr": "LZ1", "basiswert": 1, "zielwert": 2},
    ], Indikatorwerte=[
        {"ind_nr": "I1", "stichtag": "2024-12-31", "wert": 8, "quelle": "IT.NRW"},  # unsorted on purpose
        {"ind_nr": "I1", "stichtag": "2023-12-31", "wert": 9},
        {"ind_nr": "I2", "stichtag": "2023-12-31", "wert": 110},
        {"ind_nr": "I2", "stichtag": "2024-12-31", "wert": 105},
        {"ind_nr": "I3", "stichtag": "2024-12-31", "wert": 4},
    ])
    summary = metrics.indicator_summary(plan).set_index("ind_nr")
    falling = summary.loc["I1"]
    assert (falling["latest"], falling["previous"], falling["change"], falling["change_base"]) == (8, 9, -1, -2)
    assert falling["achievement"] == pytest.approx(40.0)  # (8 − 10) / (5 − 10)
    assert bool(falling["improved"]) is True
    assert falling["latest_date"] == pd.Timestamp("2024-12-31") and falling["source"] == "IT.NRW"
    rising = summary.loc["I2"]
    assert pd.isna(rising["achievement"]) and bool(rising["improved"]) is False and rising["change_base"] == 5
    assert pd.isna(summary.loc["I3", "achievement"]) and pd.isna(summary.loc["I3", "improved"])
    assert pd.isna(summary.loc["I4", "latest"]) and summary.loc["I4", "measurements"] == 0
    assert metrics.indicator_values(plan, "I1")["wert"].tolist() == [9, 8]


def test_indicator_list_in_german(plan: Plan) -> None:
    rows = metrics.indicator_list(plan).set_index("ind_nr")
    first = rows.loc["I1"]
    assert (first["latest"], first["latest_date"], first["change"]) == ("8,5", "31.12.2025", "-0,5")
    assert (first["basiswert"], first["zielwert"], first["achievement"], first["improved"]) == (
        "9,5 (2019)", "7,5 (2030)", f"50{NBSP}%", texts.common.YES)
    second = rows.loc["I2"]
    assert (second["latest"], second["zielwert"], second["improved"], second["einheit"]) == (
        texts.common.MISSING, texts.figures.NO_TARGET, texts.common.MISSING, texts.common.MISSING)


def test_indicator_table_is_german_and_direction_aware(indicators: Plan) -> None:
    table = metrics.indicator_table(indicators).rename(columns=metrics.COLUMN_LABELS)
    assert list(table.columns) == ["LZ-Nr.", "Indikator", "Einheit", "Letzter Wert", "Stichtag",
                                   "Veränderung zum Vorwert", "Entwicklung", "Basiswert", "Zielwert",
                                   "Zielerreichung", "Quelle"]
    rows = table.set_index("Indikator")
    assert list(table["Indikator"]) == ["Beschäftigte", "Flächen", "Arbeitslosenquote"]  # Leitziel order
    assert rows.loc["Arbeitslosenquote", "LZ-Nr."] == "LZ2"
    assert rows.loc["Arbeitslosenquote", "Letzter Wert"] == "9,5"
    assert rows.loc["Arbeitslosenquote", "Veränderung zum Vorwert"] == "↑ +0,5"
    assert rows.loc["Arbeitslosenquote", "Entwicklung"] == texts.indikatoren.WORSE  # rising against a falling target
    assert rows.loc["Arbeitslosenquote", "Basiswert"] == "10 (2019)"
    assert rows.loc["Arbeitslosenquote", "Zielerreichung"] == "25\u00a0%"  # (9.5 − 10) / (8 − 10)
    assert rows.loc["Arbeitslosenquote", "Quelle"] == "Agentur für Arbeit"
    assert rows.loc["Beschäftigte", "Veränderung zum Vorwert"] == "↑ +300"
    assert rows.loc["Beschäftigte", "Entwicklung"] == texts.indikatoren.BETTER
    assert rows.loc["Beschäftigte", "Letzter Wert"] == "1.500" and rows.loc["Beschäftigte", "Quelle"] == "IT.NRW"
    assert rows.loc["Flächen", "Letzter Wert"] == texts.common.MISSING
    assert rows.loc["Flächen", "Veränderung zum Vorwert"] == texts.common.MISSING


def test_indicator_trend_unchanged_and_falling() -> None:
    summary = pd.DataFrame({"change": [0.0, -2.5], "improved": pd.array([pd.NA, True], dtype="boolean")})
    trend = metrics.indicator_trend(summary)
    assert trend["change"].tolist() == ["→ ±0", "↓ -2,5"]
    assert trend["trend"].tolist() == [texts.indikatoren.UNCHANGED, texts.indikatoren.BETTER]


def test_indicator_groups(indicators: Plan) -> None:
    groups = metrics.indicator_groups(indicators)
    assert [(goal, [row["ind_nr"] for row in rows]) for goal, rows in groups] == [
        ("LZ1 Wirtschaft", ["I2", "I3"]), ("LZ2 Bildung", ["I1"])]
    assert groups[0][1][1]["source"] is None  # blanks are None, not NaN
    assert metrics.indicator_groups(plan_of([])) == []
