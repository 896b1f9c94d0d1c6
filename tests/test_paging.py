"""masterplan.meeting.paging: the Sitzung page's screens. Every row and chart of a slide is shown once, in order, none
beyond a screen's room; continued tables keep their columns and say so; after five screens the PDF report is named."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from masterplan import texts
from masterplan.meeting import paging
from masterplan.meeting.model import Chart, ChartKind, KeyFigure, Slide, SlideKind, Table
from tests.meetings import example_stands

WIDTHS = (0.6, 2.6, 1.7)


def _table(rows: int, text: str = "Beispiel: Maßnahme", title: str = "Anstehende Meilensteine") -> Table:
    frame = pd.DataFrame({"Nr.": [f"M{n:02d}" for n in range(1, rows + 1)], "Maßnahme": [text] * rows,
                          "Federführung": ["Strategische Planung"] * rows})
    return Table(title, frame, WIDTHS)


def _slide(*tables: Table, charts: tuple[Chart, ...] = (), figures: int = 4) -> Slide:
    return Slide(SlideKind.MILESTONES, "Meilensteine",
                 figures=tuple(KeyFigure(f"Zahl {n}", str(n)) for n in range(figures)),
                 charts=charts, tables=tables)


def _shown_rows(screens: list[paging.Screen]) -> list[str]:
    return [nr for screen in screens for part in screen.parts for nr in part.table.frame["Nr."]]


def test_a_long_table_continues_on_further_screens() -> None:
    screens = paging.slide_screens(_slide(_table(40)))
    assert len(screens) > 1
    assert _shown_rows(screens) == [f"M{n:02d}" for n in range(1, 41)]  # every row once, in order
    assert [s.slide.title for s in screens] == ["Meilensteine"] + ["Meilensteine (Fortsetzung)"] * (len(screens) - 1)
    assert [s.continued for s in screens] == [False] + [True] * (len(screens) - 1)
    parts = [part for screen in screens for part in screen.parts]
    assert parts[0].table.title == "Anstehende Meilensteine"
    assert {p.table.title for p in parts[1:]} == {"Anstehende Meilensteine (Fortsetzung)"}
    assert {tuple(p.table.frame.columns) for p in parts} == {("Nr.", "Maßnahme", "Federführung")}  # header repeated
    assert len({p.widths for p in parts}) == 1  # the same columns on every screen
    assert screens[0].slide.figures and not any(s.slide.figures for s in screens[1:])  # figures open the slide only


def test_continuation_screens_share_the_rest_evenly() -> None:
    screens = paging.slide_screens(_slide(_table(40)))
    later = [len(part.table.frame) for screen in screens[1:] for part in screen.parts]
    assert max(later) - min(later) <= 1, later  # 9/9/8, not 10/10/6


def test_no_screen_holds_more_than_its_room() -> None:
    for screen in paging.slide_screens(_slide(_table(40), _table(3, title="Überfällige Meilensteine"))):
        used = paging.HEADING + paging.figure_height(screen.slide)
        used += sum(paging.TABLE_TITLE + p.frame_height - 2 + paging.TABLE_GAP for p in screen.parts)
        assert used <= paging.SCREEN_HEIGHT


def test_after_five_screens_the_report_has_the_rest() -> None:
    screens = paging.slide_screens(_slide(_table(400)))
    parts = [part for screen in screens for part in screen.parts]
    assert len(parts) == paging.MAX_SCREENS_PER_TABLE
    shown = len(_shown_rows(screens))
    assert parts[-1].more == f"… und {400 - shown} weitere Einträge – vollständig im PDF-Bericht."
    assert [p.more for p in parts[:-1]] == [""] * (len(parts) - 1)


def test_long_texts_get_rows_they_wrap_in() -> None:
    short = paging.slide_screens(_slide(_table(3)))[0].parts[0]
    long = paging.slide_screens(_slide(_table(3, text="Beispiel: " + "sehr lange Bezeichnung " * 12)))[0].parts[0]
    assert short.row_height == paging.ONE_LINE_ROW
    assert long.row_height == paging.WRAP_ROW
    assert sum(short.widths) <= paging.SCREEN_WIDTH and sum(long.widths) <= paging.SCREEN_WIDTH


def test_short_texts_keep_one_line_by_their_widths() -> None:
    """Column widths follow the texts, not only the table's proportions: a long title gets its one line."""
    part = paging.slide_screens(_slide(_table(3, text="Beispiel: Aktives Flächenmanagement mit Eigentümern und "
                                                       "Investoren")))[0].parts[0]
    assert part.row_height == paging.ONE_LINE_ROW


def test_charts_two_to_a_screen_row_none_beside_a_table() -> None:
    series = pd.DataFrame({texts.charts.VALUES: [1.0, 2.0]}, index=pd.DatetimeIndex(["2024-12-31", "2025-12-31"]))
    charts = tuple(Chart(ChartKind.LINE, f"Indikator {n}", series, {}) for n in range(10))
    screens = paging.slide_screens(_slide(_table(5), charts=charts, figures=3))
    shown = [chart.title for screen in screens for chart in screen.slide.charts]
    assert shown == [f"Indikator {n}" for n in range(10)]
    assert all(len(s.slide.charts) <= paging.CHARTS_PER_ROW for s in screens)
    assert not any(s.slide.charts and s.parts for s in screens)
    assert all(s.chart_height >= paging.CHART_MIN for s in screens if s.slide.charts)


def test_the_title_slide_is_one_screen() -> None:
    title = Slide(SlideKind.TITLE, "Masterplan Wirtschaft Oberhausen", figures=(KeyFigure("Stand", "Stand 1"),))
    assert paging.slide_screens(title) == [paging.Screen(title)]


@pytest.fixture(scope="module")
def example_screens(tmp_path_factory: pytest.TempPathFactory) -> list[paging.Screen]:
    return paging.screens(example_stands(Path(tmp_path_factory.mktemp("paging"))).meeting().slides)


def test_the_example_meeting_on_screens(example_screens: list[paging.Screen]) -> None:
    kinds = [paging.topic(s)[0] for s in example_screens]
    assert kinds[0] == SlideKind.TITLE and kinds[-1] == SlideKind.INDICATORS
    assert kinds.count(SlideKind.TITLE) == 1 and SlideKind.CHANGES in kinds and SlideKind.OVERVIEW in kinds
    assert sum(len(s.slide.charts) for s in example_screens if s.slide.kind == SlideKind.INDICATORS) == 10


def test_a_changed_set_of_screens_keeps_the_slide(example_screens: list[paging.Screen]) -> None:
    changes = next(i for i, s in enumerate(example_screens) if s.slide.kind == SlideKind.CHANGES)
    fewer = [s for s in example_screens if s.slide.kind != SlideKind.OVERVIEW]  # as if filters had left out a slide
    assert paging.keep_topic(fewer, changes, (SlideKind.CHANGES, "")) == next(
        i for i, s in enumerate(fewer) if s.slide.kind == SlideKind.CHANGES)
    assert paging.keep_topic(example_screens, changes, (SlideKind.CHANGES, "")) == changes
    assert paging.keep_topic(example_screens, 3, None) == 3  # a step decides
    assert paging.keep_topic(example_screens, len(example_screens) + 5, None) == len(example_screens) - 1


def test_rows_that_fit_takes_at_least_one() -> None:
    assert paging.rows_that_fit([30, 30, 30], 70) == (2, 60)
    assert paging.rows_that_fit([100, 30], 70) == (1, 100)  # a row taller than the room still shows
