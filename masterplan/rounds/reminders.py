"""Reminders of an open round: one German message per Federführung that has neither reported nor confirmed, with
its measures, the deadline and the link; at most one per Federführung and day, so a repeated run sends nothing
twice (each sent message is recorded the moment the server took it)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage

from masterplan import mail, texts
from masterplan.formatting import format_date
from masterplan.rounds.records import Round, record_reminder
from masterplan.rounds.status import ReportState, RoundReport, round_status, time_left
from masterplan.settings import setting
from masterplan.storage.store import Store

URL_SETTING = "MASTERPLAN_URL"  # the dashboard's address as the mails link it
ROUND_PAGE = "berichtsrunde"  # the round page's path below that address
TEXT = texts.rounds


@dataclass
class Outcome:
    """What a run did: the messages sent (or printed), who had no address, who was reminded today already."""

    sent: list[EmailMessage] = field(default_factory=list)
    without_address: list[RoundReport] = field(default_factory=list)
    already: list[RoundReport] = field(default_factory=list)


def reminder(round_: Round, report: RoundReport, sender: str, today: datetime.date) -> EmailMessage:
    """The message to one Federführung."""
    lead = report.federfuehrung
    base = setting(URL_SETTING)
    link = f"{base.rstrip('/')}/{ROUND_PAGE}" if base else ""
    greeting = TEXT.MAIL_GREETING.format(name=lead.contact) if lead.contact else TEXT.MAIL_GREETING_ANYONE
    lines = [
        greeting, "",
        TEXT.MAIL_MISSING.format(round=round_.name, stichtag=format_date(round_.stichtag),
                                 name=lead.full_name or lead.name, st_nr=lead.st_nr),
        TEXT.MAIL_DEADLINE.format(deadline=format_date(round_.deadline),
                                  left=time_left((round_.deadline - today).days)), "",
        *(f"- {nr} {title}" for nr, title in lead.measures), "",
        TEXT.MAIL_HOW.format(where=TEXT.MAIL_LINK.format(link=link) if link else TEXT.MAIL_NO_LINK),
        *([TEXT.MAIL_NOTE.format(note=round_.note)] if round_.note else []), "",
        *TEXT.MAIL_CLOSING,
    ]
    subject = TEXT.MAIL_SUBJECT.format(round=round_.name, deadline=format_date(round_.deadline))
    return mail.message(sender, lead.email, subject, lines)


def remind(store: Store, round_: Round, today: datetime.date, sender: str,
           deliver: Callable[[EmailMessage], None] | None) -> Outcome:
    """Remind every missing Federführung of ``round_`` not yet reminded today. ``deliver`` sends one message (None:
    nothing is sent or recorded, a dry run); a MailError from it stops the run, what was sent stays recorded."""
    outcome = Outcome()
    for report in round_status(store, round_, today):
        if report.state is not ReportState.MISSING:
            continue
        if report.reminded_on == today:
            outcome.already.append(report)
            continue
        if not report.federfuehrung.email:
            outcome.without_address.append(report)
            continue
        message = reminder(round_, report, sender, today)
        if deliver is not None:
            deliver(message)
            record_reminder(store, round_.id, report.federfuehrung.st_nr, report.federfuehrung.email, today)
        outcome.sent.append(message)
    return outcome
