"""The metrics package as a whole (masterplan.metrics): every figure accepts an empty plan. One module each:
tests/test_metrics_<module>.py for masterplan/metrics/<module>.py."""

from __future__ import annotations

import datetime as dt

from masterplan import metrics
from masterplan.tables import Plan

TODAY = dt.date(2025, 6, 1)


def test_every_metric_accepts_an_empty_plan() -> None:
    empty = Plan.empty()
    assert metrics.rollup_plan(empty).value is None
    assert metrics.kpis(empty, TODAY) == metrics.Kpis(0, 0, 0, 0, None, None)
    frames = (
        metrics.rollup_leitziele(empty), metrics.compute_ampel(empty, TODAY), metrics.indicator_summary(empty),
        metrics.milestones_due(empty, TODAY), metrics.ampel_mix(empty, TODAY), metrics.stakeholder_matrix(empty),
        metrics.stakeholder_load(empty), metrics.staffing_gaps(empty), metrics.measure_table(empty, TODAY),
    )
    assert all(frame.empty for frame in frames)
    assert metrics.compare_plans(empty, empty, TODAY).is_empty
