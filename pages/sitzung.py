"""Sitzung: the Lenkungskreis meeting presented live, one screen at a time, readable on a projector.

The slides are masterplan.meeting's (the deck and the PDF report carry the same), built once per Stand,
compared Stand, filters and day by shared.meeting; masterplan.meeting.paging cuts them into screens that fit 1366×768
without scrolling. Decisions:
- Sidebar: no st.set_page_config here. 1.67 accepts a second call, but dashboard.py sends "expanded" on every
  run and the frontend compares each config message with a state that is not yet updated, so a page's "collapsed"
  is applied on some reruns and lost on others: the sidebar would pop open on „Weiter“. Collapsing it once with «
  is stored by Streamlit in the browser and wins over the page config on every rerun and page.
- One row of controls (compared Stand, downloads, Präsentationsansicht), one of navigation above the slide —
  Zurück, counter, Notizen, Weiter — so the buttons keep their places whatever the screen holds; ← and → step
  too. The Präsentationsansicht (?embed=true, same Stand and filters) shows navigation and slide alone.
- Large type: one static <style> written here, scoped to this page's keyed containers (.st-key-…); chart fonts
  are set on the figures. Spreadsheet text reaches Markdown only through escape_markdown, and st.metric,
  st.dataframe and plotly (escaped in charts.slide_chart) show it as text; it reaches HTML once, html.escape'd:
  the slide title in the counter's live region.
- Keyboard: ← and → are Streamlit's button shortcuts; the key hint it writes on each button is left to screen
  readers (visually hidden: the button's own arrow shows the direction). A new screen is announced by the counter.
"""

from __future__ import annotations

import html
from functools import partial

import plotly.graph_objects as go
import streamlit as st

from masterplan import alternatives, charts, texts
from masterplan.exports.deck import build_deck
from masterplan.exports.report import build_report
from masterplan.formatting import escape_markdown, format_date
from masterplan.meeting import paging
from masterplan.meeting.model import KeyFigure, Meeting, Slide, SlideKind
from masterplan.rounds import records as rounds
from masterplan.storage.stands import stand_label
from pages import shared
from pages.shared import Key

NO_SINCE = 0  # the option "ohne Vergleichsstand"; Stand ids start at 1
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PDF = "application/pdf"
CHART_FONT = 16
# Sized to masterplan.meeting.paging's px (at 1366×768); larger type from 1000 px height on, where screens have room.
# (CSS zoom would scale the whole screen, but plotly then measures its charts wrong and cuts them off.)
# .streamlit-embedded is the ?embed=true view (Streamlit's class on .stApp there): navigation and slide alone.
CSS = """
<style>
.stMainBlockContainer { padding-top: 3.25rem; padding-bottom: 0.5rem; }
.stApp.streamlit-embedded .st-key-sitzung_bar,
.stApp.streamlit-embedded .st-key-banner { display: none; }
.st-key-sitzung_bar h1 { font-size: 1.6rem; padding: 0; }
.st-key-sitzung_nav [data-testid="stMarkdownContainer"] p { font-size: 1.3rem; font-weight: 600; margin: 0; }
.st-key-sitzung_nav button { min-height: 2.75rem; padding: 0 1.25rem; }
.st-key-sitzung_nav button p { font-size: 1.2rem; }
.st-key-sitzung_nav kbd, .st-key-sitzung_nav .sitzung-spoken {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.st-key-sitzung_folie h1 { font-size: 3rem; line-height: 1.15; }
.st-key-sitzung_folie h2 { font-size: 2rem; line-height: 1.2; padding: 0.25rem 0 0; }
.st-key-sitzung_folie h3 { font-size: 1.45rem; padding: 0.25rem 0 0; }
.st-key-sitzung_folie [data-testid="stMarkdownContainer"] p { font-size: 1.3rem; }
.st-key-sitzung_folie [data-testid="stCaptionContainer"] p { font-size: 1.1rem; }
.st-key-sitzung_folie [data-testid="stMetric"] [data-testid="stMetricLabel"] p { font-size: 1.15rem; }
.st-key-sitzung_folie [data-testid="stMetric"] [data-testid="stMetricValue"] p { font-size: 2.2rem; line-height: 1.15; }
.st-key-sitzung_titel [data-testid="stMetric"] [data-testid="stMetricValue"] p { font-size: 1.8rem; }
.st-key-sitzung_folie [data-testid="stMetric"] [data-testid="stMetricDelta"] p { font-size: 1.05rem; }
.st-key-sitzung_fuss [data-testid="stCaptionContainer"] p { font-size: 0.95rem; }
@media (min-height: 1000px) {
  .st-key-sitzung_folie h2 { font-size: 2.6rem; }
  .st-key-sitzung_folie h3 { font-size: 1.8rem; }
  .st-key-sitzung_folie [data-testid="stMetric"] [data-testid="stMetricValue"] p { font-size: 2.8rem; }
}
</style>
"""


def step(by: int, count: int) -> None:
    """Move the screen index by ``by``, within the meeting's ``count`` screens (a button callback)."""
    st.session_state[Key.SLIDE] = max(0, min(count - 1, st.session_state.get(Key.SLIDE, 0) + by))
    st.session_state[Key.TOPIC] = None  # the step decides, not the slide shown before


def show_figures(figures: tuple[KeyFigure, ...]) -> None:
    """Headline numbers as metrics, the note (a change, a share) under the value, neither coloured nor arrowed."""
    for first in range(0, len(figures), paging.FIGURES_PER_ROW):
        row = figures[first:first + paging.FIGURES_PER_ROW]
        for column, figure in zip(st.columns(max(len(row), 3)), row, strict=False):
            column.metric(escape_markdown(figure.label), escape_markdown(figure.value),
                          delta=escape_markdown(figure.note) if figure.note else None, delta_color="off",
                          delta_arrow="off", border=True, height="stretch")


def show_charts(slide: Slide, height: int) -> None:
    """Charts side by side, two to a row; the title above each as a heading in the slide's type, not in plotly."""
    for first in range(0, len(slide.charts), paging.CHARTS_PER_ROW):
        row = slide.charts[first:first + paging.CHARTS_PER_ROW]
        for column, chart in zip(st.columns(paging.CHARTS_PER_ROW), row, strict=False):
            with column:
                st.subheader(escape_markdown(chart.title))
                shared.chart(projected(charts.slide_chart(chart), height), alternatives.slide(chart), compact=True)


def projected(figure: go.Figure, height: int) -> go.Figure:
    """The figure at the screen's chart height, with type large enough for a projector (Streamlit's chart
    theme sets small axis fonts)."""
    top = max(10, figure.layout.margin.t - 50) if figure.layout.title.text else figure.layout.margin.t
    figure.update_layout(title=None, font={"size": CHART_FONT}, legend={"font": {"size": CHART_FONT}},
                         margin={"t": top, "b": 10}, height=height)
    figure.update_xaxes(tickfont_size=CHART_FONT, title_font_size=CHART_FONT)
    figure.update_yaxes(tickfont_size=CHART_FONT, title_font_size=CHART_FONT)
    figure.update_traces(textfont_size=CHART_FONT)
    return figure


def show_table(part: paging.TablePart) -> None:
    """A table as masterplan.meeting.paging laid it out: its rows at their height, none cut off, no scrolling."""
    table = part.table
    st.subheader(escape_markdown(table.title))
    shared.table(
        table.frame, table.empty or texts.common.NO_DATA, most=part.frame_height, row_height=part.row_height,
        column_config={name: st.column_config.TextColumn(width=width)  # an empty table was laid out without widths
                       for name, width in zip(table.frame.columns, part.widths, strict=not table.frame.empty)},
    )
    if part.more:
        st.caption(escape_markdown(part.more))


def show_screen(screen: paging.Screen, meeting: Meeting) -> None:
    slide = screen.slide
    if slide.kind == SlideKind.TITLE:
        with st.container(key="sitzung_titel"):
            st.title(escape_markdown(slide.title))
            lines = slide.subtitle.splitlines()
            if lines:  # the other lines repeat the figures: Stand, compared Stand, day
                st.header(escape_markdown(lines[0]))
            if meeting.filter_note:
                st.subheader(escape_markdown(meeting.filter_note))
            show_figures(slide.figures)
            if meeting.stand_note:
                st.markdown(escape_markdown(texts.meeting.STAND_NOTE.format(note=meeting.stand_note)))
        return
    st.header(escape_markdown(slide.title))
    if slide.subtitle:
        st.caption(escape_markdown(slide.subtitle))
    show_figures(slide.figures)
    if slide.message:
        shared.empty_state(slide.message)
    show_charts(slide, screen.chart_height)
    for part in screen.parts:
        show_table(part)


def show_counter(index: int, count: int, title: str) -> None:
    """„Folie 3 von 29“ as a live region: a screen reader announces each new screen with its title (which only it
    reads), while the focus stays on „Weiter“. The one place data reaches HTML, through html.escape."""
    counter = html.escape(texts.sitzung.COUNTER.format(number=index + 1, count=count))
    spoken = html.escape(texts.sitzung.COUNTER_SPOKEN.format(title=title))
    st.markdown(f'<p role="status" class="sitzung-counter">{counter}<span class="sitzung-spoken">{spoken}</span></p>',
                unsafe_allow_html=True, width="stretch", text_alignment="center")


def show_notes(slide: Slide) -> None:
    """The speaker notes in a popover beside „Weiter“: open on the presenter's screen, never in the slide; below
    them each chart's numbers as a table (its text alternative, which on other pages folds out under the chart)."""
    with st.popover(texts.sitzung.NOTES, icon=":material/speaker_notes:", key="sitzung_notizen"):
        lines = [line for line in slide.notes.splitlines() if line.strip()]
        st.markdown("\n".join(f"- {escape_markdown(line)}" for line in lines) if lines else texts.common.MISSING)
        for chart in slide.charts:
            alternative = alternatives.slide(chart)
            if not alternative.table.empty:
                st.markdown(f"**{escape_markdown(texts.sitzung.CHART_DATA.format(title=chart.title))}**")
                shared.table(alternative.table, whole=True)


view = shared.view()
st.html(CSS)

earlier = [s for s in reversed(view.stands) if s.id < view.stand.id]
labels = {s.id: texts.sitzung.SINCE_OPTION.format(stand=stand_label(s)) for s in earlier}
all_rounds = rounds.rounds(view.store)
ending, before = rounds.result_of(all_rounds, view.stand.id), rounds.result_before(all_rounds, view.stand.id)
before = before if before and before.result_stand_id in labels else None  # two rounds may end in one Stand
options = [*labels, NO_SINCE]
with st.container(horizontal=True, vertical_alignment="center", key="sitzung_bar"):
    st.title(texts.frame.PAGE_TITLES["sitzung"], width="content")
    if view.plan["Maßnahmen"].empty:
        meeting = None
    else:
        since = st.selectbox(texts.sitzung.SINCE, options, key=f"sitzung_since_{view.stand.id}",
                             index=options.index(before.result_stand_id) if before else 0,
                             format_func=lambda i: labels.get(i, texts.meeting.NO_SINCE), help=texts.sitzung.SINCE_HELP,
                             label_visibility="collapsed", width=340, placeholder=texts.common.CHOOSE)
        meeting = shared.meeting(view.stand.id, since or None)  # a cleared box (None) means no compared Stand too
        st.download_button(texts.sitzung.DECK, data=partial(build_deck, meeting), on_click="ignore", mime=PPTX,
                           file_name=meeting.file_name("pptx"), help=texts.sitzung.DECK_HELP,
                           icon=":material/slideshow:")
        st.download_button(texts.sitzung.REPORT, data=partial(build_report, meeting), on_click="ignore", mime=PDF,
                           file_name=meeting.file_name("pdf"), help=texts.sitzung.REPORT_HELP,
                           icon=":material/picture_as_pdf:")
        st.link_button(texts.sitzung.PRESENT, shared.link_here(embed="true"), help=texts.sitzung.PRESENT_HELP,
                       icon=":material/fit_screen:")
    if ending is not None:  # in the bar: a line of its own would push the screens below the projector's edge
        st.caption(escape_markdown(texts.sitzung.ROUND_RESULT_SHORT.format(round=ending.name)), width="content",
                   help=escape_markdown(texts.sitzung.ROUND_RESULT.format(
                       stand=view.stand.id, round=ending.name, stichtag=format_date(ending.stichtag),
                       since=texts.sitzung.ROUND_SINCE.format(round=before.name) if before else "")))
    shared.filter_mark()

if meeting is None:
    shared.empty_state(texts.common.EMPTY_MEASURES_FILTERED if view.filtered else texts.common.EMPTY_MEASURES)
    st.stop()

screens = shared.screens(view.stand.id, since or None)
count = len(screens)
index = paging.keep_topic(screens, st.session_state.get(Key.SLIDE, 0), st.session_state.get(Key.TOPIC))
screen = screens[index]
st.session_state[Key.SLIDE], st.session_state[Key.TOPIC] = index, paging.topic(screen)

with st.container(horizontal=True, vertical_alignment="center", key="sitzung_nav"):
    st.button(texts.sitzung.BACK, key="sitzung_back", on_click=step, args=(-1, count), disabled=index == 0,
              icon=":material/arrow_back:", shortcut="Left")
    show_counter(index, count, screen.slide.title)
    show_notes(screen.slide)
    st.button(texts.sitzung.NEXT, key="sitzung_next", on_click=step, args=(1, count), disabled=index == count - 1,
              icon=":material/arrow_forward:", icon_position="right", type="primary", shortcut="Right")

with st.container(key="sitzung_folie"):
    show_screen(screen, meeting)
with st.container(key="sitzung_fuss"):
    st.caption(escape_markdown(meeting.footer))
