"""masterplan.textwidth: column widths from the widest word, short headers only where a table cannot fit."""

from __future__ import annotations

import pytest

from masterplan.textwidth import column_minima, fit_columns, fit_table, longest_word, text_width, wrap

LABELS = ["Indikator", "Veränderung", "Zielerreichung"]
ROWS = [("Sozialversicherungspflichtig Beschäftigte", "+6.758", "–"), ("Arbeitslose", "+8", "80 %")]


def test_widths_follow_the_weights_but_never_below_the_widest_word() -> None:
    minima = column_minima(LABELS, ROWS, 8, 6)
    assert minima[0] == pytest.approx(longest_word("Sozialversicherungspflichtig", 8) + 6)
    assert minima[2] == pytest.approx(text_width("Zielerreichung", 8, bold=True) + 6)  # the header's word is widest
    widths = fit_columns(minima, [1.0, 1.0, 1.0], 400)
    assert sum(widths) == pytest.approx(400) and all(w >= m for w, m in zip(widths, minima, strict=True))
    assert widths[1] == pytest.approx(widths[2])  # equal weights, both above their minimum
    assert fit_columns(minima, [1.0, 1.0, 1.0], sum(minima) - 1) is None


def test_a_header_is_shortened_only_when_the_table_cannot_fit_otherwise() -> None:
    full = sum(column_minima(LABELS, ROWS, 8, 6))
    labels, widths, size = fit_table(LABELS, ROWS, [3.0, 1.0, 1.0], full + 20, (8,), 6)
    assert (labels, size) == (LABELS, 8) and sum(widths) == pytest.approx(full + 20)
    # a little short: the least change that fits – „Veränderung“ → „Änderung“, „Zielerreichung“ stays
    labels, _, _ = fit_table(LABELS, ROWS, [3.0, 1.0, 1.0], full - 5, (8,), 6)
    assert labels == ["Indikator", "Änderung", "Zielerreichung"]
    labels, _, _ = fit_table(LABELS, ROWS, [3.0, 1.0, 1.0], full - 25, (8,), 6)
    assert labels == ["Indikator", "Veränderung", "erreicht"]


def test_smaller_type_before_words_are_split_and_a_squeeze_as_the_last_resort() -> None:
    full = sum(column_minima(LABELS, ROWS, 8, 6))
    labels, widths, size = fit_table(LABELS, ROWS, [1.0] * 3, full * 0.8, (8, 7, 6), 6)
    assert size < 8 and all(w >= m for w, m in zip(widths, column_minima(labels, ROWS, size, 6), strict=True))
    labels, widths, size = fit_table(LABELS, ROWS, [1.0] * 3, 60, (8, 7), 6)
    assert size == 7 and labels == ["Indikator", "Änderung", "erreicht"] and sum(widths) == pytest.approx(60)


def test_wrap_breaks_at_spaces_only() -> None:
    width = max(text_width("Beispiel: Digitale", 8), text_width("Bauakte einführen", 8))
    lines = wrap("Beispiel: Digitale Bauakte einführen", width, 8)
    assert lines == ["Beispiel: Digitale", "Bauakte einführen"]
    assert wrap("Digitalisierungsdezernat", 10, 8) == ["Digitalisierungsdezernat"]  # too wide, yet whole
    assert wrap("a\nb", 100, 8) == ["a", "b"] and wrap("", 100, 8) == [""]
