"""The Indikatoren page in AppTest: the summary table and one chart per indicator; on a plan of 2 000 measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import workbook_bytes
from tests.apptest import import_file, plotly_specs, start, table_with


def test_indikatoren_table_and_charts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "indikatoren")
    summary = table_with(app, "Indikator").set_index("Indikator")
    row = summary.loc["Arbeitslosenquote"]
    assert row["Quelle"].startswith("Agentur für Arbeit Oberhausen")
    assert row["Letzter Wert"] == "11,3" and row["Entwicklung"] == "unverändert"
    charts = plotly_specs(app)
    assert "Arbeitslosenquote" in [c["layout"]["title"]["text"] for c in charts]
    assert any(c.value.startswith("Quelle") and "Agentur für Arbeit" in c.value for c in app.caption)
    assert any("LZ2 Oberhausen ist qualifiziert" in m.value for m in app.markdown)
    assert any("noch keine Messwerte" in i.value for i in app.info)  # IND13 has none yet


@pytest.mark.slow
def test_indikatoren_on_a_large_plan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import_file(tmp_path, "Gross.xlsx", workbook_bytes(2000), "2000 Maßnahmen")
    start(monkeypatch, tmp_path, "indikatoren")  # start() fails on an exception
