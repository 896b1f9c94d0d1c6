"""Daten: template, upload with findings and preview, confirm; the Datenqualität list; the history of Stände with
downloads and rollback."""

import math

import streamlit as st

from masterplan import access, plausibility, texts
from masterplan.exports.workbook import write_workbook
from masterplan.formatting import counted
from masterplan.preview import (
    change_details,
    change_summary,
    findings_csv,
    findings_frame,
    findings_summary,
    long_details,
    shortened_details,
)
from masterplan.storage import importer
from masterplan.storage.stands import stands_frame
from masterplan.storage.store import StaleBase, StoreError, UploadFile
from pages import shared
from pages.shared import Key

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UPLOAD_TYPES = ["xlsx", "xlsm", "xls", "ods", "csv"]
UPLOAD, HISTORY = "upload", "history"  # where a notice after a new Stand is shown
FINDINGS_ORDER = [texts.upload.FINDING_SEVERITY, texts.upload.FINDING_MESSAGE, texts.upload.FINDING_SHEET,
                  texts.upload.FINDING_ROW, texts.upload.FINDING_COLUMN, texts.upload.FINDING_VALUE,
                  texts.upload.FINDING_FILE]  # what is wrong first, then where: the message fits beside them at 1366 px
MESSAGE_PX, MESSAGE_CHARS_PER_LINE = 480, 70
LINE_PX, ROW_PADDING_PX, WRAP_MIN_ROW_PX = 21, 12, 65
QUALITY_WIDTHS = {texts.plausibility.LIST_NR: "small", texts.plausibility.LIST_LEAD_COLUMN: "medium"}
# the preview's old and new values side by side within 1366 px; a shortened long text wraps into three lines
DETAIL_CONFIG = {texts.upload.CHANGE_TITLE: st.column_config.TextColumn(width=180),
                 **{c: st.column_config.TextColumn(width=210) for c in (texts.upload.CHANGE_OLD,
                                                                        texts.upload.CHANGE_NEW)}}
LONG_ROW_PX = 3 * LINE_PX + ROW_PADDING_PX

view = shared.view()
user = shared.user()
st.title(texts.frame.PAGE_TITLES["daten"])

st.subheader(texts.daten.TEMPLATE)
st.caption(texts.daten.TEMPLATE_HELP)
st.download_button(texts.daten.TEMPLATE_BUTTON, shared.template, file_name=texts.daten.TEMPLATE_FILE, mime=XLSX,
                   icon=":material/download:", on_click="ignore")


def upload_section() -> None:
    st.subheader(texts.daten.UPLOAD)
    notice(UPLOAD)
    files = st.file_uploader(texts.daten.UPLOAD_LABEL, type=UPLOAD_TYPES, accept_multiple_files=True,
                             help=texts.daten.UPLOAD_HELP,
                             key=f"{Key.UPLOADER}-{st.session_state.get(Key.UPLOADER, 0)}")
    options = [None, *importer.SHEET_NAMES]
    sheet = st.selectbox(texts.daten.SHEET, options, format_func=lambda s: s or texts.daten.SHEET_AUTO,
                         help=texts.daten.SHEET_HELP, placeholder=texts.common.CHOOSE)
    complete = st.toggle(texts.daten.COMPLETE, help=texts.daten.COMPLETE_HELP)
    adopt = example_choice()
    if not files:
        return
    uploads = [UploadFile(f.name, f.getvalue()) for f in files]
    token = importer.upload_token(uploads, sheet, complete, adopt, user)
    if st.session_state.get(Key.UPLOAD_TOKEN) != token:
        with st.spinner(texts.daten.CHECKING):
            st.session_state[Key.UPLOAD] = importer.prepare(view.store, uploads, sheet=sheet, complete=complete,
                                                            adopt_example=adopt, user=user)
        st.session_state[Key.UPLOAD_TOKEN] = token
    show_prepared(st.session_state[Key.UPLOAD], token)


def example_choice() -> bool:
    """While only example data is stored: why an upload of some rows fails, said before any finding, and the way
    out of it — a complete workbook, or the example data adopted explicitly as the base. True when adopted."""
    if not view.stands[-1].is_example:
        return False
    if st.session_state.get(Key.ADOPT):
        st.info(texts.daten.ADOPTED, icon=":material/science:")
    else:
        st.warning(texts.daten.EXAMPLE_BASE, icon=":material/science:")
    return st.toggle(texts.daten.ADOPT, key=Key.ADOPT, help=texts.daten.ADOPT_HELP)


def show_prepared(prepared: importer.Prepared, token: str) -> None:
    findings = prepared.findings
    if findings:
        st.markdown(texts.daten.FINDINGS.format(summary=findings_summary(findings)))
        findings_table(findings_frame(findings))
        st.download_button(texts.daten.FINDINGS_DOWNLOAD, findings_csv(findings), file_name=texts.daten.FINDINGS_FILE,
                           mime="text/csv", icon=":material/download:", on_click="ignore")
    errors = sum(f.is_error for f in findings)
    if errors:
        st.error(counted(errors, texts.daten.BLOCKED), icon=":material/block:")
        return
    if prepared.changes_nothing:
        st.info(texts.daten.NOTHING, icon=":material/info:")
        return
    st.markdown(texts.daten.PREVIEW)
    shared.table(change_summary(prepared.changeset))
    details = change_details(prepared.changeset)
    long = long_details(details)
    shared.table(shortened_details(details), row_height=LONG_ROW_PX if long else None, column_config=DETAIL_CONFIG)
    shared.whole_texts(texts.upload.CHANGE_LONG, long, texts.upload.CHANGE_OLD, texts.upload.CHANGE_NEW)
    stored = st.session_state.get(Key.STORED)
    if stored and stored[0] == token:
        st.success(texts.daten.ALREADY.format(stand=stored[1]), icon=":material/check_circle:")
        return
    note = st.text_input(texts.daten.NOTE, placeholder=texts.daten.NOTE_PLACEHOLDER)
    if st.button(texts.daten.CONFIRM, type="primary", icon=":material/save:"):
        try:
            stand = importer.commit(view.store, prepared, user=user, note=note)
        except (StaleBase, StoreError, access.NotPermitted) as error:
            st.error(str(error), icon=":material/error:")
            st.session_state.pop(Key.UPLOAD_TOKEN, None)
            return
        st.session_state[Key.STORED] = (token, stand.id)
        finish(stand.id, UPLOAD, texts.daten.SAVED.format(stand=stand.id))


def findings_table(frame) -> None:
    message_table(frame, texts.upload.FINDING_MESSAGE, FINDINGS_ORDER)


def message_table(frame, message: str, order: list[str], widths: dict[str, str] | None = None) -> None:
    """Every message whole: rows tall enough for the longest one (Streamlit wraps cell text only in rows
    taller than 4rem), and no „None“ where a row has no value. ``widths``: other columns' widths."""
    longest = int(frame[message].str.len().max())
    lines = math.ceil(longest / MESSAGE_CHARS_PER_LINE)
    row_height = None if lines <= 1 else max(WRAP_MIN_ROW_PX, lines * LINE_PX + ROW_PADDING_PX)
    config = {name: st.column_config.TextColumn(width=width) for name, width in (widths or {}).items()}
    config[message] = st.column_config.TextColumn(width=MESSAGE_PX)
    shared.table(frame, row_height=row_height, placeholder="", column_order=order, column_config=config)


def quality_section() -> None:
    """The „Datenqualität“ list of the chosen Stand under the sidebar filters: the upload warnings' rules on
    the stored rows, grouped by rule, for all or one Federführung (its count beside its name)."""
    st.subheader(texts.plausibility.LIST_TITLE)
    st.caption(texts.plausibility.LIST_HELP)
    everyone = shared.computed(plausibility.quality_report, view.today)
    lead = st.columns(2)[0].selectbox(texts.plausibility.LIST_LEAD, [None, *everyone.leads],
                                      format_func=lambda label: lead_option(everyone, label),
                                      placeholder=texts.common.CHOOSE)
    report = everyone if lead is None else shared.computed(plausibility.quality_report, view.today, lead)
    summary = counted(report.total, texts.plausibility.LIST_SUMMARY)
    if not report.total:
        st.markdown(summary)
        return
    groups = counted(len(report.groups), texts.plausibility.LIST_GROUPS)
    st.markdown(summary + texts.plausibility.LIST_SUMMARY_REST.format(groups=groups,
                                                                      stand=texts.frame.STAND_NAME.format(id=view.stand.id)))
    for title, frame in report.groups:
        with st.expander(texts.plausibility.LIST_GROUP.format(rule=title, count=len(frame))):
            message_table(frame, texts.plausibility.LIST_MESSAGE, texts.plausibility.LIST_COLUMNS, QUALITY_WIDTHS)


def lead_option(everyone: plausibility.QualityReport, label: str | None) -> str:
    if label is None:
        return texts.plausibility.LIST_ALL_LEADS
    return texts.plausibility.LIST_LEAD_OPTION.format(label=label, count=everyone.leads[label])


def finish(stand_id: int, section: str, message: str) -> None:
    """After a new Stand the upload and its preview describe the Stand before: empty the uploader, drop the
    preview, and say once what was stored, where the user acted."""
    st.session_state[Key.UPLOADER] = st.session_state.get(Key.UPLOADER, 0) + 1
    for key in (Key.UPLOAD, Key.UPLOAD_TOKEN, Key.ADOPT, Key.ROLLBACK):
        st.session_state.pop(key, None)
    st.session_state[Key.NOTICE] = (section, message)
    shared.show_stand(stand_id)


def notice(section: str) -> None:
    if st.session_state.get(Key.NOTICE, ("",))[0] == section:
        st.success(st.session_state.pop(Key.NOTICE)[1], icon=":material/check_circle:")


def history_section() -> None:
    st.subheader(texts.daten.HISTORY)
    notice(HISTORY)
    shared.table(stands_frame(view.stands))
    ids = [s.id for s in reversed(view.stands)]
    chosen = st.selectbox(texts.daten.HISTORY_PICK, ids, format_func=lambda i: texts.frame.STAND_NAME.format(id=i),
                          placeholder=texts.common.CHOOSE)
    columns = st.columns(2)
    with columns[0]:
        st.download_button(texts.daten.STAND_DOWNLOAD, lambda: write_workbook(view.store.plan(chosen)),
                           file_name=texts.daten.STAND_FILE.format(id=chosen), mime=XLSX, icon=":material/download:",
                           on_click="ignore", key=f"stand-{chosen}")
        if user.may_read_originals:
            for stored in view.store.files(chosen):
                st.download_button(texts.daten.ORIGINAL.format(name=stored.file_name),
                                   lambda file_id=stored.id: view.store.file_content(file_id, user),
                                   file_name=stored.file_name, icon=":material/description:", on_click="ignore",
                                   key=f"file-{stored.id}")
    with columns[1]:
        if user.may_administer and chosen != ids[0]:
            rollback(chosen)


def rollback(target: int) -> None:
    """Two steps, so a slip of the mouse does not switch the Stand everyone sees."""
    if st.button(texts.daten.ROLLBACK.format(stand=target), icon=":material/history:"):
        st.session_state[Key.ROLLBACK] = target
    if st.session_state.get(Key.ROLLBACK) != target:
        return
    st.warning(texts.daten.ROLLBACK_QUESTION.format(stand=target), icon=":material/warning:")
    if st.button(texts.daten.ROLLBACK_CONFIRM, type="primary"):
        try:
            stand = view.store.rollback(target, user)
        except access.NotPermitted as error:
            st.error(str(error), icon=":material/lock:")
            return
        finish(stand.id, HISTORY, texts.daten.ROLLED_BACK.format(stand=stand.id, target=target))


if user.may_upload:
    upload_section()
else:
    st.info(texts.daten.READ_ONLY, icon=":material/lock:")
quality_section()
history_section()
