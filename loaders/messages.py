"""Every German sentence the loaders say to a user, in one place.

Templates use str.format fields; callers pass values already formatted for German readers
(see loaders.values.format_number for numbers).
"""

# --- files that cannot be read at all -------------------------------------------------------
EMPTY_FILE = "Die Datei ist leer."
TOO_LARGE = "Die Datei ist zu groß ({size} MB). Erlaubt sind höchstens {limit} MB."
UNKNOWN_TYPE = (
    "Die Datei „{name}“ ist keine Tabelle, die gelesen werden kann. Erlaubt sind .xlsx, .xlsm, .xls, .ods und .csv."
)
CONTENT_MISMATCH = (
    "Der Dateiinhalt passt nicht zur Endung {extension} – bitte als Excel-Arbeitsmappe speichern "
    "oder als .csv hochladen."
)
PASSWORD_PROTECTED = "Die Datei ist passwortgeschützt. Bitte den Schutz entfernen und erneut hochladen."
DAMAGED = "Die Datei ist beschädigt oder unvollständig hochgeladen."
COMPRESSION_BOMB = (
    "Die Datei ist ungewöhnlich stark komprimiert und wird abgelehnt "
    "(entpackt mehr als {limit} MB je Tabellenteil bzw. {total} MB insgesamt)."
)
BAD_STRUCTURE = "Ungültiger Dateiaufbau."
XML_ENTITIES = "Die Datei enthält unzulässige XML-Konstrukte (DTD/Entitäten)."
SHEET_TOO_WIDE = "Die Tabelle „{sheet}“ ist zu groß ({columns} Spalten, höchstens {limit})."
SHEET_TOO_LONG = "Zu viele Zeilen im Blatt „{sheet}“: {rows} (höchstens {limit})."
CSV_TOO_LONG = "Zu viele Zeilen in der CSV-Datei „{sheet}“: mehr als {limit}."
TIMEOUT = "Die Verarbeitung hat zu lange gedauert – Datei abgelehnt (Grenze {seconds} Sekunden)."
READER_CRASHED = (
    "Die Datei konnte nicht gelesen werden: das Lesen brach ab (zu groß oder fehlerhaft aufgebaut). "
    "Bitte in Excel öffnen, als .xlsx speichern und erneut hochladen."
)
ENCODING_UNKNOWN = "Zeichenkodierung nicht erkannt. Bitte als „CSV UTF-8“ speichern."
CSV_SHEET_UNKNOWN = (
    "Unklar, welches Blatt die CSV-Datei „{name}“ enthält. Bitte den Blattnamen in den Dateinamen "
    "aufnehmen (z. B. „Massnahmen_Update.csv“) oder das Blatt angeben. Möglich: {sheets}."
)
CSV_SINGLE_COLUMN = (
    "Die CSV-Datei hat nur eine Spalte – ist das Trennzeichen richtig? Erwartet wird „;“, „,“ oder Tabulator."
)
CSV_RAGGED = "Zeile {row} hat {found} statt {expected} Felder."
CSV_BROKEN_QUOTE = "Ein Anführungszeichen ab Zeile {row} wird nicht geschlossen."
NO_KNOWN_SHEET = "Kein bekanntes Blatt gefunden. Vorhanden: {found}. Erwartet wird mindestens eines von: {expected}."
SHEET_NOT_FOUND = "Blatt „{sheet}“ nicht gefunden. Vorhanden: {found}."

# --- notes on a readable file ------------------------------------------------------------------
MACROS_IGNORED = "Die Datei enthält Makros; sie wurden nicht ausgeführt, nur die Werte gelesen."
EXTERNAL_LINKS_IGNORED = "Externe Verknüpfungen wurden ignoriert; die zuletzt berechneten Werte wurden verwendet."
ENCODING_DETECTED = "Gelesen als CSV mit Zeichenkodierung {encoding} und Trennzeichen {delimiter}."
HIDDEN_SHEET_IGNORED = "Das ausgeblendete Blatt „{sheet}“ wurde nicht gelesen."
UNKNOWN_SHEET_IGNORED = "Das Blatt „{sheet}“ gehört nicht zum Format und wurde nicht gelesen."
BLANK_ROWS_CUTOFF = (
    "Nach Zeile {row} folgen mehr als {count} leere Zeilen; Werte weiter unten im Blatt wurden nicht gelesen."
)
FORMULA_WITHOUT_VALUE = (
    "Zelle {cell} enthält eine Formel ohne berechneten Wert. Bitte die Datei in Excel öffnen und speichern "
    "oder Werte einfügen."
)
CELL_ERROR = "Die Zelle enthält den Fehlerwert „{value}“. Bitte die Formel korrigieren oder einen Wert eintragen."

# --- headers ----------------------------------------------------------------------------------
HEADER_NOT_FOUND = "Keine Kopfzeile gefunden. Erwartet werden Spalten wie {expected}."
MISSING_COLUMNS = "Es fehlen die Spalten: {columns}."
DUPLICATE_COLUMNS = "Doppelte Spalten: {columns}."
UNKNOWN_COLUMNS = "Unbekannte Spalten werden nicht gelesen: {columns}."
UNKNOWN_COLUMN_SUGGESTION = "Unbekannte Spalte „{header}“ wird nicht gelesen – meinten Sie „{suggestion}“?"
MERGED_HEADER = "Verbundene Zellen in der Kopfzeile ({cells}). Bitte die Verbindung aufheben."
BLANK_ROWS_SKIPPED = ("{count} leere Zeile wurde übersprungen.", "{count} leere Zeilen wurden übersprungen.")

# --- values ------------------------------------------------------------------------------------
REQUIRED_VALUE = "Pflichtfeld ist leer."
NOT_A_NUMBER = "„{value}“ ist keine Zahl{expected}."
AMBIGUOUS_NUMBER = "„{value}“ ist keine gültige Zahl im deutschen Format (z. B. 1.234,5)."
AMBIGUOUS_NUMBER_EN = "„{value}“ ist keine gültige Zahl im englischen Format (z. B. 1,234.5)."
EXPECTED_RANGE = " (erwartet {low}–{high})"  # the {expected} part of NOT_A_NUMBER
EXPECTED_POSITIVE = " (erwartet eine Zahl größer 0)"
EXPECTED_NON_NEGATIVE = " (erwartet eine Zahl ab 0)"
NOT_A_PERCENT = "„{value}“ ist keine Zahl (erwartet 0–100)."
OUT_OF_RANGE = "{value} liegt außerhalb des erlaubten Bereichs ({low}–{high})."
NOT_POSITIVE = "{value} ist nicht erlaubt: erwartet wird eine Zahl größer 0."
NEGATIVE = "{value} ist nicht erlaubt: erwartet wird eine Zahl ab 0."
NOT_A_DATE = "Ungültiges Datum „{value}“ (erwartet TT.MM.JJJJ)."
NOT_A_DATE_OR_YEAR = "Ungültiges Datum „{value}“ (erwartet TT.MM.JJJJ oder ein Jahr)."
NO_SUCH_DAY = "Den {value} gibt es nicht: der {month} {year} hat {days} Tage."
NO_SUCH_MONTH = "Den {value} gibt es nicht: ein Jahr hat 12 Monate, nicht {month}."
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
NOT_A_YEAR = "„{value}“ ist keine Jahreszahl (erwartet z. B. 2030)."
NOT_MONEY = "„{value}“ ist kein gültiger Betrag (erwartet z. B. 1.234,50 €)."
NOT_BOOL = "„{value}“ ist weder „ja“ noch „nein“."
UNKNOWN_CHOICE = "„{value}“ ist kein erlaubter Wert. Erlaubt: {allowed}."
NOT_EMAIL = "„{value}“ ist keine E-Mail-Adresse. Erwartet wird eine Adresse wie wirtschaft@stadt.de."
UNKNOWN_CHOICE_SUGGESTION = "„{value}“ ist kein erlaubter Wert – meinten Sie „{suggestion}“? Erlaubt: {allowed}."
TEXT_TOO_LONG = "Text ist zu lang ({length} Zeichen, höchstens {limit})."
INVISIBLE_IN_ID = (
    "Die Kennung „{value}“ enthält unsichtbare Zeichen (z. B. Leerzeichen ohne Breite). Bitte neu eintippen."
)
FRACTION_PERCENT = (
    "Alle Werte liegen zwischen 0 und 1 und wurden als Anteile gelesen (0,45 = 45 %)."
)
FRACTION_PERCENT_AMBIGUOUS = (
    "Die Spalte enthält nur 0 und 1; gelesen als 0 % und 100 %. Sind 1 % gemeint, bitte „1 %“ eintragen."
)
TWO_DIGIT_YEAR = "Zweistelliges Jahr in „{value}“ als {year} gelesen."

# --- rows and references -----------------------------------------------------------------------
DUPLICATE_KEY = "Doppelte {what} „{key}“ (Zeilen {rows})."
# a date before the one it may not precede (Column.not_before), by the later column's field
DATE_BEFORE = {
    "ende": "Ende {end} liegt vor Beginn {start}.",
    "frist": "Frist {end} liegt vor dem Datum des Beschlusses ({start}); erwartet wird eine Frist ab dem {start}.",
}
UNKNOWN_REFERENCE = "„{value}“ ist {what} — {hint}"
UNKNOWN_REFERENCE_SUGGESTION = "„{value}“ ist {what} — meinten Sie „{suggestion}“?"
REFERENCE_HINT = "bitte eine vorhandene Kennung eintragen oder die Zeile im Blatt {sheet} ergänzen."
STILL_REFERENCED = "„{key}“ kann nicht entfernt werden: {sheet} verweist noch darauf ({refs})."
AMBIGUOUS_STAKEHOLDER = "„{value}“ passt auf mehrere Stakeholder ({matches}); bitte die ST-Nr. angeben."
LEAD_DISAGREES = (
    "Federführend laut Beteiligungen ist „{involved}“, laut {sheet} aber „{lead}“. Bitte angleichen."
)
SEVERAL_LEADS = "{key} hat mehrere federführende Beteiligte: {leads}. Erlaubt ist genau eine Federführung."
NEW_ROW_MISSING_COLUMNS = "Neue Zeile „{key}“: es fehlen Pflichtspalten ({columns}), die eine neue Zeile braucht."
KEY_CHANGED_SHEET = "Die Kennung „{key}“ ist schon {other} und kann nicht zugleich {what} sein."
EMPTY_UPLOAD = "Die Datei enthält keine Daten."

# --- what each reference points at, for UNKNOWN_REFERENCE ---------------------------------------
REFERENCE_WHAT = {
    "Leitziele": "kein bekanntes Leitziel",
    "Fokusprojekte": "kein bekanntes Fokusprojekt",
    "Maßnahmen": "keine bekannte Maßnahme",
    "Indikatoren": "kein bekannter Indikator",
    "Stakeholder": "kein bekannter Stakeholder",
    "Maßnahmen|Fokusprojekte": "keine bekannte Maßnahme und kein bekanntes Fokusprojekt",
    "Maßnahmen|Leitziele": "keine bekannte Maßnahme und kein bekanntes Leitziel",
}
# a row of a sheet as KEY_CHANGED_SHEET names it: the sheets whose keys one reference column looks up together
ROW_WHAT = {"Maßnahmen": "eine Maßnahme", "Fokusprojekte": "ein Fokusprojekt", "Leitziele": "ein Leitziel"}
KEY_WHAT = {
    "Leitziele": "LZ-Nr.",
    "Fokusprojekte": "FP-Nr.",
    "Maßnahmen": "Maßnahmen-Nr.",
    "Meilensteine": "MS-Nr.",
    "Indikatoren": "IND-Nr.",
    "Indikatorwerte": "Indikatorwerte (IND-Nr. und Stichtag)",
    "Stakeholder": "ST-Nr.",
    "Beteiligungen": "Beteiligungen (Nr. und ST-Nr.)",
    "Beschlüsse": "Beschluss-Nr.",
}
