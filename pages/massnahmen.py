"""Maßnahmen: searchable, sortable table with progress bars; detail of one measure with milestones, involved
institutions and its history across the Stände."""

import streamlit as st

from masterplan import metrics, texts
from masterplan.formatting import counted, escape_markdown, format_number, format_percent
from masterplan.storage import history
from pages import shared

SEARCH = "massnahmen_search"
TABLE = "massnahmen_table"
DETAIL = shared.Key.MEASURE  # in the URL: a link shows the same
TABLE_HEIGHT = 460

view = shared.view()


def select_row(numbers: list[str]) -> None:
    """A click on a table row shows that measure in the detail view."""
    rows = st.session_state[TABLE].selection.rows
    if rows and rows[0] < len(numbers):
        st.session_state[DETAIL] = numbers[rows[0]]


st.title(texts.PAGE_TITLES["massnahmen"])
shared.filter_mark()
total = len(view.plan["Maßnahmen"])
if not total:
    shared.empty_state(texts.EMPTY_MEASURES_FILTERED if view.filtered else texts.EMPTY_MEASURES)
    st.stop()

query = st.text_input(
    texts.M_SEARCH,
    key=SEARCH,
    placeholder=texts.M_SEARCH_PLACEHOLDER,
    help=texts.M_SEARCH_HELP,
    icon=":material/search:",
)
found = shared.computed(metrics.search_measures, view.today, query)
st.caption(
    counted(total, texts.M_COUNT, found=format_number(len(found))) + " · " + texts.M_TABLE_HELP
)
numbers = list(found["nr"])
shared.table(
    found,
    texts.M_NO_HITS.format(query=escape_markdown(query.strip())),
    key=TABLE,
    on_select=lambda: select_row(numbers),
    selection_mode="single-row",
    most=TABLE_HEIGHT,
    column_order=[
        "nr",
        "massnahme",
        "status",
        "ampel_label",
        "progress",
        "lead",
        "beginn",
        "ende",
        "lz_nr",
        "fokusprojekt",
        "prioritaet",
        "sachstand",
    ],
    column_config={
        **shared.measure_columns(),
        **shared.text_columns("lz_nr", "fokusprojekt", "lead", "status", "prioritaet"),
        "ampel_label": st.column_config.TextColumn(help=texts.AMPEL_RULES),
        "progress": shared.progress_column(),
        **shared.date_columns("beginn", "ende"),
        "sachstand": st.column_config.TextColumn(width="large"),
    },
)
if found.empty:
    st.stop()

# --- detail of one measure -------------------------------------------------------------------------
st.subheader(texts.M_DETAIL)
options = metrics.choice_labels(found, "nr", "massnahme")
if st.session_state.get(DETAIL) not in options:
    st.session_state[DETAIL] = numbers[0]
nr = st.selectbox(texts.M_CHOOSE, numbers, format_func=options.get, key=DETAIL)
shared.sync_url()
detail = shared.computed(metrics.measure_detail, nr, view.today)
if detail is None:  # only if the measure vanished between two runs
    shared.empty_state(texts.EMPTY_MEASURES_FILTERED)
    st.stop()

st.markdown(f"#### {escape_markdown(detail.nr)} – {escape_markdown(detail.title)}")
cards = st.columns(4)
cards[0].metric(texts.M_STATUS, escape_markdown(detail.status), border=True)
cards[1].metric(texts.M_AMPEL, detail.ampel_label, border=True)
cards[2].metric(
    texts.M_PROGRESS,
    format_percent(detail.progress),
    border=True,
    help=texts.M_PROGRESS_PLANNED.format(planned=format_percent(detail.planned)),
)
cards[3].metric(texts.M_END, detail.ende, border=True)
st.caption(escape_markdown(detail.ampel_reason))
st.markdown(f"**{texts.M_SACHSTAND}**")
if detail.sachstand:
    st.text(detail.sachstand)
else:
    st.caption(texts.M_NO_SACHSTAND)

fields_tab, milestones_tab, people_tab, history_tab = st.tabs(
    [texts.M_TAB_FIELDS, texts.M_TAB_MILESTONES, texts.M_TAB_STAKEHOLDERS, texts.M_TAB_HISTORY]
)
with fields_tab:
    shared.table(
        detail.fields,
        whole=True,
        column_config={
            "field": st.column_config.TextColumn(width="small"),
            "value": st.column_config.TextColumn(width="large"),
        },
    )
with milestones_tab:
    shared.table(
        detail.milestones,
        texts.M_MILESTONES_EMPTY,
        column_config={
            **shared.text_columns("ms_nr", "erreicht_am", "status", "state", "note"),
            "meilenstein": st.column_config.TextColumn(width="large"),
            **shared.date_columns("faellig_am"),
        },
    )
with people_tab:
    shared.table(
        detail.stakeholders,
        texts.M_STAKEHOLDERS_EMPTY,
        column_config={
            **shared.text_columns("label", "typ", "rolle", "lenkungskreis"),
            "name": st.column_config.TextColumn(width="large"),
        },
    )
with history_tab:
    changes = shared.stored(history.measure_history, nr, detail.milestone_keys, view.today)
    if not changes.empty:
        st.caption(texts.M_HISTORY_HELP)
    shared.table(
        changes,
        texts.M_HISTORY_EMPTY,
        column_config={
            "stand": st.column_config.NumberColumn(format="%d"),
            **shared.text_columns("created_at", "created_by", "status", "ampel_label"),
            "change_text": st.column_config.TextColumn(width="large"),
            "progress": shared.progress_column(),
        },
    )
