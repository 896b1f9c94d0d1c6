"""masterplan.charts for the dashboard pages: figure types, trace counts, colours, German labels, the empty-data
figure. The Sitzung page's slide_chart is tested in tests/test_charts_slides.py."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from masterplan import charts, metrics, palette, texts, vocabulary
from masterplan.formatting import NBSP
from masterplan.tables import Plan
from masterplan.vocabulary import MS_DUE_30, MS_OVERDUE, MS_REACHED_ON_TIME
from tests.factories import PLAN_DAY, plan_of

TODAY = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return Plan.from_records({
        "Leitziele": [{"lz_nr": "LZ1", "leitziel": "Wirtschaft stärken"}, {"lz_nr": "LZ2", "leitziel": "Bildung"}],
        "Stakeholder": [{"st_nr": "ST1", "name": "Wirtschaftsförderung", "kurzname": "WFO"},
                        {"st_nr": "ST2", "name": "IHK zu Essen", "kurzname": "IHK"},
                        {"st_nr": "ST3", "name": "Hochschule Ruhr West", "kurzname": "HRW"}],
        "Maßnahmen": [
            {"nr": "M1", "massnahme": "Hafen", "lz_nr": "LZ1", "federfuehrung": "ST1", "status": "in Umsetzung",
             "umsetzungsstand": 50, "beginn": "2024-01-01", "ende": "2026-12-31"},
            {"nr": "M2", "massnahme": "Campus", "lz_nr": "LZ2", "federfuehrung": "ST2", "status": "abgeschlossen",
             "beginn": "2023-01-01", "ende": "2024-12-31"},
            {"nr": "M3", "massnahme": "Gewerbeflächen", "lz_nr": "LZ1", "federfuehrung": "ST2",
             "status": "in Umsetzung", "beginn": "2023-01-01", "ende": "2025-01-31"},
            {"nr": "M4", "massnahme": "Ohne Termine", "lz_nr": "LZ1", "federfuehrung": "ST1", "status": "entfallen"},
        ],
        "Meilensteine": [
            {"ms_nr": "MS1", "nr": "M1", "meilenstein": "Planung", "faellig_am": "2025-04-15"},  # 47 days late
            {"ms_nr": "MS2", "nr": "M1", "meilenstein": "Bau", "faellig_am": "2025-06-20"},
            {"ms_nr": "MS3", "nr": "M2", "meilenstein": "Eröffnung", "faellig_am": "2024-10-01",
             "erreicht_am": "2024-09-20"},
        ],
        "Beteiligungen": [{"nr": "M1", "st_nr": "ST2", "rolle": "beteiligt"},
                          {"nr": "M2", "st_nr": "ST1", "rolle": "informiert"}],
        "Indikatoren": [{"ind_nr": "I1", "indikator": "Arbeitslosenquote", "lz_nr": "LZ1", "einheit": "%",
                         "zielrichtung": "fallend", "basiswert": 10, "basisjahr": 2019, "zielwert": 7.5,
                         "zieljahr": 2030, "quelle": "Bundesagentur für Arbeit"}],
        "Indikatorwerte": [{"ind_nr": "I1", "stichtag": "2023-12-31", "wert": 9.5},
                           {"ind_nr": "I1", "stichtag": "2024-12-31", "wert": 8.25}],
    })


def assert_german_layout(fig: go.Figure) -> None:
    assert fig.layout.separators == ",."


def test_progress_chart_labels_colours_and_hover(plan: Plan) -> None:
    fig = charts.progress_chart(metrics.rollup_leitziele(plan))
    assert_german_layout(fig)
    (bar,) = fig.data
    assert bar.type == "bar" and bar.orientation == "h"
    assert list(bar.y) == ["LZ1 Wirtschaft stärken", "LZ2 Bildung"]
    assert list(bar.text) == [f"25{NBSP}%", f"100{NBSP}%"]  # M1 50, M3 0, M4 entfallen; M2 abgeschlossen
    assert list(bar.marker.color) == [palette.LEITZIEL_COLORS[0], palette.LEITZIEL_COLORS[1]]
    assert "Umsetzungsstand" in bar.hovertemplate and fig.layout.title.text == texts.charts.CHART_PROGRESS
    assert fig.layout.xaxis.title.text == texts.charts.AXIS_PROGRESS


def test_leitziel_colours_are_distinct_and_stable_under_filters() -> None:
    assert len(set(palette.LEITZIEL_COLORS)) == 7
    assert palette.leitziel_color("LZ3") == palette.LEITZIEL_COLORS[2]
    assert palette.leitziel_color("LZ8") == palette.LEITZIEL_COLORS[0]
    assert palette.leitziel_color("Sonderziel") == palette.leitziel_color("Sonderziel")


def lightness(color: str) -> float:
    """CIE L* of a hex colour: the cue left to readers who cannot tell hues apart."""
    linear = [((c / 255 + 0.055) / 1.055) ** 2.4 if c / 255 > 0.04045 else c / 255 / 12.92
              for c in (int(color[i:i + 2], 16) for i in (1, 3, 5))]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 116 * luminance ** (1 / 3) - 16


def test_ampel_colours_differ_in_lightness_and_carry_patterns() -> None:
    levels = sorted(lightness(c) for c in vocabulary.AMPEL.colors.values())
    assert min(b - a for a, b in itertools.pairwise(levels)) >= 10
    assert len(set(vocabulary.AMPEL.patterns.values())) == 4


def test_ampel_mix_chart_one_trace_per_ampel_with_its_colour(plan: Plan) -> None:
    fig = charts.ampel_mix_chart(metrics.ampel_mix(plan, TODAY))
    assert_german_layout(fig)
    assert fig.layout.barmode == "stack"
    ampel = {trace.name: trace for trace in fig.data}
    # LZ1: M1 gelb (milestone overdue), M3 rot (Ende passed), M4 grau (entfallen); LZ2: M2 grün
    assert list(ampel) == [vocabulary.AMPEL.labels[a] for a in ("grün", "gelb", "rot", "grau")]
    for value in vocabulary.AMPEL.colors:
        trace = ampel[vocabulary.AMPEL.labels[value]]
        assert trace.marker.color == vocabulary.AMPEL.colors[value]
        assert trace.marker.pattern.shape == vocabulary.AMPEL.patterns[value]
    assert list(ampel[vocabulary.AMPEL.labels["grün"]].x) == [0, 1]
    assert list(ampel[vocabulary.AMPEL.labels["rot"]].text) == ["1", ""]
    assert fig.layout.legend.title.text == texts.charts.LEGEND_AMPEL


def test_status_mix_chart(plan: Plan) -> None:
    fig = charts.status_mix_chart(metrics.status_mix(plan))
    assert [t.name for t in fig.data] == ["in Umsetzung", "abgeschlossen", "entfallen"]
    assert [t.marker.color for t in fig.data] == [vocabulary.STATUS.colors[s] for s in ("in Umsetzung", "abgeschlossen",
                                                                                    "entfallen")]
    assert [t.marker.pattern.shape for t in fig.data] == ["\\", "", "x"]  # greyscale: dark blue and dark grey differ
    assert fig.data[0].marker.pattern.fgcolor == palette.WHITE  # a pattern on a dark fill is drawn light
    assert list(fig.data[0].x) == [2, 0] and list(fig.data[0].text) == ["2", ""]
    assert fig.layout.xaxis.title.text == texts.charts.AXIS_MEASURES


def test_gantt_chart(plan: Plan) -> None:
    fig = charts.gantt_chart(metrics.measure_table(plan, TODAY), metrics.milestone_states(plan, TODAY), TODAY)
    assert_german_layout(fig)
    names = [t.name for t in fig.data]
    assert names == ["LZ1 Wirtschaft stärken", "LZ2 Bildung", texts.charts.LEGEND_OVERDUE, MS_OVERDUE,
                     MS_DUE_30, MS_REACHED_ON_TIME]
    goal, _, overdue, late, soon, reached = fig.data
    assert goal.type == "bar" and goal.marker.color == palette.LEITZIEL_COLORS[0]
    assert list(overdue.y) == ["LZ1 · M3 Gewerbeflächen"] and overdue.marker.pattern.shape == "x"
    assert late.type == "scatter" and late.marker.symbol == "diamond-x"
    assert late.marker.color == vocabulary.AMPEL.colors["rot"] and list(late.y) == ["LZ1 · M1 Hafen"]
    assert soon.marker.symbol == "diamond" and reached.marker.symbol == "diamond-open"
    assert fig.layout.xaxis.tickformat == "%d.%m.%Y"
    top_to_bottom = list(fig.layout.yaxis.categoryarray)[::-1]  # plotly draws the array bottom-up
    assert top_to_bottom == ["LZ1 · M3 Gewerbeflächen", "LZ1 · M1 Hafen", "LZ2 · M2 Campus"]  # by Leitziel, then Beginn
    assert fig.layout.yaxis.autorange is None
    (today_line,) = fig.layout.shapes
    assert pd.Timestamp(today_line.x0) == pd.Timestamp(TODAY)
    assert texts.common.TODAY in [a.text for a in fig.layout.annotations]
    assert fig.layout.title.subtitle.text == "1 Maßnahme ohne Beginn oder Ende ist nicht dargestellt."


def test_stakeholder_heatmap(plan: Plan) -> None:
    fig = charts.stakeholder_heatmap(metrics.stakeholder_matrix(plan))
    heatmap, labels = fig.data
    assert heatmap.type == "heatmap"
    assert list(heatmap.y) == ["IHK", "WFO"] and list(heatmap.x) == ["LZ1 Wirtschaft stärken", "LZ2 Bildung"]
    assert [list(row) for row in heatmap.z] == [[2, 1], [2, 1]]  # WFO leads M1 and M4, is informed on M2
    assert list(heatmap.customdata[0][0]) == [1, 1, 0, "2 Maßnahmen"]  # IHK in LZ1: federführend M3, beteiligt M1
    assert list(heatmap.customdata[0][1]) == [1, 0, 0, "1 Maßnahme"]  # the hover never says „1 Maßnahmen“
    assert "%{customdata[3]}: %{customdata[0]} federführend" in heatmap.hovertemplate
    # each count in the colour that reads on its cell: dark on the palest, white on the darkest blue
    assert list(zip(labels.y, labels.x, labels.text, labels.textfont.color, strict=True)) == [
        ("IHK", "LZ1 Wirtschaft stärken", "2", "#FFFFFF"), ("IHK", "LZ2 Bildung", "1", palette.TEXT_DARK),
        ("WFO", "LZ1 Wirtschaft stärken", "2", "#FFFFFF"), ("WFO", "LZ2 Bildung", "1", palette.TEXT_DARK)]
    assert labels.hoverinfo == "skip" and not labels.showlegend


def test_load_chart_omits_idle_institutions(plan: Plan) -> None:
    fig = charts.load_chart(metrics.stakeholder_load(plan))
    assert [t.name for t in fig.data] == ["federführend", "beteiligt", "informiert"]
    assert list(fig.data[0].y) == ["IHK", "WFO"]  # HRW has no measure
    assert list(fig.data[1].customdata) == ["1 Maßnahme", "0 Maßnahmen"]  # hover: „beteiligt: 1 Maßnahme“
    assert fig.layout.legend.title.text == texts.charts.LEGEND_ROLE


def test_network_chart_is_deterministic(plan: Plan) -> None:
    edges = metrics.involvements(plan)
    fig = charts.network_chart(edges)
    assert [t.name for t in fig.data] == ["federführend", "beteiligt", "informiert", "LZ1 Wirtschaft stärken",
                                          "LZ2 Bildung", texts.charts.LEGEND_INSTITUTIONS]
    assert all(t.type == "scatter" for t in fig.data)
    assert sorted(fig.data[-1].text) == ["IHK", "WFO"]
    assert sorted(fig.data[-1].customdata) == ["3 Maßnahmen", "3 Maßnahmen"]
    again = charts.network_chart(edges)
    assert fig.to_json() == again.to_json()
    assert fig.data[0].x.count(None) == 4  # one gap after each of the four lead edges


def test_indicator_chart_with_base_and_target(plan: Plan) -> None:
    summary = metrics.indicator_summary(plan).iloc[0]
    fig = charts.indicator_chart(metrics.indicator_values(plan, "I1"), summary)
    assert_german_layout(fig)
    (series,) = fig.data
    assert series.type == "scatter" and list(series.text) == ["9,5", "8,25"]
    assert [shape.y0 for shape in fig.layout.shapes] == [10, 7.5]
    labels = [a.text for a in fig.layout.annotations]
    assert "Basiswert 2019: 10" in labels and "Zielwert 2030: 7,5" in labels
    assert texts.figures.SOURCE.format(source="Bundesagentur für Arbeit") in labels
    assert fig.layout.yaxis.title.text == "Wert (%)" and fig.layout.title.text == "Arbeitslosenquote"


def test_indicator_chart_ticks_once_a_year_when_the_values_span_years() -> None:
    """Values of 2010–2018 get a tick per year labelled "2018" once, not "2018 2018 2018"; values within a year keep
    dated ticks."""
    years = pd.DataFrame({"stichtag": pd.to_datetime(["2010-01-01", "2012-01-01", "2015-01-01", "2018-01-01"]),
                          "wert": [490.0, 520.0, 550.0, 580.0]})
    axis = charts.indicator_chart(years, {"indikator": "Gewerbesteuer-Hebesatz"}).layout.xaxis
    assert (axis.dtick, axis.tickformat, axis.hoverformat) == ("M12", "%Y", "%d.%m.%Y")
    months = years.assign(stichtag=pd.to_datetime(["2025-01-31", "2025-03-31", "2025-06-30", "2025-09-30"]))
    axis = charts.indicator_chart(months, {"indikator": "Arbeitslose"}).layout.xaxis
    assert axis.dtick is None and axis.tickformat == "%d.%m.%Y"


def test_every_chart_shows_keine_daten_for_empty_input() -> None:
    empty = Plan.empty()
    figures = [
        charts.progress_chart(metrics.rollup_leitziele(empty)),
        charts.status_mix_chart(metrics.status_mix(empty)),
        charts.ampel_mix_chart(metrics.ampel_mix(empty, TODAY)),
        charts.gantt_chart(metrics.measure_table(empty, TODAY), metrics.milestone_states(empty, TODAY), TODAY),
        charts.stakeholder_heatmap(metrics.stakeholder_matrix(empty)),
        charts.network_chart(metrics.involvements(empty)),
        charts.load_chart(metrics.stakeholder_load(empty)),
        charts.indicator_chart(metrics.indicator_values(empty, "I1"), {"indikator": "Arbeitslosenquote"}),
    ]
    for fig in figures:
        assert isinstance(fig, go.Figure) and len(fig.data) == 0
        assert [a.text for a in fig.layout.annotations] == [texts.common.NO_DATA]
        assert_german_layout(fig)


def test_spreadsheet_text_is_never_markup_in_figures() -> None:
    """Plotly renders <b>, <a href> and friends in labels and hovers; text from a sheet must show as written."""
    hostile = '<a href="https://x.example">Klick</a> <b>fett</b>'
    plan = Plan.from_records({
        "Leitziele": [{"lz_nr": "LZ1", "leitziel": hostile}],
        "Stakeholder": [{"st_nr": "ST1", "name": hostile, "kurzname": "<i>kurz</i>"}],
        "Maßnahmen": [{"nr": "M1", "massnahme": hostile, "lz_nr": "LZ1", "federfuehrung": "ST1",
                       "status": "in Umsetzung", "beginn": "2025-01-01", "ende": "2027-01-01"}],
        "Meilensteine": [{"ms_nr": "MS1", "nr": "M1", "meilenstein": hostile, "faellig_am": "2026-12-01"}],
        "Beteiligungen": [{"nr": "M1", "st_nr": "ST1", "rolle": "beteiligt"}],
    })
    today = dt.date(2026, 11, 26)
    figures = [
        charts.gantt_chart(metrics.measure_table(plan, today), metrics.milestone_states(plan, today), today),
        charts.progress_chart(metrics.rollup_leitziele(plan)),
        charts.stakeholder_heatmap(metrics.stakeholder_matrix(plan)),
        charts.load_chart(metrics.stakeholder_load(plan)),
        charts.network_chart(metrics.involvements(plan)),
    ]
    for figure in figures:
        spec = json.dumps(figure.to_plotly_json(), default=str)  # to_json would hide "<" as "\u003c"
        assert "<b>fett" not in spec and "<i>kurz" not in spec and "<a href" not in spec
        assert "&lt;b&gt;" in spec or "&lt;i&gt;" in spec


# --- Zeitplan page --------------------------------------------------------------------------------

def test_schedule_chart_zooms_and_frames_late_measures(schedule: Plan) -> None:
    window = metrics.period_range(metrics.PERIOD_AROUND, PLAN_DAY)
    fig = charts.schedule_chart(schedule, PLAN_DAY, None, window)
    assert [pd.Timestamp(x) for x in fig.layout.xaxis.range] == list(window)
    names = {trace.name for trace in fig.data}
    assert {texts.charts.LEGEND_OVERDUE, texts.zeitplan.LEGEND_BEHIND, MS_OVERDUE} <= names
    behind = next(trace for trace in fig.data if trace.name == texts.zeitplan.LEGEND_BEHIND)
    assert list(behind.y) == ["LZ1 · M2 Maßnahme M2"]
    assert charts.schedule_chart(plan_of([]), PLAN_DAY).layout.annotations[0].text == texts.common.NO_DATA
    assert charts.zoom_time_axis(fig, None) is fig


def test_chart_text_reads_at_wcag_contrast(plan: Plan) -> None:
    """Axis ticks, titles and legends 4.5:1 on white (Streamlit's theme alone greys them to 3.7:1), and every
    label inside a bar 4.5:1 on that bar's fill."""
    figures = [charts.ampel_mix_chart(metrics.ampel_mix(plan, TODAY)),
               charts.status_mix_chart(metrics.status_mix(plan)),
               charts.load_chart(metrics.stakeholder_load(plan)),
               charts.progress_chart(metrics.rollup_leitziele(plan))]
    for fig in figures:
        layout = fig.layout
        for color in (layout.font.color, layout.legend.font.color, layout.legend.title.font.color,
                      layout.xaxis.tickfont.color, layout.yaxis.tickfont.color, layout.xaxis.title.font.color):
            assert palette.contrast(color, "#FFFFFF") >= 4.5, color
        for trace in fig.data:
            if trace.type == "bar" and trace.textposition == "inside":
                assert palette.contrast(trace.textfont.color, trace.marker.color) >= 4.5, trace.name


def test_text_on_any_fill_of_the_palette_reaches_four_and_a_half_to_one() -> None:
    fills = {*vocabulary.STATUS.colors.values(), *vocabulary.AMPEL.colors.values(), *palette.LEITZIEL_COLORS,
             *vocabulary.ROLES.colors.values(), *vocabulary.MILESTONE_STATES.colors.values()}
    assert {fill: round(palette.contrast(palette.text_on(fill), fill), 2) for fill in fills
            if palette.contrast(palette.text_on(fill), fill) < 4.5} == {}
    assert palette.text_on("#009E73") == palette.TEXT_DARK  # 5.1:1, where white reads at 3.4:1
    assert round(palette.contrast("#FFFFFF", "#000000"), 1) == 21.0
