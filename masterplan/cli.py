"""The CLI contract: check, import, export, stands, report, backup, restore. Exit 0 fine, 1 data errors, 2 unreadable
or bad usage.

Every path stores nothing unless all files are valid; the CLI never adds example data.
"""

from __future__ import annotations

import argparse
import getpass
import random
import sys
import time
from pathlib import Path

from loaders.findings import Finding
from masterplan import access, clock, texts
from masterplan.exports.workbook import write_workbook
from masterplan.formatting import format_datetime
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
    load.add_argument("--by", default=None, help="Wer importiert (Standard: Benutzername)")
    export = commands.add_parser("export", help="Einen Stand als Arbeitsmappe im Vorlagenformat schreiben")
    export.add_argument("out", metavar="OUT.xlsx")
    export.add_argument("--stand", type=int, help="Nummer des Stands (Standard: der neueste)")
    commands.add_parser("stands", help="Alle Stände auflisten, der neueste zuletzt")
    report = commands.add_parser("report", help="Foliensatz (.pptx) oder Bericht (.pdf) für den Lenkungskreis")
    report.add_argument("out", metavar="OUT.pptx|OUT.pdf")
    report.add_argument("--stand", type=int, help="Nummer des Stands (Standard: der neueste)")
    report.add_argument("--since", type=int, help="Vergleichsstand (Standard: der Stand davor)")
    save = commands.add_parser("backup", help="Alle Stände mit Originaldateien sichern (SQLite: Datenbankkopie)")
    save.add_argument("out", metavar="OUT")
    load_backup = commands.add_parser("restore", help="Eine Sicherung in eine leere Datenbank zurückspielen")
    load_backup.add_argument("source", metavar="IN")
    for sub in commands.choices.values():
        sub.add_argument("--db", help="Datenbank-URL (sonst DATABASE_URL, sonst SQLite in data/)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        store = Store(args.db)
    except StoreError as error:
        return _fail(str(error))
    try:
        return COMMANDS[args.command](store, args)
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
    for _ in range(IMPORT_ATTEMPTS):
        prepared = importer.prepare(store, files, sheet=args.sheet, complete=args.complete,
                                    adopt_example=args.adopt_example)
        code = _outcome(prepared, args.adopt_example)
        if code is not None:
            return code
        if prepared.changes_nothing:
            print(texts.cli.NOTHING_CHANGED)
            return OK
        try:
            stand = importer.commit(store, prepared, user=access.operator(args.by or _user()), note=args.note)
        except StaleBase:  # another import landed in between: check again against it, after a random pause
            time.sleep(random.uniform(0.05, 0.5))
            continue
        print(texts.cli.STORED.format(stand=stand.id, summary=summary(prepared)))
        return OK
    return _fail(texts.storage.DATABASE_BUSY)


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
    stand = store.stand(args.stand) if args.stand is not None else store.latest()
    if stand is None:
        return _fail(texts.cli.REPORT_NO_STAND)
    if args.since is not None:
        since = store.stand(args.since)
    else:
        since = next((s for s in reversed(store.stands()) if s.id < stand.id), None)
    upto = [s for s in store.stands() if s.id <= stand.id]
    stored = [s for s in upto if since and since.id < s.id]
    content = meeting.build_meeting(store.plan(stand.id), stand, store.plan(since.id) if since else None, since,
                                    clock.today(), stored=stored,
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


COMMANDS = {"check": run_check, "import": run_import, "export": run_export, "stands": run_stands, "report": run_report,
            "backup": run_backup, "restore": run_restore}
