"""Zeitplan: Gantt of the measures by Leitziel with milestones, today line, overdue and late highlighted."""

import datetime

import streamlit as st

from masterplan import alternatives, charts, metrics, texts
from masterplan.formatting import counted, format_number
from pages import shared

YEARS = 30  # the custom range reaches this far back and ahead

view = shared.view()
st.title(texts.frame.PAGE_TITLES["zeitplan"])
shared.filter_mark()
st.caption(texts.zeitplan.INTRO)

# One row that wraps: the period choice as wide as its three options (never cut at 1366 px with the sidebar open),
# the custom range and the limit beside it where there is room, below it where not.
controls = st.container(horizontal=True, vertical_alignment="bottom", gap="medium")
period = controls.segmented_control(
    texts.zeitplan.PERIOD,
    metrics.PERIODS,
    format_func=texts.zeitplan.PERIODS.get,
    default=metrics.PERIOD_ALL,
    required=True,
    key="zeitplan_period",
    width="content",
)
start = end = None
if period == metrics.PERIOD_CUSTOM:
    chosen = controls.date_input(
        texts.zeitplan.RANGE,
        value=(view.today.replace(month=1, day=1), view.today.replace(month=12, day=31)),
        min_value=datetime.date(view.today.year - YEARS, 1, 1),
        max_value=datetime.date(view.today.year + YEARS, 12, 31),
        format=shared.DATE_FORMAT,
        help=texts.zeitplan.RANGE_HELP,
        key="zeitplan_range",
        width=240,
    )
    start, end = (*chosen, None, None)[:2]
window = metrics.period_range(period, view.today, start, end)

everything = shared.computed(metrics.gantt_selection, view.today, None, window)
limit = None
if everything.total > metrics.GANTT_LIMIT:
    limit = controls.select_slider(
        texts.zeitplan.LIMIT,
        metrics.GANTT_CHOICES,
        value=metrics.GANTT_CHOICES[1],
        format_func=format_number,
        help=texts.zeitplan.LIMIT_HELP,
        key="zeitplan_limit",
        width=300,
    )
selection = shared.computed(metrics.gantt_selection, view.today, limit, window)

if selection.total == 0:
    anywhere = window is not None and shared.computed(metrics.gantt_selection, view.today, None, None).total > 0
    shared.empty_state(texts.zeitplan.EMPTY_PERIOD if anywhere else texts.zeitplan.EMPTY)
else:
    if selection.hidden:
        st.info(
            counted(selection.hidden, texts.zeitplan.HIDDEN, visible=format_number(selection.shown),
                    total=format_number(selection.total)),
            icon=":material/filter_list:",
        )
    shared.chart(shared.computed(charts.schedule_chart, view.today, limit, window),
                 shared.computed(alternatives.schedule, view.today, limit, window))
if selection.undated:
    st.caption(counted(selection.undated, texts.zeitplan.UNDATED))
with st.expander(texts.zeitplan.LEGEND, icon=":material/help:"):
    st.markdown(texts.zeitplan.LEGEND_TEXT)

st.subheader(texts.zeitplan.ISSUES, help=texts.zeitplan.ISSUES_HELP)
issues = shared.computed(metrics.schedule_issues, view.today)
shared.table(
    issues,
    texts.zeitplan.ISSUES_EMPTY,
    column_config={
        **shared.date_columns("termin"),
        "massnahme": st.column_config.TextColumn(width="medium"),
        "meilenstein": st.column_config.TextColumn(width="medium"),
    },
)
