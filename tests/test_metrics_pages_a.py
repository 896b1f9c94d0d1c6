"""Core functions behind the pages Übersicht, Leitziele and Maßnahmen, against hand-computed expectations."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from masterplan import metrics, texts
from masterplan.formatting import NBSP, escape_markdown, format_signed
from masterplan.storage import history
from masterplan.storage.store import Store
from masterplan.tables import Plan
from masterplan.vocabulary import MS_OVERDUE, MS_REACHED_LATE, NO_STATUS
from tests.workbooks import plan_file, upload, xlsx

TODAY = dt.date(2026, 11, 26)


def measure(nr: str, **fields: object) -> dict[str, object]:
    return {"nr": nr, "massnahme": f"Maßnahme {nr}", "lz_nr": "LZ1", "federfuehrung": "ST1", **fields}


def plan_of(measures: list[dict], milestones: list[dict] = (), **sheets: list[dict]) -> Plan:
    records = {
        "Leitziele": [
            {"lz_nr": "LZ1", "leitziel": "Oberhausen ist wirtschaftsfreundlich", "beschreibung": "Service *für* Firmen",
             "unterziele": "Hürden abbauen\n- Vernetzung vertiefen\n\n• Verwaltung digital"},
            {"lz_nr": "LZ2", "leitziel": "Oberhausen ist qualifiziert", "unterziele": "Ausbildung; Weiterbildung ;"},
        ],
        "Fokusprojekte": [{"fp_nr": "FP1", "fokusprojekt": "Bauakte", "lz_nr": "LZ1", "federfuehrung": "ST2"},
                          {"fp_nr": "FP2", "fokusprojekt": "Campus", "lz_nr": "LZ2"}],
        "Stakeholder": [{"st_nr": "ST1", "name": "Wirtschaftsförderung Oberhausen", "kurzname": "WFO",
                         "typ": "Städtische Gesellschaft", "lenkungskreis": True},
                        {"st_nr": "ST2", "name": "IHK zu Essen", "kurzname": "IHK", "typ": "Kammer"},
                        {"st_nr": "ST3", "name": "Hochschule Ruhr West", "kurzname": "HRW", "lenkungskreis": False}],
        "Maßnahmen": measures,
        "Meilensteine": list(milestones),
    }
    records.update(sheets)
    return Plan.from_records(records)


@pytest.fixture
def plan() -> Plan:
    return plan_of(
        [
            measure("M1", fp_nr="FP1", status="in Umsetzung", umsetzungsstand=50, gewicht=2, beginn="2025-01-01",
                    ende="2027-12-31", sachstand="Antrag beim Land gestellt", kosten=1234.5),
            measure("M2", status="abgeschlossen", umsetzungsstand=80, ampel="rot", sachstand="Gewerbefläche (a+b)"),
            measure("M3", fp_nr="FP1", status="entfallen", umsetzungsstand=90, gewicht=5),
            measure("M4", lz_nr="LZ2", status=None, federfuehrung="ST3", massnahme="Ausbildungsmesse"),
        ],
        [
            {"ms_nr": "MS1", "nr": "M1", "meilenstein": "Konzept", "faellig_am": "2026-01-10",
             "erreicht_am": "2026-02-01", "status": "erreicht"},
            {"ms_nr": "MS2", "nr": "M1", "meilenstein": "Pilot", "faellig_am": "2026-11-20", "status": "offen"},
            {"ms_nr": "MS3", "nr": "M1", "meilenstein": "Start", "faellig_am": "2026-11-26"},
            {"ms_nr": "MS4", "nr": "M4", "meilenstein": "Messe", "faellig_am": "2027-02-24"},  # 90 days
            {"ms_nr": "MS5", "nr": "M4", "meilenstein": "Bilanz", "faellig_am": "2027-02-25"},  # 91 days
            {"ms_nr": "MS6", "nr": "M4", "meilenstein": "Alt", "faellig_am": "2025-01-01", "status": "entfallen"},
        ],
        Beteiligungen=[{"nr": "M1", "st_nr": "ST3", "rolle": "informiert"},
                       {"nr": "M1", "st_nr": "ST2", "rolle": "beteiligt"}],
        Indikatoren=[{"ind_nr": "I1", "indikator": "Arbeitslosenquote", "lz_nr": "LZ2", "einheit": "%",
                      "zielrichtung": "fallend", "basiswert": 9.5, "basisjahr": 2019, "zielwert": 7.5,
                      "zieljahr": 2030},
                     {"ind_nr": "I2", "indikator": "Gewerbesteuer", "lz_nr": "LZ1"}],
        Indikatorwerte=[{"ind_nr": "I1", "stichtag": "2024-12-31", "wert": 9.0},
                        {"ind_nr": "I1", "stichtag": "2025-12-31", "wert": 8.5}],
    )


# --- formatting helpers ----------------------------------------------------------------------------

def test_escape_markdown_neutralises_markdown_directives_and_latex() -> None:
    text = "Beispiel: *fett* [Link](x) :red[rot] $x$ 1. <b>"
    escaped = escape_markdown(text)
    assert escaped == r"Beispiel\: \*fett\* \[Link\]\(x\) \:red\[rot\] \$x\$ 1\. \<b\>"
    assert escape_markdown(None) == texts.MISSING
    assert escape_markdown("Zeile 1\nZeile 2") == "Zeile 1\nZeile 2"


def test_format_signed_for_metric_deltas() -> None:
    assert format_signed(2.345) == "+2,3"
    assert format_signed(-1.26) == "-1,3"
    assert format_signed(1234.5, 0) == "+1.234"
    assert format_signed(0.04) == "0"  # the one string st.metric shows grey, without an arrow
    assert format_signed(None) == texts.MISSING


# --- measure list and search -----------------------------------------------------------------------

def test_ampel_labels_name_the_colour_and_mark_manual_values() -> None:
    labels = metrics.ampel_labels(pd.Series(["rot", "grün", None]), pd.Series([True, False, False]))
    assert list(labels) == ["🔴 rot (manuell)", "🟢 grün", texts.MISSING]


def test_measure_list_has_labels_and_no_blank_text(plan: Plan) -> None:
    table = metrics.measure_list(plan, TODAY)
    assert list(table.columns) == metrics.MEASURE_LIST_COLUMNS
    assert list(table["nr"]) == ["M1", "M2", "M3", "M4"]
    row = table.set_index("nr").loc["M2"]
    assert (row["ampel_label"], row["progress"], row["lead"], row["fokusprojekt"]) == (
        "🔴 rot (manuell)", 100.0, "WFO", texts.MISSING)
    assert table.set_index("nr").loc["M4", "status"] == NO_STATUS
    text_columns = ["nr", "massnahme", "leitziel", "fokusprojekt", "lead", "status", "ampel_label", "sachstand"]
    assert not table[text_columns].isna().any().any()


@pytest.mark.parametrize(("query", "expected"), [
    ("", ["M1", "M2", "M3", "M4"]),
    ("   ", ["M1", "M2", "M3", "M4"]),
    ("m4", ["M4"]),  # Nr., any case
    ("MESSE", ["M4"]),  # title
    ("land antrag", ["M1"]),  # Sachstand, every word, any order
    ("antrag messe", []),  # words must all occur in one measure
    ("(a+b)", ["M2"]),  # literal, not a pattern
    ("–", []),  # the dash shown for a blank Sachstand is not searchable text
])
def test_search_measures(plan: Plan, query: str, expected: list[str]) -> None:
    assert list(metrics.search_measures(plan, TODAY, query)["nr"]) == expected


def test_search_on_an_empty_plan() -> None:
    assert metrics.search_measures(Plan.empty(), TODAY, "x").empty


def test_choice_labels_and_leitziel_choices(plan: Plan) -> None:
    assert metrics.leitziel_choices(plan) == {"LZ1": "LZ1 – Oberhausen ist wirtschaftsfreundlich",
                                              "LZ2": "LZ2 – Oberhausen ist qualifiziert"}
    frame = pd.DataFrame({"nr": ["M1", "M2"], "massnahme": ["Bauakte", None]})
    assert metrics.choice_labels(frame, "nr", "massnahme") == {"M1": "M1 – Bauakte", "M2": "M2"}
    assert metrics.leitziel_choices(Plan.empty()) == {}


@pytest.mark.parametrize(("text", "items"), [
    ("a\nb", ("a", "b")),
    ("- a\r\n• b\n\n* c", ("a", "b", "c")),
    ("a; b ;", ("a", "b")),
    ("a; b\nc", ("a; b", "c")),  # with line breaks, ";" is part of the text
    (None, ()),
    (float("nan"), ()),
    ("", ()),
])
def test_split_lines(text: object, items: tuple[str, ...]) -> None:
    assert metrics.split_lines(text) == items


# --- Leitziel profile ------------------------------------------------------------------------------

def test_leitziel_profile(plan: Plan) -> None:
    goal = metrics.leitziel_profile(plan, "LZ1", TODAY)
    assert (goal.title, goal.description) == ("Oberhausen ist wirtschaftsfreundlich", "Service *für* Firmen")
    assert goal.subgoals == ("Hürden abbauen", "Vernetzung vertiefen", "Verwaltung digital")
    # M1 50 % weight 2, M2 abgeschlossen 100 % weight 1, M3 entfallen: (100 + 100) / 3
    assert goal.rollup.value == pytest.approx(200 / 3)
    assert list(goal.measures["nr"]) == ["M1", "M2", "M3"]
    assert list(goal.measures["ende"]) == ["31.12.2027", texts.MISSING, texts.MISSING]
    assert goal.projects.to_dict("records") == [
        {"fp_nr": "FP1", "fokusprojekt": "Bauakte", "lead": "IHK", "measures": 2, "counted": 1, "progress": 50.0}]
    assert list(goal.indicators["ind_nr"]) == ["I2"]


def test_rollup_explanation_shares_and_points(plan: Plan) -> None:
    explanation = metrics.leitziel_profile(plan, "LZ1", TODAY).explanation
    rows = explanation.set_index("nr")
    assert list(explanation["nr"]) == ["M1", "M2", "M3"]  # largest contribution first
    assert (rows.loc["M1", "weight_share"], rows.loc["M1", "points"]) == (f"66,7{NBSP}%", "33,3")
    assert (rows.loc["M2", "weight_share"], rows.loc["M2", "points"]) == (f"33,3{NBSP}%", "33,3")
    assert (rows.loc["M3", "weight"], rows.loc["M3", "weight_share"], rows.loc["M3", "points"]) == (
        texts.MISSING, texts.MISSING, texts.MISSING)
    assert rows.loc["M3", "note"] == texts.NOTE_DROPPED


def test_leitziel_profile_of_a_goal_without_row_or_measures(plan: Plan) -> None:
    goal = metrics.leitziel_profile(plan, "LZ9", TODAY)
    assert (goal.title, goal.description, goal.subgoals, goal.rollup.value) == ("LZ9", None, (), None)
    assert goal.measures.empty and goal.projects.empty and goal.indicators.empty and goal.explanation.empty


def test_indicator_list_in_german(plan: Plan) -> None:
    rows = metrics.indicator_list(plan).set_index("ind_nr")
    first = rows.loc["I1"]
    assert (first["latest"], first["latest_date"], first["change"]) == ("8,5", "31.12.2025", "-0,5")
    assert (first["basiswert"], first["zielwert"], first["achievement"], first["improved"]) == (
        "9,5 (2019)", "7,5 (2030)", f"50{NBSP}%", texts.YES)
    second = rows.loc["I2"]
    assert (second["latest"], second["zielwert"], second["improved"], second["einheit"]) == (
        texts.MISSING, texts.NO_TARGET, texts.MISSING, texts.MISSING)


# --- milestones ------------------------------------------------------------------------------------

def test_upcoming_milestones_within_90_days(plan: Plan) -> None:
    upcoming = metrics.upcoming_milestones(plan, TODAY)
    assert list(upcoming["ms_nr"]) == ["MS3", "MS4"]  # due today and in exactly 90 days; not 91
    assert list(upcoming["days_until"]) == [0, 90]
    assert list(upcoming["lead"]) == ["WFO", "HRW"]
    assert list(metrics.upcoming_milestones(plan, TODAY, horizon_days=91)["ms_nr"]) == ["MS3", "MS4", "MS5"]


def test_overdue_milestones(plan: Plan) -> None:
    overdue = metrics.overdue_milestones(plan, TODAY)
    assert overdue[["ms_nr", "days_overdue", "massnahme", "lead", "status"]].to_dict("records") == [
        {"ms_nr": "MS2", "days_overdue": 6, "massnahme": "Maßnahme M1", "lead": "WFO", "status": "offen"}]


def test_milestone_tables_of_an_empty_plan() -> None:
    assert metrics.upcoming_milestones(Plan.empty(), TODAY).empty
    assert metrics.overdue_milestones(Plan.empty(), TODAY).empty


# --- changes ---------------------------------------------------------------------------------------

def test_change_list_and_recent_changes(plan: Plan) -> None:
    old = plan_of(
        [measure("M1", fp_nr="FP1", status="in Planung", umsetzungsstand=20, gewicht=2, beginn="2025-01-01",
                 ende="2027-12-31"),
         measure("M2", status="abgeschlossen", umsetzungsstand=80, ampel="rot"),
         measure("M9", status="in Planung")],
        [{"ms_nr": "MS1", "nr": "M1", "meilenstein": "Konzept", "faellig_am": "2026-01-10", "status": "offen"},
         {"ms_nr": "MS2", "nr": "M1", "meilenstein": "Pilot", "faellig_am": "2026-10-01", "status": "offen"}],
    )
    items = metrics.change_list(metrics.compare_plans(old, plan, TODAY))
    rows = {(r.topic, r.nr, r.title): (r.before, r.after) for r in items.itertuples()}
    assert rows[("Neue Maßnahmen", "M4", "Ausbildungsmesse")] == (texts.MISSING, NO_STATUS)
    assert rows[("Entfernte Maßnahmen", "M9", "Maßnahme M9")] == ("in Planung", texts.P_KIND_REMOVED)
    assert rows[("Statuswechsel", "M1", "Maßnahme M1")] == ("in Planung", "in Umsetzung")
    assert rows[("Fortschritt", "M1", "Maßnahme M1")] == (f"20{NBSP}%", f"50{NBSP}% (+30 Punkte)")
    assert rows[("Erreichte Meilensteine", "M1", "Konzept")] == ("fällig 10.01.2026", "erreicht 01.02.2026")
    assert rows[("Verschobene Meilensteine", "M1", "Pilot")] == ("fällig 01.10.2026", "fällig 20.11.2026")
    assert list(items["topic"]) == sorted(items["topic"], key=list(texts.CHANGE_TOPICS.values()).index)

    recent = metrics.recent_changes(plan, old, TODAY, limit=2)
    assert (recent.total, len(recent.items), recent.hidden) == (len(items), 2, len(items) - 2)
    assert list(recent.summary["topic"]) == list(texts.CHANGE_TOPICS.values())
    assert recent.summary.set_index("topic")["count"].to_dict() == items["topic"].value_counts().reindex(
        list(texts.CHANGE_TOPICS.values()), fill_value=0).to_dict()

    unchanged = metrics.recent_changes(plan, plan, TODAY)
    assert (unchanged.total, unchanged.hidden) == (0, 0)
    assert list(unchanged.items.columns) == ["topic", "nr", "title", "before", "after"]


def test_one_point_and_one_day_are_singular() -> None:
    old = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=20)])
    new = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=21)], [
        {"ms_nr": "MS1", "nr": "M1", "meilenstein": "Konzept", "faellig_am": "2026-11-01", "erreicht_am": "2026-11-02",
         "status": "erreicht"},
        {"ms_nr": "MS2", "nr": "M1", "meilenstein": "Pilot", "faellig_am": "2026-11-25", "status": "offen"}])
    items = metrics.change_list(metrics.compare_plans(old, new, TODAY))
    assert items.set_index("topic").loc["Fortschritt", "after"] == f"21{NBSP}% (+1 Punkt)"
    notes = metrics.measure_detail(new, "M1", TODAY).milestones.set_index("ms_nr")["note"]
    assert notes.to_dict() == {"MS1": "1 Tag verspätet", "MS2": "1 Tag überfällig"}


# --- measure detail --------------------------------------------------------------------------------

def test_measure_detail(plan: Plan) -> None:
    detail = metrics.measure_detail(plan, "M1", TODAY)
    assert (detail.title, detail.status, detail.progress, detail.ende) == (
        "Maßnahme M1", "in Umsetzung", 50.0, "31.12.2027")
    assert detail.ampel_label == "🟡 gelb"
    assert "Pilot" in detail.ampel_reason
    fields = dict(zip(detail.fields["field"], detail.fields["value"], strict=True))
    assert fields["LZ-Nr."] == "LZ1 – Oberhausen ist wirtschaftsfreundlich"
    assert fields["FP-Nr."] == "FP1 – Bauakte"
    assert fields["Federführung"] == "WFO"
    assert fields["Umsetzungsstand"] == f"50{NBSP}%"
    assert fields["Beginn"] == "01.01.2025"
    assert fields["Kosten"] == "1.234,50 €"
    assert fields["Ratsvorlage"] == texts.MISSING
    assert "Sachstand" not in fields and detail.sachstand == "Antrag beim Land gestellt"
    milestones = detail.milestones.set_index("ms_nr")
    assert list(milestones.index) == ["MS1", "MS2", "MS3"]
    assert milestones.loc["MS1", ["erreicht_am", "state", "note"]].tolist() == [
        "01.02.2026", MS_REACHED_LATE, "22 Tage verspätet"]
    assert milestones.loc["MS2", ["erreicht_am", "state", "note"]].tolist() == [
        texts.MISSING, MS_OVERDUE, "6 Tage überfällig"]
    assert milestones.loc["MS3", "status"] == texts.MISSING
    assert detail.milestone_keys == ("MS1", "MS2", "MS3")
    assert detail.stakeholders.to_dict("records") == [
        {"label": "WFO", "name": "Wirtschaftsförderung Oberhausen", "typ": "Städtische Gesellschaft",
         "rolle": "federführend", "lenkungskreis": texts.YES},
        {"label": "IHK", "name": "IHK zu Essen", "typ": "Kammer", "rolle": "beteiligt", "lenkungskreis": texts.MISSING},
        {"label": "HRW", "name": "Hochschule Ruhr West", "typ": texts.MISSING, "rolle": "informiert",
         "lenkungskreis": texts.NO},
    ]


def test_measure_detail_of_an_unknown_measure(plan: Plan) -> None:
    assert metrics.measure_detail(plan, "M99", TODAY) is None
    bare = metrics.measure_detail(plan, "M4", TODAY)
    assert (bare.status, bare.stakeholders["rolle"].tolist()) == (NO_STATUS, ["federführend"])


# --- history across Stände -------------------------------------------------------------------------

def _commit(store: Store, content: bytes, name: str = "Masterplan.xlsx") -> int:
    from masterplan.storage import importer

    prepared = importer.prepare(store, [upload(name, content)])
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    return importer.commit(store, prepared, by="Test").id


def test_measure_history_lists_only_stands_that_changed_the_measure(sqlite_store: Store) -> None:
    store = sqlite_store
    first = _commit(store, plan_file().content)
    _commit(store, xlsx({"Maßnahmen": [["Nr.", "Umsetzungsstand"], ["M02", 1]]}))  # M01 untouched
    third = _commit(store, xlsx({"Maßnahmen": [["Nr.", "Status", "Umsetzungsstand"], ["M01", "abgeschlossen", 1]]}))
    stands = store.stands()
    rows = history.measure_history(store, stands, "M01", ["MS001", "MS002"], TODAY)
    assert list(rows.columns) == history.HISTORY_COLUMNS
    assert list(rows["stand"]) == [third, first]  # newest first, Stand 2 left out
    assert rows.iloc[0]["change_text"] == "geändert: Status, Umsetzungsstand"
    assert (rows.iloc[0]["status"], rows.iloc[0]["progress"], rows.iloc[0]["ampel_label"]) == (
        "abgeschlossen", 100.0, "🟢 grün")
    assert (rows.iloc[1]["change_text"], rows.iloc[1]["progress"]) == (texts.M_HISTORY_NEW, 45.0)
    assert rows.iloc[1]["created_by"] == "Test"
    # up to an earlier Stand: the later change is not part of that history
    assert list(history.measure_history(store, stands, "M01", [], TODAY, upto=first + 1)["stand"]) == [first]
    assert history.measure_history(store, stands, "M77", [], TODAY).empty


def test_measure_history_shows_removal(sqlite_store: Store) -> None:
    from masterplan.storage import importer

    store = sqlite_store
    _commit(store, plan_file().content)
    sheets = {"Maßnahmen": [["Nr.", "Maßnahme", "LZ-Nr.", "Federführung"], ["M01", "Bauakte", "LZ1", "OWT"],
                            ["M02", "Kampagne", "LZ2", "ST02"]]}
    prepared = importer.prepare(store, [upload("voll.xlsx", xlsx(sheets))], complete=True)
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    removed = importer.commit(store, prepared, by="Test").id
    rows = history.measure_history(store, store.stands(), "M03", [], TODAY)
    assert list(rows["stand"]) == [removed, removed - 1]
    assert rows.iloc[0]["change_text"] == texts.M_HISTORY_REMOVED
