"""Maßnahmen: searchable, sortable table with progress bars; detail of one measure with milestones, involved
institutions and its history across the Stände."""

import streamlit as st

from masterplan import metrics, texts
from masterplan.formatting import counted, escape_markdown, format_number, format_percent
from masterplan.rounds import staleness
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


st.title(texts.frame.PAGE_TITLES["massnahmen"])
shared.filter_mark()
total = len(view.plan["Maßnahmen"])
if not total:
    shared.empty_state(texts.common.EMPTY_MEASURES_FILTERED if view.filtered else texts.common.EMPTY_MEASURES)
    st.stop()

query = st.text_input(
    texts.massnahmen.SEARCH,
    key=SEARCH,
    placeholder=texts.massnahmen.SEARCH_PLACEHOLDER,
    help=texts.massnahmen.SEARCH_HELP,
    icon=":material/search:",
)
found = staleness.with_ages(shared.computed(metrics.search_measures, view.today, query), shared.report_ages())
st.caption(
    counted(total, texts.massnahmen.COUNT, found=format_number(len(found))) + " · " + texts.massnahmen.TABLE_HELP
)
numbers = list(found["nr"])
shared.table(
    found,
    texts.massnahmen.NO_HITS.format(query=escape_markdown(query.strip())),
    key=TABLE,
    on_select=lambda: select_row(numbers),
    selection_mode="single-row",
    most=TABLE_HEIGHT,
    column_order=[
        "nr",
        "massnahme",
        "status",
        "ampel_label",
        "stale_text",
        "progress",
        "lead",
        "beginn",
        "ende",
        "lz_nr",
        "fokusprojekt",
        "prioritaet",
        "sachstand",
        "last_report",
    ],
    column_config={
        **shared.measure_columns(),
        **shared.text_columns("lz_nr", "fokusprojekt", "lead", "status", "prioritaet"),
        "ampel_label": st.column_config.TextColumn(help=texts.figures.AMPEL_RULES),
        "progress": shared.progress_column(),
        **shared.date_columns("beginn", "ende", "last_report"),
        "stale_text": st.column_config.TextColumn(help=texts.massnahmen.STALE_HELP.format(
            months=staleness.stale_months())),
        "sachstand": st.column_config.TextColumn(width="large"),
    },
)
if found.empty:
    st.stop()

# --- detail of one measure -------------------------------------------------------------------------
st.subheader(texts.massnahmen.DETAIL)
options = metrics.choice_labels(found, "nr", "massnahme")
if st.session_state.get(DETAIL) not in options:
    st.session_state[DETAIL] = numbers[0]
nr = st.selectbox(texts.massnahmen.CHOOSE, numbers, format_func=options.get, key=DETAIL,
                  placeholder=texts.common.CHOOSE)
shared.sync_url()
detail = shared.computed(metrics.measure_detail, nr, view.today)
if detail is None:  # only if the measure vanished between two runs
    shared.empty_state(texts.common.EMPTY_MEASURES_FILTERED)
    st.stop()

st.markdown(f"#### {escape_markdown(detail.nr)} – {escape_markdown(detail.title)}")
cards = st.columns(4)
cards[0].metric(texts.massnahmen.STATUS, escape_markdown(detail.status), border=True)
cards[1].metric(texts.massnahmen.AMPEL, detail.ampel_label, border=True)
cards[2].metric(
    texts.massnahmen.PROGRESS,
    format_percent(detail.progress),
    border=True,
    help=texts.massnahmen.PROGRESS_PLANNED.format(planned=format_percent(detail.planned)),
)
cards[3].metric(texts.massnahmen.END, detail.ende, border=True)
st.caption(escape_markdown(detail.ampel_reason))
reported = staleness.report_note(found, nr)
if reported is not None:
    if reported[1]:
        st.warning(reported[0], icon=":material/schedule:")
    else:
        st.caption(reported[0])
st.markdown(f"**{texts.massnahmen.SACHSTAND}**")
if detail.sachstand:
    st.text(detail.sachstand)
else:
    st.caption(texts.massnahmen.NO_SACHSTAND)

fields_tab, milestones_tab, people_tab, history_tab = st.tabs(
    [texts.massnahmen.TAB_FIELDS, texts.massnahmen.TAB_MILESTONES, texts.massnahmen.TAB_STAKEHOLDERS,
     texts.massnahmen.TAB_HISTORY]
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
        texts.massnahmen.MILESTONES_EMPTY,
        column_config={
            **shared.text_columns("ms_nr", "erreicht_am", "status", "state", "note"),
            "meilenstein": st.column_config.TextColumn(width="large"),
            **shared.date_columns("faellig_am"),
        },
    )
with people_tab:
    shared.table(
        detail.stakeholders,
        texts.massnahmen.STAKEHOLDERS_EMPTY,
        column_config={
            **shared.text_columns("label", "typ", "rolle", "lenkungskreis"),
            "name": st.column_config.TextColumn(width="large"),
        },
    )
with history_tab:
    changes = shared.stored(history.measure_history, nr, detail.milestone_keys, view.today)
    if not changes.empty:
        st.caption(texts.massnahmen.HISTORY_HELP)
    shared.table(
        changes,
        texts.massnahmen.HISTORY_EMPTY,
        column_config={
            "stand": st.column_config.NumberColumn(format="%d"),
            **shared.text_columns("created_at", "created_by", "status", "ampel_label"),
            "change_text": st.column_config.TextColumn(width="large"),
            "progress": shared.progress_column(),
        },
    )
