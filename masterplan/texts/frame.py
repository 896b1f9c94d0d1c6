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
    "berichtsrunde": "Berichtsrunde",
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
SIGN_IN_TITLE = "Masterplan-Monitor"
SIGN_IN_TEXT = ("Der Masterplan-Monitor der Stadt ist nur für angemeldete Beschäftigte zugänglich. Bitte melden Sie "
                "sich mit Ihrem Dienstkonto an.")
SIGN_IN = "Anmelden"
SIGN_OUT = "Abmelden"
SIGNED_IN = "Angemeldet: {who} · {role}"  # the e-mail address in its help
SIGNED_IN_FOR = " · meldet für {federfuehrungen}"

# Streamlit's own English words in the frame, which it has no setting for: pages/german_frame.js swaps them in the
# browser. ``words``: names, placeholders and tool tips by exact value; ``beginnings``: names that start so;
# ``parts``: pieces of text inside ``containers`` (the skip link, the uploader, tool tips, the table's menus).
FRAME_WORDS = {
    "words": {
        "Skip to main content": "Zum Inhalt springen",
        "Help": "Hilfe",
        "Link to heading": "Link zu dieser Überschrift",
        "Sidebar": "Seitenleiste",
        "Collapse sidebar": "Seitenleiste einklappen",
        "Expand sidebar": "Seitenleiste ausklappen",
        "Open": "Öffnen",
        "Close": "Schließen",
        "Clear all": "Auswahl leeren",
        "Clear value": "Auswahl leeren",
        "Choose an option": "Bitte auswählen",
        "Download as CSV": "Als CSV herunterladen",
        "Search": "Suchen",
        "Fullscreen": "Vollbild",
        "Close fullscreen": "Vollbild beenden",
        "Show/hide columns": "Spalten ein- und ausblenden",
        "Select all": "Alle auswählen",
        "file upload": "Datei hochladen",
        "Upload": "Datei wählen",
        "Add files": "Dateien hinzufügen",
        "add icon": "hinzufügen",
    },
    "beginnings": {"Help for ": "Hilfe zu ", "Shortcut ": "Tastenkürzel ", "Remove ": "Entfernen: "},
    "parts": {"MB per file": "\u00a0MB je Datei", "Error: ": "Fehler: ",
              " files are not allowed.": ": Dateien dieser Art sind hier nicht erlaubt."},
    "containers": ('[data-testid="stSkipToContent"], [data-testid="stFileUploader"], [data-baseweb="tooltip"], '
                   '[data-testid="stDataFrameColumnVisibilityMenu"]'),
}
