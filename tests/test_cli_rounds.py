"""The round on the command line, on SQLite and PostgreSQL: round open / status / workbook / confirm / close, import
--by ST-NR, and remind against a real SMTP server on loopback (aiosmtpd): exactly the missing Federführungen get one
German message each, a repeated run sends nothing twice, a refusing or absent server is one clear line."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation

from bench.cluster import free_port
from masterplan import clock
from masterplan.cli import DATA_ERRORS, OK, UNUSABLE, main
from masterplan.storage import importer
from tests.mailbox import Mailbox, running_mailbox
from tests.workbooks import HEADERS, plan_file, small_plan, xlsx

STAKEHOLDER_WITH_MAIL = [
    [*HEADERS["Stakeholder"], "Ansprechperson", "E-Mail"],
    *[[*row, contact, address] for row, contact, address in zip(small_plan()["Stakeholder"][1:],
                                                                 ["Olga Owt", "", "Uwe Umsicht"],
                                                                 ["owt@example.org", "", "umsicht@example.org"],
                                                                 strict=True)],
]


@pytest.fixture
def mailbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Mailbox]:
    with running_mailbox() as box:
        monkeypatch.setenv("MASTERPLAN_SMTP_URL", box.url)
        monkeypatch.setenv("MASTERPLAN_MAIL_FROM", "masterplan@oberhausen.example")
        monkeypatch.setenv("MASTERPLAN_URL", "https://masterplan.oberhausen.example/")
        yield box


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def planned(tmp_path: Path, db_url: str, capsys) -> str:
    """The small plan with contacts as Stand 1, and an open round with a deadline in ten days."""
    path = tmp_path / "plan.xlsx"
    sheets = small_plan()
    sheets["Stakeholder"] = STAKEHOLDER_WITH_MAIL
    path.write_bytes(xlsx(sheets))
    assert main(["import", str(path), "--db", db_url]) == OK
    deadline = (clock.today() + datetime.timedelta(days=10)).isoformat()
    assert _run(capsys, "round", "open", "--deadline", deadline, "--note", "Herbstbericht", "--db", db_url)[0] == OK
    return db_url


def test_round_from_opening_to_closing(tmp_path: Path, planned: str, capsys) -> None:
    book = tmp_path / "ST01.xlsx"
    code, out, _ = _run(capsys, "round", "workbook", "ST01", str(book), "--db", planned)
    assert (code, out) == (OK, f"Arbeitsmappe für ST01 (OWT) (1 Maßnahme) geschrieben nach {book}.\n")
    filled = load_workbook(book)
    measures = filled["Maßnahmen"]
    header = [c.value for c in measures[1]]
    measures.cell(2, header.index("Umsetzungsstand") + 1).value = 0.7
    filled.save(book)
    code, out, _ = _run(capsys, "import", str(book), "--by", "ST01", "--db", planned)
    assert (code, out.splitlines()[-1]) == (OK, "Gespeichert als Stand 2: Maßnahmen 0 neu, 1 geändert, 0 entfernt.")
    assert _run(capsys, "round", "confirm", "ST02", "--db", planned)[1] == (
        "Für ST02 (IHK zu Essen) unverändert bestätigt (Stand 2).\n")
    code, out, _ = _run(capsys, "round", "status", "--db", planned)
    lines = out.splitlines()
    assert code == OK and lines[0].startswith("Berichtsrunde 1: Stichtag ")
    assert "(Herbstbericht) – offen seit" in lines[0]
    assert lines[1].split()[:6] == ["ST01", "OWT", "1", "Maßnahme", "gemeldet", "(Stand"]
    assert lines[1].rstrip().endswith("für ST01 (OWT))")
    assert lines[2].split()[:6] == ["ST02", "IHK", "zu", "Essen", "1", "Maßnahme"] and " bestätigt (" in lines[2]
    assert lines[3].split() == ["ST03", "UMSICHT", "1", "Maßnahme", "fehlt", "(noch", "10", "Tage)"]
    code, out, _ = _run(capsys, "round", "close", "--db", planned)
    assert (code, out) == (OK, "Berichtsrunde 1 geschlossen; ihr Ergebnis ist Stand 2. 1 gemeldet, 1 bestätigt, "
                               "1 ohne Meldung.\n")
    assert "geschlossen am" in _run(capsys, "round", "status", "--db", planned)[1].splitlines()[0]


def test_round_mistakes_are_messages_with_exit_2(tmp_path: Path, planned: str, capsys) -> None:
    deadline = (clock.today() + datetime.timedelta(days=3)).isoformat()
    code, _, err = _run(capsys, "round", "open", "--deadline", deadline, "--db", planned)
    assert code == UNUSABLE and err.startswith("Fehler: Berichtsrunde 1 (Frist ")
    with pytest.raises(SystemExit) as bad_day:
        main(["round", "open", "--deadline", "15.12.2026", "--db", planned])
    assert bad_day.value.code == UNUSABLE
    assert "„15.12.2026“ ist kein Datum; erwartet JJJJ-MM-TT" in capsys.readouterr().err
    code, _, err = _run(capsys, "round", "workbook", "ST07", str(tmp_path / "x.xlsx"), "--db", planned)
    assert (code, err) == (UNUSABLE, "Fehler: „ST07“ hat keine Maßnahme in Federführung. Federführungen sind: ST01, "
                                     "ST02, ST03.\n")


def test_import_by_a_federfuehrung_touches_only_its_rows(tmp_path: Path, planned: str, capsys) -> None:
    other = tmp_path / "Massnahmen.csv"
    other.write_text("Nr.;Umsetzungsstand\nM02;50\n", encoding="utf-8")
    code, _, err = _run(capsys, "import", str(other), "--by", "ST01", "--db", planned)
    assert code == DATA_ERRORS
    assert "Maßnahme M02 würde geändert, gehört aber zur Federführung ST02 (IHK zu Essen); Sie melden für ST01." in err
    code, _, _ = _run(capsys, "import", str(other), "--by", "Gerd Geschäft", "--db", planned)
    assert code == OK
    assert "Gerd Geschäft" in _run(capsys, "stands", "--db", planned)[1].splitlines()[-1]


def test_remind_mails_exactly_the_missing_and_never_twice(planned: str, mailbox: Mailbox, capsys) -> None:
    assert _run(capsys, "round", "confirm", "ST01", "--db", planned)[0] == OK
    code, out, err = _run(capsys, "remind", "--db", planned)
    assert code == DATA_ERRORS  # ST02 has no address
    assert err == ("Fehler: ST02 (IHK zu Essen) hat keine E-Mail-Adresse im Blatt Stakeholder (Spalte E-Mail) und "
                   "wurde nicht erinnert.\n")
    assert out.splitlines()[-1] == "1 Erinnerung verschickt."
    [message] = mailbox.messages
    deadline = (clock.today() + datetime.timedelta(days=10)).strftime("%d.%m.%Y")
    assert (message["To"], message["From"]) == ("umsicht@example.org", "masterplan@oberhausen.example")
    assert message["Subject"] == f"Masterplan Wirtschaft, Berichtsrunde 1: Ihre Meldung bis {deadline}"
    body = message.get_content().replace("\r\n", "\n")  # as the wire carries it
    assert body.startswith("Guten Tag Uwe Umsicht,\n")
    assert "fehlt noch die Meldung von Fraunhofer UMSICHT (ST03)." in body
    assert f"bis {deadline} (noch 10 Tage):" in body
    assert "- M03 Beispiel: Reallabor" in body and "M01" not in body
    assert "https://masterplan.oberhausen.example/berichtsrunde" in body
    assert "Hinweis der Geschäftsstelle: Herbstbericht" in body
    code, out, _ = _run(capsys, "remind", "--db", planned)
    assert code == DATA_ERRORS and len(mailbox.messages) == 1
    assert "Heute schon erinnert, nicht noch einmal: ST03 (UMSICHT)." in out


def test_remind_dry_run_prints_and_sends_nothing(planned: str, mailbox: Mailbox, capsys) -> None:
    code, out, _ = _run(capsys, "remind", "--dry-run", "--db", planned)
    assert code == DATA_ERRORS and mailbox.messages == []  # ST02 has no address, in a dry run too
    assert out.count("(nicht gesendet) ---") == 2 and "--- Erinnerung an owt@example.org (nicht gesendet) ---" in out
    assert out.splitlines()[-1] == "2 Erinnerungen ausgegeben (Probelauf, nichts gesendet)."
    assert _run(capsys, "remind", "--db", planned)[1].splitlines()[-1] == "2 Erinnerungen verschickt."


def test_a_refusing_or_absent_server_is_one_clear_line(planned: str, mailbox: Mailbox, capsys,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    mailbox.refuse = True
    code, _, err = _run(capsys, "remind", "--db", planned)
    assert code == UNUSABLE
    assert err.startswith("Fehler: Der Mailserver smtp://127.0.0.1:") and "hat die Nachricht an owt@example.org " \
        "abgelehnt (550 5.1.1 Postfach unbekannt" in err
    mailbox.refuse = False
    assert _run(capsys, "remind", "--db", planned)[1].splitlines()[-1] == "2 Erinnerungen verschickt."
    monkeypatch.setenv("MASTERPLAN_SMTP_URL", f"smtp://nutzer:geheim@127.0.0.1:{free_port()}")
    code, _, err = _run(capsys, "remind", "--db", planned)
    assert code == UNUSABLE and "ist nicht erreichbar oder lehnt die Verbindung ab" in err and "geheim" not in err
    monkeypatch.delenv("MASTERPLAN_SMTP_URL")
    code, _, err = _run(capsys, "remind", "--db", planned)
    assert code == UNUSABLE and err.startswith("Fehler: Kein Mailserver eingestellt: bitte MASTERPLAN_SMTP_URL setzen")


def test_remind_without_an_open_round_does_nothing(tmp_path: Path, db_url: str, capsys) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(plan_file().content)
    assert _run(capsys, "import", str(path), "--db", db_url)[0] == OK
    assert _run(capsys, "remind", "--db", db_url)[:2] == (OK, "Es ist keine Berichtsrunde offen; niemand wird "
                                                              "erinnert.\n")


def test_a_whole_round_on_the_command_line(tmp_path: Path, db_url: str, mailbox: Mailbox, capsys) -> None:
    """The round of tests/test_browser_rounds.py through the CLI alone: OWT's workbook and the Digitalisierungs-
    dezernat's small update imported --by their ST-Nr., the IHK confirms, remind mails the two with an address, the
    reminded Stadtsparkasse reports, close; the report shows the round's result with the Beschlüsse."""
    contacts = tmp_path / "Stakeholder_Kontakte.csv"
    contacts.write_text("ST-Nr.;E-Mail\nST15;hrw@example.org\nST16;sparkasse@example.org\n", encoding="utf-8")
    assert _run(capsys, "import", str(importer.EXAMPLE_WORKBOOK), "--db", db_url)[0] == OK
    assert _run(capsys, "import", str(contacts), "--db", db_url)[0] == OK
    deadline = (clock.today() + datetime.timedelta(days=14)).isoformat()
    assert _run(capsys, "round", "open", "--deadline", deadline, "--db", db_url)[1].endswith(
        "13 Federführungen sind gefragt.\n")
    book = tmp_path / "Meldung_ST05.xlsx"
    assert _run(capsys, "round", "workbook", "ST05", str(book), "--db", db_url)[0] == OK
    filled = load_workbook(book)
    header = [c.value for c in filled["Maßnahmen"][1]]
    filled["Maßnahmen"].cell(3, header.index("Umsetzungsstand") + 1).value = 0.6
    filled.save(book)
    assert _run(capsys, "import", str(book), "--by", "ST05", "--db", db_url)[1].splitlines()[-1].startswith(
        "Gespeichert als Stand 3")
    update = tmp_path / "Massnahmen_Digital.csv"
    update.write_text("Nr.;Umsetzungsstand\nM01;90 %\n", encoding="utf-8")
    assert _run(capsys, "import", str(update), "--by", "ST04", "--db", db_url)[0] == OK
    assert _run(capsys, "round", "confirm", "ST07", "--db", db_url)[0] == OK
    code, out, _ = _run(capsys, "remind", "--db", db_url)
    assert code == DATA_ERRORS and out.splitlines()[-1] == "2 Erinnerungen verschickt."
    assert sorted(m["To"] for m in mailbox.messages) == ["hrw@example.org", "sparkasse@example.org"]
    assert _run(capsys, "round", "confirm", "ST16", "--db", db_url)[0] == OK
    states = {line.split()[0]: line for line in _run(capsys, "round", "status", "--db", db_url)[1].splitlines()[1:]}
    assert [" gemeldet (Stand 3" in states["ST05"], " gemeldet (Stand 4" in states["ST04"],
            " bestätigt (" in states["ST07"], " bestätigt (" in states["ST16"], " fehlt (" in states["ST15"]] == [
        True] * 5
    assert _run(capsys, "round", "close", "--db", db_url)[1] == (
        "Berichtsrunde 1 geschlossen; ihr Ergebnis ist Stand 4. 2 gemeldet, 2 bestätigt, 9 ohne Meldung.\n")
    late = tmp_path / "Massnahmen_danach.csv"
    late.write_text("Nr.;Status\nM02;zurückgestellt\n", encoding="utf-8")
    assert _run(capsys, "import", str(late), "--db", db_url)[1].splitlines()[-1].startswith("Gespeichert als Stand 5")
    deck = tmp_path / "Lenkungskreis.pptx"
    code, out, _ = _run(capsys, "report", str(deck), "--db", db_url)
    assert (code, out.split(" (")[0]) == (OK, "Bericht zu Stand 4")  # the round's result, not the later Stand 5
    titles = [shape.text_frame.text for slide in Presentation(str(deck)).slides for shape in slide.shapes
              if shape.has_text_frame and shape.text_frame.text]
    assert "Beschlüsse" in titles
