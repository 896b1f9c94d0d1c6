"""The meeting content (masterplan.meeting.slides): one assembly for the Sitzung page, the deck and the PDF report.

The Stände come from tests/meetings.py (fixtures ``small`` and ``example`` in conftest.py).
"""

from __future__ import annotations

import dataclasses
import datetime

import pandas as pd
import pytest

from loaders.vocabulary import AMPEL
from masterplan import texts, vocabulary
from masterplan.formatting import format_percent
from masterplan.meeting import slides as meeting_module
from masterplan.meeting.model import ChartKind, SlideKind
from masterplan.meeting.slides import build_meeting
from masterplan.metrics import rollup_plan
from masterplan.storage.store import StandInfo
from masterplan.tables import Plan
from tests.meetings import HOSTILE, LEAD_FILTER, LEITZIELE, LONG_SACHSTAND, SACHSTAND, TODAY, Stands, stand_day


def _cells(frame: pd.DataFrame) -> set[str]:
    return set(frame.astype(str).to_numpy().ravel())


# --- order and framing ---------------------------------------------------------------------------

def test_slides_in_meeting_order(example: Stands) -> None:
    meeting = example.meeting()
    kinds = [s.kind for s in meeting.slides]
    assert kinds == [SlideKind.TITLE, SlideKind.DECISIONS, SlideKind.OVERVIEW, *[SlideKind.LEITZIEL] * 7,
                     SlideKind.CHANGES, SlideKind.MILESTONES, SlideKind.INDICATORS]
    assert [s.key for s in meeting.slides if s.kind == SlideKind.LEITZIEL] == [f"LZ{n}" for n in range(1, 8)]
    for slide, title in zip([s for s in meeting.slides if s.kind == SlideKind.LEITZIEL], LEITZIELE, strict=True):
        assert slide.title == f"{slide.key} – {title}"


def test_title_names_plan_stand_and_compared_stand(example: Stands) -> None:
    meeting = example.meeting()
    day = stand_day(example.new)
    title = meeting.slide(SlideKind.TITLE)
    assert title.title == meeting.plan_name == "Masterplan Wirtschaft Oberhausen"
    assert meeting.stand_label == f"Stand 2 vom {day}"
    assert meeting.since_label == f"Stand 1 vom {day}"
    assert f"Stand 2 vom {day}" in title.subtitle and f"Vergleich mit Stand 1 vom {day}" in title.subtitle
    assert meeting.comparison == f"Vergleich mit Stand 1 vom {day}"
    assert meeting.footer.endswith(meeting.stand_label)
    assert meeting.stand_note == "Zulieferung <Fachbereich> & Co."


def test_every_slide_has_notes_with_its_key_figures(example: Stands) -> None:
    for slide in example.meeting().slides:
        assert slide.notes
        for figure in slide.figures:
            assert figure.value in slide.notes


# --- Beschlüsse -----------------------------------------------------------------------------------

DECISION_COLUMNS = ["Nr.", "Datum", "Beschluss", "Bezug", "Zuständig", "Frist", "Status"]


def test_meeting_opens_with_the_open_decisions_overdue_first_in_words(example: Stands) -> None:
    slide = example.meeting().slides[1]
    assert (slide.kind, slide.title) == (SlideKind.DECISIONS, "Beschlüsse")
    assert [f.line for f in slide.figures] == ["Beschlüsse offen: 2", "davon überfällig: 1",
                                               "erledigt seit Vergleichsstand: 1"]
    pending, done = slide.tables
    assert pending.title == "Offene Beschlüsse früherer Sitzungen"
    assert list(pending.frame.columns) == DECISION_COLUMNS
    assert pending.frame.values.tolist() == [
        ["B-2025-01", "19.11.2025", "Beispiel: Für „Wohnen im Gewerbehof“ einen zweiten möglichen Pilotstandort prüfen "
         "und vorschlagen.", "M28 Beispiel: Wohnen im Gewerbehof – Pilotst…", "Strategische Planung", "31.05.2026",
         "überfällig seit 179 Tagen"],
        ["B-2026-02", "20.05.2026", "Beispiel: Das Trägermodell für den Zukunftscampus der Baubranche mit den "
         "Handwerksorganisationen klären.", "M13 Beispiel: Zukunftscampus der Baubranche", "HWK Düsseldorf",
         "31.03.2027", "offen"],
    ]
    assert done.title == "Seit Stand 1 erledigt" and list(done.frame.columns) == DECISION_COLUMNS[:-1]
    assert done.frame["Nr."].tolist() == ["B-2025-02"]
    assert ("B-2025-01 vom 19.11.2025 (überfällig seit 179 Tagen, zuständig: Strategische Planung): Beispiel: Für "
            "„Wohnen im Gewerbehof“") in slide.notes
    assert "Verlauf B-2026-02: Stand 1: offen, Frist 31.01.2027; Stand 2: offen, Frist 31.03.2027" in slide.notes
    assert "Verlauf B-2025-01" not in slide.notes  # recorded once, never changed


def test_which_decisions_are_overdue_depends_on_the_day(example: Stands) -> None:
    earlier = example.meeting(today=datetime.date(2026, 5, 31)).slide(SlideKind.DECISIONS)
    assert [f.line for f in earlier.figures][:2] == ["Beschlüsse offen: 2", "davon überfällig: 0"]
    assert earlier.tables[0].frame["Status"].tolist() == ["offen", "offen"]  # due on the day is not yet overdue


def test_without_decisions_the_slide_is_left_out_and_without_open_ones_it_says_so(small: Stands) -> None:
    assert small.meeting().slide(SlideKind.DECISIONS) is None
    done = [{"beschluss_nr": "B-1", "datum": "2026-05-20", "beschluss": "Prüfen", "status": "erledigt"}]
    plan = Plan.from_records({**{n: t.to_dict("records") for n, t in small.new_plan.tables.items()},
                              "Beschlüsse": done})
    slide = build_meeting(plan, small.new, None, None, TODAY).slide(SlideKind.DECISIONS)
    assert [f.line for f in slide.figures] == ["Beschlüsse offen: 0", "davon überfällig: 0"]
    (table,) = slide.tables
    assert table.frame.empty and table.empty == "Alle Beschlüsse früherer Sitzungen sind erledigt oder verworfen."


def test_filtered_meeting_keeps_the_decisions_about_what_it_shows(example: Stands) -> None:
    slide = example.filtered_meeting(federfuehrung=["ST02"]).slide(SlideKind.DECISIONS)
    assert slide.tables[0].frame["Nr."].tolist() == ["B-2025-01"]  # M28 is Strategische Planung's, M13 is not


# --- overview ------------------------------------------------------------------------------------

def test_overview_figures_are_german_and_match_metrics(example: Stands) -> None:
    overview = example.meeting().slide(SlideKind.OVERVIEW)
    figures = {f.label: f for f in overview.figures}
    assert figures["Umsetzungsstand"].value == format_percent(rollup_plan(example.new_plan).value)
    assert figures["Umsetzungsstand"].value.endswith("\u00a0%")
    assert figures["Umsetzungsstand"].note.endswith("Punkte gegenüber Stand 1")
    assert figures["Maßnahmen"].value == "42"
    assert {"abgeschlossen", "in Umsetzung", "Ampel rot"} <= set(figures)


def test_overview_charts_are_plain_frames(example: Stands) -> None:
    progress, ampel = example.meeting().slide(SlideKind.OVERVIEW).charts
    assert progress.kind == ChartKind.BAR and list(progress.data.columns) == ["Stand 2", "Stand 1"]
    assert len(progress.data) == 7 and progress.data.index[0].startswith("LZ1 Oberhausen")
    assert progress.data.to_numpy().min() >= 0 and progress.data.to_numpy().max() <= 100
    assert progress.maximum == 100
    assert ampel.kind == ChartKind.STACKED and set(ampel.data.columns) <= set(AMPEL)
    assert ampel.colors == {a: vocabulary.AMPEL.colors[a] for a in ampel.data.columns}
    assert ampel.patterns == vocabulary.AMPEL.patterns and not progress.patterns  # colour is never alone
    assert ampel.data.to_numpy().sum() == 42
    table = example.meeting().slide(SlideKind.OVERVIEW).tables[0]
    assert list(table.frame.columns) == ["LZ", "Leitziel", "Umsetzungsstand", "Veränderung (Punkte)", "Maßnahmen",
                                         "Ampel rot"]
    assert all(isinstance(v, str) for v in table.frame.to_numpy().ravel())


# --- Leitziele -----------------------------------------------------------------------------------

def test_leitziel_lists_measures_needing_a_decision_with_sachstand(small: Stands) -> None:
    meeting = small.meeting()
    lz2 = meeting.slide(SlideKind.LEITZIEL, "LZ2")
    (table,) = lz2.tables
    row = table.frame.set_index("Nr.").loc["M04"]
    assert row["Maßnahme"] == HOSTILE
    assert row["Status"] == "zurückgestellt"
    assert row["Sachstand"] == SACHSTAND
    assert row["Ampel und Begründung"].startswith("grau – ")
    assert SACHSTAND in lz2.notes
    assert {f.label: f.value for f in lz2.figures}["Entscheidungsbedarf"] == "1"


def test_measures_without_a_recent_report_are_marked_in_tables_and_appendix(small: Stands) -> None:
    stale = {"M04": "seit 7 Monaten ohne Meldung"}
    meeting = build_meeting(small.new_plan, small.new, small.old_plan, small.old, TODAY, stale=stale)
    row = meeting.slide(SlideKind.LEITZIEL, "LZ2").tables[0].frame.set_index("Nr.").loc["M04"]
    assert row["Sachstand"] == f"seit 7 Monaten ohne Meldung: {SACHSTAND}"
    appendix = meeting.appendix.frame.set_index("Nr.")
    assert appendix.loc["M04", ["Status", "Meldung"]].tolist() == ["zurückgestellt", "seit 7 Monaten ohne Meldung"]
    assert set(appendix.drop(index="M04")["Meldung"]) == {""}
    assert "Meldung" not in small.meeting().appendix.frame.columns  # nothing to say without stale measures


def test_red_measures_need_a_decision(example: Stands) -> None:
    lz1 = example.meeting().slide(SlideKind.LEITZIEL, "LZ1")
    row = lz1.tables[0].frame.set_index("Nr.").loc["M01"]
    assert row["Ampel und Begründung"].startswith("rot – Ende am 31.12.2025 überschritten")
    assert "Echtbetrieb" in row["Sachstand"]


def test_leitziel_without_decisions_says_so(example: Stands) -> None:
    lz6 = example.meeting().slide(SlideKind.LEITZIEL, "LZ6")
    assert lz6.tables[0].frame.empty and lz6.tables[0].empty == texts.meeting.NO_DECISIONS


def test_leitziel_charts_per_fokusprojekt(example: Stands) -> None:
    ampel, status = example.meeting().slide(SlideKind.LEITZIEL, "LZ1").charts
    assert ampel.kind == status.kind == ChartKind.STACKED
    assert ampel.data.to_numpy().sum() == status.data.to_numpy().sum() == 7
    assert (ampel.patterns, status.patterns) == (vocabulary.AMPEL.patterns, vocabulary.STATUS.patterns)
    assert ampel.data.index[-1] == texts.meeting.NO_PROJECT or ampel.data.index[0].startswith("FP")


# --- changes, milestones, indicators -------------------------------------------------------------

def test_changes_list_the_status_change(small: Stands) -> None:
    changes = small.meeting().slide(SlideKind.CHANGES)
    assert changes.title == "Veränderungen seit Stand 1"
    assert changes.subtitle == "Gespeichert von Test (Stand 2)"  # who is accountable for them
    tables = {t.title: t.frame for t in changes.tables}
    status = tables["Statuswechsel"].set_index("Nr.").loc["M03"]
    assert (status["Status vorher"], status["Status jetzt"]) == ("in Planung", "in Umsetzung")
    assert tables["Neue Maßnahmen"]["Nr."].tolist() == ["M04"]
    assert {f.label: f.value for f in changes.figures}["Statuswechsel"] == "1"
    assert "M03" in changes.notes
    assert "Statuswechsel: 1 Eintrag." in changes.notes  # singular, not „1 Einträge“


def test_changes_list_sachstand_other_fields_and_milestones(fields: Stands) -> None:
    changes = fields.meeting().slide(SlideKind.CHANGES)
    # the old Stand's Ampel is evaluated on the day it was stored, so an Ampelwechsel of M01 comes and goes with
    # the calendar; it is not this test's topic (test_changes_list_the_status_change covers the others)
    dated = texts.figures.CHANGE_TOPICS["ampel_changes"]
    tables = {t.title: t.frame for t in changes.tables if t.title != dated}
    assert list(tables) == ["Neuer Sachstand", "Geänderte Angaben", "Neue Meilensteine",
                            "Entfernte Meilensteine"]
    assert [(f.label, f.value) for f in changes.figures if f.label != dated] == [  # topics without a change get no box
        ("Neuer Sachstand", "1"), ("Geänderte Angaben", "2"), ("Neue Meilensteine", "1"),
        ("Entfernte Meilensteine", "1")]
    assert tables["Neuer Sachstand"].values.tolist() == [[
        "M01", "Beispiel: Digitale Bauakte", "–",
        "Die Anbindung an das Fachverfahren ist abgeschlossen. Der Pilotbetrieb läuft seit Oktober in zwei "
        "Bürgerbüros; der Echtbetrieb in allen…"]]
    assert list(tables["Geänderte Angaben"].columns) == ["Nr.", "Maßnahme", "Angabe", "vorher", "jetzt"]
    assert tables["Geänderte Angaben"].values.tolist() == [
        ["M01", "Beispiel: Digitale Bauakte", "Ende", "31.12.2026", "30.06.2027"],
        ["M01", "Beispiel: Digitale Bauakte", "Kosten", "1.234,50 €", "2.000 €"]]
    assert tables["Neue Meilensteine"].values.tolist() == [
        ["MS003", "M01", "Beispiel: Digitale Bauakte", "Echtbetrieb", "31.01.2027"]]
    assert tables["Entfernte Meilensteine"].values.tolist() == [
        ["MS002", "M01", "Beispiel: Digitale Bauakte", "Pilotbetrieb", "15.12.2026"]]
    assert f"M01 Beispiel: Digitale Bauakte, Sachstand jetzt: {LONG_SACHSTAND}" in changes.notes.splitlines()


@pytest.mark.parametrize(("change", "note"), [
    (1.2, "+1 Punkt gegenüber Stand 3"), (-0.9, "-1 Punkt gegenüber Stand 3"), (4.0, "+4 Punkte gegenüber Stand 3"),
    (0.2, "0 Punkte gegenüber Stand 3")])
def test_change_notes_say_point_in_the_singular(change: float, note: str) -> None:
    assert meeting_module._points(change, 3) == note


def test_without_compared_stand(small: Stands) -> None:
    meeting = build_meeting(small.new_plan, small.new, None, None, TODAY)
    assert meeting.since_id is None and meeting.since_label == "ohne Vergleichsstand"
    changes = meeting.slide(SlideKind.CHANGES)
    assert changes.tables == () and changes.message == texts.meeting.NO_SINCE_TEXT
    assert list(meeting.slide(SlideKind.OVERVIEW).charts[0].data.columns) == ["Stand 2"]


def test_milestones_overdue_and_upcoming(example: Stands) -> None:
    slide = example.meeting().slide(SlideKind.MILESTONES)
    overdue, upcoming = slide.tables
    assert overdue.frame["Nr."].tolist()[:2] == ["M24", "M28"]  # longest overdue first
    assert overdue.frame["Fällig am"].iloc[0] == "30.06.2025"
    assert overdue.frame["Tage überfällig"].iloc[0] == "514"
    assert len(upcoming.frame) == 17 and upcoming.frame["Fällig am"].iloc[0] == "03.12.2026"
    assert {f.label: f.value for f in slide.figures}["Meilensteine überfällig"] == "6"


def test_indicators_table_and_line_charts(example: Stands) -> None:
    slide = example.meeting().slide(SlideKind.INDICATORS)
    table = slide.tables[0].frame.set_index("Indikator")
    assert table.loc["Arbeitslosenquote", "Letzter Wert"] == "11,3"
    assert table.loc["Arbeitslose", "Letzter Wert"] == "12.712"
    charts = {c.title: c for c in slide.charts}
    quote = charts["Arbeitslosenquote"]
    assert quote.kind == ChartKind.LINE and isinstance(quote.data.index, pd.DatetimeIndex) and quote.decimals == 1
    assert all(len(c.data) >= 2 for c in slide.charts)


def test_appendix_holds_all_measures(example: Stands) -> None:
    appendix = example.meeting().appendix.frame
    assert len(appendix) == 42 and appendix["Nr."].iloc[0] == "M01"
    assert list(appendix.columns) == ["Nr.", "Maßnahme", "LZ", "FP", "Federführung", "Status", "Ampel",
                                      "Umsetzung", "Ende"]


# --- robustness ----------------------------------------------------------------------------------

def test_empty_plan_builds() -> None:
    stand = StandInfo(1, datetime.datetime(2026, 11, 1, 8, tzinfo=datetime.UTC), "t", "", "import", False, {}, {})
    meeting = build_meeting(Plan.empty(), stand, Plan.empty(), stand, TODAY)
    assert [s.kind for s in meeting.slides] == [SlideKind.TITLE, SlideKind.OVERVIEW, SlideKind.CHANGES,
                                                SlideKind.MILESTONES, SlideKind.INDICATORS]
    assert meeting.slide(SlideKind.OVERVIEW).message == texts.common.NO_DATA
    assert meeting.appendix.frame.empty


def test_control_characters_are_removed(small: Stands) -> None:
    measures = small.new_plan["Maßnahmen"].copy()
    measures.loc[measures["nr"].eq("M04"), "sachstand"] = "Zeile\x0beins\x00 und zwei"
    plan = Plan({**small.new_plan.tables, "Maßnahmen": measures})
    meeting = build_meeting(plan, small.new, None, None, TODAY)
    assert "Zeileeins und zwei" in _cells(meeting.slide(SlideKind.LEITZIEL, "LZ2").tables[0].frame)


def test_filtered_meeting_says_so_and_leaves_out_leitziele_without_measures(example: Stands) -> None:
    meeting = example.filtered_meeting(federfuehrung=["ST02"])
    assert meeting.filter_note == LEAD_FILTER
    assert meeting.footer.endswith(" · " + LEAD_FILTER)
    assert LEAD_FILTER in meeting.slide(SlideKind.TITLE).subtitle.splitlines()
    assert meeting.file_name("pptx") == "Lenkungskreis_Stand_2_gefiltert_Federfuehrung_Strategische_Planung.pptx"
    many = example.filtered_meeting(federfuehrung=["ST02"], status=["in Planung", "in Umsetzung", "abgeschlossen"])
    assert many.file_name("pdf") == (
        "Lenkungskreis_Stand_2_gefiltert_Federfuehrung_Strategische_Planung_Status_in_Planung_in_Umsetzung.pdf")
    assert [s.key for s in meeting.slides if s.kind == SlideKind.LEITZIEL] == ["LZ1", "LZ3", "LZ4", "LZ5", "LZ6"]
    table = meeting.slide(SlideKind.OVERVIEW).tables[0].frame
    assert list(table["LZ"]) == ["LZ1", "LZ3", "LZ4", "LZ5", "LZ6"]
    assert texts.common.MISSING not in set(table.iloc[:, 2])
    assert len(meeting.slide(SlideKind.OVERVIEW).charts[0].data) == 5
    whole = example.meeting()
    assert whole.filter_note == "" and whole.file_name("pdf") == "Lenkungskreis_Stand_2.pdf"
    assert not whole.footer.endswith(" · ") and len([s for s in whole.slides if s.kind == SlideKind.LEITZIEL]) == 7


def test_changes_name_each_author_once_with_their_stands(small: Stands) -> None:
    dana = "Dana Digital <digital@stadt.example>"
    later = [dataclasses.replace(small.new, id=n, created_by=by)
             for n, by in ((2, dana), (3, "Geschäftsstelle"), (4, dana))]
    meeting = build_meeting(small.new_plan, small.new, small.old_plan, small.old, TODAY, stored=later)
    assert meeting.slide(SlideKind.CHANGES).subtitle == (
        "Gespeichert von Dana Digital (Stand 2, 4), Geschäftsstelle (Stand 3)")
