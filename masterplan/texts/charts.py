"""Chart titles, axes, legends and hover templates (plotly; numbers follow layout.separators)."""

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

# Text alternatives (masterplan.alternatives): the name a screen reader announces, one sentence, the table.
DATA_AS_TABLE = "Daten als Tabelle"
ALT_PROGRESS_RANGE = "Am weitesten: {best} mit {best_value}; am wenigsten weit: {worst} mit {worst_value}."
ALT_PROGRESS_ONE = "{goal}: {value}."
ALT_MIX = ("1 Maßnahme: {parts}.", "{count} Maßnahmen: {parts}.")
ALT_SCHEDULE = ("1 Maßnahme von {start} bis {end}", "{count} Maßnahmen von {start} bis {end}")
ALT_SCHEDULE_OVERDUE = ("1 mit überschrittenem Ende", "{count} mit überschrittenem Ende")
ALT_SCHEDULE_BEHIND = ("1 hinter dem Plan", "{count} hinter dem Plan")
ALT_MILESTONES = ("1 Meilenstein: {parts}", "{count} Meilensteine: {parts}")
ALT_HEATMAP = ("1 Institution in {goals}; am häufigsten beteiligt: {top} mit {measures}.",
               "{count} Institutionen in {goals}; am häufigsten beteiligt: {top} mit {measures}.")
GOALS_COUNTED = ("1 Leitziel", "{count} Leitzielen")
ALT_NETWORK = "{measures} und {institutions}, {links}: {roles}."
INSTITUTIONS_COUNTED = ("1 Institution", "{count} Institutionen")
LINKS_COUNTED = ("1 Verbindung", "{count} Verbindungen")
ALT_LOAD = ("1 Institution; am stärksten eingebunden: {top} mit {measures} ({roles}).",
            "{count} Institutionen; am stärksten eingebunden: {top} mit {measures} ({roles}).")
ALT_INDICATOR = "Zuletzt {value} am {date}; {measurements} seit {first}."
ALT_INDICATOR_TARGET = " Zielwert {value}{year}."
MEASUREMENTS_COUNTED = ("1 Messwert", "{count} Messwerte")
ALT_SLIDE_LATEST = "Zuletzt ({date}): {parts}."
ALT_SLIDE_TOTALS = "Zusammen: {parts}."
ALT_SLIDE_RANGE = "höchster Wert {best} mit {best_value}, niedrigster {worst} mit {worst_value}."
ALT_EMPTY = "Keine Daten."
ALT_KIND_MEASURE = "Maßnahme"
ALT_KIND_MILESTONE = "Meilenstein"
COL_GOAL = "Leitziel"
COL_PROGRESS = "Umsetzungsstand"
COL_COUNTED = "gewertete Maßnahmen"
COL_MEASURES = "Maßnahmen"
COL_MEASURE = "Maßnahme"
COL_TOTAL = "zusammen"
COL_INSTITUTION = "Institution"
COL_NR = "Nr."
COL_TITLE = "Bezeichnung"
COL_KIND = "Art"
COL_START = "Beginn"
COL_END = "Ende / fällig am"
COL_STATE = "Status / Zustand"
COL_ROLE = "Rolle"
COL_DATE = "Stichtag"
COL_VALUE = "Wert"

# plotly's own words in the chart (tool bar, notices) and its date names: a locale given with each chart, since
# the plotly bundled with Streamlit registers none but English. Keys are plotly's English strings.
PLOTLY_LOCALE = {
    "dictionary": {
        "Download plot as a PNG": "Diagramm als Bild (PNG) speichern",
        "Download plot": "Diagramm als Bild speichern",
        "Preparing image - this may take a few seconds": "Bild wird erstellt – das kann einige Sekunden dauern",
        "Image download succeeded": "Bild gespeichert",
        "Sorry, there was a problem downloading your image!": "Das Bild konnte nicht gespeichert werden.",
        "Double-click to zoom back out": "Doppelklick zeigt wieder alles",
        "Autoscale": "Ganzes Diagramm", "Reset axes": "Achsen zurücksetzen", "Zoom in": "Vergrößern",
        "Zoom out": "Verkleinern",
    },
    "format": {
        "days": ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        "shortDays": ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                   "November", "Dezember"],
        "shortMonths": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
        "date": "%d.%m.%Y", "decimal": ",", "thousands": ".",
    },
}
