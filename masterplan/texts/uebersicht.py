"""The Übersicht page."""

KPI_HELP_MEASURES = "Alle Maßnahmen im gewählten Stand und Filter, entfallene eingeschlossen."
KPI_HELP_RED = "Maßnahmen mit roter Ampel: Ende überschritten oder ein Meilenstein mehr als 90 Tage überfällig."
KPI_HELP_PROGRESS = (
    "Nach Gewicht gemittelter Umsetzungsstand; abgeschlossene zählen mit 100 %, entfallene nicht. "
    "Die Veränderung bezieht sich auf den vorigen Stand."
)
KPI_DELTA = ("Punkt seit Stand {stand}", "Punkte seit Stand {stand}")  # after st.metric's delta number
PROGRESS = "Umsetzungsstand je Leitziel"
STATUS_MIX = "Status je Leitziel"
AMPEL_MIX = "Ampel je Leitziel"
UPCOMING = "Nächste Meilensteine (90 Tage)"
UPCOMING_EMPTY = "In den nächsten 90 Tagen sind keine Meilensteine fällig."
OVERDUE = "Überfällige Meilensteine"
OVERDUE_EMPTY = "Keine überfälligen Meilensteine – alle fälligen Termine sind erreicht."
CHANGES = "Letzte Änderungen"
CHANGES_AGAINST = "Gegenüber {stand}"
CHANGES_FIRST = "Dies ist der erste Stand; Änderungen lassen sich erst ab dem nächsten Import zeigen."
CHANGES_NONE = "Keine Änderungen an Maßnahmen und Meilensteinen gegenüber {stand}."
CHANGES_MORE = ("… und {count} weitere Änderung; alle unter „Veränderungen“.",
                  "… und {count} weitere Änderungen; alle unter „Veränderungen“.")
STALE = "Ohne aktuelle Meldung"
STALE_HELP = ("Maßnahmen, die seit {months} Monaten oder länger weder geändert noch in einer Berichtsrunde "
              "„unverändert“ bestätigt wurden – ihr Sachstand ist vielleicht überholt.")
STALE_EMPTY = "Alle Maßnahmen wurden in den letzten {months} Monaten gemeldet."
