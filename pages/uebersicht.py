"""Übersicht: headline figures, progress, status and Ampel per Leitziel, milestones due and overdue, latest changes."""

import streamlit as st

from masterplan import alternatives, charts, metrics, texts
from masterplan.formatting import counted, escape_markdown, format_date, format_number, format_percent, format_signed
from masterplan.rounds import staleness
from masterplan.storage.stands import stand_label
from pages import shared

CHANGES_SHOWN = 10
TABLE_HEIGHT = 320

view = shared.view()

st.title(texts.frame.PAGE_TITLES["uebersicht"])
shared.filter_mark()
st.caption(texts.common.STAND_CAPTION.format(stand=escape_markdown(stand_label(view.stand)),
                                             today=format_date(view.today)))

if view.plan["Maßnahmen"].empty:
    shared.empty_state(texts.common.EMPTY_MEASURES_FILTERED if view.filtered else texts.common.EMPTY_MEASURES)
    st.stop()

previous = view.previous
before = shared.StandPlan(previous.id) if previous else None
kpis = shared.computed(metrics.kpis, view.today, before)

# --- headline figures ------------------------------------------------------------------------------
cards = st.columns(5)
has_change = kpis.progress_change is not None and previous is not None
for card, (label, value, help_text) in zip(
    cards[:4],
    (
        (texts.figures.KPI_MEASURES, kpis.measures, texts.uebersicht.KPI_HELP_MEASURES),
        (texts.figures.KPI_DONE, kpis.done, None),
        (texts.figures.KPI_IN_PROGRESS, kpis.in_progress, None),
        (texts.figures.KPI_RED, kpis.red, texts.uebersicht.KPI_HELP_RED),
    ),
    strict=True,
):
    card.metric(label, format_number(value), help=help_text, border=True, height="stretch")
cards[4].metric(
    texts.figures.KPI_PROGRESS,
    format_percent(kpis.progress, 1),
    delta=format_signed(kpis.progress_change) if has_change else None,
    delta_description=counted(round(kpis.progress_change, 1), texts.uebersicht.KPI_DELTA, stand=previous.id)
    if has_change else None,
    help=texts.uebersicht.KPI_HELP_PROGRESS,
    border=True,
    height="stretch",
)

# --- progress, status and Ampel per Leitziel -------------------------------------------------------
st.subheader(texts.uebersicht.PROGRESS)
rollup = shared.computed(metrics.rollup_leitziele)
shared.chart(charts.progress_chart(rollup, title=None), alternatives.progress(rollup))

st.subheader(texts.uebersicht.STATUS_MIX)
status_mix = shared.computed(metrics.status_mix)
shared.chart(charts.status_mix_chart(status_mix, title=None), alternatives.status_mix(status_mix))
st.subheader(texts.uebersicht.AMPEL_MIX)
ampel_mix = shared.computed(metrics.ampel_mix, view.today)
shared.chart(charts.ampel_mix_chart(ampel_mix, title=None), alternatives.ampel_mix(ampel_mix))

# --- milestones ------------------------------------------------------------------------------------
milestone_columns = {
    **shared.date_columns("faellig_am"),
    "days_until": st.column_config.NumberColumn(format="%d"),
    "days_overdue": st.column_config.NumberColumn(format="%d"),
    **shared.text_columns("ms_nr", "meilenstein", "nr", "lead", "state", "status"),
    "massnahme": st.column_config.TextColumn(width="large"),
}

for title, milestones, empty, days, last in (
    (texts.uebersicht.UPCOMING, metrics.upcoming_milestones, texts.uebersicht.UPCOMING_EMPTY, "days_until", "state"),
    (texts.uebersicht.OVERDUE, metrics.overdue_milestones, texts.uebersicht.OVERDUE_EMPTY, "days_overdue", "status"),
):
    st.subheader(title)
    shared.table(shared.computed(milestones, view.today), empty, column_config=milestone_columns,
                 column_order=["faellig_am", days, "meilenstein", "nr", "massnahme", "lead", last], most=TABLE_HEIGHT)

# --- measures without a recent report --------------------------------------------------------------
months = staleness.stale_months()
st.subheader(texts.uebersicht.STALE, help=texts.uebersicht.STALE_HELP.format(months=months))
stale = staleness.stale_only(staleness.with_ages(shared.computed(metrics.search_measures, view.today, ""),
                                                 shared.report_ages()))
shared.table(stale, texts.uebersicht.STALE_EMPTY.format(months=months), most=TABLE_HEIGHT,
             column_order=["nr", "massnahme", "lead", "last_report", "stale_text", "status"],
             column_config={**shared.measure_columns(), **shared.text_columns("lead", "stale_text", "status"),
                            **shared.date_columns("last_report")})

# --- latest changes --------------------------------------------------------------------------------
st.subheader(texts.uebersicht.CHANGES)
if before is None:
    shared.empty_state(texts.uebersicht.CHANGES_FIRST)
else:
    recent = shared.computed(metrics.recent_changes, before, view.today, CHANGES_SHOWN)
    against = escape_markdown(stand_label(previous))
    st.caption(texts.uebersicht.CHANGES_AGAINST.format(stand=against))
    if recent.total == 0:
        shared.empty_state(texts.uebersicht.CHANGES_NONE.format(stand=against))
    else:
        counts, items = st.columns([1.25, 3])  # topic and Anzahl side by side at 1366 px
        with counts:
            shared.table(  # every topic without scrolling
                recent.summary,
                whole=True,
                column_config={
                    **shared.text_columns("topic"),
                    "count": st.column_config.NumberColumn(format="%d"),
                },
            )
        with items:
            shared.table(
                recent.items,
                column_config={
                    **shared.text_columns("topic", "nr", "before", "after"),
                    "title": st.column_config.TextColumn(width="medium"),
                },
            )
            if recent.hidden:
                st.caption(counted(recent.hidden, texts.uebersicht.CHANGES_MORE))
