"""masterplan.metrics.display: Ampel labels, selectbox choices, one item per line, German column labels."""

from __future__ import annotations

import pandas as pd
import pytest

from masterplan import metrics, texts
from masterplan.tables import Plan


def test_ampel_labels_name_the_colour_and_mark_manual_values() -> None:
    labels = metrics.ampel_labels(pd.Series(["rot", "grün", None]), pd.Series([True, False, False]))
    assert list(labels) == ["🔴 rot (manuell)", "🟢 grün", texts.common.MISSING]


def test_choice_labels_and_leitziel_choices(plan: Plan) -> None:
    assert metrics.leitziel_choices(plan) == {"LZ1": "LZ1 – Oberhausen ist wirtschaftsfreundlich",
                                              "LZ2": "LZ2 – Oberhausen ist qualifiziert"}
    frame = pd.DataFrame({"nr": ["M1", "M2"], "massnahme": ["Bauakte", None]})
    assert metrics.choice_labels(frame, "nr", "massnahme") == {"M1": "M1 – Bauakte", "M2": "M2"}
    assert metrics.leitziel_choices(Plan.empty()) == {}


@pytest.mark.parametrize(("text", "items"), [
    ("a\nb", ("a", "b")),
    ("- a\r\n• b\n\n* c", ("a", "b", "c")),
    ("a; b ;", ("a", "b")),
    ("a; b\nc", ("a; b", "c")),  # with line breaks, ";" is part of the text
    (None, ()),
    (float("nan"), ()),
    ("", ()),
])
def test_split_lines(text: object, items: tuple[str, ...]) -> None:
    assert metrics.split_lines(text) == items


def test_column_labels_use_sheet_headers_and_texts() -> None:
    frame = pd.DataFrame({"nr": ["M1"], "faellig_am": [pd.Timestamp("2026-01-01")], "state": ["x"], "other": [1]})
    assert list(frame.rename(columns=metrics.COLUMN_LABELS).columns) == ["Nr.", "Fällig am",
                                                                         texts.columns.HEADERS["state"],
                                                                         "other"]
