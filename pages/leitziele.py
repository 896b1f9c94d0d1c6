"""Leitziele: one goal with its Unterziele, Umsetzungsstand ("Warum 63 %?"), Fokusprojekte, measures and indicators."""

import streamlit as st

from masterplan import metrics, texts
from masterplan.formatting import escape_markdown, format_number, format_percent
from pages import shared

CHOICE = shared.Key.LEITZIEL  # in the URL: a link shows the same

view = shared.view()

st.title(texts.frame.PAGE_TITLES["leitziele"])
shared.filter_mark()
choices = shared.computed(metrics.leitziel_choices)
if not choices:
    shared.empty_state(texts.leitziele.EMPTY)
    st.stop()
if st.session_state.get(CHOICE) not in choices:
    st.session_state[CHOICE] = next(iter(choices))
lz_nr = st.selectbox(texts.leitziele.CHOOSE, list(choices), format_func=choices.get, key=CHOICE,
                     help=texts.leitziele.CHOOSE_HELP, placeholder=texts.common.CHOOSE)
shared.sync_url()
goal = shared.computed(metrics.leitziel_profile, lz_nr, view.today)

st.header(escape_markdown(goal.title))
st.caption(escape_markdown(goal.lz_nr))
about, figure = st.columns([2, 1], gap="large")
with about:
    st.markdown(f"**{texts.leitziele.DESCRIPTION}**")
    if goal.description:
        st.markdown(escape_markdown(goal.description))
    else:
        st.caption(texts.leitziele.NO_DESCRIPTION)
    st.markdown(f"**{texts.leitziele.SUBGOALS}**")
    if goal.subgoals:
        st.markdown("\n".join(f"- {escape_markdown(item)}" for item in goal.subgoals))
    else:
        st.caption(texts.leitziele.NO_SUBGOALS)
with figure:
    st.metric(texts.leitziele.PROGRESS, format_percent(goal.rollup.value), border=True)
    st.caption(
        texts.leitziele.PROGRESS_COUNTS.format(
            counted=format_number(goal.rollup.counted), measures=format_number(goal.rollup.measures)
        )
    )

if goal.rollup.value is None:
    shared.empty_state(texts.leitziele.PROGRESS_EMPTY)
else:
    with st.expander(texts.figures.WHY.format(value=format_percent(goal.rollup.value)), icon=":material/help:"):
        st.markdown(goal.rollup.summary)
        shared.table(
            goal.explanation,
            column_config={
                **shared.measure_columns(),
                **shared.text_columns("status", "weight", "weight_share", "points", "note"),
                "progress": shared.progress_column(),
            },
        )

st.subheader(texts.leitziele.PROJECTS)
shared.table(
    goal.projects,
    texts.leitziele.PROJECTS_EMPTY,
    column_config={
        **shared.text_columns("fp_nr", "lead"),
        "fokusprojekt": st.column_config.TextColumn(width="large"),
        "measures": st.column_config.NumberColumn(format="%d"),
        "counted": st.column_config.NumberColumn(format="%d"),
        "progress": shared.progress_column(),
    },
)

st.subheader(texts.leitziele.MEASURES)
shared.table(
    goal.measures,
    texts.leitziele.MEASURES_EMPTY,
    column_order=["nr", "massnahme", "status", "ampel_label", "progress", "lead", "ende", "fokusprojekt"],
    column_config={
        **shared.measure_columns(),
        **shared.text_columns("fokusprojekt", "status", "lead", "ende"),
        "ampel_label": st.column_config.TextColumn(help=texts.figures.AMPEL_RULES),
        "progress": shared.progress_column(),
    },
)

st.subheader(texts.leitziele.INDICATORS)
shared.table(
    goal.indicators,
    texts.leitziele.INDICATORS_EMPTY,
    column_order=[
        "indikator",
        "einheit",
        "latest",
        "latest_date",
        "change",
        "basiswert",
        "zielwert",
        "achievement",
        "improved",
        "source",
    ],
    column_config={
        **shared.text_columns(
            "einheit", "latest", "latest_date", "change", "basiswert", "zielwert", "achievement", "improved"
        ),
        "indikator": st.column_config.TextColumn(width="medium"),
        "source": st.column_config.TextColumn(width="medium"),
    },
)
