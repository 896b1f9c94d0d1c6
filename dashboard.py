"""Entry point: ``streamlit run dashboard.py``. Page config, sidebar (navigation, Stand, filters), navigation.

The sidebar's page links are drawn here, not by Streamlit (client.showSidebarNavigation = false): on a
fresh server Streamlit first serves the pages/ folder in its legacy mode, whose own list shows file names.
"""

from pathlib import Path

import streamlit as st

from masterplan import texts

ICON = Path(__file__).parent / "masterplan" / "assets" / "icon.svg"  # sent inline: no request leaves the server
# Title and icon before anything slow: until this message arrives, the browser tab shows the name of the
# script Streamlit runs („dashboard“, on a fresh server's first request the page's file name), and the
# imports below take most of a second on a fresh server. The favicon before st.navigation, too: else the
# browser fetches the open page's Material icon from Google.
st.set_page_config(page_title=texts.frame.APP_TITLE, page_icon=ICON, layout="wide")

from masterplan.rounds.reminders import ROUND_PAGE  # noqa: E402 - after the page config, see above
from masterplan.storage.store import StoreError  # noqa: E402 - after the page config, see above
from pages import shared  # noqa: E402 - after the page config, see above

OVERVIEW = st.Page("pages/uebersicht.py", title=texts.frame.PAGE_TITLES["uebersicht"], icon=":material/dashboard:",
                   default=True, url_path="")
# The Übersicht under its own path as well: a bookmark of /uebersicht opens it, not „Page not found“.
OVERVIEW_PATH = st.Page("pages/uebersicht.py", title=texts.frame.PAGE_TITLES["uebersicht"], icon=":material/dashboard:",
                        url_path="uebersicht", visibility="hidden")
PAGES = {
    texts.frame.NAV_SECTIONS["overview"]: [
        OVERVIEW,
        st.Page("pages/leitziele.py", title=texts.frame.PAGE_TITLES["leitziele"], icon=":material/flag:",
                url_path="leitziele"),
        st.Page("pages/massnahmen.py", title=texts.frame.PAGE_TITLES["massnahmen"], icon=":material/checklist:",
                url_path="massnahmen"),
        st.Page("pages/zeitplan.py", title=texts.frame.PAGE_TITLES["zeitplan"], icon=":material/calendar_month:",
                url_path="zeitplan"),
    ],
    texts.frame.NAV_SECTIONS["network"]: [
        st.Page("pages/beteiligte.py", title=texts.frame.PAGE_TITLES["beteiligte"], icon=":material/hub:",
                url_path="beteiligte"),
        st.Page("pages/indikatoren.py", title=texts.frame.PAGE_TITLES["indikatoren"], icon=":material/monitoring:",
                url_path="indikatoren"),
    ],
    texts.frame.NAV_SECTIONS["steering"]: [
        st.Page("pages/veraenderungen.py", title=texts.frame.PAGE_TITLES["veraenderungen"],
                icon=":material/compare_arrows:",
                url_path="veraenderungen"),
        st.Page("pages/berichtsrunde.py", title=texts.frame.PAGE_TITLES["berichtsrunde"], icon=":material/assignment:",
                url_path=ROUND_PAGE),
        st.Page("pages/sitzung.py", title=texts.frame.PAGE_TITLES["sitzung"], icon=":material/co_present:",
                url_path=shared.PRESENTATION),
        st.Page("pages/daten.py", title=texts.frame.PAGE_TITLES["daten"], icon=":material/upload_file:",
                url_path="daten"),
    ],
}


def sidebar_navigation(current: st.Page) -> None:
    """One link per page under its section's name; the Übersicht's link stands for whichever of its URLs is open."""
    for section, pages in PAGES.items():
        links = st.sidebar.container(gap=14)
        links.caption(section)
        for page in pages:
            links.page_link(current if page is OVERVIEW and current is OVERVIEW_PATH else page, width="stretch")
    st.sidebar.divider()


navigation = st.navigation({**PAGES, "": [OVERVIEW_PATH]}, position="hidden")
# "auto": open on a desk's screen, closed on a narrow one (a phone, or a page zoomed to 400 %), where it would lie
# over the content.
st.set_page_config(initial_sidebar_state="collapsed" if navigation.url_path == shared.PRESENTATION else "auto")
shared.require_sign_in()
sidebar_navigation(navigation)
shared.signed_in()
try:
    shared.frame(navigation.url_path)
except StoreError as error:
    st.error(str(error), icon=":material/database:")
    st.stop()
navigation.run()
