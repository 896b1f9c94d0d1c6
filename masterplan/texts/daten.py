"""The Daten page: upload, check, store, history, rollback, template and export."""

TEMPLATE = "Vorlage"
TEMPLATE_HELP = (
    "Die leere Arbeitsmappe mit allen Blättern, Auswahllisten und Hinweisen. Eigene Tabellen dürfen auch "
    "nur einige Blätter oder Spalten enthalten."
)
TEMPLATE_BUTTON = "Vorlage herunterladen"
TEMPLATE_FILE = "Masterplan_Vorlage.xlsx"
UPLOAD = "Daten hochladen"
UPLOAD_LABEL = "Arbeitsmappen oder CSV-Dateien (xlsx, xlsm, xls, ods, csv)"
UPLOAD_HELP = "Mehrere Dateien ergeben zusammen einen Stand. Gespeichert wird erst nach der Bestätigung."
SHEET = "Blatt der CSV-Dateien"
SHEET_AUTO = "aus dem Dateinamen erkennen"
SHEET_HELP = "Bei Arbeitsmappen: nur dieses Blatt lesen."
COMPLETE = "Vollständige Liste: fehlende Zeilen entfernen"
COMPLETE_HELP = (
    "Ein: Zeilen, die in einem hochgeladenen Blatt fehlen, werden aus dem Stand entfernt. "
    "Aus: nur die hochgeladenen Zeilen und Spalten werden aktualisiert."
)
CHECKING = "Dateien werden gelesen und geprüft …"
FINDINGS = "**Prüfergebnis:** {summary}"
FINDING_COUNTS = {  # severity → (singular, plural), in the order the summary names them
    "Fehler": ("{count} Fehler", "{count} Fehler"),
    "Warnung": ("{count} Warnung", "{count} Warnungen"),
    "Hinweis": ("{count} Hinweis", "{count} Hinweise"),
}
FINDINGS_DOWNLOAD = "Prüfergebnis als CSV herunterladen"
FINDINGS_FILE = "Pruefergebnis.csv"
BLOCKED = (
    "{count} Fehler verhindert den Import. Bitte die Datei korrigieren und erneut hochladen; gespeichert wurde nichts.",
    "{count} Fehler verhindern den Import. Bitte die Datei korrigieren und erneut hochladen; "
    "gespeichert wurde nichts.",
)
EXAMPLE_BASE = (
    "**Bisher sind nur Beispieldaten gespeichert, und Beispieldaten sind nie die Grundlage eigener Daten.** "
    "Der erste eigene Upload beginnt mit einem leeren Stand und muss für sich allein vollständig sein: auch die "
    "Leitziele, Fokusprojekte und Stakeholder, auf die seine Zeilen verweisen, gehören hinein. Zwei Wege: eine "
    "vollständige Arbeitsmappe hochladen – oder die Beispieldaten hier ausdrücklich als Ausgangsbasis übernehmen. "
    "Die Beispieldaten bleiben in jedem Fall in der Historie."
)
ADOPT = "Beispieldaten als Ausgangsbasis der eigenen Daten übernehmen"
ADOPT_HELP = (
    "Der neue Stand enthält dann alle Beispielzeilen samt den hochgeladenen Änderungen und heißt in der Historie "
    "„Import auf Beispieldaten“. Erfundene Zeilen (Titel mit „Beispiel:“) bleiben, bis sie ersetzt oder mit "
    "„Vollständige Liste“ entfernt werden."
)
ADOPTED = (
    "**Die Beispieldaten werden als Ausgangsbasis übernommen.** Die hochgeladenen Zeilen werden in sie "
    "eingearbeitet; der neue Stand heißt in der Historie „Import auf Beispieldaten“, damit niemand die "
    "erfundenen Zeilen (Titel mit „Beispiel:“) für echte hält."
)
NOTHING = "Die Dateien ändern nichts am aktuellen Stand."
PREVIEW = "**Vorschau:** was sich mit dem neuen Stand ändert"
NOTE = "Notiz zum Stand"
NOTE_PLACEHOLDER = "z. B. Zulieferung Fachbereich Wirtschaft, November"
CONFIRM = "Als neuen Stand speichern"
SAVED = "Gespeichert als Stand {stand}."
ALREADY = "Diese Dateien sind bereits als Stand {stand} gespeichert."
ROLLED_BACK = "Zurückgesetzt: Stand {stand} entspricht Stand {target}."
READ_ONLY = "Hochladen und Zurücksetzen sind nur für Bearbeiterinnen und Bearbeiter freigeschaltet."
HISTORY = "Stände"
HISTORY_PICK = "Stand auswählen"
STAND_DOWNLOAD = "Diesen Stand als Arbeitsmappe herunterladen"
STAND_FILE = "Masterplan_Stand_{id}.xlsx"
ORIGINAL = "Originaldatei „{name}“"
ROLLBACK = "Auf Stand {stand} zurücksetzen"
ROLLBACK_QUESTION = (
    "Ein neuer Stand mit dem Inhalt von Stand {stand} wird angelegt und für alle angezeigt. "
    "Die Stände dazwischen bleiben erhalten."
)
ROLLBACK_CONFIRM = "Ja, zurücksetzen"
