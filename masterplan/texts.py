"""Every German word the dashboard and its exports show, in one place.

Templates use str.format fields (or plotly's %{…} in hover templates); callers pass values already
formatted for German readers (masterplan.formatting). Domain values that are data (status, Ampel,
Rolle) are spelled as in loaders.vocabulary and shown as they are.
"""

# --- general ------------------------------------------------------------------------------------
NO_DATA = "Keine Daten"
NO_DATA_FILTERED = "Keine Daten für die gewählten Filter"
MISSING = "–"
NO_STATUS = "ohne Status"
TODAY = "Heute"

# --- KPIs (Übersicht) ---------------------------------------------------------------------------
KPI_MEASURES = "Maßnahmen"
KPI_DONE = "abgeschlossen"
KPI_IN_PROGRESS = "in Umsetzung"
KPI_RED = "Ampel rot"
KPI_PROGRESS = "Umsetzungsstand"
KPI_PROGRESS_CHANGE = "{change} Punkte gegenüber dem Vergleichsstand"

# --- roll-up and its explanation ("Warum 63 %?") -------------------------------------------------
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

# --- Ampel ---------------------------------------------------------------------------------------
AMPEL_LEGEND = {
    "grün": "grün – im Plan",
    "gelb": "gelb – Verzug",
    "rot": "rot – kritisch",
    "grau": "grau – nicht begonnen, ruht oder entfällt",
}
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

# --- milestones ----------------------------------------------------------------------------------
MS_REACHED_ON_TIME = "erreicht (pünktlich)"
MS_REACHED_LATE = "erreicht (verspätet)"
MS_OVERDUE = "überfällig"
MS_DUE_30 = "fällig in 30 Tagen"
MS_DUE_90 = "fällig in 90 Tagen"
MS_LATER = "später"
MS_DROPPED = "entfallen"
MS_NO_DATE = "ohne Termin"

# --- indicators ----------------------------------------------------------------------------------
BASE_LINE = "Basiswert{year}: {value}"  # year comes as " 2019" or ""
TARGET_LINE = "Zielwert{year}: {value}"
SOURCE = "Quelle: {source}"
NO_TARGET = "kein Zielwert"

# --- stakeholders --------------------------------------------------------------------------------
GAP_NO_LEAD = "ohne Federführung"
GAP_SINGLE = "nur eine Institution"

# --- changes between two Stände (agenda of the Lenkungskreis) ------------------------------------
CHANGE_TOPICS = {
    "new_measures": "Neue Maßnahmen",
    "removed_measures": "Entfernte Maßnahmen",
    "status_changes": "Statuswechsel",
    "ampel_changes": "Ampelwechsel",
    "progress_changes": "Fortschritt",
    "milestones_reached": "Erreichte Meilensteine",
    "milestones_postponed": "Verschobene Meilensteine",
}

# --- column labels of derived tables (schema fields use their sheet headers) --------------------
COLUMNS = {
    "leitziel": "Leitziel",
    "fokusprojekt": "Fokusprojekt",
    "lead": "Federführung",
    "label": "Institution",
    "progress": "Umsetzungsstand (%)",
    "weight": "Gewicht",
    "weight_share": "Gewichtsanteil",
    "points": "Beitrag (Punkte)",
    "included": "gewertet",
    "note": "Hinweis",
    "measures": "Maßnahmen",
    "counted": "gewertet",
    "planned": "Soll laut Zeitplan (%)",
    "ampel": "Ampel",
    "ampel_computed": "Ampel (berechnet)",
    "ampel_manual": "Ampel manuell",
    "ampel_reason": "Begründung",
    "overdue": "Ende überschritten",
    "state": "Stand",
    "days_until": "Tage bis fällig",
    "days_overdue": "Tage überfällig",
    "days_late": "Tage verspätet",
    "latest": "Letzter Wert",
    "latest_date": "Stichtag",
    "previous": "Vorwert",
    "previous_date": "Stichtag Vorwert",
    "change": "Veränderung zum Vorwert",
    "change_base": "Veränderung zum Basiswert",
    "achievement": "Zielerreichung (%)",
    "improved": "Entwicklung in Zielrichtung",
    "source": "Quelle",
    "federführend": "federführend",
    "beteiligt": "beteiligt",
    "informiert": "informiert",
    "total": "gesamt",
    "institutions": "Institutionen",
    "issue": "Befund",
    "count": "Anzahl",
    "topic": "Thema",
    "measurements": "Messwerte",
    "status_old": "Status vorher",
    "status_new": "Status jetzt",
    "ampel_old": "Ampel vorher",
    "ampel_new": "Ampel jetzt",
    "progress_old": "Umsetzungsstand vorher (%)",
    "progress_new": "Umsetzungsstand jetzt (%)",
    "delta": "Veränderung (Punkte)",
    "faellig_old": "Fällig am vorher",
    "faellig_new": "Fällig am jetzt",
    "shift_days": "verschoben um Tage",
}

# --- chart titles and axes -----------------------------------------------------------------------
CHART_PROGRESS = "Umsetzungsstand je Leitziel"
CHART_STATUS_MIX = "Status der Maßnahmen je Leitziel"
CHART_AMPEL_MIX = "Ampel der Maßnahmen je Leitziel"
CHART_GANTT = "Zeitplan der Maßnahmen"
CHART_HEATMAP = "Beteiligte je Leitziel"
CHART_NETWORK = "Netzwerk der Institutionen und Maßnahmen"
CHART_LOAD = "Maßnahmen je Institution"
AXIS_PROGRESS = "Umsetzungsstand (%)"
AXIS_MEASURES = "Anzahl Maßnahmen"
AXIS_VALUE = "Wert"
AXIS_VALUE_UNIT = "Wert ({unit})"
LEGEND_STATUS = "Status"
LEGEND_AMPEL = "Ampel"
LEGEND_LEITZIEL = "Leitziel"
LEGEND_ROLE = "Rolle"
LEGEND_MILESTONE = "Meilensteine"
LEGEND_OVERDUE = "Ende überschritten"
LEGEND_INSTITUTIONS = "Institutionen"
VALUES = "Messwerte"
GANTT_UNDATED = "{count} Maßnahmen ohne Beginn oder Ende sind nicht dargestellt."

# --- hover templates (plotly; numbers follow layout.separators) ----------------------------------
HOVER_PROGRESS = (
    "<b>%{y}</b><br>Umsetzungsstand: %{x:.1f} %<br>"
    "%{customdata[0]} von %{customdata[1]} Maßnahmen gewertet<extra></extra>"
)
HOVER_MIX = "<b>%{y}</b><br>%{fullData.name}: %{x} Maßnahmen<extra></extra>"
HOVER_MEASURE = (
    "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]} bis %{customdata[3]}<br>"
    "Status: %{customdata[4]}<br>Umsetzungsstand: %{customdata[5]}<br>Ampel: %{customdata[6]}<extra></extra>"
)
HOVER_MILESTONE = (
    "<b>%{customdata[0]}</b><br>Maßnahme %{customdata[1]}<br>fällig am %{customdata[2]}<br>"
    "%{customdata[3]}<extra></extra>"
)
HOVER_HEATMAP = (
    "<b>%{y}</b> – %{x}<br>%{z} Maßnahmen: %{customdata[0]} federführend, %{customdata[1]} beteiligt, "
    "%{customdata[2]} informiert<extra></extra>"
)
HOVER_NODE_INSTITUTION = "<b>%{text}</b><br>%{customdata} Maßnahmen<extra></extra>"
HOVER_NODE_MEASURE = "<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>"
HOVER_LOAD = "<b>%{y}</b><br>%{fullData.name}: %{x} Maßnahmen<extra></extra>"
HOVER_INDICATOR = "%{customdata}<br>Wert: %{y:,.2~f}<extra></extra>"
