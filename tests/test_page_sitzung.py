"""The Sitzung page in AppTest: every screen with „Weiter“, „Zurück“, the compared Stand, downloads, empty state.

A slide may take several screens (masterplan.meeting.paging); later ones are headed „… (Fortsetzung)“."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from bench.generate import workbook_bytes
from masterplan import clock, texts
from masterplan.access import operator
from masterplan.formatting import escape_markdown
from masterplan.rounds import records
from masterplan.storage import importer
from masterplan.storage.store import Store
from pages.shared import Key
from tests.apptest import TODAY, changed_stands, database, import_file, no_exception, start
from tests.workbooks import xlsx

NEXT, BACK = "sitzung_next", "sitzung_back"
COUNTER = re.compile(texts.sitzung.COUNTER.format(number=r"(\d+)", count=r"(\d+)"))


def _leitziel_titles(tmp_path: Path) -> set[str]:
    """The headings the Leitziel slides must show, as the page writes them (Markdown-escaped)."""
    store = Store(database(tmp_path))
    try:
        goals = store.plan(store.stands()[-1].id)["Leitziele"]
    finally:
        store.close()
    return {escape_markdown(texts.meeting.TITLE_LEITZIEL.format(lz_nr=n, leitziel=t))
            for n, t in zip(goals["lz_nr"], goals["leitziel"], strict=True)}


def _counter(app: AppTest) -> tuple[int, int]:
    shown = [COUNTER.search(m.value) for m in app.markdown if COUNTER.search(m.value)]
    assert len(shown) == 1, [m.value for m in app.markdown]
    number, count = shown[0].groups()
    return int(number), int(count)


def _walk(app: AppTest, charts: list[int] | None = None) -> list[list[str]]:
    """Every screen from the first with „Weiter“; the headings (st.header) each screen showed, the number of
    charts each showed into ``charts``."""
    number, count = _counter(app)
    assert number == 1
    assert app.button(key=BACK).disabled
    headings = []
    for number in range(1, count + 1):
        assert _counter(app) == (number, count)
        headings.append([h.value for h in app.header])
        if charts is not None:
            charts.append(len(app.get("plotly_chart")))
        if number < count:
            app.button(key=NEXT).click().run()
            no_exception(app)
    assert app.button(key=NEXT).disabled
    assert app.session_state[Key.SLIDE] == count - 1
    return headings


def _topics(headings: list[list[str]]) -> list[list[str]]:
    """The slides among the screens: continuation screens left out."""
    continued = escape_markdown(texts.meeting.CONTINUED.format(title=""))
    return [screen for screen in headings if not (screen and screen[0].endswith(continued))]


def _go_to(app: AppTest, heading: str) -> None:
    """„Weiter“ until the screen is headed ``heading``."""
    while app.header[0].value != heading:
        assert not app.button(key=NEXT).disabled, f"keine Folie „{heading}“"
        app.button(key=NEXT).click().run()
        no_exception(app)


def _assert_leitziel_slides(headings: list[list[str]], titles: set[str]) -> None:
    """One slide per Leitziel, right after the overview, each headed by its Leitziel."""
    first = headings.index([escape_markdown(texts.meeting.TITLE_OVERVIEW)]) + 1
    leitziel_slides = headings[first:first + len(titles)]
    assert all(len(slide) == 1 for slide in leitziel_slides), leitziel_slides
    assert {slide[0] for slide in leitziel_slides} == titles


def test_walk_through_every_slide_and_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "sitzung")
    assert app.title[0].value == texts.frame.PAGE_TITLES["sitzung"]
    assert [b.label for b in app.get("download_button")] == [texts.sitzung.DECK, texts.sitzung.REPORT]
    charts: list[int] = []
    screens = _walk(app, charts)
    headings = _topics(screens)
    assert len(headings) == 13  # title, decisions, overview, 7 Leitziele, changes, milestones, indicators
    assert len(screens) > 13  # slides too full for one screen continue on the next
    assert headings[0] == [escape_markdown(texts.meeting.MEETING)]
    assert headings[1] == [escape_markdown(texts.meeting.TITLE_BESCHLUESSE)]
    assert headings[2] == [escape_markdown(texts.meeting.TITLE_OVERVIEW)]
    _assert_leitziel_slides(headings, _leitziel_titles(tmp_path))
    assert headings[-1] == [escape_markdown(texts.meeting.TITLE_INDICATORS)]
    indicators = escape_markdown(texts.meeting.TITLE_INDICATORS)
    assert sum(n for screen, n in zip(screens, charts, strict=True) if screen[0].startswith(indicators)) == 10, (
        "the indicator slide charts each of the example's 10 indicators")
    assert max(charts) <= 2  # never more than a row of charts on one screen
    notes = app.get("popover")[-1]
    assert notes.proto.popover.label == texts.sitzung.NOTES
    assert notes.markdown[0].value.startswith("- "), "the speaker notes, one point per line"

    assert screens[-1] == [escape_markdown(texts.meeting.CONTINUED.format(title=texts.meeting.TITLE_INDICATORS))]
    app.button(key=BACK).click().run()
    no_exception(app)
    assert _counter(app) == (len(screens) - 1, len(screens))
    assert [h.value for h in app.header] == screens[-2]
    assert not app.button(key=NEXT).disabled


def test_the_meeting_opens_with_the_open_decisions(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Right after the title: the open Beschlüsse, overdue ones said so in words, the Verlauf in the notes."""
    app = start(monkeypatch, tmp_path, "sitzung")
    app.button(key=NEXT).click().run()
    no_exception(app)
    assert [h.value for h in app.header] == [escape_markdown(texts.meeting.TITLE_BESCHLUESSE)]
    assert {m.label: m.value for m in app.metric} == {"Beschlüsse offen": "3", "davon überfällig": "2"}
    assert [s.value for s in app.main.subheader] == [escape_markdown(texts.meeting.TABLE_BESCHLUESSE_OPEN)]
    (table,) = app.dataframe
    assert list(table.value.columns) == ["Nr.", "Datum", "Beschluss", "Bezug", "Zuständig", "Frist", "Status"]
    assert table.value[["Nr.", "Frist", "Status"]].values.tolist() == [
        ["B-2025-01", "31.05.2026", "überfällig seit 179 Tagen"],
        ["B-2025-02", "15.10.2026", "überfällig seit 42 Tagen"],
        ["B-2026-02", "31.01.2027", "offen"]]
    notes = app.get("popover")[-1].markdown[0].value
    assert escape_markdown("B-2025-02 vom 19.11.2025 (überfällig seit 42 Tagen, zuständig: Stadt Oberhausen)") in notes


def test_first_stand_has_no_compared_stand(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "sitzung")
    since = app.selectbox(key="sitzung_since_1")
    assert since.options == [texts.meeting.NO_SINCE] and since.value == 0
    _go_to(app, escape_markdown(texts.meeting.TITLE_CHANGES_NONE))
    assert app.info[-1].value == texts.meeting.NO_SINCE_TEXT


def test_changes_slide_lists_the_changed_measure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    changed_stands(tmp_path)
    app = start(monkeypatch, tmp_path, "sitzung")
    since = app.selectbox(key="sitzung_since_3")
    assert since.value == 2  # the previous Stand by default
    assert since.options[-1] == texts.meeting.NO_SINCE
    assert [b.label for b in app.get("download_button")] == [texts.sitzung.DECK, texts.sitzung.REPORT]
    changes = escape_markdown(texts.meeting.TITLE_CHANGES.format(id=2))
    _go_to(app, changes)
    subheaders, rows = [], []
    while app.header[0].value.startswith(changes):  # the slide and its continuation screens
        subheaders += [s.value for s in app.main.subheader]
        rows += [row for f in app.dataframe if "Nr." in f.value.columns for row in f.value.to_dict("records")]
        app.button(key=NEXT).click().run()
    assert escape_markdown(texts.figures.CHANGE_TOPICS["status_changes"]) in subheaders
    assert escape_markdown(texts.figures.CHANGE_TOPICS["new_measures"]) in subheaders
    assert any(row["Nr."] == "M01" and "abgeschlossen" in row.values() for row in rows), rows
    assert any(row["Nr."] == "M43" for row in rows)

    app.button(key=BACK).click().run()  # back on the changes slide's last screen
    app.selectbox(key="sitzung_since_3").set_value(0).run()  # "ohne Vergleichsstand": the slide explains
    no_exception(app)  # fewer screens now (no changes listed), and still the changes slide, from its start
    assert app.header[0].value == escape_markdown(texts.meeting.TITLE_CHANGES_NONE)


def test_filtered_slides_say_so_and_leave_out_leitziele_without_measures(monkeypatch: pytest.MonkeyPatch,
                                                                        tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "sitzung", query={"ff": "ST02"})
    no_exception(app)
    note = "gefiltert: Federführung Strategische Planung"
    assert escape_markdown(note) in [s.value for s in app.subheader], [s.value for s in app.subheader]
    headings = _topics(_walk(app))
    assert len(headings) == 11  # Strategische Planung leads no measure in LZ2 and LZ7: their slides are left out
    leitziele = [h[0] for h in headings[3:8]]
    assert [h.split(" ", 1)[0] for h in leitziele] == ["LZ1", "LZ3", "LZ4", "LZ5", "LZ6"]
    assert app.main.caption[-1].value.endswith(escape_markdown(" · " + note))  # the footer under every screen


def test_filters_without_measures_show_the_empty_state(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "sitzung", state={Key.STATUS: ["entfallen"], Key.AMPEL: ["rot"]})
    no_exception(app)  # dropped measures are never red
    assert app.info[-1].value == texts.common.EMPTY_MEASURES_FILTERED
    assert not app.get("download_button")
    assert not [b for b in app.button if b.key in (NEXT, BACK)]


@pytest.mark.slow
def test_walk_on_a_generated_plan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import_file(tmp_path, "Gross.xlsx", workbook_bytes(1000), "1000 Maßnahmen")
    app = start(monkeypatch, tmp_path, "sitzung")
    headings = _topics(_walk(app))
    _assert_leitziel_slides(headings, _leitziel_titles(tmp_path))
    assert headings[3 + 7] == [escape_markdown(texts.meeting.TITLE_CHANGES.format(id=1))]


def test_charts_are_named_with_their_summary_and_their_numbers_are_in_the_notes(monkeypatch: pytest.MonkeyPatch,
                                                                                 tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "sitzung")
    while not app.get("plotly_chart"):  # the first screen with charts
        app.button(key=NEXT).click().run()
        no_exception(app)
    charts = app.get("plotly_chart")
    titles = [h.value for h in app.subheader]
    assert charts and len(titles) >= len(charts)
    for chart, title in zip(charts, titles, strict=False):
        # a screen reader hears the title and the sentence; nothing is added under the chart on the projector
        assert chart.proto.alt.startswith(f"{title}. ") and len(chart.proto.alt) > len(title) + 10, chart.proto.alt
    assert not [e for e in app.expander if e.label == texts.charts.DATA_AS_TABLE]
    notes = app.get("popover")[-1]
    data = [m.value for m in notes.markdown if m.value.startswith("**")]
    assert data == [f"**{escape_markdown(texts.sitzung.CHART_DATA.format(title=c.proto.alt.split('. ')[0]))}**"
                    for c in charts]
    assert len(notes.dataframe) == len(charts) and all(len(d.value) for d in notes.dataframe)



def _round_ending_now(tmp_path: Path) -> None:
    """Open a round and close it at once: its result is the newest Stand."""
    store = Store(database(tmp_path))
    try:
        admin = operator("Geschäftsstelle")
        records.open_round(store, deadline=clock.today() + datetime.timedelta(days=7),
                           stichtag=datetime.date.fromisoformat(TODAY), user=admin)
        records.close_round(store, admin)
    finally:
        store.close()


def _measure_update(status: str) -> bytes:
    return xlsx({"Maßnahmen": [["Nr.", "Status"], ["M01", status]]})


def test_the_sitzung_opens_on_the_last_round_result_against_the_round_before(monkeypatch: pytest.MonkeyPatch,
                                                                           tmp_path: Path) -> None:
    """Rounds 1 and 2 closed on Stände 2 and 3; Stand 4 came in after: the Sitzung shows 3 against 2 and says so,
    the other pages the newest, and a Stand picked in the sidebar wins everywhere."""
    import_file(tmp_path, "Masterplan.xlsx", importer.EXAMPLE_WORKBOOK.read_bytes(), "eigene Daten")
    _round_ending_now(tmp_path)
    import_file(tmp_path, "Massnahmen.xlsx", _measure_update("abgeschlossen"))
    _round_ending_now(tmp_path)
    import_file(tmp_path, "Massnahmen.xlsx", _measure_update("zurückgestellt"))
    app = start(monkeypatch, tmp_path)
    assert app.sidebar.selectbox(key=Key.STAND).value == 4
    app.switch_page("pages/sitzung.py").run()
    no_exception(app)
    assert app.sidebar.selectbox(key=Key.STAND).value == 3
    assert app.selectbox(key="sitzung_since_3").value == 2
    [note] = [c for c in app.caption if c.value == "Ergebnis der Berichtsrunde 2"]
    assert note.help == escape_markdown("Stand 3 ist das Ergebnis der Berichtsrunde 2 (Stichtag 26.11.2026), "
                                        "verglichen mit dem Ergebnis der Berichtsrunde 1.")
    app.switch_page("pages/uebersicht.py").run()
    assert app.sidebar.selectbox(key=Key.STAND).value == 4
    app.sidebar.selectbox(key=Key.STAND).set_value(2).run()
    app.switch_page("pages/sitzung.py").run()
    assert app.sidebar.selectbox(key=Key.STAND).value == 2  # picked, so kept
    [note] = [c for c in app.caption if c.value.startswith("Ergebnis der Berichtsrunde")]
    assert (note.value, note.help) == ("Ergebnis der Berichtsrunde 1",
                                       escape_markdown("Stand 2 ist das Ergebnis der Berichtsrunde 1 (Stichtag "
                                                       "26.11.2026)."))
