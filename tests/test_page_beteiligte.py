"""The Beteiligte page in AppTest: matrix, network, load and staffing gaps by institution type; on a plan of
2 000 measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import workbook_bytes
from tests.apptest import changed_stands, import_file, no_exception, plotly_specs, start, table_with


def test_beteiligte_matrix_network_load_and_gaps(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    changed_stands(tmp_path)
    app = start(monkeypatch, tmp_path, "beteiligte")
    titles = [chart["layout"]["title"]["text"] for chart in plotly_specs(app)]
    assert titles == ["Beteiligte je Leitziel", "Netzwerk der Institutionen und Maßnahmen", "Maßnahmen je Institution"]
    gaps = table_with(app, "Befund")
    assert gaps.set_index("Nr.").loc["M43", "Befund"] == "nur eine Institution"

    app.multiselect(key="beteiligte_types").select("Kammer").run()
    no_exception(app)
    heatmap = plotly_specs(app)[0]
    assert set(heatmap["data"][0]["y"]) == {"IHK zu Essen", "HWK Düsseldorf"}

    app.selectbox(key="beteiligte_focus_Kammer").set_value("ST07").run()
    no_exception(app)
    assert len(plotly_specs(app)) == 3


def test_beteiligte_without_gaps_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "beteiligte")
    assert any("Keine Besetzungslücken" in i.value for i in app.info)


@pytest.mark.slow
def test_beteiligte_on_a_large_plan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import_file(tmp_path, "Gross.xlsx", workbook_bytes(2000), "2000 Maßnahmen")
    app = start(monkeypatch, tmp_path, "beteiligte")
    assert any("Das Netzwerk zeigt 200 von" in i.value for i in app.info)
