"""Indikatoren: latest values, development and target achievement, then each time series by Leitziel."""

import streamlit as st

from masterplan import alternatives, charts, metrics, texts
from masterplan.formatting import escape_markdown
from pages import shared

PER_ROW = 2

view = shared.view()
st.title(texts.frame.PAGE_TITLES["indikatoren"])
shared.filter_mark()
st.caption(texts.indikatoren.INTRO)

summary = shared.computed(metrics.indicator_table)
if summary.empty:
    shared.empty_state(texts.indikatoren.EMPTY)
    st.stop()

st.subheader(texts.indikatoren.SUMMARY, help=texts.indikatoren.SUMMARY_HELP)
shared.table(summary, whole=True, column_config={
    **shared.date_columns("latest_date"),
    "indikator": st.column_config.TextColumn(width="medium"),
    "source": st.column_config.TextColumn(width="medium"),
})

st.subheader(texts.indikatoren.CHARTS)
for goal, indicators in shared.computed(metrics.indicator_groups):
    st.markdown(f"#### {escape_markdown(goal)}")
    for first in range(0, len(indicators), PER_ROW):
        for column, indicator in zip(st.columns(PER_ROW), indicators[first:first + PER_ROW], strict=False):
            with column:
                values = shared.computed(metrics.indicator_values, indicator["ind_nr"])
                if values.empty:
                    st.markdown(f"**{escape_markdown(indicator['indikator'])}**")
                    shared.empty_state(texts.indikatoren.NO_VALUES)
                else:
                    shared.chart(charts.indicator_chart(values, indicator), alternatives.indicator(values, indicator))
                if indicator.get("source"):
                    st.caption(escape_markdown(texts.figures.SOURCE.format(source=indicator["source"])))
