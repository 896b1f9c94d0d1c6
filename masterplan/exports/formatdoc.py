"""The upload format in German words, generated from the schema.

docs/format.md and the „Hinweise“ sheet of the template both read the rows built here, so the
documentation cannot drift from what the importer accepts. Regenerate the file with
``python -m masterplan.exports.formatdoc > docs/format.md``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from loaders.normalize import fold
from loaders.schema import (
    BETEILIGUNGEN,
    HELPER_SHEETS,
    LABEL_SEPARATOR,
    SHEETS,
    SHEETS_BY_NAME,
    STAKEHOLDER,
    Column,
    Kind,
    Sheet,
)
from loaders.vocabulary import BOOL_FALSE, BOOL_TRUE, CANONICAL, ROLLE, SYNONYMS
from masterplan.vocabulary import AMPEL, ROLES, STATUS

REGENERATE_COMMAND = "python -m masterplan.exports.formatdoc > docs/format.md"

# Field that names the lead stakeholder of a row; Beteiligungen holds everyone else.
LEAD_FIELD = "federfuehrung"

TEXT: dict[str, str] = {
    "title": "Format der Masterplan-Arbeitsmappe",
    "generated": f"Erzeugt aus loaders/schema.py – nicht von Hand ändern, sondern neu erzeugen: `{REGENERATE_COMMAND}`",
    "intro": "Diese Arbeitsmappe ist Vorlage und Upload-Format des Masterplan-Monitors. Jedes Blatt entspricht "
             "einer Tabelle: in der Vorlage stehen die Spaltenüberschriften in Zeile 1, darunter je Zeile ein "
             "Datensatz.",
    "rules": "Allgemeine Regeln",
    "sheets": "Blätter",
    "columns": "Spalten",
    "vocabularies": "Erlaubte Werte der Listenspalten",
    "sheet": "Blatt",
    "english": "Englisch",
    "key": "Schlüssel",
    "description": "Beschreibung",
    "column": "Spalte",
    "type": "Typ",
    "required": "Pflicht",
    "allowed": "Erlaubte Werte",
    "hint": "Hinweis",
    "list": "Liste",
    "value": "Wert",
    "synonyms": "Ebenfalls erkannt",
    "meaning": "Bedeutung im Dashboard",
    "yes": "ja",
    "no": "nein",
    "unique": "eindeutig",
    "ref": "Verweis auf {sheets}",
    "ref_value": "{headers} aus „{sheet}“",
    "or": " oder ",
    "between": "{minimum} bis {maximum}",
    "above": "größer als {minimum}",
    "at_least": "mindestens {minimum}",
    "list_error_title": "Wert nicht in der Liste",
    "list_error": "Bitte einen Wert aus der Liste wählen. Gängige Synonyme werden beim Hochladen erkannt, "
                  "unbekannte Werte sind Fehler.",
    "reference_error": "Bitte eine Kennung aus der Liste wählen: unbekannte Kennungen sind beim Hochladen Fehler.",
    "stakeholder_error": "Bitte einen Eintrag aus der Liste wählen. ST-Nr., Kurzname oder Name aus dem Blatt "
                         "Stakeholder werden beim Hochladen ebenfalls erkannt.",
}

KIND_WORDS: dict[Kind, str] = {
    Kind.TEXT: "Text",
    Kind.CHOICE: "Auswahlliste",
    Kind.PERCENT: "Prozent",
    Kind.DATE: "Datum (TT.MM.JJJJ)",
    Kind.DATE_OR_YEAR: "Datum oder Jahr",
    Kind.NUMBER: "Zahl",
    Kind.MONEY: "Betrag in Euro",
    Kind.YEAR: "Jahr (JJJJ)",
    Kind.BOOL: "ja/nein",
    Kind.EMAIL: "E-Mail-Adresse",
}

# How uploads are read and merged (loaders.merge does it); placeholders are filled from the schema by rules().
RULES: tuple[str, ...] = (
    ("Dateiformate: Excel-Arbeitsmappe (xlsx, xls, xlsm – nur Werte, Makros werden nie ausgeführt), "
     "OpenDocument (ods) oder je Blatt eine CSV-Datei (Dateiname oder Auswahl bestimmt das Blatt)."),
    ("Eine Datei darf beliebig viele der Blätter enthalten. Die Blätter {helpers} sind Hilfen und werden "
     "beim Hochladen ignoriert."),
    ("Blatt- und Spaltennamen werden großzügig erkannt: Groß- und Kleinschreibung, Leerzeichen, Satzzeichen, "
     "Einheiten wie „(%)“ oder „in %“, „ß“/„ss“ und Umlaute/„ae oe ue“ spielen keine Rolle; die englischen "
     "Namen werden ebenfalls erkannt."),
    ("Die Überschriftenzeile muss nicht in Zeile 1 stehen (Titelzeilen darüber sind erlaubt); vollständig "
     "leere Zeilen und Spalten werden ignoriert."),
    ("Zeilen werden über ihren Schlüssel zugeordnet. Ein Upload mit nur einigen Blättern, Zeilen oder Spalten "
     "ändert nur diese Zellen, alles andere bleibt erhalten. Eine neue Zeile muss alle Pflichtspalten füllen."),
    ("Eine leere Zelle in einer hochgeladenen Spalte löscht den Wert der vorhandenen Zeile; ein leeres "
     "Pflichtfeld ist ein Fehler. Spalten, die im Upload fehlen, bleiben unverändert."),
    "Wird ein Upload als vollständig markiert, werden Zeilen entfernt, die in einem hochgeladenen Blatt fehlen.",
    ("Datumsangaben als TT.MM.JJJJ, als ISO-Datum (JJJJ-MM-TT) oder als Excel-Datum. "
     "Ein Jahr allein steht für den 31.12. dieses Jahres ({date_or_year})."),
    ("Prozentwerte ({percent}) als Zahl von 0 bis 100 („45“, „45 %“, „45,5“) oder als Excel-Prozentzelle. "
     "Liegen alle Zahlenzellen einer Spalte zwischen 0 und 1, gelten sie als Anteile (0,45 = 45 %); enthält die "
     "Spalte nur 0 und 1, gibt es eine Warnung. Als Text geschriebene Werte (auch in CSV-Dateien) gelten, wie sie "
     "geschrieben sind."),
    "Beträge ({money}) in Euro, auch als Text wie „1.234,50 €“.",
    ("Listenspalten nehmen die unten genannten Werte und gängige Synonyme (auch englisch) an; unbekannte Werte "
     "sind Fehler."),
    ("Verweisspalten ({references}) bieten in Vorlage und Export eine Auswahlliste der Kennungen, die die "
     "Arbeitsmappe selbst enthält; sie wächst mit jeder neu eingetragenen Zeile."),
    ("Stakeholder-Verweise ({stakeholder_references}) bieten die Stakeholder der Arbeitsmappe als ST-Nr. mit "
     "Kurznamen (ohne Kurznamen mit Namen) zur Auswahl, z. B. „{example}“; so stehen sie auch im Export. Beim "
     "Hochladen zählt nur die ST-Nr. vor dem Strich; ST-Nr., Kurzname oder Name allein werden ebenso erkannt."),
    ("Der Eintrag in der Federführungsspalte ({lead}) ist die {lead_role}e Beteiligung; das Blatt „{involvement}“ "
     "nennt die übrigen Beteiligten, eine {lead_role}e Zeile dort muss mit diesem Eintrag übereinstimmen."),
    "Texte bleiben Text, auch wenn sie mit „=“, „+“, „-“ oder „@“ beginnen; Formeln werden nie ausgeführt.",
    ("Vor dem Speichern zeigt eine Vorschau, was hinzukommt, sich ändert oder entfällt. Fehler nennen Blatt, "
     "Zeile, Spalte und Wert und verhindern das Speichern; Warnungen nicht."),
)

SHEET_HEADER: tuple[str, ...] = (TEXT["sheet"], TEXT["english"], TEXT["key"], TEXT["description"])
COLUMN_HEADER: tuple[str, ...] = (
    TEXT["column"], TEXT["english"], TEXT["type"], TEXT["required"], TEXT["allowed"], TEXT["hint"],
)
VOCABULARY_HEADER: tuple[str, ...] = (TEXT["list"], TEXT["value"], TEXT["synonyms"], TEXT["meaning"])
MEANINGS = {"status": STATUS, "ampel": AMPEL, "rolle": ROLES}  # the vocabularies whose values the dashboard explains

BOOL_VOCABULARY = KIND_WORDS[Kind.BOOL]
BOOL_VALUES: dict[str, tuple[str, ...]] = {BOOL_TRUE[0]: BOOL_TRUE[1:], BOOL_FALSE[0]: BOOL_FALSE[1:]}


def _quoted(names: list[str] | tuple[str, ...]) -> str:
    """German quotation marks, so names stand out from the sentence around them."""
    return ", ".join(f"„{name}“" for name in names)


def _number(value: float) -> str:
    """A bound as a German reader writes it (decimal comma)."""
    return f"{value:g}".replace(".", ",")


def _columns_where(predicate: Callable[[Column], bool]) -> list[tuple[Sheet, Column]]:
    """Every (sheet, column) pair the predicate picks, in schema order."""
    return [(sheet, column) for sheet in SHEETS for column in sheet.columns if predicate(column)]


def _column_names(pairs: list[tuple[Sheet, Column]]) -> str:
    """"Sheet: Header" for each pair, to name the columns a rule or a list is about."""
    return "; ".join(f"{sheet.name}: {column.header}" for sheet, column in pairs)


def referring_columns(target: str) -> str:
    """The columns whose cells pick a row of ``target`` alone, e.g. "Maßnahmen: Federführung; …"."""
    return _column_names(_columns_where(lambda c: c.ref == (target,)))


def rules() -> list[str]:
    """The general rules with the schema's own sheet and column names filled in."""
    names = {
        "helpers": _quoted(HELPER_SHEETS),
        "date_or_year": _column_names(_columns_where(lambda c: c.kind is Kind.DATE_OR_YEAR)),
        "percent": _column_names(_columns_where(lambda c: c.kind is Kind.PERCENT)),
        "money": _column_names(_columns_where(lambda c: c.kind is Kind.MONEY)),
        "lead": _column_names(_columns_where(lambda c: c.field == LEAD_FIELD)),
        "lead_role": ROLLE[0],
        "involvement": BETEILIGUNGEN.name,
        "references": _column_names(_columns_where(lambda c: len(c.ref) == 1 and c.ref != (STAKEHOLDER.name,))),
        "stakeholder_references": referring_columns(STAKEHOLDER.name),
        "example": f"ST05{LABEL_SEPARATOR}OWT",
    }
    return [rule.format(**names) for rule in RULES]


def type_words(column: Column) -> str:
    """The column's type as users say it; a reference names the sheet it points to."""
    if column.ref:
        return TEXT["ref"].format(sheets=TEXT["or"].join(column.ref))
    return KIND_WORDS[column.kind]


def obligation(sheet: Sheet, column: Column) -> str:
    """Whether the column must be filled, and whether it identifies or must be unique."""
    parts = [TEXT["yes"] if column.required or column.field in sheet.key else TEXT["no"]]
    if column.field in sheet.key:
        parts.append(TEXT["key"])
    if column.unique:
        parts.append(TEXT["unique"])
    return ", ".join(parts)


def _bounds(column: Column) -> str:
    """The numeric range a column accepts, or "" when it has none."""
    if column.minimum is not None and column.maximum is not None:
        return TEXT["between"].format(minimum=_number(column.minimum), maximum=_number(column.maximum))
    if column.minimum is not None:
        template = TEXT["above"] if column.exclusive_minimum else TEXT["at_least"]
        return template.format(minimum=_number(column.minimum))
    return ""


def allowed_values(column: Column) -> str:
    """The values a cell may hold: list values, ja/nein, referenced keys or a numeric range."""
    if column.kind is Kind.CHOICE:
        return " · ".join(CANONICAL[column.vocabulary])
    if column.kind is Kind.BOOL:
        return " · ".join(BOOL_VALUES)
    if column.ref:
        return TEXT["or"].join(
            TEXT["ref_value"].format(headers=" + ".join(c.header for c in SHEETS_BY_NAME[name].key_columns), sheet=name)
            for name in column.ref
        )
    return _bounds(column)


def sheet_rows() -> list[tuple[str, ...]]:
    """One row per sheet under SHEET_HEADER."""
    return [
        (sheet.name, ", ".join(sheet.aliases), " + ".join(c.header for c in sheet.key_columns), sheet.description)
        for sheet in SHEETS
    ]


def column_rows(sheet: Sheet) -> list[tuple[str, ...]]:
    """One row per column of ``sheet`` under COLUMN_HEADER."""
    return [
        (column.header, ", ".join(column.aliases), type_words(column), obligation(sheet, column),
         allowed_values(column), column.hint)
        for column in sheet.columns
    ]


def vocabulary_label(name: str) -> str:
    """A list named by the columns that use it, e.g. "Maßnahmen: Status"."""
    if name == BOOL_VOCABULARY:
        pairs = _columns_where(lambda c: c.kind is Kind.BOOL)
    else:
        pairs = _columns_where(lambda c: c.kind is Kind.CHOICE and c.vocabulary == name)
    return _column_names(pairs)


def _synonyms_of(name: str, value: str) -> tuple[str, ...]:
    """Other spellings mapped to ``value``, leaving out those the spelling rules already cover."""
    if name == BOOL_VOCABULARY:
        return BOOL_VALUES[value]
    return tuple(k for k, v in SYNONYMS.get(name, {}).items() if v == value and fold(k) != fold(value))


def vocabularies() -> dict[str, tuple[str, ...]]:
    """Every list a column draws from (the vocabularies plus ja/nein), with its canonical values."""
    return {**CANONICAL, BOOL_VOCABULARY: tuple(BOOL_VALUES)}


def vocabulary_rows(name: str) -> list[tuple[str, str, str]]:
    """(value, other accepted spellings, what the dashboard makes of it) for each canonical value of one list."""
    meanings = MEANINGS.get(name)
    return [(value, ", ".join(_synonyms_of(name, value)), meanings[value].meaning if meanings else "")
            for value in vocabularies()[name]]


def _cell(text: str) -> str:
    """Table cell text that cannot break a Markdown table."""
    return " ".join(text.replace("|", "\\|").split())


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """Markdown table lines."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]


def format_markdown() -> str:
    """The whole format documentation as German Markdown (docs/format.md)."""
    lines = [f"# {TEXT['title']}", "", f"> {TEXT['generated']}", "", TEXT["intro"], "", f"## {TEXT['rules']}", ""]
    lines += [f"- {rule}" for rule in rules()]
    lines += ["", f"## {TEXT['sheets']}", "", *_table(SHEET_HEADER, sheet_rows())]
    for sheet in SHEETS:
        lines += ["", f"## {sheet.name} ({', '.join(sheet.aliases)})", "", sheet.description, ""]
        lines += _table(COLUMN_HEADER, column_rows(sheet))
    lines += ["", f"## {TEXT['vocabularies']}"]
    for name in vocabularies():
        width = len(VOCABULARY_HEADER) - (1 if name in MEANINGS else 2)  # a meaning column only where there is one
        rows = [row[:width] for row in vocabulary_rows(name)]
        lines += ["", f"### {vocabulary_label(name)}", "", *_table(VOCABULARY_HEADER[1:1 + width], rows)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    sys.stdout.write(format_markdown())
