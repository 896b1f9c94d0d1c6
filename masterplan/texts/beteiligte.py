"""The Beteiligte page."""

INTRO = (
    "Welche Institutionen an welchen Leitzielen mitwirken, wie sie über die Maßnahmen verbunden sind und "
    "wie viele Maßnahmen sie tragen."
)
TYPES = "Typ der Institution"
TYPES_HELP = "Zeigt Matrix, Netzwerk und Auslastung nur für Institutionen dieser Typen."
MATRIX = "Institutionen × Leitziele"
MATRIX_HELP = "Zahl der Maßnahmen je Institution und Leitziel; die Rollen stehen im Tooltip."
NETWORK = "Netzwerk"
FOCUS = "Netzwerk um eine Institution"
FOCUS_ALL = "alle Institutionen"
FOCUS_HELP = "Zeigt nur die Maßnahmen dieser Institution und alle, die daran mitwirken."
NETWORK_LIMITED = (
    "Das Netzwerk zeigt {shown} von {total} Maßnahmen, damit es lesbar bleibt. Eine Institution oder die "
    "Filter in der Seitenleiste wählen, um einen vollständigen Ausschnitt zu sehen."
)
LOAD = "Auslastung je Institution"
LOAD_LIMITED = "Gezeigt werden die {shown} Institutionen mit den meisten Maßnahmen."
GAPS = "Besetzungslücken"
GAPS_HELP = (
    "Offene Maßnahmen ohne Federführung oder mit nur einer mitwirkenden Institution (informiert zählt "
    "nicht); abgeschlossene und entfallene Maßnahmen sind ausgenommen."
)
GAPS_EMPTY = "Keine Besetzungslücken: Jede offene Maßnahme hat eine Federführung und mindestens zwei Institutionen."
EMPTY = "Für die gewählten Filter sind keine Institutionen an Maßnahmen beteiligt."
