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
