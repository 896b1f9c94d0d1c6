"""The command line: what import, check, export and report print."""

NO_STAND = "Es gibt noch keinen Stand, der exportiert werden könnte."
NOTHING_CHANGED = "Die Dateien ändern nichts am aktuellen Stand; es wurde kein neuer Stand angelegt."
STORED = "Gespeichert als Stand {stand}: {summary}."
CHECKED = "Geprüft: {summary}. Keine Fehler."
CHECK_FAILED = "{errors} Fehler – es wurde nichts gespeichert."
SUMMARY_PART = "{sheet} {added} neu, {changed} geändert, {removed} entfernt"
EXAMPLE_BASE = (
    "Der neueste Stand enthält nur Beispieldaten, und Beispieldaten sind nie die Grundlage eigener Daten: dieser "
    "Import beginnt mit einem leeren Stand und muss für sich allein vollständig sein (auch die Leitziele, "
    "Fokusprojekte und Stakeholder, auf die seine Zeilen verweisen). Entweder eine vollständige Arbeitsmappe "
    "importieren oder mit --adopt-example die Beispieldaten ausdrücklich als Ausgangsbasis übernehmen."
)
ADOPTED_BASE = (
    "Die Beispieldaten werden als Ausgangsbasis übernommen; der neue Stand heißt „Import auf Beispieldaten“."
)
ADOPT_WITHOUT_EXAMPLE = "--adopt-example hat keine Wirkung: der neueste Stand enthält keine Beispieldaten."
EXPORTED = "Stand {stand} exportiert nach {path}."
FILE_NOT_FOUND = "Datei „{path}“ nicht gefunden."
REPORT_NO_STAND = "Es gibt noch keinen Stand, über den berichtet werden könnte."
REPORT_SUFFIX = "„{path}“: Bitte .pptx (Foliensatz) oder .pdf (Bericht) als Endung angeben."
REPORT_WRITTEN = "Bericht zu Stand {stand} ({comparison}) geschrieben nach {path}."
REPORT_WRITE_FAILED = "„{path}“ konnte nicht geschrieben werden: {detail}"
BACKUP_SUMMARY = "{stands} Stände, {versions} Zeilenversionen, {files} Originaldateien"
BACKED_UP = "Gesichert nach {path}: {summary}."
RESTORED = "Wiederhergestellt aus {path}: {summary}."
BAD_DAY = "„{value}“ ist kein Datum; erwartet JJJJ-MM-TT, z. B. 2026-12-15."
REPORTS_FOR = "{user} für {federfuehrung}"
NO_OPEN_ROUND_REMIND = "Es ist keine Berichtsrunde offen; niemand wird erinnert."
REMINDED = "Gesendet an {to}: {subject}"
WOULD_REMIND = "--- Erinnerung an {to} (nicht gesendet) ---"
ALREADY_REMINDED = "Heute schon erinnert, nicht noch einmal: {name}."
NO_ADDRESS = ("{name} hat keine E-Mail-Adresse im Blatt Stakeholder (Spalte E-Mail) und wurde nicht erinnert.")
REMIND_SUMMARY = ("Keine Erinnerung nötig: alle Federführungen haben gemeldet, bestätigt oder wurden heute erinnert.",
                  "1 Erinnerung {verb}.", "{count} Erinnerungen {verb}.")
VERB_SENT = "verschickt"
VERB_PRINTED = "ausgegeben (Probelauf, nichts gesendet)"
