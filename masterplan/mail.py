"""Sending e-mail through the city's SMTP server, configured by one URL: ``smtp://host:25`` (plain, STARTTLS when
the server offers it), ``smtps://user:password@host:465`` (TLS from the start); user and password optional.
Settings MASTERPLAN_SMTP_URL and MASTERPLAN_MAIL_FROM (environment or secrets)."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from masterplan import texts
from masterplan.settings import setting

SMTP_SETTING = "MASTERPLAN_SMTP_URL"
FROM_SETTING = "MASTERPLAN_MAIL_FROM"
TIMEOUT_S = 30
DEFAULT_PORTS = {"smtp": 25, "smtps": 465}


class MailError(Exception):
    """The mail server cannot be used as configured; the message is German and never shows the password."""


@dataclass(frozen=True)
class MailServer:
    scheme: str
    host: str
    port: int
    user: str
    password: str

    @property
    def shown(self) -> str:
        """The server as messages name it: scheme, host and port, no credentials."""
        return f"{self.scheme}://{self.host}:{self.port}"

    @classmethod
    def parse(cls, url: str) -> MailServer:
        parts = urlsplit(url.strip())
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise MailError(texts.mail.BAD_URL.format(setting=SMTP_SETTING))
        try:
            port = parts.port or DEFAULT_PORTS[parts.scheme]
        except ValueError as error:
            raise MailError(texts.mail.BAD_URL.format(setting=SMTP_SETTING)) from error
        return cls(parts.scheme, parts.hostname, port, unquote(parts.username or ""), unquote(parts.password or ""))


def configured() -> tuple[MailServer, str]:
    """The server and the sender address, or a MailError saying which setting is missing."""
    url, sender = setting(SMTP_SETTING), setting(FROM_SETTING)
    if not url:
        raise MailError(texts.mail.NO_SERVER.format(setting=SMTP_SETTING))
    if not sender:
        raise MailError(texts.mail.NO_SENDER.format(setting=FROM_SETTING))
    return MailServer.parse(url), sender


@contextmanager
def connection(server: MailServer) -> Iterator[smtplib.SMTP]:
    """One session with the server for all messages of a run; refused or unreachable servers as MailError."""
    try:
        if server.scheme == "smtps":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT_S,
                                                  context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_S)
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
        if server.user:
            smtp.login(server.user, server.password)
    except (OSError, smtplib.SMTPException) as error:
        raise MailError(texts.mail.UNREACHABLE.format(server=server.shown, detail=_reason(error))) from error
    try:
        yield smtp
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()


def send(smtp: smtplib.SMTP, server: MailServer, message: EmailMessage) -> None:
    """Hand one message to the server; a refusal is a MailError naming the recipient."""
    try:
        smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as error:
        raise MailError(texts.mail.REFUSED.format(server=server.shown, to=message["To"],
                                                  detail=_reason(error))) from error


def message(sender: str, to: str, subject: str, lines: Iterable[str]) -> EmailMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = sender, to, subject
    mail.set_content("\n".join(lines))
    return mail


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_decoded(error.smtp_error)}"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{code} {_decoded(text)}" for code, text in error.recipients.values())
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


def _decoded(text: bytes | str) -> str:
    return text.decode(errors="replace") if isinstance(text, bytes) else text
