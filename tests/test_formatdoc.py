"""docs/format.md is generated from the schema and must stay in step with it."""

from __future__ import annotations

from pathlib import Path

from loaders.schema import SHEETS
from loaders.vocabulary import BOOL_FALSE, BOOL_TRUE, CANONICAL
from masterplan.exports.formatdoc import REGENERATE_COMMAND, format_markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "format.md"


def test_docs_file_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == format_markdown(), f"docs/format.md is stale: run `{REGENERATE_COMMAND}`"


def test_every_sheet_column_and_alias_is_documented() -> None:
    doc = format_markdown()
    missing = [name for sheet in SHEETS for name in (sheet.name, *sheet.aliases, sheet.description) if name not in doc]
    missing += [f"{sheet.name}: {name}" for sheet in SHEETS for column in sheet.columns
                for name in (*column.all_names, column.hint) if name not in doc]
    assert not missing


def test_every_allowed_value_is_documented() -> None:
    doc = format_markdown()
    values = [value for values in CANONICAL.values() for value in values] + [BOOL_TRUE[0], BOOL_FALSE[0]]
    assert not [value for value in values if value not in doc]


def test_design_rules_are_stated() -> None:
    doc = format_markdown()
    assert "Ein Jahr allein steht für den 31.12." in doc
    assert "leere Zelle" in doc and "löscht den Wert" in doc
    assert "zwischen 0 und 1" in doc and "Anteile" in doc


def test_decisions_sheet_is_documented_with_its_rules() -> None:
    doc = format_markdown()
    assert "| Beschlüsse | Decisions | Nr. | Beschlüsse des Lenkungskreises" in doc
    assert ("| Maßnahme/Leitziel | Bezug, Maßnahme oder Leitziel, Related to, Measure or goal | Verweis auf Maßnahmen "
            "oder Leitziele | nein | Nr. aus „Maßnahmen“ oder LZ-Nr. aus „Leitziele“ |") in doc
    assert "| Frist | Deadline, Termin | Datum (TT.MM.JJJJ) | nein |  | TT.MM.JJJJ, nicht vor dem Datum |" in doc
    assert ("| Status |  | Auswahlliste | nein | offen · erledigt · verworfen | offen, erledigt oder verworfen; "
            "leer = offen |") in doc
    assert "Indikatoren: Federführung; Beteiligungen: ST-Nr.; Beschlüsse: Zuständig) bieten die Stakeholder" in doc
