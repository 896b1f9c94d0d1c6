"""The meeting material: the Sitzung's slides, the deck and the PDF report."""

PLAN_NAME = "Masterplan Wirtschaft Oberhausen"
MEETING = "Lenkungskreis"
FILE = "Lenkungskreis_Stand_{id}"  # the downloads' name, before the filters and the extension
STAND = "Stand {id} vom {date}"
SINCE = "Vergleich mit Stand {id} vom {date}"
NO_SINCE = "ohne Vergleichsstand"
DAY = "Auswertung zum {date}"
STAND_NOTE = "Notiz zum Stand: {note}"
FIG_STAND = "Stand"
FIG_SINCE = "Vergleichsstand"
FIG_DAY = "Stichtag der Auswertung"
FIG_COUNTED = "gewertete Maßnahmen"
FIG_COUNTED_NOTE = "von {measures} Maßnahmen"
FIG_DECISIONS = "Entscheidungsbedarf"
FIG_DECISIONS_NOTE = "Ampel rot oder zurückgestellt"
FIG_OVERDUE = "Meilensteine überfällig"
FIG_REACHED = "erreicht seit Vergleichsstand"
FIG_INDICATORS = "Indikatoren"
FIG_WITH_TARGET = "mit Zielwert"
FIG_IMPROVED = "in Zielrichtung entwickelt"
FIG_IMPROVED_NOTE = "von {count} mit Vorwert"
CHANGE_POINTS = ("{count} Punkt gegenüber Stand {id}", "{count} Punkte gegenüber Stand {id}")
TITLE_OVERVIEW = "Überblick"
TITLE_LEITZIEL = "{lz_nr} – {leitziel}"
TITLE_CHANGES = "Veränderungen seit Stand {id}"
TITLE_CHANGES_NONE = "Veränderungen"
CHANGES_BY = "Gespeichert von {authors}"
CHANGES_AUTHOR = "{name} (Stand {ids})"
TITLE_BESCHLUESSE = "Beschlüsse"
FIG_BESCHLUESSE_OPEN = "Beschlüsse offen"
FIG_BESCHLUESSE_OVERDUE = "davon überfällig"
FIG_BESCHLUESSE_DONE = "erledigt seit Vergleichsstand"
TABLE_BESCHLUESSE_OPEN = "Offene Beschlüsse früherer Sitzungen"
NO_BESCHLUESSE_OPEN = "Alle Beschlüsse früherer Sitzungen sind erledigt oder verworfen."
TABLE_BESCHLUESSE_DONE = "Seit Stand {id} erledigt"
BESCHLUSS_OVERDUE = ("überfällig seit {count} Tag", "überfällig seit {count} Tagen")  # in words, never colour alone
NOTES_BESCHLUSS = "{nr} vom {datum} ({state}, zuständig: {owner}): {beschluss}"
NOTES_BESCHLUSS_STEPS = "Verlauf {nr}: {steps}"
NOTES_BESCHLUSS_STEP = "Stand {stand}: {status}, Frist {frist}"
TITLE_MILESTONES = "Meilensteine: überfällig und anstehend"
TITLE_INDICATORS = "Indikatoren"
TITLE_APPENDIX = "Anhang: alle Maßnahmen"
CONTINUED = "{title} (Fortsetzung)"
TABLE_LEITZIELE = "Leitziele"
TABLE_DECISIONS = "Entscheidungsbedarf: Ampel rot oder zurückgestellt"
NO_DECISIONS = "Kein Entscheidungsbedarf: keine Maßnahme mit Ampel rot oder Status zurückgestellt."
NO_MEASURES = "Diesem Leitziel sind keine Maßnahmen zugeordnet."
TABLE_OVERDUE = "Überfällige Meilensteine"
NO_OVERDUE = "Keine überfälligen Meilensteine."
TABLE_UPCOMING = "Anstehende Meilensteine (nächste 90 Tage)"
NO_UPCOMING = "In den nächsten 90 Tagen sind keine Meilensteine fällig."
TABLE_INDICATORS = "Indikatoren im Überblick"
NO_INDICATORS = "Es sind keine Indikatoren hinterlegt."
NO_SINCE_TEXT = (
    "Kein Vergleichsstand: Veränderungen lassen sich zeigen, sobald ein zweiter Stand gespeichert ist."
)
NOTES_SACHSTAND = "{nr} {massnahme}, Sachstand jetzt: {text}"
NO_CHANGES = "Keine Veränderungen an Maßnahmen und Meilensteinen seit Stand {id}."
CHART_AMPEL_PROJECTS = "Ampel je Fokusprojekt"
CHART_STATUS_PROJECTS = "Status je Fokusprojekt"
NO_PROJECT = "ohne Fokusprojekt"
SERIES_STAND = "Stand {id}"
SERIES_TARGET = "Zielwert"
COLUMNS = {
    "nr": "Nr.",
    "massnahme": "Maßnahme",
    "lz_nr": "LZ",
    "fp_nr": "FP",
    "ms_nr": "MS-Nr.",
    "meilenstein": "Meilenstein",
    "status": "Status",
    "ende": "Ende",
    "faellig_am": "Fällig am",
    "erreicht_am": "Erreicht am",
    "state": "Stand",
    "sachstand": "Sachstand",
    "ampel_text": "Ampel und Begründung",
    "progress_change": "Veränderung (Punkte)",
    "red": "Ampel rot",
    "indikator": "Indikator",
    "einheit": "Einheit",
    "zielwert": "Zielwert",
    "progress": "Umsetzungsstand",
    "progress_old": "Umsetzungsstand vorher",
    "progress_new": "Umsetzungsstand jetzt",
    "delta": "Veränderung (Punkte)",
    "change": "Veränderung",
    "achievement": "Zielerreichung",
    "improved": "in Zielrichtung",
    "measures": "Maßnahmen",
    "bezug_text": "Bezug",
    "zustaendig_label": "Zuständig",
    "decision_state": "Status",
}
FIG_RED_NOTE = "{grün} grün · {gelb} gelb · {grau} grau"
NOTES_FIGURES = "Kennzahlen: {figures}."
NOTES_DECISION = "{nr} {massnahme} ({ampel}, {status}): {sachstand}"
NOTES_NO_SACHSTAND = "kein Sachstand hinterlegt"
NOTES_TABLE = ("{title}: {count} Eintrag.", "{title}: {count} Einträge.")
NOTES_CONTINUED = "Fortsetzung der Folie „{title}“."
NOTES_TITLE = "Begrüßung; Grundlage ist {stand}, verglichen wird mit {since}; ausgewertet zum {day}."
TEMPLATE_UNUSABLE = "Die Folienvorlage „{path}“ ist keine lesbare PowerPoint-Datei (.pptx)."
REPORT_TITLE = "Bericht zum Lenkungskreis"
REPORT_CONTENTS = "Inhalt"
REPORT_CREATED = "erstellt am {date}"
PAGE = "Seite {page} von {pages}"
DECK_MORE = ("… und 1 weiterer Eintrag – vollständig im PDF-Bericht.",
                "… und {count} weitere Einträge – vollständig im PDF-Bericht.")
PROGRESS_SHORT = "Umsetzung"
# Column labels of the deck and the report in short, used only where a table cannot fit with the full ones
SHORT_COLUMNS = {
    "Umsetzungsstand": "Umsetzung",
    "Umsetzungsstand vorher": "vorher",
    "Umsetzungsstand jetzt": "jetzt",
    "Veränderung (Punkte)": "Änderung (Punkte)",
    "Veränderung": "Änderung",
    "Zielerreichung": "erreicht",
    "in Zielrichtung": "Richtung",
    "Federführung": "Federf.",
    "Maßnahmen": "Anz.",
    "Meilenstein": "MS",
    "Tage überfällig": "Tage",
    "Tage bis fällig": "Tage",
}
AGED = "{age}: {text}"
REPORT_AGE = "Meldung"
