"""Words several pages and outputs share: blanks, ja/nein, „Heute“, empty states, the Stand caption."""

NO_DATA = "Keine Daten"
NO_DATA_FILTERED = "Keine Daten für die gewählten Filter"
MISSING = "–"
CHOOSE = "Bitte auswählen"  # a choice box with nothing chosen
TODAY = "Heute"
YES = "ja"
NO = "nein"
AMPEL_MANUAL_SUFFIX = " (manuell)"
EMPTY_MEASURES = "Dieser Stand enthält noch keine Maßnahmen. Unter „Daten“ eine Arbeitsmappe hochladen."
EMPTY_MEASURES_FILTERED = (
    "Für die gewählten Filter gibt es keine Maßnahmen. Filter in der Seitenleiste ändern oder zurücksetzen."
)
STAND_CAPTION = "{stand} · Stichtag der Auswertung: {today}"
POINTS = "Punkte"
MILESTONE_DAYS_LEFT = "Tage bis fällig"
CHANGE_DUE = "fällig {date}"
CHANGE_REACHED = "erreicht {date}"
CHANGE_FIELD = "{field}: {value}"
CHANGE_PROGRESS = ("{new} ({count} Punkt)", "{new} ({count} Punkte)")
EURO = "{value} €"
MS_DAYS_LATE = ("{count} Tag verspätet", "{count} Tage verspätet")
MS_DAYS_OVERDUE = ("{count} Tag überfällig", "{count} Tage überfällig")
