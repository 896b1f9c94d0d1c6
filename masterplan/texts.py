"""Every German word the dashboard and its exports show, in one place.

Templates use str.format fields (or plotly's %{…} in hover templates); callers pass values already
formatted for German readers (masterplan.formatting). Status, Ampel, milestone states and roles — word,
label, colour, meaning — are records in masterplan.vocabulary.
"""

# --- general ------------------------------------------------------------------------------------
NO_DATA = "Keine Daten"
NO_DATA_FILTERED = "Keine Daten für die gewählten Filter"
MISSING = "–"
TODAY = "Heute"

# --- KPIs (Übersicht) ---------------------------------------------------------------------------
KPI_MEASURES = "Maßnahmen"
KPI_DONE = "abgeschlossen"
KPI_IN_PROGRESS = "in Umsetzung"
KPI_RED = "Ampel rot"
KPI_PROGRESS = "Umsetzungsstand"

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
    "sachstand_changes": "Neuer Sachstand",
    "field_changes": "Geänderte Angaben",
    "milestones_new": "Neue Meilensteine",
    "milestones_removed": "Entfernte Meilensteine",
    "milestones_reached": "Erreichte Meilensteine",
    "milestones_postponed": "Verschobene Meilensteine",
}

# --- column headers: a field's German header wherever a table shows it (metrics.COLUMN_LABELS) ----
# Sheet fields have their sheet's header unless named here; the meeting's tables use MT_COLUMNS over these.
COLUMNS = {
    "leitziel": "Leitziel",
    "fokusprojekt": "Fokusprojekt",
    "lead": "Federführung",
    "label": "Institution",
    "progress": "Umsetzungsstand",
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
    "state": "Zustand",
    "days_until": "Tage bis fällig",
    "days_overdue": "Tage überfällig",
    "days_late": "Tage verspätet",
    "latest": "Letzter Wert",
    "latest_date": "Stichtag",
    "previous": "Vorwert",
    "previous_date": "Stichtag Vorwert",
    "change": "Veränderung zum Vorwert",
    "change_base": "Veränderung zum Basiswert",
    "achievement": "Zielerreichung",
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
    "sachstand_old": "Sachstand vorher",
    "sachstand_new": "Sachstand jetzt",
    "angabe": "Angabe",
    "value_old": "vorher",
    "value_new": "jetzt",
    "ampel_label": "Ampel",
    "change_text": "Änderung",
    "title": "Titel",
    "before": "vorher",
    "after": "jetzt",
    "created_at": "Zeitpunkt",
    "created_by": "von",
    "stand": "Stand",
    "field": "Feld",
    "value": "Wert",
    "name": "Name",
    "typ": "Typ",
    "rolle": "Rolle",
    "lenkungskreis": "Lenkungskreis",
    "befund": "Befund",  # befund, termin, tage, rueckstand: the Zeitplan's findings (metrics.schedule_issues)
    "termin": "Termin",
    "tage": "Tage über Termin",
    "rueckstand": "Rückstand (Punkte)",
    "trend": "Entwicklung",  # trend, base, target: the Indikatoren table (metrics.indicator_table)
    "base": "Basiswert",
    "target": "Zielwert",
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
GANTT_UNDATED = ("1 Maßnahme ohne Beginn oder Ende ist nicht dargestellt.",
                 "{count} Maßnahmen ohne Beginn oder Ende sind nicht dargestellt.")

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
    "<b>%{y}</b> – %{x}<br>%{customdata[3]}: %{customdata[0]} federführend, %{customdata[1]} beteiligt, "
    "%{customdata[2]} informiert<extra></extra>"
)
HOVER_NODE_INSTITUTION = "<b>%{text}</b><br>%{customdata}<extra></extra>"
HOVER_NODE_MEASURE = "<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>"
HOVER_LOAD = "<b>%{y}</b><br>%{fullData.name}: %{customdata}<extra></extra>"
MEASURES_COUNTED = ("1 Maßnahme", "{count} Maßnahmen")  # in hovers, where plotly cannot choose the form
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
FILTERED = "gefiltert: {filters}"  # on every page, slide and footer that shows filtered figures
FILTERED_PART = "{label} {values}"  # „Leitziel LZ1, LZ2“
BANNER_EXAMPLE = (
    "Angezeigt werden Beispieldaten: Leitziele, Institutionen und Indikatoren sind echt, alle mit „Beispiel:“ "
    "beginnenden Titel sowie Status und Termine sind erfunden. Eigene Daten unter „Daten“ hochladen."
)
BANNER_EXAMPLE_SHORT = "Beispieldaten: alle mit „Beispiel:“ beginnenden Titel sowie Status und Termine sind erfunden."
BANNER_LOCAL = "Lokaler Modus: nur auf diesem Rechner erreichbar, alle dürfen Daten hochladen."
STAND_NAME = "Stand {id}"
STAND_KINDS = {"import": "Import", "rollback": "Zurückgesetzt", "example": "Beispieldaten",
               "adopted": "Import auf Beispieldaten"}
EXAMPLE = "Beispieldaten"
ADOPTED_MARK = "auf Beispieldaten"  # in the Stand selector: the Stand took the example data as its base
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
D_FINDINGS = "**Prüfergebnis:** {summary}"
FINDING_COUNTS = {  # severity → (singular, plural), in the order the summary names them
    "Fehler": ("{count} Fehler", "{count} Fehler"),
    "Warnung": ("{count} Warnung", "{count} Warnungen"),
    "Hinweis": ("{count} Hinweis", "{count} Hinweise"),
}
D_FINDINGS_DOWNLOAD = "Prüfergebnis als CSV herunterladen"
D_FINDINGS_FILE = "Pruefergebnis.csv"
D_BLOCKED = (
    "{count} Fehler verhindert den Import. Bitte die Datei korrigieren und erneut hochladen; gespeichert wurde nichts.",
    "{count} Fehler verhindern den Import. Bitte die Datei korrigieren und erneut hochladen; "
    "gespeichert wurde nichts.",
)
D_EXAMPLE_BASE = (
    "**Bisher sind nur Beispieldaten gespeichert, und Beispieldaten sind nie die Grundlage eigener Daten.** "
    "Der erste eigene Upload beginnt mit einem leeren Stand und muss für sich allein vollständig sein: auch die "
    "Leitziele, Fokusprojekte und Stakeholder, auf die seine Zeilen verweisen, gehören hinein. Zwei Wege: eine "
    "vollständige Arbeitsmappe hochladen – oder die Beispieldaten hier ausdrücklich als Ausgangsbasis übernehmen. "
    "Die Beispieldaten bleiben in jedem Fall in der Historie."
)
D_ADOPT = "Beispieldaten als Ausgangsbasis der eigenen Daten übernehmen"
D_ADOPT_HELP = (
    "Der neue Stand enthält dann alle Beispielzeilen samt den hochgeladenen Änderungen und heißt in der Historie "
    "„Import auf Beispieldaten“. Erfundene Zeilen (Titel mit „Beispiel:“) bleiben, bis sie ersetzt oder mit "
    "„Vollständige Liste“ entfernt werden."
)
D_ADOPTED = (
    "**Die Beispieldaten werden als Ausgangsbasis übernommen.** Die hochgeladenen Zeilen werden in sie "
    "eingearbeitet; der neue Stand heißt in der Historie „Import auf Beispieldaten“, damit niemand die "
    "erfundenen Zeilen (Titel mit „Beispiel:“) für echte hält."
)
D_NOTHING = "Die Dateien ändern nichts am aktuellen Stand."
D_PREVIEW = "**Vorschau:** was sich mit dem neuen Stand ändert"
D_NOTE = "Notiz zum Stand"
D_NOTE_PLACEHOLDER = "z. B. Zulieferung Fachbereich Wirtschaft, November"
D_CONFIRM = "Als neuen Stand speichern"
D_SAVED = "Gespeichert als Stand {stand}."
D_ALREADY = "Diese Dateien sind bereits als Stand {stand} gespeichert."
D_ROLLED_BACK = "Zurückgesetzt: Stand {stand} entspricht Stand {target}."
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
P_TITLE = "Titel"
DETAIL_COLUMNS = [P_SHEET, P_KEY, P_TITLE, P_KIND, P_FIELD, P_OLD, P_NEW]
P_LONG = "Lange Texte im Wortlaut"
S_ID = "Stand"
S_TIME = "Zeitpunkt"
S_BY = "von"
S_KIND = "Art"
S_FILES = "Dateien"
S_NOTE = "Notiz"
S_MEASURES = "Maßnahmen"
STAND_COLUMNS = [S_ID, S_TIME, S_BY, S_KIND, S_FILES, S_NOTE, S_MEASURES]

# --- plausibility: the same warnings in the upload findings and the „Datenqualität“ list ------------
PL_AFTER_ERRORS = "Auf Widersprüche (Plausibilität) wird geprüft, sobald die Fehler behoben sind."
PL_MEASURE = "{nr} „{title}“: "  # each message starts with the measure (or indicator) it is about
PL_MILESTONE = "Meilenstein {ms} „{title}“"
PL_STATUS = "Status „{status}“"
PL_NO_STATUS = "kein Status"
PL_DONE_OPEN_MILESTONES = (
    "Abgeschlossen, aber Meilensteine offen",
    "Status „abgeschlossen“, aber {milestones} noch offen: {listed}. Stimmig wäre, sie als „erreicht“ oder "
    "„entfallen“ zu melden – oder den Status zu ändern.",
)
PL_OPEN_MILESTONES = ("1 Meilenstein ist", "{count} Meilensteine sind")
PL_DONE_BELOW_FULL = (
    "Abgeschlossen unter 100 %",
    "Status „abgeschlossen“, aber Umsetzungsstand {progress}. Stimmig wäre 100 %.",
)
PL_FULL_NOT_DONE = (
    "100 %, aber nicht abgeschlossen",
    "Umsetzungsstand 100 %, aber {status}. Stimmig wäre „abgeschlossen“ – oder ein Umsetzungsstand unter 100 %.",
)
PL_NOT_STARTED_PROGRESS = (
    "Nicht begonnen, aber Fortschritt",
    "Status „nicht begonnen“, aber Umsetzungsstand {progress}. Stimmig wäre 0 % – oder ein Status wie "
    "„in Umsetzung“.",
)
PL_IN_PROGRESS_BEFORE_START = (
    "In Umsetzung vor dem Beginn",
    "Status „in Umsetzung“, aber Beginn {start} liegt in der Zukunft (heute ist der {today}). Stimmig wäre ein "
    "Beginn bis heute – oder der Status „in Planung“.",
)
PL_NOT_STARTED_AFTER_START = (
    "Nicht begonnen nach dem Beginn",
    "Status „nicht begonnen“, aber Beginn {start} ist vorbei (heute ist der {today}). Stimmig wäre ein "
    "späterer Beginn – oder ein Status wie „in Umsetzung“.",
)
PL_REACHED_WITHOUT_DATE = (
    "Meilenstein erreicht ohne Datum",
    "{milestone} hat Status „erreicht“, aber „Erreicht am“ ist leer. Stimmig wäre das Datum, an dem er erreicht "
    "wurde.",
)
PL_REACHED_IN_FUTURE = (
    "Meilenstein in der Zukunft erreicht",
    "{milestone}: Erreicht am {date} liegt in der Zukunft (heute ist der {today}). Stimmig wäre ein Datum bis "
    "heute – oder, wenn er noch nicht erreicht ist, ein leeres „Erreicht am“.",
)
PL_DATE_BUT_OPEN = (
    "Meilenstein mit Datum, aber offen",
    "{milestone} hat {status}, aber Erreicht am {date}. Stimmig wäre Status „erreicht“ – oder ein leeres "
    "„Erreicht am“.",
)
PL_MILESTONE_AFTER_END = (
    "Meilenstein nach dem Ende der Maßnahme",
    "{milestone} ist am {due} fällig, nach dem Ende der Maßnahme am {end}. Stimmig wäre ein Fälligkeitsdatum bis "
    "{end} – oder ein späteres Ende.",
)
PL_NO_MILESTONES = (
    "In Umsetzung ohne Meilensteine",
    "Status „in Umsetzung“, aber keine Meilensteine. Stimmig wären Meilensteine im Blatt Meilensteine, an denen "
    "sich der Fortschritt ablesen lässt.",
)
PL_INDICATOR_WITHOUT_VALUES = (
    "Indikator ohne Werte",
    "keine Werte. Stimmig wären Werte im Blatt Indikatorwerte (IND-Nr., Stichtag, Wert).",
)
Q_TITLE = "Datenqualität"
Q_HELP = (
    "Widersprüche im gewählten Stand, nach Prüfung geordnet. Sie verhindern nichts; behoben werden sie mit dem "
    "nächsten Upload. Dieselben Prüfungen erscheinen beim Hochladen als Warnungen."
)
Q_SUMMARY = ("Keine Auffälligkeiten.", "**1 Auffälligkeit**", "**{count} Auffälligkeiten**")
Q_SUMMARY_REST = " in {groups} – {stand}."
Q_GROUPS = ("1 Prüfung", "{count} Prüfungen")
Q_LEAD = "Federführung"
Q_ALL_LEADS = "alle"
Q_LEAD_OPTION = "{label} ({count})"
Q_GROUP = "{rule} ({count})"
Q_NR = "Nr."
Q_LEAD_COLUMN = "Federführung"
Q_MESSAGE = "Meldung"
Q_COLUMNS = [Q_NR, Q_LEAD_COLUMN, Q_MESSAGE]

# --- pages: Übersicht, Leitziele, Maßnahmen (shared by the three) -----------------------------------
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

# --- page: Übersicht ---------------------------------------------------------------------------------
U_KPI_HELP_MEASURES = "Alle Maßnahmen im gewählten Stand und Filter, entfallene eingeschlossen."
U_KPI_HELP_RED = "Maßnahmen mit roter Ampel: Ende überschritten oder ein Meilenstein mehr als 90 Tage überfällig."
U_KPI_HELP_PROGRESS = (
    "Nach Gewicht gemittelter Umsetzungsstand; abgeschlossene zählen mit 100 %, entfallene nicht. "
    "Die Veränderung bezieht sich auf den vorigen Stand."
)
U_KPI_DELTA = ("Punkt seit Stand {stand}", "Punkte seit Stand {stand}")  # after st.metric's delta number
U_PROGRESS = "Umsetzungsstand je Leitziel"
U_STATUS_MIX = "Status je Leitziel"
U_AMPEL_MIX = "Ampel je Leitziel"
U_UPCOMING = "Nächste Meilensteine (90 Tage)"
U_UPCOMING_EMPTY = "In den nächsten 90 Tagen sind keine Meilensteine fällig."
U_OVERDUE = "Überfällige Meilensteine"
U_OVERDUE_EMPTY = "Keine überfälligen Meilensteine – alle fälligen Termine sind erreicht."
U_CHANGES = "Letzte Änderungen"
U_CHANGES_AGAINST = "Gegenüber {stand}"
U_CHANGES_FIRST = "Dies ist der erste Stand; Änderungen lassen sich erst ab dem nächsten Import zeigen."
U_CHANGES_NONE = "Keine Änderungen an Maßnahmen und Meilensteinen gegenüber {stand}."
U_CHANGES_MORE = ("… und {count} weitere Änderung; alle unter „Veränderungen“.",
                  "… und {count} weitere Änderungen; alle unter „Veränderungen“.")

# --- page: Leitziele ---------------------------------------------------------------------------------
L_CHOOSE = "Leitziel"
L_CHOOSE_HELP = "Es stehen die Leitziele des gewählten Stands und Filters zur Auswahl."
L_EMPTY = "Dieser Stand enthält keine Leitziele. Unter „Daten“ eine Arbeitsmappe hochladen."
L_DESCRIPTION = "Beschreibung"
L_NO_DESCRIPTION = "Keine Beschreibung hinterlegt."
L_SUBGOALS = "Unterziele"
L_NO_SUBGOALS = "Keine Unterziele hinterlegt."
L_PROGRESS = "Umsetzungsstand"
L_PROGRESS_COUNTS = "{counted} von {measures} Maßnahmen gewertet"
L_PROGRESS_EMPTY = "Für dieses Leitziel gibt es (mit den gewählten Filtern) keine gewerteten Maßnahmen."
L_PROJECTS = "Fokusprojekte"
L_PROJECTS_EMPTY = "Diesem Leitziel sind (mit den gewählten Filtern) keine Fokusprojekte zugeordnet."
L_MEASURES = "Maßnahmen"
L_MEASURES_EMPTY = "Diesem Leitziel sind (mit den gewählten Filtern) keine Maßnahmen zugeordnet."
L_INDICATORS = "Indikatoren"
L_INDICATORS_EMPTY = "Für dieses Leitziel sind keine Indikatoren hinterlegt."

# --- page: Maßnahmen ---------------------------------------------------------------------------------
M_SEARCH = "Suche"
M_SEARCH_PLACEHOLDER = "Nr., Titel oder Sachstand, z. B. „M05“ oder „Gewerbefläche“"
M_SEARCH_HELP = "Findet Maßnahmen, die alle eingegebenen Wörter enthalten; Groß- und Kleinschreibung zählt nicht."
M_COUNT = ("{found} von 1 Maßnahme", "{found} von {count} Maßnahmen")
M_TABLE_HELP = "Spaltenköpfe sortieren die Tabelle; ein Klick auf eine Zeile zeigt die Maßnahme unten im Detail."
M_NO_HITS = "Keine Maßnahme enthält „{query}“. Suchbegriff ändern oder leeren."
M_DETAIL = "Detailansicht"
M_CHOOSE = "Maßnahme"
M_STATUS = "Status"
M_AMPEL = "Ampel"
M_PROGRESS = "Umsetzungsstand"
M_PROGRESS_PLANNED = "Soll laut Zeitplan: {planned}"
M_END = "Ende"
M_SACHSTAND = "Sachstand"
M_NO_SACHSTAND = "Kein Sachstand hinterlegt."
M_TAB_FIELDS = "Angaben"
M_TAB_MILESTONES = "Meilensteine"
M_TAB_STAKEHOLDERS = "Beteiligte"
M_TAB_HISTORY = "Verlauf"
M_MILESTONES_EMPTY = "Für diese Maßnahme sind keine Meilensteine hinterlegt."
M_STAKEHOLDERS_EMPTY = "Für diese Maßnahme sind keine Beteiligten hinterlegt."
M_HISTORY_HELP = (
    "Jede Zeile ist ein Stand, in dem sich die Maßnahme geändert hat. Die Ampel gilt zum Zeitpunkt des Stands."
)
M_HISTORY_EMPTY = "Zu dieser Maßnahme gibt es keine gespeicherten Stände."
M_HISTORY_NEW = "neu aufgenommen"
M_HISTORY_REMOVED = "entfernt"
M_HISTORY_CHANGED = "geändert: {fields}"


# --- page: Zeitplan ----------------------------------------------------------------------------------
Z_INTRO = (
    "Laufzeiten der Maßnahmen von Beginn bis Ende, nach Leitziel gruppiert, mit ihren Meilensteinen. "
    "Die gestrichelte Linie markiert heute."
)
Z_PERIOD = "Zeitraum"
Z_PERIODS = {"all": "alles", "around": "letzte 12 Monate + nächste 12", "custom": "eigener Zeitraum"}
Z_RANGE = "Von – bis"
Z_RANGE_HELP = "Zeigt die Maßnahmen, die in diesem Zeitraum laufen."
Z_LIMIT = "Anzahl der gezeigten Maßnahmen"
Z_LIMIT_HELP = (
    "Bei sehr vielen Maßnahmen zeigt der Zeitplan nur die dringlichsten: zuerst Ende überschritten, dann "
    "Ampel rot und gelb, dann offene Maßnahmen mit dem nächsten Ende."
)
Z_HIDDEN = tuple(
    f"Gezeigt werden die {{visible}} dringlichsten von {{total}} Maßnahmen; {hidden}. "
    "Filter in der Seitenleiste oder ein kürzerer Zeitraum grenzen weiter ein."
    for hidden in ("1 ist ausgeblendet", "{count} sind ausgeblendet")
)
Z_UNDATED = ("1 Maßnahme ohne Beginn oder Ende (z. B. eine Daueraufgabe ohne Ende) ist nicht dargestellt.",
             "{count} Maßnahmen ohne Beginn oder Ende (z. B. Daueraufgaben ohne Ende) sind nicht dargestellt.")
Z_EMPTY = "Für die gewählten Filter gibt es keine Maßnahmen mit Beginn und Ende."
Z_EMPTY_PERIOD = "Im gewählten Zeitraum läuft keine Maßnahme. Bitte einen anderen Zeitraum wählen."
Z_LEGEND = "Legende"
Z_LEGEND_TEXT = (
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
Z_ISSUES = "Überfällig und verspätet"
Z_ISSUES_HELP = (
    "Maßnahmen mit überschrittenem Ende oder hinter dem Zeitplan sowie überfällige und verspätet erreichte "
    "Meilensteine, das Dringendste zuerst."
)
Z_ISSUES_EMPTY = "Keine überfälligen oder verspäteten Maßnahmen und Meilensteine – alles im Zeitplan."
Z_ISSUE_END_PASSED = "Ende überschritten"
Z_ISSUE_MS_OVERDUE = "Meilenstein überfällig"
Z_ISSUE_BEHIND = "hinter dem Zeitplan"
Z_ISSUE_MS_LATE = "Meilenstein verspätet erreicht"
Z_LEGEND_BEHIND = "hinter dem Zeitplan"

# --- page: Beteiligte --------------------------------------------------------------------------------
B_INTRO = (
    "Welche Institutionen an welchen Leitzielen mitwirken, wie sie über die Maßnahmen verbunden sind und "
    "wie viele Maßnahmen sie tragen."
)
B_TYPES = "Typ der Institution"
B_TYPES_HELP = "Zeigt Matrix, Netzwerk und Auslastung nur für Institutionen dieser Typen."
B_MATRIX = "Institutionen × Leitziele"
B_MATRIX_HELP = "Zahl der Maßnahmen je Institution und Leitziel; die Rollen stehen im Tooltip."
B_NETWORK = "Netzwerk"
B_FOCUS = "Netzwerk um eine Institution"
B_FOCUS_ALL = "alle Institutionen"
B_FOCUS_HELP = "Zeigt nur die Maßnahmen dieser Institution und alle, die daran mitwirken."
B_NETWORK_LIMITED = (
    "Das Netzwerk zeigt {shown} von {total} Maßnahmen, damit es lesbar bleibt. Eine Institution oder die "
    "Filter in der Seitenleiste wählen, um einen vollständigen Ausschnitt zu sehen."
)
B_LOAD = "Auslastung je Institution"
B_LOAD_LIMITED = "Gezeigt werden die {shown} Institutionen mit den meisten Maßnahmen."
B_GAPS = "Besetzungslücken"
B_GAPS_HELP = (
    "Offene Maßnahmen ohne Federführung oder mit nur einer mitwirkenden Institution (informiert zählt "
    "nicht); abgeschlossene und entfallene Maßnahmen sind ausgenommen."
)
B_GAPS_EMPTY = "Keine Besetzungslücken: Jede offene Maßnahme hat eine Federführung und mindestens zwei Institutionen."
B_EMPTY = "Für die gewählten Filter sind keine Institutionen an Maßnahmen beteiligt."

# --- page: Indikatoren -------------------------------------------------------------------------------
I_INTRO = (
    "Wirkungsindikatoren des Masterplans: letzter Wert, Entwicklung und Zielerreichung, darunter die "
    "Zeitreihen mit Basis- und Zielwert."
)
I_SUMMARY = "Übersicht"
I_SUMMARY_HELP = (
    "Zielerreichung = (letzter Wert − Basiswert) / (Zielwert − Basiswert). Die Entwicklung bewertet die "
    "Veränderung zum Vorwert in der Zielrichtung des Indikators."
)
I_CHARTS = "Zeitreihen"
I_NO_VALUES = "Für diesen Indikator liegen noch keine Messwerte vor."
I_EMPTY = "Für die gewählten Filter gibt es keine Indikatoren."
I_UP, I_DOWN, I_FLAT = "↑", "↓", "→"
I_BETTER = "in Zielrichtung"
I_WORSE = "gegen die Zielrichtung"
I_UNCHANGED = "unverändert"
I_VALUE_YEAR = "{value} ({year})"

# --- page: Veränderungen -----------------------------------------------------------------------------
V_INTRO = "Was sich zwischen zwei Ständen geändert hat – die Tagesordnung für den Lenkungskreis."
V_OLD = "Vergleichsstand (vorher)"
V_NEW = "Stand (jetzt)"
V_ONE_STAND = (
    "Bisher gibt es nur einen Stand. Sobald unter „Daten“ ein weiterer Stand gespeichert ist, zeigt diese "
    "Seite, was sich geändert hat."
)
V_SAME = "Bitte zwei verschiedene Stände wählen."
V_NOTHING = "Zwischen diesen beiden Ständen hat sich nichts geändert."
V_NOTHING_TOPIC = "Keine."
V_FILTERED = "Die Filter der Seitenleiste gelten für beide Stände."
V_REASON_NOW = "Begründung (jetzt)"  # the Ampel changes' reason, the new Stand's
V_SACHSTAND_WHOLE = "Sachstand im Wortlaut"
V_SACHSTAND_OLD = "vorher"
V_SACHSTAND_NEW = "jetzt"

# --- Sitzung, Foliensatz und Bericht -----------------------------------------------------------------
PLAN_NAME = "Masterplan Wirtschaft Oberhausen"
MT_MEETING = "Lenkungskreis"
MT_FILE = "Lenkungskreis_Stand_{id}"  # the downloads' name, before the filters and the extension
MT_STAND = "Stand {id} vom {date}"
MT_SINCE = "Vergleich mit Stand {id} vom {date}"
MT_NO_SINCE = "ohne Vergleichsstand"
MT_DAY = "Auswertung zum {date}"
MT_STAND_NOTE = "Notiz zum Stand: {note}"
MT_FIG_STAND = "Stand"
MT_FIG_SINCE = "Vergleichsstand"
MT_FIG_DAY = "Stichtag der Auswertung"
MT_FIG_COUNTED = "gewertete Maßnahmen"
MT_FIG_COUNTED_NOTE = "von {measures} Maßnahmen"
MT_FIG_DECISIONS = "Entscheidungsbedarf"
MT_FIG_DECISIONS_NOTE = "Ampel rot oder zurückgestellt"
MT_FIG_OVERDUE = "Meilensteine überfällig"
MT_FIG_REACHED = "erreicht seit Vergleichsstand"
MT_FIG_INDICATORS = "Indikatoren"
MT_FIG_WITH_TARGET = "mit Zielwert"
MT_FIG_IMPROVED = "in Zielrichtung entwickelt"
MT_FIG_IMPROVED_NOTE = "von {count} mit Vorwert"
MT_CHANGE_POINTS = ("{count} Punkt gegenüber Stand {id}", "{count} Punkte gegenüber Stand {id}")
MT_TITLE_OVERVIEW = "Überblick"
MT_TITLE_LEITZIEL = "{lz_nr} – {leitziel}"
MT_TITLE_CHANGES = "Veränderungen seit Stand {id}"
MT_TITLE_CHANGES_NONE = "Veränderungen"
MT_TITLE_MILESTONES = "Meilensteine: überfällig und anstehend"
MT_TITLE_INDICATORS = "Indikatoren"
MT_TITLE_APPENDIX = "Anhang: alle Maßnahmen"
MT_CONTINUED = "{title} (Fortsetzung)"
MT_TABLE_LEITZIELE = "Leitziele"
MT_TABLE_DECISIONS = "Entscheidungsbedarf: Ampel rot oder zurückgestellt"
MT_NO_DECISIONS = "Kein Entscheidungsbedarf: keine Maßnahme mit Ampel rot oder Status zurückgestellt."
MT_NO_MEASURES = "Diesem Leitziel sind keine Maßnahmen zugeordnet."
MT_TABLE_OVERDUE = "Überfällige Meilensteine"
MT_NO_OVERDUE = "Keine überfälligen Meilensteine."
MT_TABLE_UPCOMING = "Anstehende Meilensteine (nächste 90 Tage)"
MT_NO_UPCOMING = "In den nächsten 90 Tagen sind keine Meilensteine fällig."
MT_TABLE_INDICATORS = "Indikatoren im Überblick"
MT_NO_INDICATORS = "Es sind keine Indikatoren hinterlegt."
MT_NO_SINCE_TEXT = (
    "Kein Vergleichsstand: Veränderungen lassen sich zeigen, sobald ein zweiter Stand gespeichert ist."
)
MT_NOTES_SACHSTAND = "{nr} {massnahme}, Sachstand jetzt: {text}"
MT_NO_CHANGES = "Keine Veränderungen an Maßnahmen und Meilensteinen seit Stand {id}."
MT_CHART_AMPEL_PROJECTS = "Ampel je Fokusprojekt"
MT_CHART_STATUS_PROJECTS = "Status je Fokusprojekt"
MT_NO_PROJECT = "ohne Fokusprojekt"
MT_SERIES_STAND = "Stand {id}"
MT_SERIES_TARGET = "Zielwert"
MT_COLUMNS = {
    "nr": "Nr.",
    "massnahme": "Maßnahme",
    "lz_nr": "LZ",
    "fp_nr": "FP",
    "ms_nr": "MS-Nr.",
    "meilenstein": "Meilenstein",
    "status": "Status",
    "ende": "Ende",
    "faellig_am": "Fällig am",
    "erreicht_am": "Erreicht am",
    "state": "Stand",
    "sachstand": "Sachstand",
    "ampel_text": "Ampel und Begründung",
    "progress_change": "Veränderung (Punkte)",
    "red": "Ampel rot",
    "indikator": "Indikator",
    "einheit": "Einheit",
    "zielwert": "Zielwert",
    "progress": "Umsetzungsstand",
    "progress_old": "Umsetzungsstand vorher",
    "progress_new": "Umsetzungsstand jetzt",
    "delta": "Veränderung (Punkte)",
    "change": "Veränderung",
    "achievement": "Zielerreichung",
    "improved": "in Zielrichtung",
    "measures": "Maßnahmen",
}
MT_FIG_RED_NOTE = "{grün} grün · {gelb} gelb · {grau} grau"
MT_NOTES_FIGURES = "Kennzahlen: {figures}."
MT_NOTES_DECISION = "{nr} {massnahme} ({ampel}, {status}): {sachstand}"
MT_NOTES_NO_SACHSTAND = "kein Sachstand hinterlegt"
MT_NOTES_TABLE = ("{title}: {count} Eintrag.", "{title}: {count} Einträge.")
MT_NOTES_CONTINUED = "Fortsetzung der Folie „{title}“."
MT_NOTES_TITLE = "Begrüßung; Grundlage ist {stand}, verglichen wird mit {since}; ausgewertet zum {day}."
MT_TEMPLATE_UNUSABLE = "Die Folienvorlage „{path}“ ist keine lesbare PowerPoint-Datei (.pptx)."
MT_REPORT_TITLE = "Bericht zum Lenkungskreis"
MT_REPORT_CONTENTS = "Inhalt"
MT_REPORT_CREATED = "erstellt am {date}"
MT_PAGE = "Seite {page} von {pages}"
MT_DECK_MORE = ("… und 1 weiterer Eintrag – vollständig im PDF-Bericht.",
                "… und {count} weitere Einträge – vollständig im PDF-Bericht.")
MT_PROGRESS_SHORT = "Umsetzung"
# Column labels of the deck and the report in short, used only where a table cannot fit with the full ones
MT_SHORT_COLUMNS = {
    "Umsetzungsstand": "Umsetzung",
    "Umsetzungsstand vorher": "vorher",
    "Umsetzungsstand jetzt": "jetzt",
    "Veränderung (Punkte)": "Änderung (Punkte)",
    "Veränderung": "Änderung",
    "Zielerreichung": "erreicht",
    "in Zielrichtung": "Richtung",
    "Federführung": "Federf.",
    "Maßnahmen": "Anz.",
    "Meilenstein": "MS",
    "Tage überfällig": "Tage",
    "Tage bis fällig": "Tage",
}

# --- page: Sitzung -----------------------------------------------------------------------------------
SZ_SINCE = "Vergleichsstand"
SZ_SINCE_HELP = "Gegen diesen früheren Stand zeigen die Folien Veränderungen; vorgewählt ist der vorige Stand."
SZ_BACK = "Zurück"
SZ_NEXT = "Weiter"
SZ_COUNTER = "Folie {number} von {count}"
SZ_NOTES = "Notizen"
SZ_DECK = "Foliensatz (PowerPoint)"
SZ_DECK_HELP = "Alle Folien als PowerPoint-Datei; wird beim Klick erstellt."
SZ_REPORT = "Bericht (PDF)"
SZ_REPORT_HELP = "Der Bericht mit allen Tabellen und dem Anhang aller Maßnahmen; wird beim Klick erstellt."
SZ_SINCE_OPTION = "Vergleich mit {stand}"
SZ_PRESENT = "Präsentationsansicht"
SZ_PRESENT_HELP = (
    "Öffnet die Folien in einem neuen Tab ohne Kopfzeile und Bedienleiste, mit demselben Stand und denselben "
    "Filtern – für den Beamer. Vollbild mit F11, blättern mit ← und →."
)
