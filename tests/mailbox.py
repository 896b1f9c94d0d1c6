"""A real SMTP server on loopback (aiosmtpd) for the reminder tests: keeps every message, refuses on demand."""

from __future__ import annotations

import contextlib
import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from bench.cluster import free_port


class Mailbox:
    """The aiosmtpd handler: ``messages`` as received; ``refuse`` makes it reject every recipient."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refuse = False
        self.url = ""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "550 5.1.1 Postfach unbekannt"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, _class=EmailMessage,
                                                      policy=email.policy.default))
        return "250 Message accepted"


@contextlib.contextmanager
def running_mailbox() -> Iterator[Mailbox]:
    """A mailbox listening on a free loopback port; ``url`` is the MASTERPLAN_SMTP_URL that reaches it."""
    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    box.url = f"smtp://127.0.0.1:{port}"
    try:
        yield box
    finally:
        controller.stop()
