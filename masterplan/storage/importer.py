"""From uploaded files to a checked preview, and from a confirmed preview to a new Stand.

The dashboard and the CLI both use prepare() then commit(); nothing is stored before commit(), and
commit() refuses when errors exist or another Stand was stored since prepare().
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from loaders import messages as msg
from loaders.findings import INFO, Finding, Unreadable
from loaders.merge import Changeset, merge, reading_order
from loaders.parse import SheetTable
from loaders.read import load_tables
from loaders.schema import SHEETS
from masterplan import access, clock, plausibility, texts
from masterplan.access import LOCAL, User, operator
from masterplan.formatting import counted
from masterplan.paths import DATA
from masterplan.storage.store import StaleBase, StandInfo, Store, UploadFile

EXAMPLE_WORKBOOK = DATA / "Masterplan_Beispiel.xlsx"
EXAMPLE_AUTHOR = "Beispieldaten"
ADOPTED_KIND = "adopted"  # the Stand kind of a first real upload that took the example data as its base
SHEET_NAMES = tuple(sheet.name for sheet in SHEETS)


@dataclass
class Prepared:
    """A checked upload: what it would change, every finding, and the Stand it was checked against."""

    files: list[UploadFile]
    changeset: Changeset
    unreadable: list[Finding] = field(default_factory=list)
    latest: StandInfo | None = None
    example_base: bool = False  # the newest Stand holds example data, so the upload was checked on an empty base
    complete: bool = False
    adopted_example: bool = False  # the user took the example data as the start of the real data instead

    @property
    def findings(self) -> list[Finding]:
        return [*self.unreadable, *self.changeset.findings]

    @property
    def has_errors(self) -> bool:
        return bool(self.unreadable) or self.changeset.has_errors

    @property
    def changes_nothing(self) -> bool:
        return self.changeset.is_empty and not (self.example_base or self.adopted_example)


def read_tables(
    files: list[UploadFile], sheet: str | None = None
) -> tuple[list[SheetTable], list[Finding], list[Finding]]:
    """Parse every file: (tables, findings of readable files, one finding per unreadable file)."""
    tables: list[SheetTable] = []
    findings: list[Finding] = []
    unreadable: list[Finding] = []
    for upload in files:
        try:
            file_tables, file_findings = load_tables(upload.name, upload.content, sheet)
        except Unreadable as error:
            unreadable.append(Finding("Fehler", error.message, file=upload.name))
            continue
        tables.extend(file_tables)
        findings.extend(file_findings)
    return tables, findings, unreadable


def upload_token(files: list[UploadFile], sheet: str | None, complete: bool, adopt_example: bool = False,
                 user: User = LOCAL) -> str:
    """Identifies an upload with its options and who checks it: the same files checked twice, or confirmed twice,
    are one upload; signed in as someone else, they are checked again."""
    digest = hashlib.sha256(f"{sheet}|{complete}|{adopt_example}|{user.email}|{user.role}".encode())
    for upload in files:
        digest.update(upload.sha256.encode())
    return digest.hexdigest()


def prepare(store: Store, files: list[UploadFile], *, sheet: str | None = None, complete: bool = False,
            adopt_example: bool = False, user: User = LOCAL) -> Prepared:
    """Read, merge into the newest Stand and check; plausibility warnings follow once there are no errors. Rows
    ``user`` may not change are errors of the preview too (commit() decides again).

    Example data is never a base by itself: on it an upload starts from an empty Stand, unless the user adopts
    the example data explicitly (``adopt_example``) as the start of the real data.
    """
    tables, findings, unreadable = read_tables(files, sheet)
    latest = store.latest()
    on_example = latest is not None and latest.is_example
    adopted = on_example and adopt_example
    example_base = on_example and not adopted
    base = store.state(None if latest is None or example_base else latest.id)
    changeset = merge(tables, base, complete=complete)
    changeset.findings += access.upload_refusals(user, changeset, base)
    if changeset.has_errors or any(f.is_error for f in findings):
        # contradictions are checked on data that could be saved: on 200 000 faulty rows they would cost seconds
        changeset.findings.append(Finding(INFO, texts.plausibility.AFTER_ERRORS))
    else:
        changeset.findings += plausibility.upload_warnings(base, changeset, clock.today())
    changeset.findings.sort(key=reading_order)
    changeset.findings[:0] = findings
    if not any(t.records for t in tables) and not unreadable and not any(f.is_error for f in findings):
        changeset.findings.append(Finding("Fehler", msg.EMPTY_UPLOAD, file=", ".join(f.name for f in files)))
    return Prepared(files, changeset, unreadable, latest, example_base, complete, adopted)


def commit(store: Store, prepared: Prepared, *, user: User, note: str = "", is_example: bool = False) -> StandInfo:
    """Store a checked upload as a new Stand by ``user``; the caller has made sure it has no errors.

    Whether ``user`` may change these rows is decided here again, whoever prepared the upload: a preview kept in
    a session, or one prepared by someone else, gets no further than the user's own rights. A Stand built on
    adopted example data is of kind ADOPTED_KIND, so the history keeps saying that its rows not uploaded since
    are invented.
    """
    if prepared.has_errors:
        raise ValueError("commit() called with errors")
    base = store.state(None if prepared.latest is None or prepared.example_base else prepared.latest.id)
    refused = access.upload_refusals(user, prepared.changeset, base)
    if refused:
        raise access.NotPermitted(counted(len(refused), texts.access.NOT_PERMITTED_UPLOAD, first=refused[0].line()))
    kind = "example" if is_example else ADOPTED_KIND if prepared.adopted_example else "import"
    return store.commit(
        prepared.changeset,
        base_id=prepared.latest.id if prepared.latest else None,
        by=user.signature,
        note=note,
        files=prepared.files,
        kind=kind,
        is_example=is_example,
        clear_example=prepared.example_base,
    )


def load_files(paths: list[str]) -> list[UploadFile]:
    """Files from disk, named as the user named them."""
    return [UploadFile(Path(p).name, Path(p).read_bytes()) for p in paths]


def ensure_example(store: Store) -> StandInfo | None:
    """On first start of the dashboard: the example workbook, through the same import path as any upload."""
    if store.latest() is not None:
        return None
    prepared = prepare(store, load_files([str(EXAMPLE_WORKBOOK)]))
    if prepared.latest is not None:  # another instance stored a Stand between the two looks: only on empty
        return None
    if prepared.has_errors:
        raise RuntimeError("; ".join(f.line() for f in prepared.findings if f.is_error))
    try:
        return commit(store, prepared, user=operator(EXAMPLE_AUTHOR), note=texts.storage.EXAMPLE_NOTE,
                      is_example=True)
    except StaleBase:  # another session loaded it at the same moment
        return None
