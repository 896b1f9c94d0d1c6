"""Plausibility warnings, the same in the upload findings and in the „Datenqualität“ list."""

AFTER_ERRORS = "Auf Widersprüche (Plausibilität) wird geprüft, sobald die Fehler behoben sind."
MEASURE = "{nr} „{title}“: "  # each message starts with the measure (or indicator) it is about
MILESTONE = "Meilenstein {ms} „{title}“"
STATUS = "Status „{status}“"
NO_STATUS = "kein Status"
DONE_OPEN_MILESTONES = (
    "Abgeschlossen, aber Meilensteine offen",
    "Status „abgeschlossen“, aber {milestones} noch offen: {listed}. Stimmig wäre, sie als „erreicht“ oder "
    "„entfallen“ zu melden – oder den Status zu ändern.",
)
OPEN_MILESTONES = ("1 Meilenstein ist", "{count} Meilensteine sind")
DONE_BELOW_FULL = (
    "Abgeschlossen unter 100 %",
    "Status „abgeschlossen“, aber Umsetzungsstand {progress}. Stimmig wäre 100 %.",
)
FULL_NOT_DONE = (
    "100 %, aber nicht abgeschlossen",
    "Umsetzungsstand 100 %, aber {status}. Stimmig wäre „abgeschlossen“ – oder ein Umsetzungsstand unter 100 %.",
)
NOT_STARTED_PROGRESS = (
    "Nicht begonnen, aber Fortschritt",
    "Status „nicht begonnen“, aber Umsetzungsstand {progress}. Stimmig wäre 0 % – oder ein Status wie "
    "„in Umsetzung“.",
)
IN_PROGRESS_BEFORE_START = (
    "In Umsetzung vor dem Beginn",
    "Status „in Umsetzung“, aber Beginn {start} liegt in der Zukunft (heute ist der {today}). Stimmig wäre ein "
    "Beginn bis heute – oder der Status „in Planung“.",
)
NOT_STARTED_AFTER_START = (
    "Nicht begonnen nach dem Beginn",
    "Status „nicht begonnen“, aber Beginn {start} ist vorbei (heute ist der {today}). Stimmig wäre ein "
    "späterer Beginn – oder ein Status wie „in Umsetzung“.",
)
REACHED_WITHOUT_DATE = (
    "Meilenstein erreicht ohne Datum",
    "{milestone} hat Status „erreicht“, aber „Erreicht am“ ist leer. Stimmig wäre das Datum, an dem er erreicht "
    "wurde.",
)
REACHED_IN_FUTURE = (
    "Meilenstein in der Zukunft erreicht",
    "{milestone}: Erreicht am {date} liegt in der Zukunft (heute ist der {today}). Stimmig wäre ein Datum bis "
    "heute – oder, wenn er noch nicht erreicht ist, ein leeres „Erreicht am“.",
)
DATE_BUT_OPEN = (
    "Meilenstein mit Datum, aber offen",
    "{milestone} hat {status}, aber Erreicht am {date}. Stimmig wäre Status „erreicht“ – oder ein leeres "
    "„Erreicht am“.",
)
MILESTONE_AFTER_END = (
    "Meilenstein nach dem Ende der Maßnahme",
    "{milestone} ist am {due} fällig, nach dem Ende der Maßnahme am {end}. Stimmig wäre ein Fälligkeitsdatum bis "
    "{end} – oder ein späteres Ende.",
)
NO_MILESTONES = (
    "In Umsetzung ohne Meilensteine",
    "Status „in Umsetzung“, aber keine Meilensteine. Stimmig wären Meilensteine im Blatt Meilensteine, an denen "
    "sich der Fortschritt ablesen lässt.",
)
INDICATOR_WITHOUT_VALUES = (
    "Indikator ohne Werte",
    "keine Werte. Stimmig wären Werte im Blatt Indikatorwerte (IND-Nr., Stichtag, Wert).",
)
LIST_TITLE = "Datenqualität"
LIST_HELP = (
    "Widersprüche im gewählten Stand, nach Prüfung geordnet. Sie verhindern nichts; behoben werden sie mit dem "
    "nächsten Upload. Dieselben Prüfungen erscheinen beim Hochladen als Warnungen."
)
LIST_SUMMARY = ("Keine Auffälligkeiten.", "**1 Auffälligkeit**", "**{count} Auffälligkeiten**")
LIST_SUMMARY_REST = " in {groups} – {stand}."
LIST_GROUPS = ("1 Prüfung", "{count} Prüfungen")
LIST_LEAD = "Federführung"
LIST_ALL_LEADS = "alle"
LIST_LEAD_OPTION = "{label} ({count})"
LIST_GROUP = "{rule} ({count})"
LIST_NR = "Nr."
LIST_LEAD_COLUMN = "Federführung"
LIST_MESSAGE = "Meldung"
LIST_COLUMNS = [LIST_NR, LIST_LEAD_COLUMN, LIST_MESSAGE]
