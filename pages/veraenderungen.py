"""Veränderungen: any Stand against any other — new and removed measures, status and Ampel moves, progress,
Sachstand and every other measure field, milestones new, removed, reached or postponed."""

import streamlit as st

from masterplan import metrics, texts
from masterplan.formatting import format_number
from masterplan.storage.stands import stand_label
from pages import shared

PER_ROW = 4  # summary counts per row
SACHSTAND_PX, SACHSTAND_ROW_PX = 280, 70  # rows taller than 4rem wrap: a shortened Sachstand shows in two lines
COLUMN_CONFIG = {
    **shared.measure_columns(),
    **shared.date_columns("faellig_am", "erreicht_am", "faellig_old", "faellig_new"),
    **{field: st.column_config.NumberColumn(format="%.0f") for field in ("progress_old", "progress_new")},
    "delta": st.column_config.NumberColumn(format="%+.0f"),
    "ampel_reason": st.column_config.Column(texts.veraenderungen.REASON_NOW),
    # old and new Sachstand side by side within 1366 px; the expander below has them whole
    **{field: st.column_config.TextColumn(width=SACHSTAND_PX) for field in ("sachstand_old", "sachstand_new")},
}

view = shared.view()
st.title(texts.frame.PAGE_TITLES["veraenderungen"])
shared.filter_mark()
st.caption(texts.veraenderungen.INTRO)

if len(view.stands) < 2:
    shared.empty_state(texts.veraenderungen.ONE_STAND)
    st.stop()

ids = [s.id for s in reversed(view.stands)]
labels = {s.id: stand_label(s) for s in view.stands}
default_old = view.previous.id if view.previous else ids[ids.index(view.stand.id) - 1]
left, right = st.columns(2)
old_id = left.selectbox(texts.veraenderungen.OLD, ids, index=ids.index(default_old), format_func=labels.get,
                        key=f"veraenderungen_old_{view.stand.id}", placeholder=texts.common.CHOOSE)
new_id = right.selectbox(texts.veraenderungen.NEW, ids, index=ids.index(view.stand.id), format_func=labels.get,
                         key=f"veraenderungen_new_{view.stand.id}", placeholder=texts.common.CHOOSE)
if view.filtered:
    st.caption(texts.veraenderungen.FILTERED)
if old_id == new_id:
    shared.empty_state(texts.veraenderungen.SAME)
    st.stop()

result = shared.computed(metrics.compare_plans, shared.StandPlan(new_id), view.today, stand=old_id)  # old → new
if result.is_empty:
    shared.empty_state(texts.veraenderungen.NOTHING)
    st.stop()

summary = list(result.summary().itertuples(index=False))
for first in range(0, len(summary), PER_ROW):
    for column, (topic, count) in zip(st.columns(PER_ROW), summary[first:first + PER_ROW], strict=False):
        column.metric(topic, format_number(count), border=True)

for topic, table in metrics.change_tables(result):
    st.subheader(topic)
    sachstand = topic == texts.figures.CHANGE_TOPICS["sachstand_changes"]
    shared.table(table, texts.veraenderungen.NOTHING_TOPIC, quiet=True,
                 column_config=COLUMN_CONFIG,
                 row_height=SACHSTAND_ROW_PX if sachstand else None)
    if sachstand:
        shared.whole_texts(texts.veraenderungen.SACHSTAND_WHOLE, metrics.sachstand_texts(result),
                           texts.veraenderungen.SACHSTAND_OLD,
                           texts.veraenderungen.SACHSTAND_NEW)
