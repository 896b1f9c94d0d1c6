"""What every page shares: the store, the chosen Stand, the global filters, the edit right, the caches and the
table.

dashboard.py calls frame() once per run; pages then call view() and render. Session-state keys are
typed here so no page invents its own spelling; cache keys are made here (computed, stored) so no page gets
one wrong.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal, TypeVar
from urllib.parse import urlencode

import pandas as pd
import streamlit as st
from streamlit.elements.arrow import DataframeState
from streamlit.runtime.pages_manager import PagesManager

from masterplan import access, clock, metrics, texts
from masterplan.alternatives import Alternative
from masterplan.exports.workbook import write_workbook
from masterplan.formatting import escape_markdown
from masterplan.meeting import paging
from masterplan.meeting.model import Meeting
from masterplan.meeting.paging import Screen
from masterplan.meeting.slides import build_meeting
from masterplan.rounds import records as rounds
from masterplan.rounds import staleness
from masterplan.storage import history
from masterplan.storage.db import database_url
from masterplan.storage.importer import ensure_example
from masterplan.storage.stands import stand_label
from masterplan.storage.store import StandInfo, Store
from masterplan.tables import Plan


class Key(StrEnum):
    """Session-state keys; filters are widget keys, so the sidebar widgets keep their values."""

    STAND = "stand_id"
    STAND_CHOSEN = "stand_chosen"  # the user picked the Stand (selector or link); else each page shows its default
    LEITZIELE = "filter_leitziele"
    FOKUSPROJEKTE = "filter_fokusprojekte"
    FEDERFUEHRUNG = "filter_federfuehrung"
    STATUS = "filter_status"
    AMPEL = "filter_ampel"
    UPLOAD = "upload_prepared"
    UPLOAD_TOKEN = "upload_token"
    STORED = "upload_stored"
    ROLLBACK = "rollback_target"
    UPLOADER = "upload_widget"  # a counter in the file uploader's key: raised after a new Stand to empty it
    ADOPT = "upload_adopt_example"  # the toggle that takes the example data as the base of the first own upload
    NOTICE = "daten_notice"  # (section, message) of the Daten page, said once after a new Stand
    SHOW_STAND = "show_stand"  # a Stand to select on the next run, set where the selector already exists
    SLIDE = "sitzung_slide"  # index of the screen the Sitzung page shows
    TOPIC = "sitzung_topic"  # (kind, key) of the slide that screen belongs to, kept when the screens change
    LEITZIEL = "leitziel_choice"  # the Leitziel the Leitziele page shows
    MEASURE = "massnahmen_detail"  # the measure the Maßnahmen page details
    URL_READ = "url_read"  # set once the session took its choices from the query string
    ROUND_LEAD = "round_lead"  # the Federführung the Berichtsrunde page reports for
    ROUND_EDIT = "round_edit"  # a counter in the edit tables' keys: raised after a save to show the new Stand
    ROUND_CLOSE = "round_close"  # the first of the two steps that close a round
    ROUND_NOTICE = "round_notice"  # what the Berichtsrunde page says once after a save, confirmation or close


FILTER_FIELDS = {
    Key.LEITZIELE: "leitziele",
    Key.FOKUSPROJEKTE: "fokusprojekte",
    Key.FEDERFUEHRUNG: "federfuehrung",
    Key.STATUS: "status",
    Key.AMPEL: "ampel",
}
FILTER_KEYS = tuple(FILTER_FIELDS)
URL_PARAMS = {  # what a link carries, as short, readable parameters: ?stand=3&lz=LZ1&ff=ST02
    Key.STAND: "stand",
    Key.LEITZIELE: "lz",
    Key.FOKUSPROJEKTE: "fp",
    Key.FEDERFUEHRUNG: "ff",
    Key.STATUS: "status",
    Key.AMPEL: "ampel",
    Key.LEITZIEL: "leitziel",
    Key.MEASURE: "massnahme",
}
PRESENTATION = "sitzung"  # url_path of the page shown on the projector
PAGE_PARAMS = {"leitziele": Key.LEITZIEL, "massnahmen": Key.MEASURE}  # url_path → the page's own choice
DATE_FORMAT = "DD.MM.YYYY"  # dates in tables and date inputs
DATA_ROWS_WHOLE = 12  # a chart's data table shows all its rows up to this many, else scrolls
CHART_CONFIG = {"displaylogo": False, "locale": "de", "locales": {"de": texts.charts.PLOTLY_LOCALE},
                "modeBarButtons": [["toImage"]]}
T = TypeVar("T")
# The frame's own style. Key figures show their whole value and note, wrapped between words: Streamlit cuts them
# with „…“ at the card's edge. Captions in the sidebar (the navigation's section names) get a grey that reads at
# 5.4:1 on the sidebar's blue-grey; Streamlit fades captions (opacity 0.6) to 4.4:1 there, below WCAG's 4.5:1.
# An st.html that only runs a script (GERMAN_FRAME) takes no room in the page's column. A page link that has
# the keyboard focus gets a ring in the primary blue (6.1:1 on the sidebar); Streamlit shows only a faint tint,
# fainter than the mark of the current page. Headings have no link to themselves (a tab stop each, named in
# English; the pages' state is in the address, not in anchors). A collapsed sidebar is hidden, not only moved
# off-screen, so the keyboard does not wander through links no one sees (after its slide-out of 0.3 s).
FRAME_CSS = """<style>
[data-testid="stMetricValue"] [data-testid="stMarkdownContainer"], [data-testid="stMetricValue"] p,
[data-testid="stMetricDelta"] [data-testid="stMarkdownContainer"], [data-testid="stMetricDelta"] p,
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"], [data-testid="stMetricLabel"] p {
  white-space: normal; overflow: visible; text-overflow: clip; overflow-wrap: normal; hyphens: manual; }
[data-testid="stSidebar"] [data-testid="stCaptionContainer"] { color: #5f6368; opacity: 1; }
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > script:only-child) { display: none; }
[data-testid="stPageLink-NavLink"]:focus-visible { outline: 2px solid #005CA9; outline-offset: 1px; }
[data-testid="stHeaderActionElements"] > a[href^="#"] { display: none; }
[data-testid="stSidebar"][data-collapsed="true"], [data-testid="stSidebar"][data-collapsed="true"] * {
  visibility: hidden !important; transition: visibility 0s 0.3s; }
</style>"""
# Streamlit serves its page as <html lang="en"> and names its own controls in English, with no setting for either;
# screen readers then read German text with English rules. The script says German from the first run on (st.html
# runs it in the page itself) and swaps the frame's words (texts.frame.FRAME_WORDS); see pages/german_frame.js.
GERMAN_FRAME = "<script>{}</script>".format(
    Path(__file__).with_name("german_frame.js").read_text(encoding="utf-8").replace(
        "__WORDS__", json.dumps(texts.frame.FRAME_WORDS, ensure_ascii=False)))


FilterKey = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class View:
    """The data a page renders: the chosen Stand, whole and filtered, and the date the rules use."""

    store: Store
    stand: StandInfo
    stands: list[StandInfo]
    plan: Plan
    full_plan: Plan
    today: datetime.date
    filters: FilterKey
    filter_note: str  # „gefiltert: Leitziel LZ1 · …“, "" without filters
    page: str  # url_path of the page shown

    @property
    def filtered(self) -> bool:
        return bool(self.filters)

    @property
    def previous(self) -> StandInfo | None:
        earlier = [s for s in self.stands if s.id < self.stand.id]
        return earlier[-1] if earlier else None


def store() -> Store:
    return _store(database_url())


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    """One store per database and process: the engine pools connections for all sessions."""
    created = Store(url)
    ensure_example(created)
    return created


@st.cache_resource(show_spinner=False, max_entries=12)
def load_plan(url: str, stand_id: int) -> Plan:
    """A Stand never changes, so it is read once per process and shared read-only by all sessions."""
    return store().plan(stand_id)


@st.cache_resource(show_spinner=False, max_entries=64)
def filtered_plan(url: str, stand_id: int, filters: FilterKey, today: datetime.date) -> Plan:
    """The Stand restricted by the global filters, shared by all sessions with the same choice."""
    chosen = {FILTER_FIELDS[Key(key)]: list(values) for key, values in filters}
    return metrics.filter_plan(load_plan(url, stand_id), today=today, **chosen)


@dataclass(frozen=True)
class StandPlan:
    """An argument of computed() that stands for Stand ``id``'s plan under the same filters: the id is part of
    the cache key, the function gets the plan (for what compares two Stände)."""

    id: int


def computed(function: Callable[..., T], *args: Hashable, whole: bool = False, stand: int | None = None) -> T:
    """``function(plan, *args)`` of the view's Stand (or of ``stand``), computed once per Stand, filters, day and
    args for all sessions; a StandPlan among the args is replaced by that Stand's plan.

    Results are shared: pages read them and never change them. ``whole`` ignores the filters.
    """
    current = view()
    filters = () if whole else current.filters
    stand_id = current.stand.id if stand is None else stand
    return _computed(current.store.url, stand_id, filters, current.today, _name(function), args, function)


@st.cache_resource(show_spinner=False, max_entries=512)
def _computed(
    url: str,
    stand_id: int,
    filters: FilterKey,
    today: datetime.date,
    name: str,
    args: tuple[Hashable, ...],
    _function: Callable[..., T],
) -> T:
    plans = [filtered_plan(url, arg.id, filters, today) if isinstance(arg, StandPlan) else arg for arg in args]
    return _function(filtered_plan(url, stand_id, filters, today), *plans)


def stored(function: Callable[..., T], *args: Hashable, stand_id: int | None = None) -> T:
    """``function(store, Stände up to the view's or ``stand_id``, *args)`` for what reads the stored history,
    computed once per Stand and args for all sessions: a Stand never changes, so neither do the Stände up to it."""
    current = view()
    upto = current.stand.id if stand_id is None else stand_id
    stands = tuple(s for s in current.stands if s.id <= upto)
    return _stored(current.store.url, upto, _name(function), args, current.store, stands, function)


@st.cache_resource(show_spinner=False, max_entries=256)
def _stored(
    url: str,
    stand_id: int,
    name: str,
    args: tuple[Hashable, ...],
    _store: Store,
    _stands: tuple[StandInfo, ...],
    _function: Callable[..., T],
) -> T:
    return _function(_store, _stands, *args)


def report_ages(stand_id: int | None = None) -> pd.DataFrame:
    """When each measure of the view's Stand (or ``stand_id``) was last reported, with its staleness mark
    (rounds.staleness); once per Stand, day, setting and number of confirmations for all sessions (a confirmation
    adds no Stand)."""
    current = view()
    return stored(_report_ages, current.today, staleness.stale_months(), staleness.confirmation_count(current.store),
                  stand_id=stand_id)


def _report_ages(store_: Store, stands: tuple[StandInfo, ...], today: datetime.date, months: int,
                 _confirmations: int) -> pd.DataFrame:
    return staleness.report_ages(store_, stands, today, months)


def _name(function: Callable[..., object]) -> str:
    return f"{function.__module__}.{function.__qualname__}"


@st.cache_data(show_spinner=False)
def template() -> bytes:
    """The empty upload template, the same bytes for everyone: built once per process."""
    return write_workbook()


def is_local_mode() -> bool:
    """No [auth] configured: the app is bound to localhost and everyone may edit."""
    try:
        return "auth" not in st.secrets
    except FileNotFoundError:
        return True


def user() -> access.User:
    """Who acts in this session, read from the sign-in token on every run (never from session state) with the
    roles of the secrets; in local mode the local admin."""
    if is_local_mode():
        return access.LOCAL
    roles = access.Roles.from_config(_plain(st.secrets.get("roles")))
    if not st.user.is_logged_in:
        return roles.user("")  # a Betrachter without name; dashboard.py asks for sign-in before any page
    return roles.user(str(st.user.get("email") or ""), str(st.user.get("name") or ""))


def require_sign_in() -> None:
    """With sign-in configured, nothing but the sign-in screen until the user has signed in."""
    if is_local_mode() or st.user.is_logged_in:
        return
    st.title(texts.frame.SIGN_IN_TITLE)
    st.markdown(texts.frame.SIGN_IN_TEXT)
    st.button(texts.frame.SIGN_IN, type="primary", icon=":material/login:", on_click=st.login)
    st.stop()


def signed_in() -> None:
    """Who is signed in, in which role, and the way out (nothing in local mode), under the page links."""
    if is_local_mode():
        return
    current = user()
    line = texts.frame.SIGNED_IN.format(who=escape_markdown(current.name or current.email), role=current.role)
    if current.federfuehrungen:
        line += texts.frame.SIGNED_IN_FOR.format(federfuehrungen=", ".join(sorted(current.federfuehrungen)))
    st.sidebar.caption(line, help=escape_markdown(current.email) or None)
    st.sidebar.button(texts.frame.SIGN_OUT, icon=":material/logout:", on_click=st.logout, type="tertiary")
    st.sidebar.divider()


def _plain(section: object) -> dict:
    """A secrets section as plain dicts and lists (Streamlit hands out read-only mappings)."""
    if hasattr(section, "to_dict"):
        return section.to_dict()
    return dict(section or {})


def frame(page: str) -> View:
    """Sidebar (Stand, filters) and banners; the result is what view() returns to the pages."""
    current = store()
    stands = current.stands()
    _from_url()
    stand = _choose_stand(stands, default_stand(current, page))
    full = load_plan(current.url, stand.id)
    today = clock.today()
    _filters(current.url, stand.id, today)
    filters = _chosen_filters()
    plan = filtered_plan(current.url, stand.id, filters, today)
    st.html(FRAME_CSS)
    st.html(GERMAN_FRAME, unsafe_allow_javascript=True)
    if stand.is_example:  # the projector's screen is small: one line there
        banner = texts.frame.BANNER_EXAMPLE_SHORT if page == PRESENTATION else texts.frame.BANNER_EXAMPLE
        st.container(key="banner").info(banner, icon=":material/science:")
    if is_local_mode():
        st.sidebar.caption(texts.frame.BANNER_LOCAL)
    note = _filter_note(current.url, stand.id, filters)
    result = View(current, stand, stands, plan, full, today, filters, note, page)
    st.session_state["_view"] = result
    sync_url()
    return result


def _from_url() -> None:
    """A reload or a shared link starts a session: its query string chooses Stand, filters, Leitziel and measure.

    Read once per session; afterwards the widgets hold the choices and sync_url writes them back. Values the
    Stand does not have are dropped where the widgets are drawn.
    """
    if Key.URL_READ in st.session_state:
        return
    st.session_state[Key.URL_READ] = True
    params = st.query_params
    for key, name in URL_PARAMS.items():
        if name not in params:
            continue
        if key in FILTER_KEYS:
            st.session_state[key] = [value for value in params.get_all(name) if value]
        elif key == Key.STAND:
            if params[name].isdigit():
                st.session_state[key] = int(params[name])
                st.session_state[Key.STAND_CHOSEN] = True
        else:
            st.session_state[key] = params[name]


def sync_url() -> None:
    """The query string names the Stand, the filters and the page's own choice, so a reload or a copied link
    shows the same. frame() calls it, and a page with its own choice again once its widget is drawn. Written
    only when it changed; other pages' choices are left out.

    Hand-written rather than the widgets' bind="query-params": that writes the option labels into the URL
    („LZ1 – Oberhausen ist …“, „Stand 3 · 26.11.2026 · …“), this writes the short keys (lz=LZ1, stand=3).
    """
    page = st.session_state["_view"].page
    wanted: dict[str, list[str]] = {}
    for key, name in URL_PARAMS.items():
        if key in PAGE_PARAMS.values() and PAGE_PARAMS.get(page) != key:
            continue
        value = st.session_state.get(key)
        values = [str(v) for v in value] if isinstance(value, list) else [] if value is None else [str(value)]
        if values:
            wanted[name] = values
    if wanted != {name: st.query_params.get_all(name) for name in st.query_params}:
        st.query_params.from_dict(wanted)


def link_here(**extra: str) -> str:
    """A relative link to the open page with its query string (Stand, filters) and ``extra`` parameters."""
    params = [(name, value) for name in st.query_params for value in st.query_params.get_all(name)]
    return f"{view().page}?{urlencode([*params, *extra.items()])}"


def leave_legacy_pages_mode() -> None:
    """The one workaround the folder name pages/ needs (the product's layout fixes that name).

    With a folder pages/ beside dashboard.py, Streamlit starts in its legacy multipage mode until the first
    st.navigation call switches it off for the process. On a fresh server the first request to a deep link
    (/zeitplan) therefore runs that page file alone, without frame and sidebar; AppTest resets the switch
    before every run. Switching it off here lets dashboard.py frame every page. (The sidebar's own page list,
    which showed the file names first, is off in .streamlit/config.toml; dashboard.py draws the links.)
    """
    PagesManager.uses_pages_directory = False


def view() -> View:
    """The View dashboard.py prepared for this run; missing only when a page file ran on its own (see
    leave_legacy_pages_mode): then the mode is left and the run repeated, so dashboard.py frames the page."""
    if "_view" not in st.session_state:
        leave_legacy_pages_mode()
        st.rerun()
    return st.session_state["_view"]


def meeting(stand_id: int, since_id: int | None) -> Meeting:
    """build_meeting for a Stand against an earlier one (None: without), under the view's filters and day.

    Computed once per Stand, compared Stand, filters and day for all sessions; pages read it, never change it.
    """
    current = view()
    stands = {s.id: s for s in current.stands}
    between = tuple(s for s in current.stands if since_id < s.id <= stand_id) if since_id else ()
    stale = tuple(sorted(staleness.stale_texts(report_ages(stand_id)).items()))
    return _meeting(current.store.url, stand_id, since_id, current.filters, current.today, stale, stands[stand_id],
                    stands.get(since_id), _filter_note(current.store.url, stand_id, current.filters), between,
                    stored(history.decision_history, stand_id=stand_id))


@st.cache_resource(show_spinner=False, max_entries=16)
def _meeting(
    url: str,
    stand_id: int,
    since_id: int | None,
    filters: FilterKey,
    today: datetime.date,
    stale: tuple[tuple[str, str], ...],
    _stand: StandInfo,
    _since: StandInfo | None,
    _filter_note: str,
    _stored: tuple[StandInfo, ...] = (),
    _decision_history: pd.DataFrame | None = None,
) -> Meeting:
    since_plan = None if since_id is None else filtered_plan(url, since_id, filters, today)
    return build_meeting(filtered_plan(url, stand_id, filters, today), _stand, since_plan, _since, today, _filter_note,
                         _stored, dict(stale), _decision_history)


def screens(stand_id: int, since_id: int | None) -> list[Screen]:
    """The meeting of meeting() cut into the Sitzung page's screens, once per Stand, compared Stand, filters and
    day for all sessions."""
    current = view()
    return _screens(current.store.url, stand_id, since_id, current.filters, current.today,
                    meeting(stand_id, since_id))


@st.cache_resource(show_spinner=False, max_entries=16)
def _screens(url: str, stand_id: int, since_id: int | None, filters: FilterKey, today: datetime.date,
             _meeting: Meeting) -> list[Screen]:
    return paging.screens(_meeting.slides)


def default_stand(current: Store, page: str) -> int | None:
    """The Stand a page shows unless the user picks one: on the Sitzung the result of the last closed
    Berichtsrunde, elsewhere (None) the newest."""
    return rounds.last_result(rounds.rounds(current)) if page == PRESENTATION else None


def _choose_stand(stands: list[StandInfo], default: int | None) -> StandInfo:
    ids = [s.id for s in reversed(stands)]
    if Key.SHOW_STAND in st.session_state:
        st.session_state[Key.STAND] = st.session_state.pop(Key.SHOW_STAND)
    elif not st.session_state.get(Key.STAND_CHOSEN) or st.session_state.get(Key.STAND) not in ids:
        st.session_state[Key.STAND] = default if default in ids else ids[0]
    labels = {s.id: stand_label(s) for s in stands}
    chosen = st.sidebar.selectbox(
        texts.frame.SIDEBAR_STAND, ids, key=Key.STAND, format_func=labels.get, help=texts.frame.SIDEBAR_STAND_HELP,
        placeholder=texts.common.CHOOSE, on_change=_stand_chosen,
    )
    return next(s for s in stands if s.id == chosen)


def _stand_chosen() -> None:
    st.session_state[Key.STAND_CHOSEN] = True


def _chosen_filters() -> FilterKey:
    return tuple((str(key), tuple(st.session_state[key])) for key in FILTER_KEYS if st.session_state.get(key))


def _fields(filters: FilterKey) -> dict[str, list[str]]:
    return {FILTER_FIELDS[Key(key)]: list(values) for key, values in filters}


@st.cache_resource(show_spinner=False, max_entries=64)
def _filter_options(url: str, stand_id: int, filters: FilterKey, today: datetime.date) -> dict[str, dict[str, str]]:
    """The filters' choices, each narrowed by the others, shared by all sessions with the same choice."""
    return metrics.filter_options(load_plan(url, stand_id), today, **_fields(filters))


@st.cache_resource(show_spinner=False, max_entries=64)
def _filter_note(url: str, stand_id: int, filters: FilterKey) -> str:
    return metrics.describe_filters(load_plan(url, stand_id), **_fields(filters))


def _filters(url: str, stand_id: int, today: datetime.date) -> None:
    whole = _filter_options(url, stand_id, (), today)
    for key, field in FILTER_FIELDS.items():  # choices the Stand does not have are dropped, e.g. after a rollback
        if key in st.session_state:
            st.session_state[key] = [v for v in st.session_state[key] if v in whole[field]]
    options = _filter_options(url, stand_id, _chosen_filters(), today)
    st.sidebar.subheader(texts.frame.SIDEBAR_FILTERS)
    for key, field in FILTER_FIELDS.items():
        labels = options[field]
        st.sidebar.multiselect(
            texts.frame.FILTER_LABELS[field], list(labels), key=key, format_func=labels.get,
            placeholder=texts.frame.FILTER_ALL, select_all=False,  # empty means all
        )
    if any(st.session_state.get(k) for k in FILTER_KEYS):
        st.sidebar.button(texts.frame.FILTER_RESET, on_click=_reset_filters, icon=":material/filter_alt_off:")


def filter_mark() -> None:
    """Under a page's title: which filters the figures below are restricted by (nothing without filters)."""
    note = view().filter_note
    if note:
        st.badge(escape_markdown(note), icon=":material/filter_alt:", color="orange")


def _reset_filters() -> None:
    for key in FILTER_KEYS:
        st.session_state[key] = []


def show_stand(stand_id: int) -> None:
    """Switch everyone's view in this session to a new Stand (after an upload or a rollback)."""
    st.session_state[Key.SHOW_STAND] = stand_id
    st.rerun()


def empty_state(message: str) -> None:
    """What a page shows instead of a table or chart without rows."""
    st.info(message, icon=":material/info:")


def text_columns(*fields: str) -> dict[str, st.column_config.Column]:
    return {field: st.column_config.TextColumn() for field in fields}


def measure_columns() -> dict[str, st.column_config.Column]:
    """Nr. and Maßnahme pinned at the left: a wide table scrolled sideways on a 1366 px screen still says which
    measure each row is."""
    return {"nr": st.column_config.TextColumn(pinned=True),
            "massnahme": st.column_config.TextColumn(width="large", pinned=True)}


def date_columns(*fields: str) -> dict[str, st.column_config.Column]:
    return {field: st.column_config.DateColumn(format=DATE_FORMAT) for field in fields}


def progress_column() -> st.column_config.Column:
    """Umsetzungsstand as a bar with its percentage."""
    return st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f %%")


HEADER_PX, ROW_PX = 38, 35  # Streamlit's table: header with border, one row


def table(
    frame: pd.DataFrame,
    empty: str = texts.common.NO_DATA,
    *,
    most: int | None = None,
    whole: bool = False,
    quiet: bool = False,
    column_config: dict[str, st.column_config.Column] | None = None,
    on_select: Literal["ignore", "rerun"] | Callable[[], None] = "ignore",
    **options: object,
) -> DataframeState | None:
    """Every table of the pages: across the page under German headers, or the empty state without rows.

    Height: every row with ``whole``; its rows up to ``most`` px, scrolling beyond (no empty band below a short
    table); else Streamlit's ten rows. ``quiet`` says ``empty`` as a caption, for many small tables one below the
    other. Headers: the page's label in ``column_config``, else COLUMN_LABELS' for a field. A blank cell shows
    „–“ (Streamlit would write „None“) unless ``placeholder`` says otherwise. Returns the selection event when
    ``on_select`` is given.
    """
    if frame.empty:
        if quiet:
            st.caption(empty)
        else:
            empty_state(empty)
        return None
    rows_px = HEADER_PX + (options.get("row_height") or ROW_PX) * len(frame)
    height = "content" if whole else "auto" if most is None else min(most, rows_px)
    options.setdefault("placeholder", texts.common.MISSING)
    shown = st.dataframe(frame, hide_index=True, width="stretch", height=height, on_select=on_select,
                         column_config=_headed(frame, column_config or {}), **options)
    return None if on_select == "ignore" else shown


def edit_table(frame: pd.DataFrame, key: str, *, column_config: dict[str, st.column_config.Column],
               disabled: list[str]) -> pd.DataFrame:
    """Every editable table of the pages: the rows as given (none added or deleted), under the headers table()
    gives them, a blank cell as „–“ as in table(); returns the rows as edited."""
    return st.data_editor(frame, key=key, hide_index=True, width="stretch", num_rows="fixed", disabled=disabled,
                          column_config=_headed(frame, column_config), placeholder=texts.common.MISSING)


def _headed(frame: pd.DataFrame, config: dict[str, st.column_config.Column]) -> dict[str, st.column_config.Column]:
    """``config`` with a header for each field column it leaves unnamed; frames with German columns (the
    meeting's, the upload preview's) keep theirs."""
    headed = dict(config)
    for name in frame.columns:
        given = headed.get(name) or {}
        if name in metrics.COLUMN_LABELS and not given.get("label"):
            headed[name] = {**given, "label": metrics.COLUMN_LABELS[name]}
    return headed


def whole_texts(label: str, changes: list[tuple[str, str, str]], old_label: str, new_label: str) -> None:
    """Long texts a table shows shortened (a Sachstand), each old beside new in an expander, for who wants to read
    them whole; nothing when there are none."""
    if not changes:
        return
    with st.expander(label, icon=":material/article:"):
        for title, old, new in changes:
            st.markdown(f"**{escape_markdown(title)}**")
            before, after = st.columns(2)
            before.caption(old_label)
            before.markdown(escape_markdown(old))
            after.caption(new_label)
            after.markdown(escape_markdown(new))


def chart(figure, alternative: Alternative, compact: bool = False) -> None:
    """Every chart of the pages, across the page, in German, with its text alternative: the name a screen reader
    announces, the summary sentence below it and the numbers in „Daten als Tabelle“. ``compact`` (the projector)
    folds the sentence into the announced name and leaves the table to the caller, so the slide keeps its room.
    The tool bar has one button (save as picture): plotly's own nine were nine tab stops per chart for who moves
    by keyboard. Zoom stays on the mouse (drag, double-click resets)."""
    name = f"{alternative.name}. {alternative.summary}" if compact else alternative.name
    st.plotly_chart(figure, width="stretch", config=CHART_CONFIG, alt=name or alternative.summary)
    if not compact:
        st.caption(escape_markdown(alternative.summary))
    if not compact and not alternative.table.empty:
        with st.expander(texts.charts.DATA_AS_TABLE, icon=":material/table:"):
            table(alternative.table, whole=len(alternative.table) <= DATA_ROWS_WHOLE)
