"""Berichtsrunden: opening and closing a round, who reported, confirmations, staleness and reminders."""

STATE_REPORTED = "gemeldet"
STATE_CONFIRMED = "bestätigt"
STATE_MISSING = "fehlt"

NOT_PERMITTED_ROUND = "Berichtsrunden eröffnet und schließt nur die Geschäftsstelle."
NOT_PERMITTED_CONFIRM = ("Für {federfuehrung} bestätigen können nur deren Bearbeiter und die Geschäftsstelle; Sie "
                         "melden für {yours}.")
ALREADY_OPEN = ("Berichtsrunde {id} (Frist {deadline}) ist noch offen. Es ist immer nur eine Runde offen – bitte "
                "zuerst schließen.")
NONE_OPEN = "Es ist keine Berichtsrunde offen."
DEADLINE_PAST = "Die Frist {deadline} liegt vor dem heutigen Tag ({today}); bitte ein künftiges Datum angeben."
DEADLINE_BEFORE_STICHTAG = "Die Frist {deadline} liegt vor dem Stichtag {stichtag}."
NO_STAND = "Es gibt noch keinen Stand, über den eine Berichtsrunde berichten könnte."
NOT_A_FEDERFUEHRUNG = ("„{st_nr}“ hat keine Maßnahme in Federführung. Federführungen sind: {available}.")
CONFIRM_NOTE = "Unverändert bestätigt"

ROUND_NAME = "Berichtsrunde {id}"
ROUND_LINE = "Berichtsrunde {id}: Stichtag {stichtag}, Frist {deadline}{note} – {state}"
ROUND_OPEN = "offen seit {opened}, eröffnet von {by}"
ROUND_CLOSED = "geschlossen am {closed} von {by}, Ergebnis Stand {stand}"
DAYS_LEFT = ("noch 1 Tag", "noch {count} Tage")
DUE_TODAY = "Frist heute"
DAYS_OVERDUE = ("1 Tag überfällig", "{count} Tage überfällig")
REPORTED_DETAIL = "Stand {stand}, {when}, {by}"
CONFIRMED_DETAIL = "{when}, {by}"
MEASURES_COUNT = ("1 Maßnahme", "{count} Maßnahmen")
STATUS_LINE = "{st_nr}  {name}  {measures}  {state}{detail}"
OPENED = "Berichtsrunde {id} eröffnet: Stichtag {stichtag}, Frist {deadline}. {count} Federführungen sind gefragt."
CLOSED = "Berichtsrunde {id} geschlossen; ihr Ergebnis ist Stand {stand}. {summary}"
CLOSED_SUMMARY = "{reported} gemeldet, {confirmed} bestätigt, {missing} ohne Meldung."
CONFIRMED = "Für {name} unverändert bestätigt (Stand {stand})."
WORKBOOK_WRITTEN = "Arbeitsmappe für {name} ({measures}) geschrieben nach {path}."
STALE = ("seit 1 Monat ohne Meldung", "seit {count} Monaten ohne Meldung")
NEVER_REPORTED = "noch nie gemeldet"
WORKBOOK_TITLE = "Meldung für {name} ({st_nr})"
WORKBOOK_DEADLINE = "{round}: Stichtag {stichtag}, bitte bis {deadline} hochladen."
WORKBOOK_VALUES = ("Neue Werte Ihrer Indikatoren im Blatt Indikatorwerte unten anfügen (IND-Nr., Stichtag, Wert); "
                   "die Angaben im Blatt Indikatoren pflegt die Geschäftsstelle.")
WORKBOOK_BASE = "Vorausgefüllt mit Stand {stand} vom {date}."
WORKBOOK_HOW = (
    "So geht es: In den Blättern Maßnahmen und Meilensteine Status, Umsetzungsstand, Sachstand und Termine "
    "aktualisieren, neue Meilensteine unten anfügen und die Datei unverändert im Format auf der Seite Daten hochladen.",
    "Nicht geänderte Zeilen bleiben, wie sie sind; Zeilen anderer Federführungen können Sie nicht ändern.",
)
MAIL_SUBJECT = "Masterplan Wirtschaft, {round}: Ihre Meldung bis {deadline}"
MAIL_GREETING = "Guten Tag {name},"
MAIL_GREETING_ANYONE = "Sehr geehrte Damen und Herren,"
MAIL_MISSING = ("für die {round} des Masterplans Wirtschaft (Stichtag {stichtag}) fehlt noch die Meldung von {name} "
                "({st_nr}).")
MAIL_DEADLINE = "Bitte melden Sie den Stand dieser Maßnahmen bis {deadline} ({left}):"
MAIL_HOW = ("So geht es {where}: die Maßnahmen im Browser aktualisieren, die vorausgefüllte Arbeitsmappe herunterladen "
            "und ausgefüllt hochladen – oder „Unverändert bestätigen“, wenn sich nichts geändert hat.")
MAIL_LINK = "auf der Seite Berichtsrunde ({link})"
MAIL_NO_LINK = "im Masterplan-Monitor auf der Seite Berichtsrunde"
MAIL_NOTE = "Hinweis der Geschäftsstelle: {note}"
MAIL_CLOSING = ("Mit freundlichen Grüßen", "Geschäftsstelle Masterplan Wirtschaft",
                "(automatische Erinnerung des Masterplan-Monitors)")
COLUMN_ST_NR = "ST-Nr."
COLUMN_LEAD = "Federführung"
COLUMN_MEASURES = "Maßnahmen"
COLUMN_STATE = "Meldung"
COLUMN_DETAIL = "Stand, Zeit, von wem / Frist"
COLUMN_REMINDED = "Erinnert am"
STATUS_COLUMNS = [COLUMN_ST_NR, COLUMN_LEAD, COLUMN_MEASURES, COLUMN_STATE, COLUMN_DETAIL, COLUMN_REMINDED]
HISTORY_ID = "Runde"
HISTORY_STICHTAG = "Stichtag"
HISTORY_DEADLINE = "Frist"
HISTORY_NOTE = "Hinweis"
HISTORY_OPENED = "Eröffnet"
HISTORY_CLOSED = "Geschlossen"
HISTORY_RESULT = "Ergebnis"
HISTORY_STAND = "Stand {stand}"
HISTORY_COLUMNS = [HISTORY_ID, HISTORY_STICHTAG, HISTORY_DEADLINE, HISTORY_NOTE, HISTORY_OPENED, HISTORY_CLOSED,
                   HISTORY_RESULT]
STILL_OPEN = "noch offen"
