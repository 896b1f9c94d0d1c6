"""charts.slide_chart: the Charts of masterplan.meeting.slides as plotly figures for the Sitzung page."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from masterplan import charts, texts, vocabulary
from masterplan.charts import slide_chart
from masterplan.formatting import NBSP
from masterplan.meeting.model import Chart, ChartKind, DateGrain, ValueFormat
from masterplan.palette import LEITZIEL_COLORS
from tests.meetings import example_stands

HOSTILE = "LZ2 <b>fett</b> & <a href='x'>Link</a>"


def _progress() -> Chart:
    data = pd.DataFrame({"Stand 2": [75.0, 40.0], "Stand 1": [70.0, math.nan]}, index=["LZ1 Wirtschaft", HOSTILE])
    return Chart(ChartKind.BAR, "Umsetzungsstand je Leitziel", data,
                 {"Stand 2": LEITZIEL_COLORS[0], "Stand 1": "#BBBBBB"},
                 ValueFormat.PERCENT, maximum=100.0, axis_title=texts.charts.AXIS_PROGRESS)


def test_bars_keep_order_colours_and_german_percent_labels() -> None:
    fig = slide_chart(_progress())
    now, then = fig.data
    assert isinstance(now, go.Bar) and now.orientation == "h"
    assert (now.name, now.marker.color, then.marker.color) == ("Stand 2", LEITZIEL_COLORS[0], "#BBBBBB")
    assert list(now.text) == [f"75{NBSP}%", f"40{NBSP}%"]
    assert list(then.text) == [f"70{NBSP}%", texts.common.MISSING]  # a Leitziel the compared Stand did not have
    assert fig.layout.separators == ",." and fig.layout.barmode == "group"
    assert fig.layout.yaxis.autorange == "reversed"  # the first category on top, as in the deck
    assert fig.layout.xaxis.range[1] > 100 and fig.layout.xaxis.ticksuffix == f"{NBSP}%"
    assert fig.layout.xaxis.title.text == texts.charts.AXIS_PROGRESS
    assert fig.layout.title.text == "Umsetzungsstand je Leitziel"
    assert fig.layout.showlegend and fig.layout.legend.orientation == "h"


def test_spreadsheet_text_is_shown_as_written_not_as_html() -> None:
    fig = slide_chart(_progress())
    label = fig.data[0].y[1]
    assert "<" not in label and ">" not in label
    assert label == "LZ2 &lt;b&gt;fett&lt;/b&gt; &amp; &lt;a href='x'&gt;Link&lt;/a&gt;"  # plotly shows the entities
    titled = slide_chart(Chart(ChartKind.BAR, HOSTILE, _progress().data, {}, ValueFormat.PERCENT))
    assert "<b>" not in titled.layout.title.text


def test_stacked_ampel_bars_are_patterned_named_and_labelled_inside() -> None:
    data = pd.DataFrame({"grün": [5.0, 0.0], "rot": [1.0, 2.0]}, index=["FP01 Bauakte", "ohne Fokusprojekt"])
    colors = {a: vocabulary.AMPEL.colors[a] for a in data.columns}
    fig = slide_chart(Chart(ChartKind.STACKED, "Ampel je Fokusprojekt", data, colors, ValueFormat.COUNT,
                            axis_title=texts.charts.AXIS_MEASURES, patterns=vocabulary.AMPEL.patterns))
    green, red = fig.data
    assert fig.layout.barmode == "stack"
    assert (green.name, red.name) == ("grün", "rot")
    assert (green.marker.color, red.marker.color) == (vocabulary.AMPEL.colors["grün"], vocabulary.AMPEL.colors["rot"])
    assert red.marker.pattern.shape == vocabulary.AMPEL.patterns["rot"]
    assert list(green.text) == ["5", ""]  # no label on an empty segment
    assert green.textposition == "inside" and green.textangle == 0
    assert fig.layout.xaxis.dtick == 1  # whole measures while counts are small
    assert fig.layout.xaxis.tickformat == charts.SLIDE_NUMBER_FORMAT


def test_status_series_keep_their_names_and_colours() -> None:
    data = pd.DataFrame({"in Planung": [1.0], "zurückgestellt": [2.0]}, index=["FP01"])
    colors = {"in Planung": "#56B4E9", "zurückgestellt": "#E69F00"}
    fig = slide_chart(Chart(ChartKind.STACKED, "Status je Fokusprojekt", data, colors, ValueFormat.COUNT,
                            patterns=vocabulary.STATUS.patterns))
    assert [(t.name, t.marker.color, t.marker.pattern.shape) for t in fig.data] == [
        ("in Planung", "#56B4E9", "."), ("zurückgestellt", "#E69F00", "/")]  # the patterns of the Übersicht


def test_lines_over_dates_with_the_latest_value_in_german() -> None:
    dates = pd.DatetimeIndex(["2022-12-31", "2023-12-31", "2024-12-31"])
    data = pd.DataFrame({texts.charts.VALUES: [11800.0, 12100.5, 12712.0], texts.meeting.SERIES_TARGET: 13000.0},
                        index=dates)
    colors = {texts.charts.VALUES: LEITZIEL_COLORS[0], texts.meeting.SERIES_TARGET: vocabulary.AMPEL.colors["grün"]}
    fig = slide_chart(Chart(ChartKind.LINE, "Arbeitslose", data, colors, ValueFormat.NUMBER, decimals=1,
                            axis_title="Wert (Anzahl)",
                            dates=DateGrain.YEAR))
    values, target = fig.data
    assert values.mode == "lines+markers" and values.line.color == LEITZIEL_COLORS[0]
    assert target.line.dash == "dash" and target.line.color == vocabulary.AMPEL.colors["grün"]
    assert [a.text for a in fig.layout.annotations] == ["12.712"]  # German thousands, the latest value only
    assert list(values.customdata[:, 0]) == ["2022", "2023", "2024"]
    assert list(values.customdata[:, 1]) == ["11.800", "12.100,5", "12.712"]
    assert fig.layout.xaxis.tickformat == "%Y" and fig.layout.xaxis.type == "date"
    assert fig.layout.yaxis.title.text == "Wert (Anzahl)" and fig.layout.separators == ",."
    assert fig.layout.margin.r == charts.SLIDE_LABEL_MARGIN


def test_empty_data_give_the_no_data_figure() -> None:
    for data in (pd.DataFrame(), pd.DataFrame({"Stand 1": [math.nan]}, index=["LZ1"])):
        fig = slide_chart(Chart(ChartKind.BAR, "Umsetzungsstand", data, {}, ValueFormat.PERCENT))
        assert not fig.data and fig.layout.annotations[0].text == texts.common.NO_DATA


def test_every_chart_of_a_meeting(tmp_path: Path) -> None:
    meeting = example_stands(tmp_path).meeting()
    built = [(chart, slide_chart(chart)) for slide in meeting.slides for chart in slide.charts]
    assert {chart.kind for chart, _ in built} == {ChartKind.BAR, ChartKind.STACKED, ChartKind.LINE}
    for chart, fig in built:
        assert fig.layout.title.text == chart.title
        assert len(fig.data) == len(chart.data.columns)
        assert [t.marker.color if chart.kind != ChartKind.LINE else t.line.color for t in fig.data] == [
            chart.colors[c] for c in chart.data.columns]


def test_indicator_date_axes_tick_once_a_year(tmp_path: Path) -> None:
    """The example's indicator series span years (monthly, daily or year-end values): yearly ticks labelled
    "2018" once each, not plotly's quarterly ticks all reading "2018", and no more than fit upright beside each
    other on a half-width slide chart (every second year beyond 8); the hover keeps the series' own dates."""
    lines = [c for c in example_stands(tmp_path).meeting().slide("indicators").charts if c.kind == ChartKind.LINE]
    assert {c.dates for c in lines} == {DateGrain.YEAR, DateGrain.MONTH, DateGrain.DAY}
    steps = set()
    for chart in lines:
        axis = slide_chart(chart).layout.xaxis
        years = chart.data.index.max().year - chart.data.index.min().year + 1
        step = 1 if years <= 8 else 2
        steps.add(step)
        assert (axis.dtick, axis.tickformat, axis.type) == (f"M{12 * step}", "%Y", "date"), chart.title
    assert steps == {1, 2}  # the example has series of a few years and of more than eight
    monthly = next(c for c in lines if c.dates == DateGrain.MONTH)
    assert slide_chart(monthly).layout.xaxis.hoverformat == "%m.%Y"
    within = pd.DataFrame({texts.charts.VALUES: [1.0, 2.0, 3.0]}, index=pd.DatetimeIndex(
        ["2024-10-31", "2024-11-30", "2025-03-31"]))
    axis = slide_chart(Chart(ChartKind.LINE, "kurz", within, {}, ValueFormat.NUMBER,
                             dates=DateGrain.MONTH)).layout.xaxis
    assert axis.dtick is None and axis.tickformat == "%m.%Y"  # months within a year or two stay months


@pytest.mark.parametrize("kind", [ChartKind.BAR, ChartKind.STACKED])
def test_bar_height_grows_with_the_categories(kind: str) -> None:
    small = pd.DataFrame({"a": [1.0]}, index=["x"])
    large = pd.DataFrame({"a": [1.0] * 12}, index=[f"x{n}" for n in range(12)])
    heights = [slide_chart(Chart(kind, "t", data, {"a": "#000000"}, ValueFormat.COUNT)).layout.height
               for data in (small, large)]
    assert heights[1] > heights[0]
