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

# --- frame: title, navigation, sidebar, banners --------------------------------------------------
APP_TITLE = "Masterplan-Monitor Oberhausen"
NAV_SECTIONS = {"overview": "Überblick", "network": "Netzwerk und Wirkung", "steering": "Steuerung"}
PAGE_TITLES = {
    "uebersicht": "Übersicht",
    "leitziele": "Leitziele",
    "massnahmen": "Maßnahmen",
    "zeitplan": "Zeitplan",
    "beteiligte": "Beteiligte",
    "indikatoren": "Indikatoren",
    "veraenderungen": "Veränderungen",
    "sitzung": "Sitzung",
    "daten": "Daten",
}
SIDEBAR_STAND = "Stand"
SIDEBAR_STAND_HELP = "Jeder Import und jedes Zurücksetzen legt einen neuen Stand an; ältere bleiben abrufbar."
SIDEBAR_FILTERS = "Filter"
FILTER_LABELS = {
    "leitziele": "Leitziel",
    "fokusprojekte": "Fokusprojekt",
    "federfuehrung": "Federführung",
    "status": "Status",
    "ampel": "Ampel",
}
FILTER_ALL = "alle"
FILTER_RESET = "Filter zurücksetzen"
BANNER_EXAMPLE = (
    "Angezeigt werden Beispieldaten: Leitziele, Institutionen und Indikatoren sind echt, alle mit „Beispiel:“ "
    "beginnenden Titel sowie Status und Termine sind erfunden. Eigene Daten unter „Daten“ hochladen."
)
BANNER_LOCAL = "Lokaler Modus: nur auf diesem Rechner erreichbar, alle dürfen Daten hochladen."
STAND_NAME = "Stand {id}"
STAND_KINDS = {"import": "Import", "rollback": "Zurückgesetzt", "example": "Beispieldaten"}
EXAMPLE = "Beispieldaten"
YES = "ja"
NO = "nein"
LOCAL_USER = "lokal"

# --- Daten page ------------------------------------------------------------------------------------
D_TEMPLATE = "Vorlage"
D_TEMPLATE_HELP = (
    "Die leere Arbeitsmappe mit allen Blättern, Auswahllisten und Hinweisen. Eigene Tabellen dürfen auch "
    "nur einige Blätter oder Spalten enthalten."
)
D_TEMPLATE_BUTTON = "Vorlage herunterladen"
D_TEMPLATE_FILE = "Masterplan_Vorlage.xlsx"
D_UPLOAD = "Daten hochladen"
D_UPLOAD_LABEL = "Arbeitsmappen oder CSV-Dateien (xlsx, xlsm, xls, ods, csv)"
D_UPLOAD_HELP = "Mehrere Dateien ergeben zusammen einen Stand. Gespeichert wird erst nach der Bestätigung."
D_SHEET = "Blatt der CSV-Dateien"
D_SHEET_AUTO = "aus dem Dateinamen erkennen"
D_SHEET_HELP = "Bei Arbeitsmappen: nur dieses Blatt lesen."
D_COMPLETE = "Vollständige Liste: fehlende Zeilen entfernen"
D_COMPLETE_HELP = (
    "Ein: Zeilen, die in einem hochgeladenen Blatt fehlen, werden aus dem Stand entfernt. "
    "Aus: nur die hochgeladenen Zeilen und Spalten werden aktualisiert."
)
D_CHECKING = "Dateien werden gelesen und geprüft …"
D_FINDINGS = "**Prüfergebnis:** {errors} Fehler, {others} Warnungen und Hinweise"
D_FINDINGS_DOWNLOAD = "Prüfergebnis als CSV herunterladen"
D_FINDINGS_FILE = "Pruefergebnis.csv"
D_BLOCKED = (
    "{errors} Fehler verhindern den Import. Bitte die Datei korrigieren und erneut hochladen; "
    "gespeichert wurde nichts."
)
D_EXAMPLE_BASE = (
    "Bisher sind Beispieldaten geladen. Der erste eigene Import beginnt mit einem leeren Stand; "
    "die Beispieldaten bleiben in der Historie."
)
D_NOTHING = "Die Dateien ändern nichts am aktuellen Stand."
D_PREVIEW = "**Vorschau:** was sich mit dem neuen Stand ändert"
D_NOTE = "Notiz zum Stand"
D_NOTE_PLACEHOLDER = "z. B. Zulieferung Fachbereich Wirtschaft, November"
D_CONFIRM = "Als neuen Stand speichern"
D_ALREADY = "Gespeichert als Stand {stand}."
D_READ_ONLY = "Hochladen und Zurücksetzen sind nur für Bearbeiterinnen und Bearbeiter freigeschaltet."
D_HISTORY = "Stände"
D_HISTORY_PICK = "Stand auswählen"
D_STAND_DOWNLOAD = "Diesen Stand als Arbeitsmappe herunterladen"
D_STAND_FILE = "Masterplan_Stand_{id}.xlsx"
D_ORIGINAL = "Originaldatei „{name}“"
D_ROLLBACK = "Auf Stand {stand} zurücksetzen"
D_ROLLBACK_QUESTION = (
    "Ein neuer Stand mit dem Inhalt von Stand {stand} wird angelegt und für alle angezeigt. "
    "Die Stände dazwischen bleiben erhalten."
)
D_ROLLBACK_CONFIRM = "Ja, zurücksetzen"

# --- tables of the Daten page (masterplan.preview) ---------------------------------------------------
F_SEVERITY = "Schwere"
F_FILE = "Datei"
F_SHEET = "Blatt"
F_ROW = "Zeile"
F_COLUMN = "Spalte"
F_VALUE = "Wert"
F_MESSAGE = "Meldung"
FINDING_COLUMNS = [F_SEVERITY, F_FILE, F_SHEET, F_ROW, F_COLUMN, F_VALUE, F_MESSAGE]
P_SHEET = "Blatt"
P_ADDED = "neu"
P_CHANGED = "geändert"
P_REMOVED = "entfernt"
P_KEY = "Kennung"
P_KIND = "Änderung"
P_KIND_ADDED = "neu"
P_KIND_CHANGED = "geändert"
P_KIND_REMOVED = "entfernt"
P_FIELD = "Feld"
P_OLD = "bisher"
P_NEW = "neu"
DETAIL_COLUMNS = [P_SHEET, P_KEY, P_KIND, P_FIELD, P_OLD, P_NEW]
S_ID = "Stand"
S_TIME = "Zeitpunkt"
S_BY = "von"
S_KIND = "Art"
S_FILES = "Dateien"
S_NOTE = "Notiz"
S_MEASURES = "Maßnahmen"
STAND_COLUMNS = [S_ID, S_TIME, S_BY, S_KIND, S_FILES, S_NOTE, S_MEASURES]
