"""E-mail: what the command line says when the mail server cannot be used."""

NO_SERVER = ("Kein Mailserver eingestellt: bitte {setting} setzen, z. B. smtp://mail.stadt.de:25 oder "
             "smtps://benutzer:passwort@mail.stadt.de:465 (Umgebungsvariable oder secrets.toml).")
NO_SENDER = "Kein Absender eingestellt: bitte {setting} setzen, z. B. masterplan@stadt.de."
BAD_URL = ("{setting} ist keine Mailserver-Adresse; erwartet smtp://host:port oder smtps://benutzer:passwort@host:port.")
UNREACHABLE = "Der Mailserver {server} ist nicht erreichbar oder lehnt die Verbindung ab ({detail})."
REFUSED = "Der Mailserver {server} hat die Nachricht an {to} abgelehnt ({detail})."
