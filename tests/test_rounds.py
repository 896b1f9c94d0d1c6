"""Berichtsrunden in the core, on SQLite and PostgreSQL: one open round at a time, who counts as gemeldet (what a Stand
changed, through measure, milestone or involvement — not who uploaded it), bestätigt and fehlt, who may open and
confirm, the pre-filled workbook of one Federführung, and staleness. The small plan of tests/workbooks.py: ST01
(OWT) leads M01 with milestones MS001/MS002 and an involvement of ST02, ST02 leads M02, ST03 leads M03."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pandas as pd
import pytest

from loaders.read import load_tables
from masterplan import clock, texts
from masterplan.access import NotPermitted, Role, User, operator
from masterplan.rounds import records
from masterplan.rounds.edits import edit_files, editable, pending
from masterplan.rounds.staleness import last_reports, months_between, stale_text
from masterplan.rounds.status import ReportState, round_status
from masterplan.rounds.workbook import round_workbook
from masterplan.storage import importer
from masterplan.storage.store import Store
from tests.factories import age_stand
from tests.workbooks import csv_bytes, plan_file, upload

ADMIN = operator("Geschäftsstelle")
OWT = User("owt@oberhausen.de", "Olga Owt", Role.EDITOR, frozenset({"ST01"}))
VIEWER = User("lk@oberhausen.de", "Lena Lenk", Role.VIEWER)


def _deadline(days: int = 14) -> datetime.date:
    return clock.today() + datetime.timedelta(days=days)


@pytest.fixture
def planned(store: Store) -> Iterator[Store]:
    """The small plan as Stand 1, stored by the Geschäftsstelle."""
    importer.commit(store, importer.prepare(store, [plan_file()]), user=ADMIN)
    yield store


def _upload(store: Store, user: User, name: str, rows: list[list[object]]) -> int:
    prepared = importer.prepare(store, [upload(name, csv_bytes(rows))], user=user)
    assert not prepared.has_errors, [f.line() for f in prepared.findings]
    return importer.commit(store, prepared, user=user).id


def _states(store: Store, round_: records.Round) -> dict[str, str]:
    return {r.federfuehrung.st_nr: r.state for r in round_status(store, round_, clock.today())}


def test_one_round_at_a_time_and_closing_marks_the_newest_stand(planned: Store) -> None:
    first = records.open_round(planned, deadline=_deadline(), note="Herbst", user=ADMIN)
    assert (first.id, first.base_stand_id, first.stichtag, first.is_open) == (1, 1, clock.today(), True)
    with pytest.raises(records.RoundError) as refused:
        records.open_round(planned, deadline=_deadline(20), user=ADMIN)
    assert str(refused.value) == texts.rounds.ALREADY_OPEN.format(id=1, deadline=_deadline().strftime("%d.%m.%Y"))
    stand = _upload(planned, OWT, "Massnahmen.csv", [["Nr.", "Umsetzungsstand"], ["M01", "60"]])
    closed = records.close_round(planned, ADMIN)
    assert (closed.result_stand_id, closed.is_open, closed.closed_by) == (stand, False, "Geschäftsstelle")
    assert records.open_round_now(planned) is None
    assert records.open_round(planned, deadline=_deadline(), user=ADMIN).id == 2
    records.close_round(planned, ADMIN)
    with pytest.raises(records.RoundError, match="keine Berichtsrunde offen"):
        records.close_round(planned, ADMIN)


def test_a_deadline_in_the_past_or_before_the_stichtag_is_refused(planned: Store) -> None:
    yesterday = clock.today() - datetime.timedelta(days=1)
    with pytest.raises(records.RoundError) as past:
        records.open_round(planned, deadline=yesterday, user=ADMIN)
    assert "liegt vor dem heutigen Tag" in str(past.value)
    with pytest.raises(records.RoundError, match="liegt vor dem Stichtag"):
        records.open_round(planned, deadline=_deadline(3), stichtag=_deadline(5), user=ADMIN)
    assert records.rounds(planned) == []


def test_only_admins_open_and_close_rounds(planned: Store) -> None:
    for user in (OWT, VIEWER):
        with pytest.raises(NotPermitted, match="nur die Geschäftsstelle"):
            records.open_round(planned, deadline=_deadline(), user=user)
    records.open_round(planned, deadline=_deadline(), user=ADMIN)
    with pytest.raises(NotPermitted):
        records.close_round(planned, OWT)
    assert records.open_round_now(planned) is not None


def test_gemeldet_bestaetigt_fehlt(planned: Store) -> None:
    round_ = records.open_round(planned, deadline=_deadline(5), user=ADMIN)
    assert _states(planned, round_) == {"ST01": "fehlt", "ST02": "fehlt", "ST03": "fehlt"}
    stand = _upload(planned, OWT, "Massnahmen.csv", [["Nr.", "Sachstand"], ["M01", "Pilot läuft"]])
    records.confirm(planned, "ST02", ADMIN)
    reports = {r.federfuehrung.st_nr: r for r in round_status(planned, round_, clock.today())}
    assert {k: r.state for k, r in reports.items()} == {"ST01": ReportState.REPORTED, "ST02": ReportState.CONFIRMED,
                                                        "ST03": ReportState.MISSING}
    assert [s.id for s in reports["ST01"].reports] == [stand]
    assert reports["ST01"].detail.startswith(f"Stand {stand}, ") and reports["ST01"].detail.endswith(
        ", Olga Owt <owt@oberhausen.de>")
    assert reports["ST02"].detail.endswith(", Geschäftsstelle")
    assert (reports["ST03"].detail, reports["ST03"].days_left) == ("noch 5 Tage", 5)
    assert reports["ST01"].federfuehrung.measures == (("M01", "Beispiel: Digitale Bauakte"),)
    late = round_status(planned, round_, clock.today() + datetime.timedelta(days=8))
    assert [r.detail for r in late if r.state is ReportState.MISSING] == ["3 Tage überfällig"]


def test_a_milestone_or_involvement_reports_for_the_measure_lead_whoever_uploads(planned: Store) -> None:
    round_ = records.open_round(planned, deadline=_deadline(), user=ADMIN)
    _upload(planned, ADMIN, "Meilensteine.csv", [["MS-Nr.", "Erreicht am"], ["MS002", "01.12.2026"]])
    assert _states(planned, round_)["ST01"] == "gemeldet"
    _upload(planned, ADMIN, "Beteiligungen.csv", [["Nr.", "ST-Nr.", "Rolle"], ["M03", "ST01", "beteiligt"]])
    assert _states(planned, round_) == {"ST01": "gemeldet", "ST02": "fehlt", "ST03": "gemeldet"}


def test_a_rollback_reports_nothing_and_stands_before_the_round_do_not_count(planned: Store) -> None:
    _upload(planned, ADMIN, "Massnahmen.csv", [["Nr.", "Umsetzungsstand"], ["M02", "100"]])
    round_ = records.open_round(planned, deadline=_deadline(), user=ADMIN)
    planned.rollback(1, ADMIN)
    assert set(_states(planned, round_).values()) == {"fehlt"}


def test_who_may_confirm_and_a_second_confirmation_keeps_the_first(planned: Store) -> None:
    with pytest.raises(records.RoundError, match="keine Berichtsrunde offen"):
        records.confirm(planned, "ST01", ADMIN)
    records.open_round(planned, deadline=_deadline(), user=ADMIN)
    with pytest.raises(NotPermitted) as refused:
        records.confirm(planned, "ST02", OWT)
    assert str(refused.value) == texts.rounds.NOT_PERMITTED_CONFIRM.format(federfuehrung="ST02", yours="ST01")
    with pytest.raises(NotPermitted):
        records.confirm(planned, "ST01", User("owt@oberhausen.de", "", Role.VIEWER, frozenset({"ST01"})))
    first = records.confirm(planned, "ST01", OWT)
    again = records.confirm(planned, "ST01", ADMIN)
    assert (again.confirmed_by, again.confirmed_at, again.stand_id) == (
        "Olga Owt <owt@oberhausen.de>", first.confirmed_at, 1)


def test_the_workbook_of_a_federfuehrung_holds_exactly_its_rows_and_goes_back_in(planned: Store) -> None:
    round_ = records.open_round(planned, deadline=_deadline(), user=ADMIN)
    data, lead = round_workbook(planned, "ST01", round_)
    tables, findings = load_tables("Meldung_ST01.xlsx", data)
    assert not [f for f in findings if f.is_error]
    keys = {t.sheet.name: [r[t.sheet.key[0]] for r in t.records] for t in tables}
    assert keys == {"Maßnahmen": ["M01"], "Meilensteine": ["MS001", "MS002"], "Beteiligungen": ["M01"],
                    "Stakeholder": ["ST01", "ST02", "ST03"]}
    assert lead.label == "ST01 (OWT)"
    unchanged = importer.prepare(planned, [upload("Meldung_ST01.xlsx", data)], user=OWT)
    assert not unchanged.has_errors and unchanged.changes_nothing
    with pytest.raises(records.RoundError) as unknown:
        round_workbook(planned, "ST09", round_)
    assert str(unknown.value) == "„ST09“ hat keine Maßnahme in Federführung. Federführungen sind: ST01, ST02, ST03."


def _last(store: Store) -> dict[str, tuple[bool, str]]:
    latest = store.latest()
    plan = store.plan(latest.id)
    frame = last_reports(store, store.stands(), latest.id, plan).frame(plan, clock.today(), months=6)
    return {row.nr: (row.stale, row.stale_text) for row in frame.itertuples()}


def test_a_measure_is_stale_when_neither_changed_nor_confirmed_for_months(planned: Store) -> None:
    age_stand(planned, 1, 240)
    old_day = planned.stand(1).day
    expected = stale_text(months_between(old_day, clock.today()))
    assert _last(planned) == {"M01": (True, expected), "M02": (True, expected), "M03": (True, expected)}
    _upload(planned, ADMIN, "Meilensteine.csv", [["MS-Nr.", "Erreicht am"], ["MS002", "01.12.2026"]])
    records.open_round(planned, deadline=_deadline(), user=ADMIN)
    records.confirm(planned, "ST03", ADMIN)
    assert _last(planned) == {"M01": (False, ""), "M02": (True, expected), "M03": (False, "")}


def test_months_and_their_words() -> None:
    day = datetime.date
    assert months_between(day(2026, 1, 31), day(2026, 8, 30)) == 6
    assert months_between(day(2026, 1, 31), day(2026, 8, 31)) == 7
    assert months_between(day(2026, 5, 1), day(2026, 4, 1)) == 0
    assert (stale_text(7), stale_text(1), stale_text(None)) == (
        "seit 7 Monaten ohne Meldung", "seit 1 Monat ohne Meldung", "noch nie gemeldet")


def test_browser_edits_become_a_stand_through_the_same_checks(planned: Store) -> None:
    round_ = records.open_round(planned, deadline=_deadline(), user=ADMIN)
    plan = planned.plan(1)
    before = editable(plan, {"M01"})
    measures, milestones = (frame.copy() for frame in before)
    assert list(measures["nr"]) == ["M01"] and list(milestones["ms_nr"]) == ["MS001", "MS002"]
    assert edit_files(before, (measures, milestones)) == []
    measures.loc[0, ["status", "umsetzungsstand", "sachstand"]] = ["in Umsetzung", 62.5, "Pilot; „Phase 2“\nläuft"]
    milestones.loc[1, ["faellig_am", "erreicht_am"]] = [pd.Timestamp(2027, 3, 31), pd.NaT]
    assert pending(before, (measures, milestones)) == [
        "M01 · Umsetzungsstand: 45 % → 62,5 %", "M01 · Sachstand: – → Pilot; „Phase 2“\nläuft",
        "MS002 · Fällig am: 15.12.2026 → 31.03.2027"]
    files = edit_files(before, (measures, milestones))
    assert [f.name for f in files] == ["Maßnahmen_Browser.csv", "Meilensteine_Browser.csv"]
    assert files[0].content.decode("utf-8-sig").splitlines()[:2] == ["Nr.;Status;Umsetzungsstand;Sachstand",
                                                                      'M01;in Umsetzung;62,5 %;"Pilot; „Phase 2“']
    assert files[1].content.decode("utf-8-sig").splitlines() == ["MS-Nr.;Nr.;Fällig am;Erreicht am;Status",
                                                                 "MS002;M01;31.03.2027;;offen"]
    prepared = importer.prepare(planned, files, user=OWT)
    assert not prepared.has_errors
    stand = importer.commit(planned, prepared, user=OWT)
    after = planned.state(stand.id)
    assert after.rows("Maßnahmen", ["M01"])["M01"]["umsetzungsstand"] == 62.5
    assert after.rows("Maßnahmen", ["M01"])["M01"]["sachstand"] == "Pilot; „Phase 2“\nläuft"
    assert after.rows("Meilensteine", ["MS002"])["MS002"]["faellig_am"] == "2027-03-31"
    assert planned.diff(1, stand.id).sheets.keys() == {"Maßnahmen", "Meilensteine"}
    assert _states(planned, round_)["ST01"] == "gemeldet"
    measures.loc[0, "umsetzungsstand"] = 140
    refused = importer.prepare(planned, edit_files(before, (measures, milestones)), user=OWT)
    assert [(f.sheet, f.row, f.column, f.value) for f in refused.findings if f.is_error] == [
        ("Maßnahmen", 2, "Umsetzungsstand", "140")]


def test_indicator_values_belong_to_the_indicators_federfuehrung(planned: Store) -> None:
    """IND01 is reported by ST02 (IHK): its editors add values, report with them and find them in their workbook;
    OWT may not touch them."""
    _upload(planned, ADMIN, "Indikatoren.csv", [["IND-Nr.", "Federführung"], ["IND01", "ST02"]])
    round_ = records.open_round(planned, deadline=_deadline(), user=ADMIN)
    ihk = User("ihk@oberhausen.de", "Ina Ihk", Role.EDITOR, frozenset({"ST02"}))
    value = [["IND-Nr.", "Stichtag", "Wert"], ["IND01", "2026", "10,9"]]
    refused = importer.prepare(planned, [upload("Indikatorwerte.csv", csv_bytes(value))], user=OWT)
    assert [f.message for f in refused.findings if f.is_error] == [texts.access.NOT_YOURS.format(
        what="Ein Wert des Indikators IND01", action="neu aufgenommen", owner="ST02 (IHK zu Essen)", yours="ST01")]
    _upload(planned, ihk, "Indikatorwerte.csv", value)
    assert _states(planned, round_)["ST02"] == "gemeldet"
    tables, _ = load_tables("Meldung_ST02.xlsx", round_workbook(planned, "ST02", round_)[0])
    keys = {t.sheet.name: [r[t.sheet.key[0]] for r in t.records] for t in tables}
    assert (keys["Indikatoren"], keys["Indikatorwerte"]) == (["IND01"], ["IND01"] * 3)
    tables, _ = load_tables("Meldung_ST01.xlsx", round_workbook(planned, "ST01", round_)[0])
    assert {t.sheet.name for t in tables} == {"Maßnahmen", "Meilensteine", "Beteiligungen", "Stakeholder"}
