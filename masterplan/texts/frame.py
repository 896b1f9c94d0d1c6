"""The frame every page shares: title, navigation, sidebar, filters, banners."""

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
LOCAL_USER = "lokal"
