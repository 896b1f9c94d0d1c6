"""DataFrame → plotly Figure builders shared by the pages and the PPTX/PDF exports.

Inputs are the frames of masterplan.metrics and the charts of masterplan.meeting.model; colours, patterns and symbols
come from masterplan.palette. Every builder returns a German "Keine Daten" figure instead of raising on empty
input.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from masterplan import texts
from masterplan.formatting import DATE_FORMAT, NBSP, clip, counted, format_dates, format_percent, format_value
from masterplan.meeting.model import Chart, ChartKind, ValueFormat
from masterplan.metrics import gantt_selection
from masterplan.palette import (
    HEATMAP_SCALE,
    LEITZIEL_COLORS,
    PATTERN_INK,
    TEXT_DARK,
    TEXT_MUTED,
    leitziel_color,
    text_on,
)
from masterplan.tables import is_blank
from masterplan.vocabulary import AMPEL, GRUEN, MILESTONE_STATES, ROLES, ROT, STATUS, Vocabulary

# --- shared helpers ------------------------------------------------------------------------------

def _plain(text: object) -> str:
    """Spreadsheet text for plotly, which reads a subset of HTML in titles and labels: shown as written."""
    return html.escape(str(text), quote=False)


def _plains(texts_: pd.Series) -> pd.Series:
    return texts_.astype(str).map(_plain)


def _short(text: object) -> str:
    """A label of at most LABEL_LENGTH characters, escaped like every spreadsheet text in a figure."""
    return _plain(clip("" if is_blank(text) else str(text)))


def _goal_labels(frame: pd.DataFrame, title: str = "leitziel", key: str = "lz_nr") -> pd.Series:
    """ "LZ1 Wirtschaft stärken" — key plus shortened title, unique per row key."""
    return frame[key].astype(str) + " " + frame[title].map(_short)


def _finish(fig: go.Figure, title: str | None = None, legend: str | None = None, dates: bool = False) -> go.Figure:
    """Layout every chart shares: German separators (and dates on a time axis), white template, legend title."""
    fig.update_layout(
        title=title, separators=",.", template="plotly_white", legend={"title_text": legend, "traceorder": "grouped"},
        margin={"l": 10, "r": 10, "t": 60 if title else 20, "b": 10}, hoverlabel={"namelength": -1},
        font_color=TEXT_MUTED, title_font_color=TEXT_DARK, legend_font_color=TEXT_MUTED,
        legend_title_font_color=TEXT_MUTED,
    )
    # Streamlit's chart theme greys axis text to 3.7:1; set here, the colours hold under any theme.
    fig.update_xaxes(tickfont_color=TEXT_MUTED, title_font_color=TEXT_MUTED)
    fig.update_yaxes(tickfont_color=TEXT_MUTED, title_font_color=TEXT_MUTED)
    if dates:
        fig.update_xaxes(type="date", tickformat=DATE_FORMAT, hoverformat=DATE_FORMAT)
    return fig


def year_step(dates: object, grain: str = "", most: int = 15) -> int | None:
    """Years between the ticks of a date axis that labels each year once: the dates span years (year-end
    values of two years or more, any values of three years or more), at most ``most`` ticks. None otherwise:
    the axis labels months or days."""
    dates = pd.DatetimeIndex(dates).dropna()
    if dates.empty:
        return None
    years = dates.max().year - dates.min().year
    if years < (1 if grain == "year" else 2):
        return None
    return -(-(years + 1) // most)


def year_axis(fig: go.Figure, dates: object, grain: str = "", most: int = 15) -> bool:
    """Yearly ticks labelled "2018" once each (dtick "M12", or a multiple of it for many years) when the dates
    span years, at most ``most`` of them; says whether it set them."""
    step = year_step(dates, grain, most)
    if step is not None:
        fig.update_xaxes(dtick=f"M{12 * step}", tick0="2000-01-01", tickformat="%Y")
    return step is not None


def _count_axis(fig: go.Figure, largest: float) -> None:
    """Whole-number ticks on the count axis: a step of 1 while counts are small, plotly's choice beyond."""
    fig.update_xaxes(title=texts.charts.AXIS_MEASURES, rangemode="tozero", dtick=1 if largest <= 10 else None)


def empty_figure(message: str = texts.common.NO_DATA, title: str | None = None) -> go.Figure:
    """A blank figure saying "Keine Daten", so pages and exports never special-case empty input."""
    fig = go.Figure()
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 16})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _finish(fig, title)


# --- progress and mixes --------------------------------------------------------------------------

def progress_chart(rollup: pd.DataFrame, title: str = texts.charts.CHART_PROGRESS, label: str = "leitziel",
                   key: str = "lz_nr") -> go.Figure:
    """Horizontal bars of a roll-up (rollup_leitziele, or rollup_fokusprojekte with label/key set)."""
    if rollup.empty:
        return empty_figure(title=title)
    fig = go.Figure(go.Bar(
        x=rollup["progress"].fillna(0), y=_goal_labels(rollup, label, key), orientation="h",
        marker_color=rollup["lz_nr"].map(leitziel_color), text=rollup["progress"].map(format_percent),
        textposition="outside", cliponaxis=False, customdata=rollup[["counted", "measures"]],
        hovertemplate=texts.charts.HOVER_PROGRESS, showlegend=False,
    ))
    fig.update_xaxes(range=[0, 112], dtick=20, title=texts.charts.AXIS_PROGRESS)
    fig.update_yaxes(autorange="reversed")
    return _finish(fig, title)


def _pattern(shape: str, color: str) -> dict[str, object]:
    """A bar's pattern in the colour its labels take on that fill (dark on light, white on dark), so it shows in
    greyscale on every fill: with the word in the legend, the state is never told by colour alone. Thin and
    sparse (solidity 0.2, plotly's default 0.3) so a count written on the bar stays legible across it."""
    return {"shape": shape, "fgopacity": PATTERN_INK, "fgcolor": text_on(color), "size": 10, "solidity": 0.2}


def _mix_chart(mix: pd.DataFrame, column: str, values: Vocabulary, title: str, legend: str) -> go.Figure:
    """Stacked horizontal bars per Leitziel, one trace per value that occurs, in the vocabulary's order."""
    if mix.empty or mix["count"].sum() == 0:
        return empty_figure(title=title)
    goals = mix.drop_duplicates("lz_nr")
    wide = mix.pivot_table(index="lz_nr", columns=column, values="count", aggfunc="sum", fill_value=0)
    wide = wide.reindex(goals["lz_nr"])
    fig = go.Figure()
    for term in [t for t in values.shown_terms if t.word in wide.columns and wide[t.word].sum() > 0]:
        counts = wide[term.word]
        fig.add_bar(
            x=counts, y=_goal_labels(goals), orientation="h", name=term.shown,
            marker={"color": term.color, "line": {"color": "white"}, "pattern": _pattern(term.pattern, term.color)},
            text=counts.where(counts > 0, "").astype(str), textposition="inside", insidetextanchor="middle",
            textfont={"color": text_on(term.color)}, hovertemplate=texts.charts.HOVER_MIX,
        )
    fig.update_layout(barmode="stack")
    _count_axis(fig, wide.sum(axis=1).max())
    fig.update_yaxes(autorange="reversed")
    return _finish(fig, title, legend)


def status_mix_chart(mix: pd.DataFrame, title: str = texts.charts.CHART_STATUS_MIX) -> go.Figure:
    """Status of the measures per Leitziel (from metrics.status_mix)."""
    return _mix_chart(mix, "status", STATUS, title, texts.charts.LEGEND_STATUS)


def ampel_mix_chart(mix: pd.DataFrame, title: str = texts.charts.CHART_AMPEL_MIX) -> go.Figure:
    """Ampel of the measures per Leitziel (from metrics.ampel_mix), patterned and named, not colour alone."""
    return _mix_chart(mix, "ampel", AMPEL, title, texts.charts.LEGEND_AMPEL)


# --- schedule ------------------------------------------------------------------------------------

def gantt_chart(measures: pd.DataFrame, milestones: pd.DataFrame, today: datetime.date,
                title: str = texts.charts.CHART_GANTT) -> go.Figure:
    """Timeline of measures grouped by Leitziel with milestone diamonds, a today line and overdue hatched.

    measures: metrics.measure_table; milestones: metrics.milestone_states.
    """
    dated = measures.dropna(subset=["beginn", "ende"]).sort_values(["lz_nr", "beginn", "nr"], kind="stable")
    if dated.empty:
        return empty_figure(title=title)
    rows = _gantt_rows(dated)
    dated = dated.assign(
        row=rows, goal=_goal_labels(dated), title_=dated["nr"].astype(str) + " " + _plains(dated["massnahme"]),
        start=format_dates(dated["beginn"]), end=format_dates(dated["ende"]),
        progress_text=dated["progress"].map(format_percent),
    )
    goals = dated.drop_duplicates("lz_nr")
    fig = px.timeline(
        dated, x_start="beginn", x_end="ende", y="row", color="goal",
        color_discrete_map=dict(zip(goals["goal"], goals["lz_nr"].map(leitziel_color), strict=True)),
        category_orders={"row": list(rows), "goal": list(goals["goal"])},
        custom_data=["title_", "goal", "start", "end", "status", "progress_text", "ampel", "overdue"],
    )
    fig.update_traces(hovertemplate=texts.charts.HOVER_MEASURE, legendgroup="goals",
                      legendgrouptitle_text=texts.charts.LEGEND_LEITZIEL)
    _add_overdue(fig, dated[dated["overdue"]])
    _add_milestones(fig, milestones, dict(zip(dated["nr"], rows, strict=True)))
    fig.add_vline(x=pd.Timestamp(today), line_dash="dash", line_color=TEXT_DARK, annotation_text=texts.common.TODAY,
                  annotation_position="top")
    fig.update_yaxes(title=None)  # px lists category_orders top to bottom already
    fig.update_xaxes(title=None)
    fig.update_layout(height=160 + 24 * len(dated))
    fig = _finish(fig, title, dates=True)
    undated = len(measures) - len(dated)
    if undated:
        fig.update_layout(title_subtitle_text=counted(undated, texts.charts.GANTT_UNDATED))
    return fig


def _gantt_rows(measures: pd.DataFrame) -> pd.Series:
    """ "LZ1 · M03 Online-Statusabfrage…": the Leitziel leads each row, so a bar's goal is read, not only seen in
    its colour."""
    return measures["lz_nr"].astype(str) + " · " + measures["nr"].astype(str) + " " + measures["massnahme"].map(_short)


def _add_overdue(fig: go.Figure, overdue: pd.DataFrame) -> None:
    """Hatched red frames over measures whose Ende passed unfinished, one legend entry for all."""
    if overdue.empty:
        return
    fig.add_bar(
        base=overdue["beginn"], x=(overdue["ende"] - overdue["beginn"]).dt.total_seconds() * 1000, y=overdue["row"],
        orientation="h", name=texts.charts.LEGEND_OVERDUE, hoverinfo="skip",
        marker={"color": "rgba(0,0,0,0)", "line": {"color": AMPEL[ROT].color, "width": 3},
                "pattern": {"shape": "x", "fgcolor": AMPEL[ROT].color, "fgopacity": 0.6}},
    )


def _add_milestones(fig: go.Figure, milestones: pd.DataFrame, rows: Mapping[str, str]) -> None:
    """One diamond trace per milestone state, on the row of its measure."""
    shown = milestones[milestones["nr"].isin(rows.keys()) & milestones["faellig_am"].notna()]
    for term in MILESTONE_STATES:
        state = term.word
        points = shown[shown["state"].eq(state)]
        if points.empty:
            continue
        fig.add_scatter(
            x=points["faellig_am"], y=points["nr"].map(rows), mode="markers", name=state,
            legendgroup="milestones", legendgrouptitle_text=texts.charts.LEGEND_MILESTONE,
            marker={"symbol": term.symbol, "size": 11, "color": term.color,
                    "line": {"color": TEXT_DARK, "width": 1}},
            customdata=np.column_stack([_plains(points["meilenstein"]), points["nr"].astype(str),
                                        format_dates(points["faellig_am"]), np.full(len(points), state)]),
            hovertemplate=texts.charts.HOVER_MILESTONE,
        )


# --- stakeholders --------------------------------------------------------------------------------

def stakeholder_heatmap(matrix: pd.DataFrame, title: str = texts.charts.CHART_HEATMAP) -> go.Figure:
    """Institutions × Leitziele, cell = measures involved, hover by role (from metrics.stakeholder_matrix)."""
    if matrix.empty:
        return empty_figure(title=title)
    data = matrix.assign(goal=_goal_labels(matrix))
    order = data.groupby("label")["total"].sum().sort_values(ascending=False, kind="stable").index
    goals = data.sort_values("lz_nr", kind="stable")["goal"].unique()

    def grid(column: str) -> pd.DataFrame:
        return data.pivot_table(index="label", columns="goal", values=column, aggfunc="sum", fill_value=0).reindex(
            index=order, columns=goals, fill_value=0)

    total = grid("total")
    measures = np.vectorize(lambda count: counted(count, texts.charts.MEASURES_COUNTED),
                            otypes=[object])(total.to_numpy())
    roles = np.stack([*(grid(role).to_numpy().astype(object) for role in ROLES.words), measures], axis=-1)
    rows = [_plain(label) for label in order]
    top = max(1, total.to_numpy().max())
    fig = go.Figure(go.Heatmap(
        z=total.to_numpy(), x=list(goals), y=rows, colorscale=HEATMAP_SCALE, zmin=0, zmax=top, customdata=roles,
        hovertemplate=texts.charts.HOVER_HEATMAP, colorbar={"title": {"text": texts.charts.AXIS_MEASURES}},
        xgap=1, ygap=1,
    ))
    _add_cell_labels(fig, total.set_axis(rows), top)
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=160 + 22 * len(order))
    return _finish(fig, title)


def _add_cell_labels(fig: go.Figure, counts: pd.DataFrame, top: float) -> None:
    """Each non-zero cell's count in dark or white, whichever reads at 4.5:1 on that cell's colour: plotly's
    own heatmap labels switch between two greys by their own rule and fall to 2.9:1 on the middle blues."""
    cells = counts.stack()
    cells = cells[cells > 0]
    if cells.empty:
        return
    fills = sample_colorscale(HEATMAP_SCALE, list(cells / top), colortype="tuple")
    fig.add_scatter(
        x=cells.index.get_level_values(1), y=cells.index.get_level_values(0), mode="text", text=cells.astype(str),
        textfont={"color": [text_on("#" + "".join(f"{round(255 * c):02X}" for c in fill)) for fill in fills]},
        hoverinfo="skip", showlegend=False,
    )


def load_chart(load: pd.DataFrame, title: str = texts.charts.CHART_LOAD, limit: int | None = None) -> go.Figure:
    """Measures per institution by role, busiest first (from metrics.stakeholder_load); idle ones omitted."""
    busy = load[load["total"] > 0].head(limit)
    if busy.empty:
        return empty_figure(title=title)
    fig = go.Figure()
    for role, color in ROLES.colors.items():
        if busy[role].sum() > 0:
            fig.add_bar(x=busy[role], y=_plains(busy["label"]), orientation="h", name=role,
                        marker_color=color, text=busy[role].where(busy[role] > 0, "").astype(str),
                        textposition="inside", textfont_color=text_on(color), hovertemplate=texts.charts.HOVER_LOAD,
                        customdata=[counted(count, texts.charts.MEASURES_COUNTED) for count in busy[role]])
    fig.update_layout(barmode="stack", height=160 + 22 * len(busy))
    _count_axis(fig, busy["total"].max())
    fig.update_yaxes(autorange="reversed")
    return _finish(fig, title, texts.charts.LEGEND_ROLE)


def _network_layout(edges: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Measures evenly on an outer circle by Leitziel; institutions on an inner circle near their measures."""
    measures = edges.drop_duplicates("nr").sort_values(["lz_nr", "nr"], kind="stable").reset_index(drop=True)
    angle = 2 * np.pi * np.arange(len(measures)) / len(measures)
    measures = measures.assign(x=np.cos(angle), y=np.sin(angle), angle=angle)
    pull = edges.merge(measures[["nr", "angle"]], on="nr").assign(
        cx=lambda f: np.cos(f["angle"]), cy=lambda f: np.sin(f["angle"]))
    centre = pull.groupby(["st_nr", "label"], as_index=False).agg(
        cx=("cx", "mean"), cy=("cy", "mean"), n=("nr", "size"))
    centre = centre.assign(pref=np.arctan2(centre["cy"], centre["cx"]) % (2 * np.pi))
    centre = centre.sort_values(["pref", "st_nr"], kind="stable").reset_index(drop=True)
    inner = 2 * np.pi * np.arange(len(centre)) / len(centre) + (centre["pref"].iloc[0] if len(centre) else 0)
    return measures, centre.assign(x=0.55 * np.cos(inner), y=0.55 * np.sin(inner))


def _segments(start: pd.DataFrame, end: pd.DataFrame) -> tuple[list, list]:
    """Line coordinates with None between segments: one trace draws all edges of a role."""
    gap = np.full(len(start), None, dtype=object)
    xs = np.column_stack([start["x"].to_numpy(dtype=object), end["x"].to_numpy(dtype=object), gap]).ravel().tolist()
    ys = np.column_stack([start["y"].to_numpy(dtype=object), end["y"].to_numpy(dtype=object), gap]).ravel().tolist()
    return xs, ys


def network_chart(edges: pd.DataFrame, title: str = texts.charts.CHART_NETWORK) -> go.Figure:
    """Institutions and the measures they work on (from metrics.involvements), deterministic circle layout."""
    if edges.empty:
        return empty_figure(title=title)
    measures, institutions = _network_layout(edges)
    fig = go.Figure()
    for role in ROLES:
        links = edges[edges["rolle"].eq(role.word)]
        if links.empty:
            continue
        start = links[["st_nr"]].merge(institutions[["st_nr", "x", "y"]], on="st_nr", how="left")
        end = links[["nr"]].merge(measures[["nr", "x", "y"]], on="nr", how="left")
        xs, ys = _segments(start, end)
        dash, width, color = role.line
        fig.add_scatter(x=xs, y=ys, mode="lines", name=role.word, line={"dash": dash, "width": width, "color": color},
                        legendgroup="roles", legendgrouptitle_text=texts.charts.LEGEND_ROLE, hoverinfo="skip")
    for _, goal in measures.assign(goal=_goal_labels(measures)).groupby("lz_nr", sort=True):
        fig.add_scatter(
            x=goal["x"], y=goal["y"], mode="markers", name=goal["goal"].iloc[0], legendgroup="goals",
            legendgrouptitle_text=texts.charts.LEGEND_LEITZIEL,
            marker={"size": 10, "color": leitziel_color(goal["lz_nr"].iloc[0]), "line": {"color": "white", "width": 1}},
            customdata=np.column_stack([goal["nr"].astype(str), _plains(goal["massnahme"])]),
            hovertemplate=texts.charts.HOVER_NODE_MEASURE,
        )
    fig.add_scatter(
        x=institutions["x"], y=institutions["y"], mode="markers+text", name=texts.charts.LEGEND_INSTITUTIONS,
        text=_plains(institutions["label"]), textposition="top center",
        customdata=[counted(count, texts.charts.MEASURES_COUNTED) for count in institutions["n"]],
        marker={"symbol": "square", "size": 8 + 3 * np.sqrt(institutions["n"]), "color": TEXT_DARK},
        hovertemplate=texts.charts.HOVER_NODE_INSTITUTION,
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)
    fig.update_layout(height=700)
    return _finish(fig, title)


# --- indicators ----------------------------------------------------------------------------------

def indicator_chart(values: pd.DataFrame, indicator: Mapping[str, object]) -> go.Figure:
    """Time series of one indicator with base and target lines (values: metrics.indicator_values,
    indicator: one row of metrics.indicator_summary)."""
    title = _plain(indicator.get("indikator") or indicator.get("ind_nr") or "")
    if values.empty:
        return empty_figure(title=title)
    fig = go.Figure(go.Scatter(
        x=values["stichtag"], y=values["wert"], mode="lines+markers+text", name=texts.charts.VALUES,
        text=values["wert"].map(format_value), textposition="top center", customdata=format_dates(values["stichtag"]),
        hovertemplate=texts.charts.HOVER_INDICATOR, line={"color": LEITZIEL_COLORS[0], "width": 3}, marker={"size": 8},
    ))
    for field, year, template, color in (("basiswert", "basisjahr", texts.figures.BASE_LINE, "#666666"),
                                         ("zielwert", "zieljahr", texts.figures.TARGET_LINE, AMPEL[GRUEN].color)):
        if pd.notna(indicator.get(field)):
            label = template.format(year=_year(indicator.get(year)), value=format_value(indicator[field]))
            fig.add_hline(y=indicator[field], line_dash="dash", line_color=color, annotation_text=label,
                          annotation_position="top left")
    unit = indicator.get("einheit")
    has_unit = pd.notna(unit) and unit
    axis = texts.charts.AXIS_VALUE_UNIT.format(unit=_plain(unit)) if has_unit else texts.charts.AXIS_VALUE
    fig.update_yaxes(title=axis)
    fig.update_xaxes(title=None)
    source = indicator.get("source")
    if pd.notna(source) and source:
        fig.add_annotation(text=texts.figures.SOURCE.format(source=_plain(source)), x=0, y=-0.12, xref="paper",
                           yref="paper",
                           xanchor="left", yanchor="top", showarrow=False, font={"size": 11})
    fig = _finish(fig, title, dates=True)
    year_axis(fig, values["stichtag"])
    return fig


def _year(value: object) -> str:
    """" 2019" for the line labels, "" when the year is unknown."""
    return "" if value is None or pd.isna(value) else f" {int(value)}"


# --- Zeitplan page -----------------------------------------------------------------------------------

BEHIND_COLOR = TEXT_DARK  # dark dots read on every Leitziel colour, unlike another hue


def _add_behind(fig: go.Figure, behind: pd.DataFrame) -> None:
    """Dark frames with a dotted fill over measures behind their linear plan, one legend entry for all."""
    if behind.empty:
        return
    rows = _gantt_rows(behind)
    fig.add_bar(
        base=behind["beginn"], x=(behind["ende"] - behind["beginn"]).dt.total_seconds() * 1000, y=rows,
        orientation="h", name=texts.zeitplan.LEGEND_BEHIND, hoverinfo="skip",
        marker={"color": "rgba(0,0,0,0)", "line": {"color": BEHIND_COLOR, "width": 3},
                "pattern": {"shape": ".", "fgcolor": BEHIND_COLOR, "fgopacity": 0.7, "size": 6}},
    )


def zoom_time_axis(fig: go.Figure, window: tuple[pd.Timestamp, pd.Timestamp] | None) -> go.Figure:
    """The figure with its date axis limited to the window (unchanged without one); changes ``fig`` in place."""
    if window is not None:
        fig.update_xaxes(range=[window[0], window[1]], autorange=False)
    return fig


def schedule_chart(plan, today: datetime.date, limit: int | None = None,
                   window: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> go.Figure:
    """The Zeitplan's Gantt for ``shared.computed``: metrics.gantt_selection drawn with gantt_chart, measures
    behind their plan framed and dotted dark, the date axis zoomed to the window."""
    selection = gantt_selection(plan, today, limit, window)
    fig = gantt_chart(selection.measures, selection.milestones, today)
    if selection.measures.empty:
        return fig
    _add_behind(fig, selection.measures[selection.measures["behind"]])
    return zoom_time_axis(fig, window)


# --- Sitzung page: the charts of masterplan.meeting.model ----------------------------------------------

SLIDE_HOVER_BAR = "<b>%{y}</b><br>%{fullData.name}: %{text}<extra></extra>"
SLIDE_HOVER_LINE = "%{customdata[0]}<br>%{fullData.name}: %{customdata[1]}<extra></extra>"
SLIDE_DATE_FORMATS = {"year": "%Y", "month": "%m.%Y", "day": DATE_FORMAT}
SLIDE_NUMBER_FORMAT = ",~f"  # 12.000 and 7,5 under the German separators, never plotly's "12k"
SLIDE_LEGEND_ROW = 3  # legend entries a row is assumed to hold when the top margin is sized for the legend
SLIDE_YEAR_TICKS = 8  # year labels side by side on a half-width slide chart, upright and in projector type
SLIDE_LABEL_MARGIN = 90  # px right of a line chart for its latest value


def slide_chart(chart: Chart) -> go.Figure:
    """A masterplan.meeting.model Chart as a plotly figure: the chart's colours, German separators and value labels.

    BAR and STACKED draw horizontal bars, the first category on top (Ampel and Status series patterned like the mix
    charts, so colour is never the only cue, and named by their value as in the deck: a wrapping plotly legend gives
    every entry the width of the longest); LINE draws each series over a date axis labelled by
    year, month or day, the last value written out and a Zielwert series dashed. With several series the legend
    runs horizontally between title and plot. Category, series and title text is HTML-escaped for plotly.
    Empty data give the "Keine Daten" figure.
    """
    title = _plain(chart.title) if chart.title else None
    data = chart.data
    if data.empty or data.columns.empty or data.isna().all().all():
        return empty_figure(title=title)
    if chart.kind == ChartKind.LINE:
        fig = _slide_lines(chart)
    else:
        fig = _slide_bars(chart, stacked=chart.kind == ChartKind.STACKED)
    fig = _finish(fig, title)
    legend = len(data.columns) > 1
    fig.update_layout(
        showlegend=legend, title={"x": 0, "xanchor": "left", "xref": "container", "y": 1, "yanchor": "top",
                                  "yref": "container", "pad": {"t": 12, "l": 10}},
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom", "title_text": None,
                "traceorder": "normal"},  # "grouped" would give every series a row of its own
        margin={"t": (50 if title else 10) + (30 * -(-len(data.columns) // SLIDE_LEGEND_ROW) if legend else 0),
                "r": SLIDE_LABEL_MARGIN if chart.kind == ChartKind.LINE else 10},
    )
    return fig


def _slide_bars(chart: Chart, stacked: bool) -> go.Figure:
    data = chart.data
    labels = [_plain(c) for c in data.index]
    fig = go.Figure()
    for series in data.columns:
        values = data[series].astype(float)
        color = chart.colors.get(series, LEITZIEL_COLORS[0])
        shown = [chart.format(v) if not (stacked and (pd.isna(v) or v <= 0)) else "" for v in values]
        fig.add_bar(
            x=values, y=labels, orientation="h", text=shown, hovertemplate=SLIDE_HOVER_BAR, textangle=0,
            name=_plain(series),
            marker={"color": color, "line": {"color": "white", "width": 1},
                    "pattern": _pattern(chart.patterns.get(series, ""), color)},
            textposition="inside" if stacked else "outside", insidetextanchor="middle", cliponaxis=False,
            textfont={"color": text_on(color)} if stacked else None,
        )
    largest = float((data.fillna(0).sum(axis=1) if stacked else data.max(axis=1)).max())
    upper = chart.maximum if chart.maximum is not None else largest
    fig.update_layout(barmode="stack" if stacked else "group", uniformtext={"minsize": 10, "mode": "show"},
                      height=140 + len(data) * (56 if stacked else 20 + 28 * len(data.columns)))
    fig.update_xaxes(title=chart.axis_title or None, tickformat=SLIDE_NUMBER_FORMAT,
                     range=[0, max(upper, 1) * (1.0 if stacked else 1.15)],
                     ticksuffix=f"{NBSP}%" if chart.value_format == ValueFormat.PERCENT else None,
                     dtick=1 if chart.value_format == ValueFormat.COUNT and largest <= 10 else None)
    fig.update_yaxes(autorange="reversed", title=None)
    return fig


def _slide_lines(chart: Chart) -> go.Figure:
    """Time series of a LINE chart; the dates come from the index."""
    dates = pd.DatetimeIndex(chart.data.index)
    grain = SLIDE_DATE_FORMATS.get(chart.dates, DATE_FORMAT)
    fig = go.Figure()
    for series in chart.data.columns:
        values = chart.data[series].astype(float)
        target = series == texts.meeting.SERIES_TARGET
        shown = [chart.format(v) for v in values]
        color = chart.colors.get(series, LEITZIEL_COLORS[0])
        fig.add_scatter(
            x=dates, y=values, name=_plain(series), mode="lines" if target else "lines+markers",
            line={"color": color, "width": 2 if target else 3, "dash": "dash" if target else "solid"},
            marker={"size": 8}, customdata=np.column_stack([dates.strftime(grain), shown]),
            hovertemplate=SLIDE_HOVER_LINE,
        )
        valid = np.flatnonzero(values.notna().to_numpy())
        if not target and len(valid):  # the latest value written out right of its point, in the margin kept for it
            last = int(valid[-1])
            fig.add_annotation(x=dates[last], y=values.iloc[last], text=shown[last], showarrow=False, xanchor="left",
                               xshift=8, font={"color": color})
    fig.update_yaxes(title=chart.axis_title or None, tickformat=SLIDE_NUMBER_FORMAT,
                     ticksuffix=f"{NBSP}%" if chart.value_format == ValueFormat.PERCENT else None)
    fig.update_xaxes(type="date", title=None, tickformat=grain, hoverformat=grain)
    year_axis(fig, dates, chart.dates, SLIDE_YEAR_TICKS)
    fig.update_layout(height=400)
    return fig
