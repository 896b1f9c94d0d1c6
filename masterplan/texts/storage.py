"""Storing Stände: what the store says when a Stand cannot be written or found."""

STALE_BASE = (
    "Inzwischen wurde ein neuerer Stand ({latest}) gespeichert. Bitte die Datei erneut prüfen; "
    "es wurde nichts gespeichert."
)
DATABASE_UNREACHABLE = "Die Datenbank ist nicht erreichbar – es wurde nichts gespeichert. ({detail})"
DATABASE_BUSY = "Die Datenbank ist gerade durch einen anderen Import belegt – bitte in einer Minute erneut versuchen."
IMPORT_FAILED = "Der Import ist fehlgeschlagen, es wurden keine Daten geändert. ({detail})"
UNKNOWN_STAND = "Stand {stand} gibt es nicht. Vorhanden: {available}."
ROLLBACK_NOTE = "Zurückgesetzt auf Stand {stand}"
EXAMPLE_NOTE = "Beispieldaten"
RESTORE_NOT_EMPTY = ("Die Zieldatenbank enthält schon Stände. Wiederhergestellt wird nur in eine leere Datenbank – "
                     "bitte eine neue angeben (--db).")
BACKUP_UNKNOWN = "„{path}“ ist keine Sicherung des Masterplan-Monitors (weder SQLite-Datenbank noch Archiv)."
BACKUP_UNREADABLE = "Die Sicherung „{path}“ ist nicht lesbar: {reason}"
