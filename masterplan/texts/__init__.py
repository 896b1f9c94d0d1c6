"""Every German word the dashboard and its exports show, one module per concept: ``texts.uebersicht.STATUS_MIX``.

Templates use str.format fields (or plotly's %{…} in hover templates); callers pass values already formatted
for German readers (masterplan.formatting). Status, Ampel, milestone states and roles — word, label, colour,
meaning — are records in masterplan.vocabulary; messages about files and their cells are in loaders.messages.
"""

from masterplan.texts import (
    access,
    berichtsrunde,
    beteiligte,
    charts,
    cli,
    columns,
    common,
    daten,
    figures,
    frame,
    indikatoren,
    leitziele,
    mail,
    massnahmen,
    meeting,
    plausibility,
    rounds,
    sitzung,
    storage,
    uebersicht,
    upload,
    veraenderungen,
    zeitplan,
)

__all__ = [
    "access", "berichtsrunde", "beteiligte", "charts", "cli", "columns", "common", "daten", "figures", "frame",
    "indikatoren", "leitziele", "mail", "massnahmen", "meeting", "plausibility", "rounds", "sitzung", "storage",
    "uebersicht", "upload", "veraenderungen", "zeitplan",
]
