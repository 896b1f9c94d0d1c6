"""The Sitzung page: controls and navigation around the slides."""

SINCE = "Vergleichsstand"
SINCE_HELP = ("Gegen diesen früheren Stand zeigen die Folien Veränderungen; vorgewählt ist das Ergebnis der vorigen "
              "Berichtsrunde, sonst der vorige Stand.")
ROUND_RESULT_SHORT = "Ergebnis der {round}"
ROUND_RESULT = "Stand {stand} ist das Ergebnis der {round} (Stichtag {stichtag}){since}."
ROUND_SINCE = ", verglichen mit dem Ergebnis der {round}"
BACK = "Zurück"
NEXT = "Weiter"
COUNTER = "Folie {number} von {count}"
COUNTER_SPOKEN = " – {title}"  # after the counter, for screen readers only
NOTES = "Notizen"
CHART_DATA = "Daten als Tabelle: {title}"  # in the notes, one per chart of the slide
DECK = "Foliensatz (PowerPoint)"
DECK_HELP = "Alle Folien als PowerPoint-Datei; wird beim Klick erstellt."
REPORT = "Bericht (PDF)"
REPORT_HELP = "Der Bericht mit allen Tabellen und dem Anhang aller Maßnahmen; wird beim Klick erstellt."
SINCE_OPTION = "Vergleich mit {stand}"
PRESENT = "Präsentationsansicht"
PRESENT_HELP = (
    "Öffnet die Folien in einem neuen Tab ohne Kopfzeile und Bedienleiste, mit demselben Stand und denselben "
    "Filtern – für den Beamer. Vollbild mit F11, blättern mit ← und →."
)
