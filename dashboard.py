"""Entry point: ``streamlit run dashboard.py``. Page config, sidebar (Stand, filters), navigation."""

import streamlit as st

from masterplan import texts
from masterplan.store import StoreError
from pages import shared

PRESENTATION = "sitzung"  # the page shown on the projector: it opens with the sidebar folded away

PAGES = {
    texts.NAV_SECTIONS["overview"]: [
        st.Page("pages/uebersicht.py", title=texts.PAGE_TITLES["uebersicht"], icon=":material/dashboard:",
                default=True, url_path="uebersicht"),
        st.Page("pages/leitziele.py", title=texts.PAGE_TITLES["leitziele"], icon=":material/flag:",
                url_path="leitziele"),
        st.Page("pages/massnahmen.py", title=texts.PAGE_TITLES["massnahmen"], icon=":material/checklist:",
                url_path="massnahmen"),
        st.Page("pages/zeitplan.py", title=texts.PAGE_TITLES["zeitplan"], icon=":material/calendar_month:",
                url_path="zeitplan"),
    ],
    texts.NAV_SECTIONS["network"]: [
        st.Page("pages/beteiligte.py", title=texts.PAGE_TITLES["beteiligte"], icon=":material/hub:",
                url_path="beteiligte"),
        st.Page("pages/indikatoren.py", title=texts.PAGE_TITLES["indikatoren"], icon=":material/monitoring:",
                url_path="indikatoren"),
    ],
    texts.NAV_SECTIONS["steering"]: [
        st.Page("pages/veraenderungen.py", title=texts.PAGE_TITLES["veraenderungen"], icon=":material/compare_arrows:",
                url_path="veraenderungen"),
        st.Page("pages/sitzung.py", title=texts.PAGE_TITLES["sitzung"], icon=":material/co_present:",
                url_path=PRESENTATION),
        st.Page("pages/daten.py", title=texts.PAGE_TITLES["daten"], icon=":material/upload_file:", url_path="daten"),
    ],
}

navigation = st.navigation(PAGES)
st.set_page_config(page_title=texts.APP_TITLE, page_icon=":material/insights:", layout="wide",
                   initial_sidebar_state="collapsed" if navigation.url_path == PRESENTATION else "expanded")
try:
    shared.frame(navigation.url_path)
except StoreError as error:
    st.error(str(error), icon=":material/database:")
    st.stop()
navigation.run()
