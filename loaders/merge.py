"""Merging uploaded rows into a Stand and checking the rows as they would be afterwards.

The merge rules (docs/format.md, „Allgemeine Regeln“): rows are keyed; uploaded cells overwrite, blank
uploaded cells clear, columns not uploaded are kept; ``complete`` removes rows missing from an uploaded sheet.
Only rows that really change end up in the Changeset, so storing it costs what the change costs.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from loaders import messages as msg
from loaders.findings import ERROR, Finding
from loaders.normalize import fold
from loaders.parse import SheetTable, row_keys
from loaders.schema import DEPENDENCY_ORDER, KEY_SEPARATOR, SHEETS, SHEETS_BY_NAME, Sheet
from loaders.stakeholders import StakeholderIndex
from loaders.state import BaseState, Row
from loaders.values import format_date, suggest


@dataclass
class SheetChange:
    """What one sheet gains, changes (old, new) and loses."""

    added: dict[str, Row] = field(default_factory=dict)
    changed: dict[str, tuple[Row, Row]] = field(default_factory=dict)
    removed: dict[str, Row] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def new_rows(self) -> dict[str, Row]:
        return {**self.added, **{k: new for k, (_, new) in self.changed.items()}}


class Origin(NamedTuple):
    """Where a merged row came from, to point findings at the user's cell (one per uploaded row: kept light)."""

    file: str
    row: int
    headers: dict[str, str]
    invalid: set[tuple[int, str]]  # cells of its table already reported, not to be reported again as blank


SHEET_ORDER = {s.name: i for i, s in enumerate(SHEETS)}
_STAKEHOLDER_FIELDS = {s.name: [c.field for c in s.columns if c.ref == ("Stakeholder",)] for s in SHEETS}
_REQUIRED = {s.name: [c for c in s.columns if c.required] for s in SHEETS}
_REFERENCES = {s.name: [c for c in s.columns if c.ref] for s in SHEETS}
_ORDERED_DATES = {s.name: [(c.field, c.not_before) for c in s.columns if c.not_before] for s in SHEETS}
# (sheet, other sheet) whose keys one reference column looks up together (Beteiligungen: Nr.), so they must differ
_SHARED_KEYS = sorted({(a, b) for s in SHEETS for c in s.columns if len(c.ref) > 1
                       for a in c.ref for b in c.ref if a != b})


@dataclass
class Changeset:
    """The result of merging an upload: per-sheet changes and every finding."""

    sheets: dict[str, SheetChange]
    findings: list[Finding]
    uploaded_sheets: tuple[str, ...] = ()
    origins: dict[str, dict[str, Origin]] = field(default_factory=dict)  # sheet → key → the uploaded row

    @property
    def has_errors(self) -> bool:
        return any(f.is_error for f in self.findings)

    @property
    def is_empty(self) -> bool:
        return all(c.is_empty for c in self.sheets.values())


class MergedState:
    """The base with the changes applied, readable like the base."""

    def __init__(self, base: BaseState, changes: dict[str, SheetChange]) -> None:
        self.base = base
        self.changes = changes
        self._keys: dict[str, set[str]] = {}

    def keys(self, sheet: str) -> set[str]:
        if sheet not in self._keys:
            change = self.changes.get(sheet, SheetChange())
            self._keys[sheet] = (self.base.keys(sheet) - set(change.removed)) | set(change.added)
        return self._keys[sheet]

    def rows(self, sheet: str, keys: Iterable[str]) -> dict[str, Row]:
        change = self.changes.get(sheet, SheetChange())
        new = change.new_rows()
        wanted = [k for k in keys if k not in change.removed]
        result = {k: new[k] for k in wanted if k in new}
        result.update(self.base.rows(sheet, [k for k in wanted if k not in new]))
        return result

    def all_rows(self, sheet: str) -> dict[str, Row]:
        return self.rows(sheet, self.keys(sheet))


def merge(tables: list[SheetTable], base: BaseState, complete: bool = False) -> Changeset:
    """Merge uploaded tables into ``base``; see the module docstring for the rules."""
    merger = _Merger(base)
    by_sheet: dict[str, list[SheetTable]] = {}
    for table in tables:
        by_sheet.setdefault(table.sheet.name, []).append(table)
    for name in DEPENDENCY_ORDER:
        if name in by_sheet:
            merger.merge_sheet(SHEETS_BY_NAME[name], by_sheet[name], complete)
    merger.check()
    return Changeset(merger.changes, merger.findings, tuple(n for n in DEPENDENCY_ORDER if n in by_sheet),
                     merger.origins)


class _Merger:
    """State of one merge: changes so far, where rows came from, findings."""

    def __init__(self, base: BaseState) -> None:
        self.base = base
        self.changes: dict[str, SheetChange] = {}
        self.origins: dict[str, dict[str, Origin]] = {}  # sheet → key → where the uploaded row stood
        self.findings: list[Finding] = []
        self.view = MergedState(base, self.changes)
        self._stakeholders: StakeholderIndex | None = None

    # --- merging ----------------------------------------------------------------------------
    def merge_sheet(self, sheet: Sheet, tables: list[SheetTable], complete: bool) -> None:
        uploaded: dict[str, Row] = {}
        origins = self.origins.setdefault(sheet.name, {})
        leads = _STAKEHOLDER_FIELDS[sheet.name]
        for table in tables:
            if leads:
                for number, record in zip(table.row_numbers, table.records, strict=True):
                    self._resolve_stakeholders(sheet, table, number, record)
            keys = row_keys(sheet, table.records)
            for number, record, key in zip(table.row_numbers, table.records, keys, strict=True):
                if self._accept_key(sheet, table, number, record, key, origins):
                    uploaded[key] = record
                    origins[key] = Origin(table.file, number, table.headers, table.invalid)
        base_rows = self.base.rows(sheet.name, uploaded)
        change = SheetChange()
        blank = dict.fromkeys(sheet.fields)
        for key, record in uploaded.items():
            old = base_rows.get(key)
            new = blank.copy() if old is None else dict(old)
            new.update(record)
            if old is None:
                change.added[key] = new
            elif new != old:
                change.changed[key] = (old, new)
        if complete:
            gone = self.base.keys(sheet.name) - set(uploaded)
            change.removed = self.base.rows(sheet.name, gone)
        self.changes[sheet.name] = change
        self.view._keys.pop(sheet.name, None)
        if sheet.name == "Stakeholder":
            self._stakeholders = None

    def _accept_key(self, sheet: Sheet, table: SheetTable, number: int, record: Row, key: str,
                    origins: dict[str, Origin]) -> bool:
        """Whether to take the row: not when a key cell is blank or the key came before (both with a finding)."""
        if len(sheet.key) > 1 or not key:
            missing = [f for f in sheet.key if record.get(f) in (None, "")]
            for name in missing:
                self._error(msg.REQUIRED_VALUE, sheet.name, table.file, number, table.headers[name])
            if missing:
                return False
        previous = origins.get(key)
        if previous is None:
            return True
        rows = (f"{previous.row} und {number}" if previous.file == table.file
                else f"{previous.row} in {previous.file} und {number} in {table.file}")
        text = msg.DUPLICATE_KEY.format(what=msg.KEY_WHAT[sheet.name], key=_display_key(key), rows=rows)
        self._error(text, sheet.name, table.file, number, table.headers[sheet.key[0]], _display_key(key))
        return False

    def _resolve_stakeholders(self, sheet: Sheet, table: SheetTable, number: int, record: Row) -> None:
        """Stakeholder references may name the ST-Nr., the Kurzname or the Name; store the ST-Nr."""
        for name in _STAKEHOLDER_FIELDS[sheet.name]:
            value = record.get(name)
            if value is None:
                continue
            matches = self.stakeholders().lookup(str(value))
            if len(matches) == 1:
                record[name] = matches[0]
            elif len(matches) > 1:
                text = msg.AMBIGUOUS_STAKEHOLDER.format(value=value, matches=", ".join(matches))
                self._error(text, sheet.name, table.file, number, table.headers[name], str(value))

    def stakeholders(self) -> StakeholderIndex:
        if self._stakeholders is None:
            self._stakeholders = StakeholderIndex(self.view.all_rows("Stakeholder"))
        return self._stakeholders

    # --- checks on the merged rows ------------------------------------------------------------
    def check(self) -> None:
        for sheet in SHEETS:
            change = self.changes.get(sheet.name)
            if change is None:
                continue
            rows = change.new_rows()
            self._check_required(sheet, rows, change.added)
            self._check_references(sheet, rows)
            self._check_dates(sheet, rows)
            if change.removed:
                self._check_removed(sheet, change.removed)
        self._check_unique_short_names()
        self._check_key_overlap()
        self._check_leads()
        self.findings.sort(key=reading_order)

    def _origin(self, sheet: str, key: str) -> Origin | None:
        return self.origins.get(sheet, {}).get(key)

    def _check_required(self, sheet: Sheet, rows: dict[str, Row], added: dict[str, Row]) -> None:
        """A blank uploaded required cell is an error there; a new row must bring every required column."""
        origins = self.origins.get(sheet.name, {})
        not_uploaded: dict[str, list[str]] = {}
        for column in _REQUIRED[sheet.name]:
            name = column.field
            for key in [k for k, row in rows.items() if row.get(name) is None or row.get(name) == ""]:
                origin = origins.get(key)
                if origin is None:
                    continue
                if name in origin.headers:
                    if (origin.row, name) not in origin.invalid:
                        self._at(origin, sheet, name, msg.REQUIRED_VALUE, "")
                elif key in added:
                    not_uploaded.setdefault(key, []).append(f"„{column.header}“")
        for key, headers in not_uploaded.items():
            origin = origins[key]
            text = msg.NEW_ROW_MISSING_COLUMNS.format(key=_display_key(key), columns=", ".join(headers))
            self._error(text, sheet.name, origin.file, origin.row, "", _display_key(key))

    def _check_references(self, sheet: Sheet, rows: dict[str, Row]) -> None:
        """Set differences first: only rows holding an unknown value are visited one by one."""
        for column in _REFERENCES[sheet.name]:
            name = column.field
            values = {row.get(name) for row in rows.values()} - {None, ""}
            unknown = values.difference(*(self.view.keys(target) for target in column.ref))
            for key, row in rows.items():
                if row.get(name) in unknown:
                    self._unknown_reference(sheet, key, name, column.ref, str(row[name]))

    def _check_dates(self, sheet: Sheet, rows: dict[str, Row]) -> None:
        """A date never before the one its column names (Ende ≥ Beginn, Frist ≥ Datum); ISO text compares as dates."""
        for later, earlier in _ORDERED_DATES[sheet.name]:
            for key, row in rows.items():
                start, end = row.get(earlier), row.get(later)
                if start and end and str(end) < str(start):
                    text = msg.DATE_BEFORE[later].format(end=_german_date(end), start=_german_date(start))
                    self._at(self._origin(sheet.name, key), sheet, later, text, _german_date(end), key=key)

    def _reference_exists(self, targets: tuple[str, ...], value: str) -> bool:
        return any(value in self.view.keys(t) for t in targets)

    def _unknown_reference(self, sheet: Sheet, key: str, field_name: str, targets: tuple[str, ...], value: str) -> None:
        what = msg.REFERENCE_WHAT["|".join(targets)]
        candidates = [k for t in targets for k in self.view.keys(t)]
        guess = None
        if targets == ("Stakeholder",):
            candidates += self.stakeholders().names()
            guess = self.stakeholders().named_in_label(value)
        guess = guess or suggest(value, candidates)
        text = (
            msg.UNKNOWN_REFERENCE_SUGGESTION.format(value=value, what=what, suggestion=guess)
            if guess
            else msg.UNKNOWN_REFERENCE.format(
                value=value, what=what, hint=msg.REFERENCE_HINT.format(sheet=" oder ".join(targets))
            )
        )
        self._at(self._origin(sheet.name, key), sheet, field_name, text, value, key=key)

    def _check_removed(self, sheet: Sheet, removed: dict[str, Row]) -> None:
        """A removed row must not leave rows pointing at it."""
        gone = set(removed)
        for other in SHEETS:
            fields = [c.field for c in other.columns if sheet.name in c.ref]
            if not fields:
                continue
            refs: dict[str, list[str]] = {}
            for key, row in self.view.all_rows(other.name).items():
                for name in fields:
                    if row.get(name) in gone and not self._reference_exists(other.column(name).ref, str(row[name])):
                        refs.setdefault(str(row[name]), []).append(_display_key(key))
            for target, keys in sorted(refs.items()):
                keys.sort()
                listed = ", ".join(keys[:5]) + (" …" if len(keys) > 5 else "")
                text = msg.STILL_REFERENCED.format(key=target, sheet=other.name, refs=listed)
                self.findings.append(Finding(ERROR, text, sheet=sheet.name, value=target))

    def _check_unique_short_names(self) -> None:
        change = self.changes.get("Stakeholder")
        if change is None or change.is_empty:
            return
        seen: dict[str, str] = {}
        for key, row in sorted(self.view.all_rows("Stakeholder").items()):
            short = row.get("kurzname")
            if not short:
                continue
            other = seen.setdefault(fold(str(short)), key)
            if other != key:
                text = msg.DUPLICATE_KEY.format(what="Kurzname", key=short, rows=f"{other} und {key}")
                origin = self._origin("Stakeholder", key) or self._origin("Stakeholder", other)
                self._at(origin, SHEETS_BY_NAME["Stakeholder"], "kurzname", text, str(short))

    def _check_key_overlap(self) -> None:
        """A column naming a row of one of several sheets (Beteiligungen: a Maßnahme or a Fokusprojekt, Beschlüsse:
        a Maßnahme or a Leitziel) needs their keys to differ."""
        for sheet, other in _SHARED_KEYS:
            change = self.changes.get(sheet)
            if change is None:
                continue
            for key in sorted(set(change.added) & self.view.keys(other)):
                text = msg.KEY_CHANGED_SHEET.format(key=key, other=msg.ROW_WHAT[other], what=msg.ROW_WHAT[sheet])
                self._at(self._origin(sheet, key), SHEETS_BY_NAME[sheet], SHEETS_BY_NAME[sheet].key[0], text, key)

    def _check_leads(self) -> None:
        """Exactly one federführend per measure or project, and Beteiligungen agrees with Federführung."""
        affected: set[str] = set()
        for sheet in ("Maßnahmen", "Fokusprojekte"):
            change = self.changes.get(sheet)
            if change is not None:
                affected |= set(change.added) | {
                    k for k, (o, n) in change.changed.items() if o.get("federfuehrung") != n.get("federfuehrung")
                }
        involvement = self.changes.get("Beteiligungen")
        if involvement is not None:
            affected |= {str(r.get("nr")) for r in involvement.new_rows().values()}
        if not affected:
            return
        leads: dict[str, list[str]] = {}
        keys = [k for k in self.view.keys("Beteiligungen") if k.split(KEY_SEPARATOR, 1)[0] in affected]
        for key, row in self.view.rows("Beteiligungen", keys).items():
            if row.get("rolle") == "federführend":
                leads.setdefault(str(row["nr"]), []).append(key)
        for number, involved in sorted(leads.items()):
            self._check_lead(number, involved)

    def _check_lead(self, number: str, involved: list[str]) -> None:
        sheet = SHEETS_BY_NAME["Beteiligungen"]
        if len(involved) > 1:
            names = ", ".join(k.split(KEY_SEPARATOR, 1)[1] for k in sorted(involved))
            origins = [o for o in (self._origin("Beteiligungen", k) for k in involved) if o is not None]
            origin = min(origins, key=lambda o: (o.file, o.row), default=None)
            self._at(origin, sheet, "rolle", msg.SEVERAL_LEADS.format(key=number, leads=names), "federführend")
            return
        owner = next((s for s in ("Maßnahmen", "Fokusprojekte") if number in self.view.keys(s)), None)
        if owner is None:
            return
        lead = self.view.rows(owner, [number])[number].get("federfuehrung")
        person = involved[0].split(KEY_SEPARATOR, 1)[1]
        if lead and lead != person:
            text = msg.LEAD_DISAGREES.format(involved=person, sheet=owner, lead=lead)
            origin = self._origin("Beteiligungen", involved[0]) or self._origin(owner, number)
            self._at(origin, sheet, "rolle", text, "federführend")

    # --- findings -----------------------------------------------------------------------------
    def _error(self, text: str, sheet: str, file: str, row: int | None, column: str, value: str = "") -> None:
        self.findings.append(Finding(ERROR, text, file=file, sheet=sheet, row=row, column=column, value=value))

    def _at(
        self,
        origin: Origin | None,
        sheet: Sheet,
        field_name: str,
        text: str,
        value: str,
        key: str = "",
    ) -> None:
        """A finding at the uploaded cell when the row came from the upload, else at the stored row."""
        header = (
            origin.headers.get(field_name, sheet.column(field_name).header)
            if origin
            else sheet.column(field_name).header
        )
        if origin is None and key:
            text = f"{_display_key(key)}: {text}"
        self.findings.append(
            Finding(
                ERROR,
                text,
                file=origin.file if origin else "",
                sheet=sheet.name,
                row=origin.row if origin else None,
                column=header,
                value=value,
            )
        )


# "ST05 – OWT": the ST-Nr. before LABEL_SEPARATOR; a typed hyphen or em dash is read the same way.


def _display_key(key: str) -> str:
    return key.replace(KEY_SEPARATOR, " / ")


def _german_date(value: object) -> str:
    return format_date(datetime.date.fromisoformat(str(value)))


def reading_order(finding: Finding) -> tuple[str, int, int]:
    """Findings as the user reads the files: by file, sheet in schema order, row (stored rows last)."""
    sheet = SHEET_ORDER.get(finding.sheet, len(SHEET_ORDER))
    return finding.file or "\uffff", sheet, finding.row if finding.row is not None else 1 << 30
