"""The Zeitplan page in AppTest: Gantt chart, period zoom and the overdue table; on a plan of 2 000 measures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.generate import workbook_bytes
from tests.apptest import import_file, no_exception, plotly_specs, start, table_with


def test_zeitplan_gantt_zoom_and_overdue_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "zeitplan")
    [gantt] = plotly_specs(app)
    assert gantt["layout"]["title"]["text"] == "Zeitplan der Maßnahmen"
    assert {"Ende überschritten", "hinter dem Zeitplan", "überfällig"} <= {t.get("name") for t in gantt["data"]}
    assert any("ohne Beginn oder Ende" in c.value for c in app.caption)  # the Daueraufgaben without Ende
    issues = table_with(app, "Befund")
    first = issues.iloc[0]
    assert (first["Befund"], first["Nr."]) == ("Ende überschritten", "M31")
    assert "M01" in set(issues.loc[issues["Befund"].eq("Ende überschritten"), "Nr."])

    app.segmented_control(key="zeitplan_period").set_value("around").run()
    no_exception(app)
    [gantt] = plotly_specs(app)
    assert gantt["layout"]["xaxis"]["range"][0].startswith("2025-11-26")

    app.segmented_control(key="zeitplan_period").set_value("custom").run()
    app.date_input(key="zeitplan_range").set_value((dt.date(2040, 1, 1), dt.date(2040, 12, 31))).run()
    no_exception(app)
    assert not plotly_specs(app)
    assert any("Im gewählten Zeitraum läuft keine Maßnahme" in i.value for i in app.info)


@pytest.mark.slow
def test_zeitplan_on_a_large_plan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import_file(tmp_path, "Gross.xlsx", workbook_bytes(2000), "2000 Maßnahmen")
    app = start(monkeypatch, tmp_path, "zeitplan")
    assert app.select_slider(key="zeitplan_limit").value == 100
    assert any("dringlichsten von" in i.value for i in app.info)
    assert len(plotly_specs(app)) == 1
