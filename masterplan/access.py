"""Who may do what. The roles come from the ``[roles]`` section of the secrets; the rules are decided here and
enforced where data is written (masterplan.storage), never only by hiding a button.

Betrachter read and export; Bearbeiter also upload, but only rows of measures whose Federführung they report
for (a measure, its milestones, its involvements) and values of the indicators they report; Admins (the
Geschäftsstelle) everything, including the reference sheets (also the Lenkungskreis's Beschlüsse, even on an
editor's own measure), rollback and rounds.
Without sign-in (local mode) and on the command line everyone is admin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from loaders.findings import ERROR, Finding
from loaders.merge import Changeset, MergedState, SheetChange
from loaders.schema import KEY_SEPARATOR
from loaders.state import BaseState, Row
from masterplan import texts

TEXT = texts.access
MEASURE_SHEETS = ("Maßnahmen", "Meilensteine", "Beteiligungen")  # rows that belong to a measure's Federführung
VALUE_SHEET = "Indikatorwerte"  # rows that belong to their Indikator's Federführung, when it has one
OWNED_SHEETS = (*MEASURE_SHEETS, VALUE_SHEET)


class Role(StrEnum):
    VIEWER = TEXT.ROLE_VIEWER
    EDITOR = TEXT.ROLE_EDITOR
    ADMIN = TEXT.ROLE_ADMIN


@dataclass(frozen=True)
class User:
    """The person acting: from the sign-in token, or the local/CLI user (admin)."""

    email: str
    name: str
    role: Role
    federfuehrungen: frozenset[str] = field(default_factory=frozenset)  # ST-Nr. an editor reports for

    @property
    def signature(self) -> str:
        """What a Stand records as its author: „Name <e-mail>“, or whichever of the two is known."""
        if self.name and self.email and self.name != self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email

    @property
    def may_upload(self) -> bool:
        return self.role != Role.VIEWER

    @property
    def may_administer(self) -> bool:
        """Rollback, reference sheets, rounds."""
        return self.role == Role.ADMIN

    @property
    def may_read_originals(self) -> bool:
        """The uploaded files themselves, which may hold more than the dashboard shows."""
        return self.role != Role.VIEWER


def author_name(signature: str) -> str:
    """The name in a Stand's author („Name <e-mail>“ → „Name“), for slides that have no room for addresses."""
    return signature.split(" <", 1)[0] if signature.endswith(">") and " <" in signature else signature


def operator(name: str) -> User:
    """Whoever runs the app without sign-in or the command line on the server: admin, named as given."""
    return User("", name, Role.ADMIN)


LOCAL = operator(texts.frame.LOCAL_USER)


def _email(value: object) -> str:
    return str(value).strip().casefold()


@dataclass(frozen=True)
class Roles:
    """The ``[roles]`` section: ``admins`` (e-mails), ``editors`` (e-mail → ST-Nr. list); everyone else who
    signs in is a Betrachter. E-mails compare without case."""

    admins: frozenset[str] = frozenset()
    editors: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: Mapping[str, object] | None) -> Roles:
        config = config or {}
        admins = config.get("admins") or []
        editors = config.get("editors") or {}
        return cls(frozenset(_email(a) for a in admins),
                   {_email(e): frozenset(str(s).strip() for s in st_nrs) for e, st_nrs in dict(editors).items()})

    def user(self, email: str, name: str = "") -> User:
        key = _email(email)
        if key in self.admins:
            return User(email, name, Role.ADMIN)
        if key in self.editors:
            return User(email, name, Role.EDITOR, self.editors[key])
        return User(email, name, Role.VIEWER)


class NotPermitted(PermissionError):
    """The user may not do this; the message is German."""


def require(allowed: bool, message: str) -> None:
    if not allowed:
        raise NotPermitted(message)


def _rows(change: SheetChange) -> Iterable[tuple[str, str, Row | None, Row | None]]:
    """(action, key, old row, new row) of every row the change touches."""
    for key, row in change.added.items():
        yield "added", key, None, row
    for key, (old, new) in change.changed.items():
        yield "changed", key, old, new
    for key, row in change.removed.items():
        yield "removed", key, row, None


def upload_refusals(user: User, changeset: Changeset, base: BaseState) -> list[Finding]:
    """One error per row the user may not touch: a measure (or its milestone or involvement) or an indicator value
    of another Federführung before or after the change, any row of a reference sheet for non-admins; for a
    Betrachter one error for the whole upload."""
    if user.may_administer or changeset.is_empty:
        return []
    if not user.may_upload:
        return [Finding(ERROR, TEXT.VIEWER_UPLOAD)]
    merged = MergedState(base, changeset.sheets)
    touched = [(sheet, *row) for sheet, change in changeset.sheets.items() for row in _rows(change)]
    parents = {"Maßnahmen": {str(row["nr"]) for sheet, _, _, old, new in touched if sheet in MEASURE_SHEETS[1:]
                             for row in (old, new) if row is not None},
               "Indikatoren": {str(row["ind_nr"]) for sheet, _, _, old, new in touched if sheet == VALUE_SHEET
                               for row in (old, new) if row is not None}}
    before = {name: base.rows(name, keys) for name, keys in parents.items()}
    after = {name: merged.rows(name, keys) for name, keys in parents.items()}
    names = _stakeholder_names(merged)
    yours = ", ".join(sorted(user.federfuehrungen)) or TEXT.NO_FEDERFUEHRUNG
    findings = []
    for sheet, action, key, old, new in touched:
        origin = changeset.origins.get(sheet, {}).get(key)
        place = {"file": origin.file, "row": origin.row} if origin else {}
        shown_key = key.replace(KEY_SEPARATOR, " / ")
        if sheet not in OWNED_SHEETS:
            findings.append(Finding(ERROR, TEXT.ADMIN_SHEET.format(key=shown_key, action=TEXT.ACTIONS[action],
                                                                   sheet=sheet), sheet=sheet, value=shown_key, **place))
            continue
        foreign = sorted(_owners(sheet, old, new, before, after) - user.federfuehrungen)
        if foreign:
            row = new or old
            what = TEXT.WHAT[sheet].format(**{k: row.get(k, "") for k in ("nr", "ms_nr", "st_nr", "ind_nr")})
            owner = ", ".join(names.get(st_nr, st_nr) or TEXT.NO_FEDERFUEHRUNG for st_nr in foreign)
            findings.append(Finding(ERROR, TEXT.NOT_YOURS.format(what=what, action=TEXT.ACTIONS[action], owner=owner,
                                                                 yours=yours), sheet=sheet, value=shown_key, **place))
    return findings


def _owners(sheet: str, old: Row | None, new: Row | None, before: dict[str, dict[str, Row]],
            after: dict[str, dict[str, Row]]) -> set[str]:
    """The Federführungen a row belongs to before and after the change: a measure's own, a milestone's or
    involvement's measure's, an indicator value's indicator's ("" where there is none: the Geschäftsstelle's)."""
    owners = set()
    for row, parents in ((old, before), (new, after)):
        if row is None:
            continue
        if sheet == "Maßnahmen":
            parent = row
        elif sheet == VALUE_SHEET:
            parent = parents["Indikatoren"].get(str(row["ind_nr"]), {})
        else:
            parent = parents["Maßnahmen"].get(str(row["nr"]), {})
        owners.add(str(parent.get("federfuehrung") or ""))
    return owners


def _stakeholder_names(state: MergedState) -> dict[str, str]:
    """ST-Nr. → „ST02 (WFO)“ for the messages."""
    rows = state.all_rows("Stakeholder")
    return {key: f"{key} ({row.get('kurzname') or row.get('name')})" if row.get("kurzname") or row.get("name")
            else key for key, row in rows.items()}
