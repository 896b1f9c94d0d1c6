"""The Zeitplan page."""

INTRO = (
    "Laufzeiten der Maßnahmen von Beginn bis Ende, nach Leitziel gruppiert, mit ihren Meilensteinen. "
    "Die gestrichelte Linie markiert heute."
)
PERIOD = "Zeitraum"
PERIODS = {"all": "alles", "around": "letzte 12 Monate + nächste 12", "custom": "eigener Zeitraum"}
RANGE = "Von – bis"
RANGE_HELP = "Zeigt die Maßnahmen, die in diesem Zeitraum laufen."
LIMIT = "Anzahl der gezeigten Maßnahmen"
LIMIT_HELP = (
    "Bei sehr vielen Maßnahmen zeigt der Zeitplan nur die dringlichsten: zuerst Ende überschritten, dann "
    "Ampel rot und gelb, dann offene Maßnahmen mit dem nächsten Ende."
)
HIDDEN = tuple(
    f"Gezeigt werden die {{visible}} dringlichsten von {{total}} Maßnahmen; {hidden}. "
    "Filter in der Seitenleiste oder ein kürzerer Zeitraum grenzen weiter ein."
    for hidden in ("1 ist ausgeblendet", "{count} sind ausgeblendet")
)
UNDATED = ("1 Maßnahme ohne Beginn oder Ende (z. B. eine Daueraufgabe ohne Ende) ist nicht dargestellt.",
             "{count} Maßnahmen ohne Beginn oder Ende (z. B. Daueraufgaben ohne Ende) sind nicht dargestellt.")
EMPTY = "Für die gewählten Filter gibt es keine Maßnahmen mit Beginn und Ende."
EMPTY_PERIOD = "Im gewählten Zeitraum läuft keine Maßnahme. Bitte einen anderen Zeitraum wählen."
LEGEND = "Legende"
LEGEND_TEXT = (
    "- **Balken**: Laufzeit einer Maßnahme von Beginn bis Ende, Farbe nach Leitziel.\n"
    "- **Rot gerahmt und schraffiert**: Ende überschritten, die Maßnahme ist nicht abgeschlossen.\n"
    "- **Dunkel gerahmt und gepunktet**: hinter dem Zeitplan – der Umsetzungsstand liegt mehr als 20 Punkte "
    "unter dem linearen Soll zwischen Beginn und Ende.\n"
    "- **Rauten**: Meilensteine, Farbe und Form nach Zustand – mit Kreuz überfällig, offen erreicht "
    "(pünktlich), offen mit Punkt verspätet erreicht.\n"
    "- **Gestrichelte Linie**: heute.\n\n"
    "Mit der Maus über einem Balken oder einer Raute erscheinen die Einzelheiten; ziehen vergrößert einen "
    "Ausschnitt, Doppelklick setzt ihn zurück."
)
ISSUES = "Überfällig und verspätet"
ISSUES_HELP = (
    "Maßnahmen mit überschrittenem Ende oder hinter dem Zeitplan sowie überfällige und verspätet erreichte "
    "Meilensteine, das Dringendste zuerst."
)
ISSUES_EMPTY = "Keine überfälligen oder verspäteten Maßnahmen und Meilensteine – alles im Zeitplan."
ISSUE_END_PASSED = "Ende überschritten"
ISSUE_MS_OVERDUE = "Meilenstein überfällig"
ISSUE_BEHIND = "hinter dem Zeitplan"
ISSUE_MS_LATE = "Meilenstein verspätet erreicht"
LEGEND_BEHIND = "hinter dem Zeitplan"
