"""loaders.stakeholders: one way to find an institution by what people write, for uploads and for the pages."""

from __future__ import annotations

import pandas as pd

from loaders.stakeholders import StakeholderIndex
from masterplan.metrics.stakeholders import resolve_stakeholders
from masterplan.tables import Plan

ROWS = {"ST1": {"kurzname": "WFO", "name": "Wirtschaftsförderung Oberhausen"},
        "ST2": {"kurzname": "IHK", "name": "IHK zu Essen"},
        "ST3": {"kurzname": "IHK", "name": "Handwerkskammer"}}


def test_the_index_finds_numbers_names_and_labels() -> None:
    index = StakeholderIndex(ROWS)
    assert index.lookup("ST1") == ["ST1"]
    assert index.lookup("wirtschaftsförderung  oberhausen") == ["ST1"]
    assert index.lookup("ST2 – IHK Essen") == ["ST2"]  # a label counts by its ST-Nr.
    assert index.lookup("IHK") == ["ST2", "ST3"]  # ambiguous: the upload says so
    assert index.lookup("Stadtsparkasse") == []


def test_the_pages_resolve_a_reference_as_an_upload_would() -> None:
    plan = Plan.from_records({"Stakeholder": [{"st_nr": key, **row} for key, row in ROWS.items()]})
    refs = pd.Series(["ST1", "wfo", "Handwerkskammer", "IHK", "Stadtsparkasse", None])
    resolved = resolve_stakeholders(plan, refs)
    assert resolved[:5].tolist() == ["ST1", "ST1", "ST3", "IHK", "Stadtsparkasse"]
    assert pd.isna(resolved[5])
