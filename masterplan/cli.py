"""The CLI contract: check, import, export, stands, report, backup, restore, round, remind. Exit 0 fine, 1 data
errors, 2 unreadable or bad usage.

Every path stores nothing unless all files are valid; the CLI never adds example data.
"""

from __future__ import annotations

import argparse
import datetime
import getpass
import random
import sys
import time
from pathlib import Path

from loaders.findings import Finding
from masterplan import access, clock, mail, texts
from masterplan.exports.workbook import write_workbook
from masterplan.formatting import counted, format_date, format_datetime
from masterplan.rounds import records as rounds
from masterplan.rounds import reminders, staleness
from masterplan.rounds import workbook as rounds_workbook
from masterplan.rounds.status import ReportState, round_line, round_status
from masterplan.settings import setting
from masterplan.storage import backup, importer
from masterplan.storage.stands import stand_kind
from masterplan.storage.store import StaleBase, StandInfo, Store, StoreError

OK, DATA_ERRORS, UNUSABLE = 0, 1, 2
IMPORT_ATTEMPTS = 30


class _Parser(argparse.ArgumentParser):
    """argparse, but bad usage exits with 2 and a German line, as the contract says."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"Fehler: {message}\n")
        sys.exit(UNUSABLE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m masterplan",
        description="Masterplan-Monitor: Stände prüfen, importieren, exportieren, auflisten und berichten.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = commands.add_parser("check", help="Dateien prüfen, nichts speichern")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--sheet", help="Blatt einer CSV-Datei (oder nur dieses Blatt einer Arbeitsmappe)")
    load = commands.add_parser("import", help="Dateien prüfen und als neuen Stand speichern")
    load.add_argument("files", nargs="+", metavar="FILE")
    load.add_argument("--sheet", help="Blatt einer CSV-Datei (oder nur dieses Blatt einer Arbeitsmappe)")
    load.add_argument("--complete", action="store_true", help="Zeilen, die in hochgeladenen Blättern fehlen, entfernen")
    for sub in (check, load):
        sub.add_argument("--adopt-example", action="store_true",
                         help="Beispieldaten als Ausgangsbasis übernehmen (nur solange der neueste Stand sie enthält)")
    load.add_argument("--note", default="", help="Notiz zum Stand")
    load.add_argument("--by", default=None, metavar="NAME|ST-NR",
                      help="Wer importiert (Standard: Benutzername); eine ST-Nr. meldet für diese Federführung und "
                           "darf nur deren Zeilen ändern")
    export = commands.add_parser("export", help="Einen Stand als Arbeitsmappe im Vorlagenformat schreiben")
    export.add_argument("out", metavar="OUT.xlsx")
    export.add_argument("--stand", type=int, help="Nummer des Stands (Standard: der neueste)")
    commands.add_parser("stands", help="Alle Stände auflisten, der neueste zuletzt")
    report = commands.add_parser("report", help="Foliensatz (.pptx) oder Bericht (.pdf) für den Lenkungskreis")
    report.add_argument("out", metavar="OUT.pptx|OUT.pdf")
    report.add_argument("--stand", type=int,
                        help="Nummer des Stands (Standard: Ergebnis der letzten Berichtsrunde, sonst der neueste)")
    report.add_argument("--since", type=int,
                        help="Vergleichsstand (Standard: Ergebnis der Runde davor, sonst der Stand davor)")
    save = commands.add_parser("backup", help="Alle Stände mit Originaldateien sichern (SQLite: Datenbankkopie)")
    save.add_argument("out", metavar="OUT")
    load_backup = commands.add_parser("restore", help="Eine Sicherung in eine leere Datenbank zurückspielen")
    load_backup.add_argument("source", metavar="IN")
    round_parser = commands.add_parser("round", help="Berichtsrunden: eröffnen, Stand der Meldungen, Arbeitsmappe, "
                                                     "bestätigen, schließen")
    actions = round_parser.add_subparsers(dest="action", required=True, parser_class=_Parser)
    opening = actions.add_parser("open", help="Eine Berichtsrunde eröffnen")
    opening.add_argument("--deadline", required=True, type=_day, metavar="JJJJ-MM-TT", help="Frist der Meldungen")
    opening.add_argument("--stichtag", type=_day, metavar="JJJJ-MM-TT", help="Stichtag (Standard: heute)")
    opening.add_argument("--note", default="", help="Hinweis an die Federführungen")
    actions.add_parser("status", help="Je Federführung: gemeldet, bestätigt oder fehlt")
    book = actions.add_parser("workbook", help="Die vorausgefüllte Arbeitsmappe einer Federführung schreiben")
    book.add_argument("st_nr", metavar="ST-NR")
    book.add_argument("out", metavar="OUT.xlsx")
    confirming = actions.add_parser("confirm", help="Für eine Federführung „unverändert“ bestätigen")
    confirming.add_argument("st_nr", metavar="ST-NR")
    actions.add_parser("close", help="Die offene Berichtsrunde schließen; der neueste Stand ist ihr Ergebnis")
    remind = commands.add_parser("remind", help="Federführungen ohne Meldung in der offenen Runde per E-Mail erinnern")
    remind.add_argument("--dry-run", action="store_true", help="Nachrichten nur ausgeben, nichts senden")
    for sub in (*commands.choices.values(), *actions.choices.values()):
        sub.add_argument("--db", help="Datenbank-URL (sonst DATABASE_URL, sonst SQLite in data/)")
    return parser


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(texts.cli.BAD_DAY.format(value=text)) from error


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        store = Store(args.db)
    except StoreError as error:
        return _fail(str(error))
    try:
        return COMMANDS[args.command](store, args)
    except access.NotPermitted as error:
        return _fail(str(error))
    except StoreError as error:
        return _fail(str(error))
    finally:
        store.close()


def _fail(text: str) -> int:
    print(f"Fehler: {text}", file=sys.stderr)
    return UNUSABLE


def _files(args: argparse.Namespace) -> list[importer.UploadFile] | None:
    missing = [p for p in args.files if not Path(p).is_file()]
    for path in missing:
        print(f"Fehler: {texts.cli.FILE_NOT_FOUND.format(path=path)}", file=sys.stderr)
    return None if missing else importer.load_files(args.files)


def _report(findings: list[Finding]) -> None:
    for finding in findings:
        print(finding.line(), file=sys.stderr if finding.is_error else sys.stdout)


def _lead(prepared: importer.Prepared, adopt_example: bool) -> None:
    """What the base of the check was, said before any finding: it explains errors about unknown references."""
    out = sys.stderr if prepared.has_errors else sys.stdout
    if prepared.example_base:
        print(texts.cli.EXAMPLE_BASE, file=out)
    elif prepared.adopted_example:
        print(texts.cli.ADOPTED_BASE, file=out)
    elif adopt_example:
        print(texts.cli.ADOPT_WITHOUT_EXAMPLE, file=out)


def _outcome(prepared: importer.Prepared, adopt_example: bool) -> int | None:
    """The exit code when the upload cannot be stored, else None."""
    _lead(prepared, adopt_example)
    _report(prepared.findings)
    if prepared.unreadable:
        return UNUSABLE
    if prepared.has_errors:
        errors = sum(f.is_error for f in prepared.findings)
        print(texts.cli.CHECK_FAILED.format(errors=errors), file=sys.stderr)
        return DATA_ERRORS
    return None


def summary(prepared: importer.Prepared) -> str:
    parts = [
        texts.cli.SUMMARY_PART.format(sheet=name, added=len(c.added), changed=len(c.changed), removed=len(c.removed))
        for name, c in prepared.changeset.sheets.items()
        if not c.is_empty
    ]
    return "; ".join(parts) or "keine Änderungen"


def run_check(store: Store, args: argparse.Namespace) -> int:
    files = _files(args)
    if files is None:
        return UNUSABLE
    prepared = importer.prepare(store, files, sheet=args.sheet, adopt_example=args.adopt_example)
    code = _outcome(prepared, args.adopt_example)
    if code is None:
        print(texts.cli.CHECKED.format(summary=summary(prepared)))
    return code or OK


def run_import(store: Store, args: argparse.Namespace) -> int:
    files = _files(args)
    if files is None:
        return UNUSABLE
    user = _importer(store, args.by)
    for _ in range(IMPORT_ATTEMPTS):
        prepared = importer.prepare(store, files, sheet=args.sheet, complete=args.complete,
                                    adopt_example=args.adopt_example, user=user)
        code = _outcome(prepared, args.adopt_example)
        if code is not None:
            return code
        if prepared.changes_nothing:
            print(texts.cli.NOTHING_CHANGED)
            return OK
        try:
            stand = importer.commit(store, prepared, user=user, note=args.note)
        except StaleBase:  # another import landed in between: check again against it, after a random pause
            time.sleep(random.uniform(0.05, 0.5))
            continue
        print(texts.cli.STORED.format(stand=stand.id, summary=summary(prepared)))
        return OK
    return _fail(texts.storage.DATABASE_BUSY)


def _importer(store: Store, by: str | None) -> access.User:
    """``--by ST05`` reports for that Federführung (an editor of its rows, named after whoever runs the command);
    any other name, or none, is an admin import under that name."""
    latest = store.latest()
    st_nr = (by or "").strip()
    if st_nr and latest is not None and not latest.is_example:
        row = store.state(latest.id).rows("Stakeholder", [st_nr]).get(st_nr)
        if row is not None:
            label = f"{st_nr} ({row.get('kurzname') or row.get('name')})"
            return access.User("", texts.cli.REPORTS_FOR.format(user=_user(), federfuehrung=label),
                               access.Role.EDITOR, frozenset({st_nr}))
    return access.operator(by or _user())


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unbekannt"


def run_export(store: Store, args: argparse.Namespace) -> int:
    stand = store.stand(args.stand) if args.stand is not None else store.latest()
    if stand is None:
        return _fail(texts.cli.NO_STAND)
    Path(args.out).write_bytes(write_workbook(store.plan(stand.id)))
    print(texts.cli.EXPORTED.format(stand=stand.id, path=args.out))
    return OK


def run_report(store: Store, args: argparse.Namespace) -> int:
    """The meeting of one Stand against an earlier one, as deck or PDF (chosen by the file ending)."""
    # Here, not at the top: python-pptx, reportlab and the meeting cost every other command ~0.4 s at start.
    from masterplan.exports import deck, report
    from masterplan.meeting import slides as meeting
    from masterplan.storage import history

    suffix = Path(args.out).suffix.lower()
    if suffix not in (".pptx", ".pdf"):
        return _fail(texts.cli.REPORT_SUFFIX.format(path=args.out))
    all_rounds = rounds.rounds(store)
    chosen = args.stand if args.stand is not None else rounds.last_result(all_rounds)
    stand = store.stand(chosen) if chosen is not None else store.latest()
    if stand is None:
        return _fail(texts.cli.REPORT_NO_STAND)
    before = rounds.result_before(all_rounds, stand.id)
    if args.since is not None:
        since = store.stand(args.since)
    elif before is not None and before.result_stand_id < stand.id:
        since = store.stand(before.result_stand_id)
    else:
        since = next((s for s in reversed(store.stands()) if s.id < stand.id), None)
    upto = [s for s in store.stands() if s.id <= stand.id]
    stored = [s for s in upto if since and since.id < s.id]
    ages = staleness.report_ages(store, tuple(upto), clock.today(), staleness.stale_months())
    content = meeting.build_meeting(store.plan(stand.id), stand, store.plan(since.id) if since else None, since,
                                    clock.today(), stored=stored, stale=staleness.stale_texts(ages),
                                    decision_history=history.decision_history(store, upto))
    try:
        data = deck.build_deck(content, deck.template_path()) if suffix == ".pptx" else report.build_report(content)
    except deck.TemplateError as error:
        return _fail(str(error))
    try:
        Path(args.out).write_bytes(data)
    except OSError as error:
        return _fail(texts.cli.REPORT_WRITE_FAILED.format(path=args.out, detail=error.strerror or error))
    print(texts.cli.REPORT_WRITTEN.format(stand=stand.id, comparison=content.comparison, path=args.out))
    return OK


def run_stands(store: Store, _args: argparse.Namespace) -> int:
    for stand in store.stands():
        print(stand_line(stand))
    return OK


def stand_line(stand: StandInfo) -> str:
    rows = ", ".join(f"{n} {sheet}" for sheet, n in stand.counts.items() if n)
    parts = [
        f"{stand.id:>4}",
        format_datetime(stand.created_at),
        stand.created_by,
        stand_kind(stand),
        ", ".join(stand.files) or "–",
        stand.note or "–",
        rows or "leer",
    ]
    return "  ".join(parts)


def run_backup(store: Store, args: argparse.Namespace) -> int:
    try:
        summary_ = backup.backup(store, Path(args.out))
    except OSError as error:
        return _fail(texts.cli.REPORT_WRITE_FAILED.format(path=args.out, detail=error.strerror or error))
    print(texts.cli.BACKED_UP.format(path=args.out, summary=summary_.line()))
    return OK


def run_restore(store: Store, args: argparse.Namespace) -> int:
    summary_ = backup.restore(store, Path(args.source))
    print(texts.cli.RESTORED.format(path=args.source, summary=summary_.line()))
    return OK


def run_round(store: Store, args: argparse.Namespace) -> int:
    return ROUND_ACTIONS[args.action](store, args)


def _open_round_or_fail(store: Store) -> rounds.Round:
    current = rounds.open_round_now(store)
    if current is None:
        raise rounds.RoundError(texts.rounds.NONE_OPEN)
    return current


def round_open(store: Store, args: argparse.Namespace) -> int:
    opened = rounds.open_round(store, deadline=args.deadline, stichtag=args.stichtag, note=args.note,
                               user=access.operator(_user()))
    leads = round_status(store, opened, clock.today())
    print(texts.rounds.OPENED.format(id=opened.id, stichtag=format_date(opened.stichtag),
                                     deadline=format_date(opened.deadline), count=len(leads)))
    return OK


def round_show(store: Store, _args: argparse.Namespace) -> int:
    """The open round, else the last closed one: a heading line, then one line per Federführung."""
    shown = rounds.open_round_now(store) or rounds.last_closed(store)
    if shown is None:
        return _fail(texts.rounds.NONE_OPEN)
    print(round_line(shown))
    for report in round_status(store, shown, clock.today()):
        lead = report.federfuehrung
        print(texts.rounds.STATUS_LINE.format(st_nr=lead.st_nr, name=lead.name,
                                              measures=counted(len(lead.measures), texts.rounds.MEASURES_COUNT),
                                              state=report.state, detail=f" ({report.detail})"))
    return OK


def round_workbook(store: Store, args: argparse.Namespace) -> int:
    data, lead = rounds_workbook.round_workbook(store, args.st_nr.strip(), rounds.open_round_now(store))
    try:
        Path(args.out).write_bytes(data)
    except OSError as error:
        return _fail(texts.cli.REPORT_WRITE_FAILED.format(path=args.out, detail=error.strerror or error))
    print(texts.rounds.WORKBOOK_WRITTEN.format(name=lead.label, path=args.out,
                                               measures=counted(len(lead.measures), texts.rounds.MEASURES_COUNT)))
    return OK


def round_confirm(store: Store, args: argparse.Namespace) -> int:
    _open_round_or_fail(store)
    latest = store.latest()
    lead = rounds_workbook.lead_of(store.plan(latest.id), args.st_nr.strip())
    confirmation = rounds.confirm(store, lead.st_nr, access.operator(_user()))
    print(texts.rounds.CONFIRMED.format(name=lead.label, stand=confirmation.stand_id))
    return OK


def round_close(store: Store, _args: argparse.Namespace) -> int:
    closed = rounds.close_round(store, access.operator(_user()))
    states = [r.state for r in round_status(store, closed, clock.today())]
    summary_ = texts.rounds.CLOSED_SUMMARY.format(**{name: states.count(state) for name, state in (
        ("reported", ReportState.REPORTED), ("confirmed", ReportState.CONFIRMED), ("missing", ReportState.MISSING))})
    print(texts.rounds.CLOSED.format(id=closed.id, stand=closed.result_stand_id, summary=summary_))
    return OK


def run_remind(store: Store, args: argparse.Namespace) -> int:
    """Mail the missing Federführungen of the open round; exit 1 when one has no address, 2 when the server fails."""
    current = rounds.open_round_now(store)
    if current is None:
        print(texts.cli.NO_OPEN_ROUND_REMIND)
        return OK
    try:
        if args.dry_run:
            outcome = reminders.remind(store, current, clock.today(), setting(mail.FROM_SETTING) or "", None)
        else:
            server, sender = mail.configured()
            with mail.connection(server) as smtp:
                outcome = reminders.remind(store, current, clock.today(), sender,
                                           lambda message: _sent(smtp, server, message))
    except mail.MailError as error:
        return _fail(str(error))
    for message in outcome.sent if args.dry_run else ():
        print(texts.cli.WOULD_REMIND.format(to=message["To"]))
        print(f"Betreff: {message['Subject']}\n\n{message.get_content()}")
    for report in outcome.already:
        print(texts.cli.ALREADY_REMINDED.format(name=report.federfuehrung.label))
    for report in outcome.without_address:
        print(f"Fehler: {texts.cli.NO_ADDRESS.format(name=report.federfuehrung.label)}", file=sys.stderr)
    verb = texts.cli.VERB_PRINTED if args.dry_run else texts.cli.VERB_SENT
    print(counted(len(outcome.sent), texts.cli.REMIND_SUMMARY, verb=verb))
    return DATA_ERRORS if outcome.without_address else OK


def _sent(smtp, server: mail.MailServer, message) -> None:
    mail.send(smtp, server, message)
    print(texts.cli.REMINDED.format(to=message["To"], subject=message["Subject"]))


ROUND_ACTIONS = {"open": round_open, "status": round_show, "workbook": round_workbook, "confirm": round_confirm,
                 "close": round_close}

COMMANDS = {"check": run_check, "import": run_import, "export": run_export, "stands": run_stands, "report": run_report,
            "backup": run_backup, "restore": run_restore, "round": run_round, "remind": run_remind}
