"""Berichtsrunde: who has reported in the open round, the own report (pre-filled workbook, edit table,
„unverändert bestätigen“) and, for the Geschäftsstelle, opening and closing rounds. A round is about now: this
page reads the newest Stand, whatever the sidebar shows."""

import datetime

import streamlit as st

from loaders.vocabulary import CANONICAL
from masterplan import access, texts
from masterplan.formatting import counted, escape_markdown, format_date, format_datetime
from masterplan.preview import findings_frame
from masterplan.rounds import records
from masterplan.rounds.edits import edit_files, editable, pending
from masterplan.rounds.status import (
    Federfuehrung,
    ReportState,
    RoundReport,
    federfuehrungen,
    reporting_for,
    round_stand,
    round_status,
    rounds_frame,
    state_counts,
    status_frame,
    time_left,
)
from masterplan.rounds.workbook import round_workbook, workbook_name
from masterplan.storage import importer
from masterplan.storage.store import StoreError
from pages import shared
from pages.shared import Key

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEXT = texts.berichtsrunde

view = shared.view()
user = shared.user()
store = view.store
latest = view.stands[-1]
plan = shared.load_plan(store.url, latest.id)


def notice() -> None:
    if Key.ROUND_NOTICE in st.session_state:
        st.success(st.session_state.pop(Key.ROUND_NOTICE), icon=":material/check_circle:")


def done(message: str, stand_id: int | None = None) -> None:
    """Say once what happened; a new Stand becomes everyone's view in this session, as after an upload."""
    st.session_state[Key.ROUND_NOTICE] = message
    st.session_state[Key.ROUND_EDIT] = st.session_state.get(Key.ROUND_EDIT, 0) + 1
    st.session_state.pop(Key.ROUND_CLOSE, None)
    if stand_id is None:
        st.rerun()
    shared.show_stand(stand_id)


def status_section(round_: records.Round, reports: list[RoundReport]) -> None:
    if round_.is_open:
        st.subheader(TEXT.OPEN_TITLE.format(id=round_.id, stichtag=format_date(round_.stichtag),
                                            deadline=format_date(round_.deadline),
                                            left=time_left((round_.deadline - view.today).days)))
    else:
        st.subheader(TEXT.CLOSED_TITLE.format(id=round_.id, closed=format_datetime(round_.closed_at),
                                              stand=round_.result_stand_id))
    if round_.note:
        st.markdown(escape_markdown(TEXT.NOTE.format(note=round_.note)))
    counts = state_counts(reports)
    total = TEXT.FIGURE_OF.format(total=len(reports))
    for card, (label, state) in zip(st.columns(3), ((TEXT.FIGURE_REPORTED, ReportState.REPORTED),
                                                    (TEXT.FIGURE_CONFIRMED, ReportState.CONFIRMED),
                                                    (TEXT.FIGURE_MISSING, ReportState.MISSING)), strict=True):
        card.metric(label, counts[state], delta=total, delta_color="off", delta_arrow="off", border=True)
    st.markdown(f"**{TEXT.STATUS}**")
    shared.table(status_frame(reports), whole=True,
                 column_config={texts.rounds.COLUMN_ST_NR: st.column_config.TextColumn(width="small"),
                                texts.rounds.COLUMN_MEASURES: st.column_config.TextColumn(width="large"),
                                texts.rounds.COLUMN_DETAIL: st.column_config.TextColumn(width="large")})


def own_section(round_: records.Round, reports: list[RoundReport]) -> None:
    st.subheader(TEXT.OWN)
    if not user.may_upload:
        st.info(TEXT.OWN_VIEWER, icon=":material/visibility:")
        return
    leads = reporting_for(user, federfuehrungen(plan))
    if not leads:
        st.info(TEXT.OWN_NONE, icon=":material/info:")
        return
    by_st_nr = {lead.st_nr: lead for lead in leads}
    chosen = st.selectbox(TEXT.OWN_LEAD, list(by_st_nr), key=Key.ROUND_LEAD, format_func=lambda k: by_st_nr[k].label,
                          placeholder=texts.common.CHOOSE, width=420) if len(leads) > 1 else leads[0].st_nr
    if chosen is None:
        return
    lead = by_st_nr[chosen]
    report = next(r for r in reports if r.federfuehrung.st_nr == lead.st_nr)
    st.markdown(escape_markdown(TEXT.OWN_STATE.format(name=lead.label, state=report.state, detail=report.detail)))
    workbook_part(round_, lead)
    edit_part(round_, lead)
    confirm_part(lead, report)


def workbook_part(round_: records.Round, lead: Federfuehrung) -> None:
    st.markdown(f"**{TEXT.WORKBOOK}**")
    st.caption(TEXT.WORKBOOK_HELP)
    st.download_button(TEXT.WORKBOOK_BUTTON.format(name=lead.name),
                       lambda: round_workbook(store, lead.st_nr, round_)[0], file_name=workbook_name(lead, round_),
                       mime=XLSX, icon=":material/download:", on_click="ignore", key=f"round-workbook-{lead.st_nr}")


def edit_part(round_: records.Round, lead: Federfuehrung) -> None:
    st.markdown(f"**{TEXT.EDIT}**")
    if latest.is_example:  # an edit would start from an empty base, as any upload on example data
        st.info(TEXT.EDIT_EXAMPLE, icon=":material/science:")
        return
    st.caption(TEXT.EDIT_HELP)
    before = editable(plan, {nr for nr, _ in lead.measures})
    version = f"{lead.st_nr}-{latest.id}-{st.session_state.get(Key.ROUND_EDIT, 0)}"
    st.markdown(TEXT.EDIT_MEASURES)
    measures = shared.edit_table(before[0], f"round-measures-{version}", disabled=["nr", "massnahme"], column_config={
        **shared.measure_columns(),
        "status": st.column_config.SelectboxColumn(options=CANONICAL["status"]),
        "umsetzungsstand": st.column_config.NumberColumn(min_value=0, max_value=100, step=1, format="%.0f %%"),
        "sachstand": st.column_config.TextColumn(width="large"),
    })
    if before[1].empty:
        st.caption(TEXT.EDIT_NO_MILESTONES)
        milestones = before[1]
    else:
        st.markdown(TEXT.EDIT_MILESTONES)
        milestones = shared.edit_table(
            before[1], f"round-milestones-{version}", disabled=["ms_nr", "nr", "meilenstein"], column_config={
                "meilenstein": st.column_config.TextColumn(width="large"),
                **shared.date_columns("faellig_am", "erreicht_am"),
                "status": st.column_config.SelectboxColumn(options=CANONICAL["meilenstein_status"]),
            })
    waiting = pending(before, (measures, milestones))
    if waiting:
        st.caption(escape_markdown(counted(len(waiting), TEXT.PENDING, changes="; ".join(waiting))))
    if not st.button(TEXT.SAVE, type="primary", icon=":material/save:", key=f"round-save-{version}"):
        return
    files = edit_files(before, (measures, milestones))
    if not files:
        st.info(TEXT.NOTHING_EDITED, icon=":material/info:")
        return
    prepared = importer.prepare(store, files, user=user)
    if prepared.has_errors:
        st.error(TEXT.EDIT_BLOCKED, icon=":material/block:")
        shared.table(findings_frame([f for f in prepared.findings if f.is_error]))
        return
    try:
        stand = importer.commit(store, prepared, user=user, note=TEXT.SAVE_NOTE.format(name=lead.label,
                                                                                        round=round_.name))
    except (StoreError, access.NotPermitted) as error:
        st.error(str(error), icon=":material/error:")
        return
    warnings = [f.message for f in prepared.findings if f.severity == "Warnung"]
    message = TEXT.SAVED.format(stand=stand.id)
    if warnings:
        message += "\n\n" + TEXT.SAVED_WARNINGS + "\n" + "\n".join(f"- {escape_markdown(w)}" for w in warnings)
    done(message, stand.id)


def confirm_part(lead: Federfuehrung, report: RoundReport) -> None:
    if report.state is not ReportState.MISSING:
        st.caption(TEXT.ALREADY_DONE.format(name=lead.label, state=report.state))
        return
    if st.button(TEXT.CONFIRM, help=TEXT.CONFIRM_HELP, icon=":material/task_alt:", key=f"round-confirm-{lead.st_nr}"):
        try:
            records.confirm(store, lead.st_nr, user)
        except (StoreError, access.NotPermitted) as error:
            st.error(str(error), icon=":material/error:")
            return
        done(TEXT.CONFIRMED.format(name=lead.label))


def manage_section(current: records.Round | None, reports: list[RoundReport]) -> None:
    st.subheader(TEXT.MANAGE)
    if current is None:
        with st.form("round-open", border=True):
            st.markdown(f"**{TEXT.OPEN_FORM}**")
            left, right = st.columns(2)
            stichtag = left.date_input(TEXT.STICHTAG, value=view.today, format=shared.DATE_FORMAT,
                                       help=TEXT.STICHTAG_HELP)
            deadline = right.date_input(TEXT.DEADLINE, value=view.today + datetime.timedelta(days=14),
                                        min_value=view.today, format=shared.DATE_FORMAT, help=TEXT.DEADLINE_HELP)
            note = st.text_input(TEXT.ROUND_NOTE, placeholder=TEXT.ROUND_NOTE_PLACEHOLDER)
            if st.form_submit_button(TEXT.OPEN, type="primary", icon=":material/campaign:"):
                try:
                    opened = records.open_round(store, deadline=deadline, stichtag=stichtag, note=note, user=user)
                except (StoreError, access.NotPermitted) as error:
                    st.error(str(error), icon=":material/error:")
                    return
                done(TEXT.OPENED.format(id=opened.id))
        return
    st.caption(TEXT.REMIND_HINT)
    if st.button(TEXT.CLOSE, icon=":material/lock:"):
        st.session_state[Key.ROUND_CLOSE] = current.id
    if st.session_state.get(Key.ROUND_CLOSE) != current.id:
        return
    missing = [r.federfuehrung.label for r in reports if r.state is ReportState.MISSING]
    question = TEXT.CLOSE_QUESTION.format(id=current.id, stand=latest.id,
                                          missing=", ".join(missing) or texts.common.MISSING)
    st.warning(question, icon=":material/warning:")
    if st.button(TEXT.CLOSE_CONFIRM, type="primary"):
        try:
            closed = records.close_round(store, user)
        except (StoreError, access.NotPermitted) as error:
            st.error(str(error), icon=":material/error:")
            return
        done(TEXT.CLOSED.format(id=closed.id, stand=closed.result_stand_id))


st.title(texts.frame.PAGE_TITLES["berichtsrunde"])
st.caption(TEXT.INTRO)
notice()
all_rounds = records.rounds(store)
current = records.open_round_now(store, all_rounds)
shown = current or records.last_closed(store, all_rounds)
reports = round_status(store, shown, view.today, plan if round_stand(store, shown) == latest.id else None) \
    if shown else []
if shown is None:
    shared.empty_state(TEXT.NONE_YET)
else:
    if current is None:
        st.info(TEXT.NONE_OPEN, icon=":material/info:")
    status_section(shown, reports)
if current is not None:
    own_section(current, reports)
if user.may_administer:
    manage_section(current, reports)
if all_rounds:
    st.subheader(TEXT.HISTORY)
    shared.table(rounds_frame(all_rounds), whole=len(all_rounds) <= shared.DATA_ROWS_WHOLE)
