"""The words of the figures: KPIs, the roll-up and its explanation, Ampel reasons, indicator lines, staffing gaps,
change topics."""

KPI_MEASURES = "Maßnahmen"
KPI_DONE = "abgeschlossen"
KPI_IN_PROGRESS = "in Umsetzung"
KPI_RED = "Ampel rot"
KPI_PROGRESS = "Umsetzungsstand"
WHY = "Warum {value}?"
ROLLUP_SUMMARY = (
    "{value} ist der nach Gewicht gemittelte Umsetzungsstand der gewerteten Maßnahmen ({counted}); "
    "abgeschlossene zählen mit 100 %, fehlende Angaben mit 0 %."
)
ROLLUP_SUMMARY_EXCLUDED = " Nicht gewertet, weil entfallen: {excluded}."
ROLLUP_EMPTY = "Kein Umsetzungsstand: keine gewerteten Maßnahmen."
NOTE_DROPPED = "entfallen – nicht gewertet"
NOTE_DONE = "abgeschlossen – zählt mit 100 %"
NOTE_NO_PROGRESS = "ohne Umsetzungsstand – zählt mit 0 %"
NOTE_DEFAULT_WEIGHT = "ohne Gewicht – zählt mit 1"
AMPEL_RULES = (
    "Die Ampel wird aus dem Zeitplan berechnet, wenn das Blatt sie leer lässt: "
    "grau = noch nicht begonnen und noch nicht fällig, zurückgestellt oder entfallen; "
    "rot = Ende überschritten und nicht abgeschlossen oder ein Meilenstein mehr als 90 Tage überfällig; "
    "gelb = Umsetzungsstand mehr als 20 Punkte hinter dem linearen Zeitplan oder ein Meilenstein überfällig; "
    "sonst grün. Eine im Blatt gesetzte Ampel gilt und ist als manuell markiert."
)
REASON_DROPPED = "Maßnahme entfallen"
REASON_ON_HOLD = "Maßnahme zurückgestellt"
REASON_DONE = "Maßnahme abgeschlossen"
REASON_END_PASSED = "Ende am {ende} überschritten, nicht abgeschlossen"
REASON_MILESTONE_CRITICAL = "Meilenstein „{meilenstein}“ seit {faellig} überfällig, mehr als 90 Tage"
REASON_MILESTONE_OVERDUE = "Meilenstein „{meilenstein}“ seit {faellig} überfällig"
REASON_NOT_STARTED = "noch nicht begonnen und noch nicht fällig"
REASON_BEHIND = "Umsetzungsstand {progress} % liegt {behind} Punkte hinter dem Zeitplan ({planned} %)"
REASON_ON_TRACK = "im Zeitplan"
REASON_MANUAL = "im Blatt gesetzt (berechnet: {ampel} – {reason})"
MANUAL = "manuell"
BASE_LINE = "Basiswert{year}: {value}"  # year comes as " 2019" or ""
TARGET_LINE = "Zielwert{year}: {value}"
SOURCE = "Quelle: {source}"
NO_TARGET = "kein Zielwert"
GAP_NO_LEAD = "ohne Federführung"
GAP_SINGLE = "nur eine Institution"
CHANGE_TOPICS = {
    "new_measures": "Neue Maßnahmen",
    "removed_measures": "Entfernte Maßnahmen",
    "status_changes": "Statuswechsel",
    "ampel_changes": "Ampelwechsel",
    "progress_changes": "Fortschritt",
    "sachstand_changes": "Neuer Sachstand",
    "field_changes": "Geänderte Angaben",
    "milestones_new": "Neue Meilensteine",
    "milestones_removed": "Entfernte Meilensteine",
    "milestones_reached": "Erreichte Meilensteine",
    "milestones_postponed": "Verschobene Meilensteine",
}
