"""The Veränderungen page."""

INTRO = "Was sich zwischen zwei Ständen geändert hat – die Tagesordnung für den Lenkungskreis."
OLD = "Vergleichsstand (vorher)"
NEW = "Stand (jetzt)"
ONE_STAND = (
    "Bisher gibt es nur einen Stand. Sobald unter „Daten“ ein weiterer Stand gespeichert ist, zeigt diese "
    "Seite, was sich geändert hat."
)
SAME = "Bitte zwei verschiedene Stände wählen."
NOTHING = "Zwischen diesen beiden Ständen hat sich nichts geändert."
NOTHING_TOPIC = "Keine."
FILTERED = "Die Filter der Seitenleiste gelten für beide Stände."
REASON_NOW = "Begründung (jetzt)"  # the Ampel changes' reason, the new Stand's
SACHSTAND_WHOLE = "Sachstand im Wortlaut"
SACHSTAND_OLD = "vorher"
SACHSTAND_NEW = "jetzt"
