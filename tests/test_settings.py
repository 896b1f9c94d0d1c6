"""Settings from the environment or .streamlit/secrets.toml: the environment wins, the secrets file may spell a
name in capitals or small letters, and a setting given nowhere is None (the SMTP server of the reminders, the
staleness age, the database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import mail, settings
from masterplan.rounds import staleness


@pytest.fixture
def secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "secrets.toml"
    monkeypatch.setattr(settings, "SECRETS_PATH", path)
    for name in ("MASTERPLAN_SMTP_URL", "MASTERPLAN_MAIL_FROM", "MASTERPLAN_STALE_MONTHS"):
        monkeypatch.delenv(name, raising=False)
    return path


def test_the_secrets_file_gives_what_the_environment_does_not(secrets: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secrets.write_text('MASTERPLAN_SMTP_URL = "smtps://post:geheim@mail.stadt.example:465"\n'
                       'masterplan_mail_from = "masterplan@stadt.example"\nMASTERPLAN_STALE_MONTHS = 9\n',
                       encoding="utf-8")
    server, sender = mail.configured()
    assert (server.shown, server.user, server.password, sender) == (
        "smtps://mail.stadt.example:465", "post", "geheim", "masterplan@stadt.example")
    assert staleness.stale_months() == 9
    monkeypatch.setenv("MASTERPLAN_STALE_MONTHS", "3")
    assert staleness.stale_months() == 3


def test_nothing_given_means_defaults_or_a_clear_message(secrets: Path) -> None:
    assert settings.setting("MASTERPLAN_SMTP_URL") is None
    assert staleness.stale_months() == staleness.DEFAULT_STALE_MONTHS
    with pytest.raises(mail.MailError, match="Kein Mailserver eingestellt: bitte MASTERPLAN_SMTP_URL setzen"):
        mail.configured()
    secrets.write_text('MASTERPLAN_SMTP_URL = "http://mail.stadt.example"\nMASTERPLAN_MAIL_FROM = "a@b.example"\n',
                       encoding="utf-8")
    with pytest.raises(mail.MailError, match="ist keine Mailserver-Adresse"):
        mail.configured()
