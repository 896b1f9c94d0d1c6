"""masterplan.metrics.overview: the Übersicht's KPIs with the change since the previous Stand, status and Ampel
mix per Leitziel."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from masterplan import metrics
from masterplan.tables import Plan
from masterplan.vocabulary import NO_STATUS
from tests.factories import measure, plan_of

TODAY = dt.date(2025, 6, 1)


def test_kpis_and_change_against_previous_stand(rollup_plan: Plan) -> None:
    previous = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=20)])
    with_red = Plan({**rollup_plan.tables, "Maßnahmen": pd.concat([
        rollup_plan["Maßnahmen"], plan_of([measure("M5", status="in Umsetzung", ampel="rot")])["Maßnahmen"]],
        ignore_index=True)})
    kpis = metrics.kpis(with_red, TODAY, previous)
    assert (kpis.measures, kpis.done, kpis.in_progress, kpis.red) == (5, 1, 2, 1)
    assert kpis.progress == pytest.approx(200 / 5)
    assert kpis.progress_change == pytest.approx(200 / 5 - 20)
    assert metrics.kpis(rollup_plan, TODAY).progress_change is None


def test_status_and_ampel_mix_per_leitziel(rollup_plan: Plan) -> None:
    mix = metrics.status_mix(rollup_plan).set_index(["lz_nr", "status"])["count"]
    assert mix[("LZ1", "in Umsetzung")] == 1 and mix[("LZ1", "entfallen")] == 1 and mix[("LZ3", "abgeschlossen")] == 0
    assert len(mix) == 3 * 7
    no_status = metrics.status_mix(plan_of([measure("M1")]))
    assert no_status.set_index(["lz_nr", "status"]).loc[("LZ1", NO_STATUS), "count"] == 1
    ampel = metrics.ampel_mix(rollup_plan, TODAY).set_index(["lz_nr", "ampel"])["count"]
    assert ampel[("LZ1", "grau")] == 1 and ampel[("LZ1", "grün")] == 2 and ampel[("LZ2", "grau")] == 1
    assert ampel.sum() == 4
