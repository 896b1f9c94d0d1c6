"""The Indikatoren page."""

INTRO = (
    "Wirkungsindikatoren des Masterplans: letzter Wert, Entwicklung und Zielerreichung, darunter die "
    "Zeitreihen mit Basis- und Zielwert."
)
SUMMARY = "Übersicht"
SUMMARY_HELP = (
    "Zielerreichung = (letzter Wert − Basiswert) / (Zielwert − Basiswert). Die Entwicklung bewertet die "
    "Veränderung zum Vorwert in der Zielrichtung des Indikators."
)
CHARTS = "Zeitreihen"
NO_VALUES = "Für diesen Indikator liegen noch keine Messwerte vor."
EMPTY = "Für die gewählten Filter gibt es keine Indikatoren."
UP = "↑"
DOWN = "↓"
FLAT = "→"
BETTER = "in Zielrichtung"
WORSE = "gegen die Zielrichtung"
UNCHANGED = "unverändert"
VALUE_YEAR = "{value} ({year})"
