"""Sitzung: the Lenkungskreis meeting presented live, one slide at a time, readable on a projector.

The slides are masterplan.meeting's (the deck and the PDF report carry the same), built once per Stand,
compared Stand, filters and day by shared.meeting. Decisions:
- Sidebar: no st.set_page_config here. 1.67 accepts a second call, but dashboard.py sends "expanded" on every
  run and the frontend compares each config message with a state that is not yet updated, so a page's "collapsed"
  is applied on some reruns and lost on others: the sidebar would pop open on „Weiter“. Collapsing it once with «
  is stored by Streamlit in the browser and wins over the page config on every rerun and page, so the caption
  asks for that, F11 (full screen) and the ?embed=true view without header and toolbar.
- Navigation sits above the slide, so „Weiter“ stays where it is whatever the slide's height; ← and → step too.
- Large type: one static <style> written here, scoped to this page's keyed containers (.st-key-…); chart fonts
  are set on the figures. No data ever goes into HTML: spreadsheet text reaches Markdown only through
  escape_markdown, and st.metric, st.dataframe and plotly (escaped in charts.slide_chart) show it as text.
"""

from __future__ import annotations

from functools import partial

import plotly.graph_objects as go
import streamlit as st

from masterplan import charts, texts
from masterplan.deck import build_deck
from masterplan.formatting import escape_markdown
from masterplan.meeting import TITLE, KeyFigure, Meeting, Slide, Table
from masterplan.preview import stand_label
from masterplan.report import build_report
from pages import shared
from pages.shared import Key

NO_SINCE = 0  # the option "ohne Vergleichsstand"; Stand ids start at 1
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PDF = "application/pdf"
FIGURES_PER_ROW = 5
CHARTS_PER_ROW = 2
TABLE_WIDTH = 1760  # px a full-width table has on a 1920 px wide screen
HEADER_HEIGHT = 36  # px of a table's header row
ROW_HEIGHT = 40  # px of a table row whose texts fit their columns
WRAP_HEIGHT = 72  # px: above 4rem Streamlit wraps long cell text (Sachstand, Begründung) onto further lines
CHAR_WIDTH = 6.5  # px a character of the table font takes, on average
CELL_PADDING = 16  # px left and right of a cell's text
TABLE_ROWS = 8  # rows shown before a table scrolls
CHART_FONT = 18
CSS = """
<style>
.st-key-sitzung_bar h1 { font-size: 1.6rem; padding: 0; }
.st-key-sitzung_nav [data-testid="stMarkdownContainer"] p { font-size: 1.5rem; font-weight: 600; margin: 0; }
.st-key-sitzung_nav button { min-height: 3rem; padding: 0 1.5rem; }
.st-key-sitzung_nav button p { font-size: 1.3rem; }
.st-key-sitzung_folie h1 { font-size: 3.6rem; line-height: 1.15; }
.st-key-sitzung_folie h2 { font-size: 2.6rem; line-height: 1.2; padding-top: 0.25rem; }
.st-key-sitzung_folie h3 { font-size: 1.8rem; }
.st-key-sitzung_folie [data-testid="stMarkdownContainer"] p,
.st-key-sitzung_folie [data-testid="stMarkdownContainer"] li { font-size: 1.4rem; }
.st-key-sitzung_folie [data-testid="stCaptionContainer"] p { font-size: 1.2rem; }
.st-key-sitzung_folie [data-testid="stMetric"] [data-testid="stMetricLabel"] p { font-size: 1.3rem; }
.st-key-sitzung_folie [data-testid="stMetric"] [data-testid="stMetricValue"] p { font-size: 3.2rem; line-height: 1.2; }
.st-key-sitzung_folie [data-testid="stMetric"] [data-testid="stMetricDelta"] p { font-size: 1.2rem; }
.st-key-sitzung_titel [data-testid="stMetric"] [data-testid="stMetricValue"] p { font-size: 2.2rem; }
.st-key-sitzung_notizen [data-testid="stMarkdownContainer"] li { font-size: 1.15rem; }
</style>
"""


def step(by: int, count: int) -> None:
    """Move the slide index by ``by``, within the meeting's ``count`` slides (a button callback)."""
    st.session_state[Key.SLIDE] = max(0, min(count - 1, st.session_state.get(Key.SLIDE, 0) + by))


def show_figures(figures: tuple[KeyFigure, ...]) -> None:
    """Headline numbers as metrics, the note (a change, a share) under the value, neither coloured nor arrowed."""
    for first in range(0, len(figures), FIGURES_PER_ROW):
        row = figures[first:first + FIGURES_PER_ROW]
        for column, figure in zip(st.columns(max(len(row), 3)), row, strict=False):
            column.metric(escape_markdown(figure.label), escape_markdown(figure.value),
                          delta=escape_markdown(figure.note) if figure.note else None, delta_color="off",
                          delta_arrow="off", border=True, height="stretch")


def show_charts(slide: Slide) -> None:
    """Charts side by side, two to a row; the title above each as a heading in the slide's type, not in plotly."""
    for first in range(0, len(slide.charts), CHARTS_PER_ROW):
        row = slide.charts[first:first + CHARTS_PER_ROW]
        for column, chart in zip(st.columns(CHARTS_PER_ROW if len(slide.charts) > 1 else 1), row, strict=False):
            with column:
                st.subheader(escape_markdown(chart.title))
                shared.chart(projected(charts.slide_chart(chart)))


def projected(figure: go.Figure) -> go.Figure:
    """The figure with type large enough for a projector: Streamlit's chart theme sets small axis fonts."""
    top = max(10, figure.layout.margin.t - 50) if figure.layout.title.text else figure.layout.margin.t
    figure.update_layout(title=None, font={"size": CHART_FONT}, legend={"font": {"size": CHART_FONT}},
                         margin={"t": top})
    figure.update_xaxes(tickfont_size=CHART_FONT, title_font_size=CHART_FONT)
    figure.update_yaxes(tickfont_size=CHART_FONT, title_font_size=CHART_FONT)
    figure.update_traces(textfont_size=CHART_FONT)
    return figure


def show_table(table: Table) -> None:
    st.subheader(escape_markdown(table.title))
    if table.frame.empty:
        shared.empty_state(table.empty or texts.NO_DATA)
        return
    total = sum(table.widths) or 1
    widths = {name: int(TABLE_WIDTH * width / total) for name, width in zip(table.frame.columns, table.widths,
                                                                             strict=False)}
    wrap = any(table.frame[name].str.len().max() * CHAR_WIDTH + CELL_PADDING > width for name, width in widths.items())
    row = WRAP_HEIGHT if wrap else ROW_HEIGHT
    st.dataframe(
        table.frame, hide_index=True, width="stretch", row_height=row, placeholder=texts.MISSING,
        height=HEADER_HEIGHT + row * min(len(table.frame), TABLE_ROWS) + 2,
        column_config={name: st.column_config.TextColumn(name, width=width) for name, width in widths.items()},
    )


def show_slide(slide: Slide, meeting: Meeting) -> None:
    if slide.kind == TITLE:
        with st.container(key="sitzung_titel"):
            st.title(escape_markdown(slide.title))
            lines = slide.subtitle.splitlines()
            if lines:  # the other lines repeat the figures: Stand, compared Stand, day
                st.header(escape_markdown(lines[0]))
            if meeting.filter_note:
                st.subheader(escape_markdown(meeting.filter_note))
            show_figures(slide.figures)
            if meeting.stand_note:
                st.markdown(escape_markdown(texts.MT_STAND_NOTE.format(note=meeting.stand_note)))
        return
    st.header(escape_markdown(slide.title))
    if slide.subtitle:
        st.caption(escape_markdown(slide.subtitle))
    show_figures(slide.figures)
    if slide.message:
        shared.empty_state(slide.message)
    show_charts(slide)
    for table in slide.tables:
        show_table(table)


def show_notes(slide: Slide) -> None:
    with st.expander(texts.SZ_NOTES, icon=":material/speaker_notes:", key="sitzung_notizen"):
        lines = [line for line in slide.notes.splitlines() if line.strip()]
        st.markdown("\n".join(f"- {escape_markdown(line)}" for line in lines) if lines else texts.MISSING)


view = shared.view()
st.html(CSS)

earlier = [s for s in reversed(view.stands) if s.id < view.stand.id]
labels = {s.id: stand_label(s) for s in earlier}
with st.container(horizontal=True, vertical_alignment="bottom", key="sitzung_bar"):
    st.title(texts.PAGE_TITLES["sitzung"], width="content")
    if view.plan["Maßnahmen"].empty:
        meeting = None
    else:
        since = st.selectbox(texts.SZ_SINCE, [*labels, NO_SINCE], key=f"sitzung_since_{view.stand.id}",
                             format_func=lambda i: labels.get(i, texts.MT_NO_SINCE), help=texts.SZ_SINCE_HELP,
                             width=480)
        meeting = shared.meeting(view.stand.id, since or None)  # a cleared box (None) means no compared Stand too
        st.download_button(texts.SZ_DECK, data=partial(build_deck, meeting), on_click="ignore", mime=PPTX,
                           file_name=meeting.file_name("pptx"), help=texts.SZ_DECK_HELP,
                           icon=":material/slideshow:")
        st.download_button(texts.SZ_REPORT, data=partial(build_report, meeting), on_click="ignore", mime=PDF,
                           file_name=meeting.file_name("pdf"), help=texts.SZ_REPORT_HELP,
                           icon=":material/picture_as_pdf:")

if meeting is None:
    shared.empty_state(texts.EMPTY_MEASURES_FILTERED if view.filtered else texts.EMPTY_MEASURES)
    st.stop()

st.caption(texts.SZ_FULLSCREEN + (" " + texts.SZ_FILTERED if view.filtered else ""))
shared.filter_mark()
count = len(meeting.slides)
index = max(0, min(count - 1, st.session_state.get(Key.SLIDE, 0)))
st.session_state[Key.SLIDE] = index
slide = meeting.slides[index]

with st.container(horizontal=True, vertical_alignment="center", horizontal_alignment="distribute",
                  key="sitzung_nav"):
    st.button(texts.SZ_BACK, key="sitzung_back", on_click=step, args=(-1, count), disabled=index == 0,
              icon=":material/arrow_back:", shortcut="Left")
    st.markdown(escape_markdown(f"{texts.SZ_COUNTER.format(number=index + 1, count=count)} · {meeting.footer}"),
                width="content")
    st.button(texts.SZ_NEXT, key="sitzung_next", on_click=step, args=(1, count), disabled=index == count - 1,
              icon=":material/arrow_forward:", icon_position="right", type="primary", shortcut="Right")

with st.container(key="sitzung_folie"):
    show_slide(slide, meeting)
show_notes(slide)
