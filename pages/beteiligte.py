"""Beteiligte: institutions × Leitziele, their network with the measures, load per institution, staffing gaps."""

import streamlit as st

from masterplan import alternatives, charts, metrics, texts
from masterplan.formatting import format_number
from pages import shared

view = shared.view()
st.title(texts.frame.PAGE_TITLES["beteiligte"])
shared.filter_mark()
st.caption(texts.beteiligte.INTRO)

types = tuple(
    st.columns(2)[0].multiselect(
        texts.beteiligte.TYPES,
        shared.computed(metrics.stakeholder_types),
        placeholder=texts.frame.FILTER_ALL,
        select_all=False,  # an empty choice already means all; Streamlit's option is English
        help=texts.beteiligte.TYPES_HELP,
        key="beteiligte_types",
    )
)

matrix = shared.computed(metrics.stakeholder_matrix_of, types)
if matrix.empty:
    shared.empty_state(texts.beteiligte.EMPTY)
else:
    st.subheader(texts.beteiligte.MATRIX, help=texts.beteiligte.MATRIX_HELP)
    shared.chart(charts.stakeholder_heatmap(matrix), alternatives.heatmap(matrix))

    st.subheader(texts.beteiligte.NETWORK)
    choices = shared.computed(metrics.institution_choices, types)
    focus = st.columns(2)[0].selectbox(
        texts.beteiligte.FOCUS,
        [None, *choices],
        format_func=lambda nr: choices.get(nr, texts.beteiligte.FOCUS_ALL),
        help=texts.beteiligte.FOCUS_HELP,
        key=f"beteiligte_focus_{'|'.join(types)}", placeholder=texts.common.CHOOSE
    )
    network = shared.computed(metrics.network_selection, types, focus)
    if network.shown < network.total:
        st.info(
            texts.beteiligte.NETWORK_LIMITED.format(shown=format_number(network.shown),
                                                    total=format_number(network.total)),
            icon=":material/filter_list:",
        )
    shared.chart(charts.network_chart(network.edges), alternatives.network(network.edges))

    st.subheader(texts.beteiligte.LOAD)
    load = shared.computed(metrics.stakeholder_load_of, types)
    shared.chart(charts.load_chart(load, limit=metrics.LOAD_LIMIT),
                 alternatives.load(load, limit=metrics.LOAD_LIMIT))
    if len(choices) > metrics.LOAD_LIMIT:
        st.caption(texts.beteiligte.LOAD_LIMITED.format(shown=format_number(metrics.LOAD_LIMIT)))

st.subheader(texts.beteiligte.GAPS, help=texts.beteiligte.GAPS_HELP)
gaps = shared.computed(metrics.staffing_gap_table)
shared.table(gaps, texts.beteiligte.GAPS_EMPTY)
