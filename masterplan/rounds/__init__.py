"""Berichtsrunden: the Geschäftsstelle asks every Federführung for its report by a deadline, chases the late ones
and closes the round, whose result Stand the next Sitzung shows. records stores rounds, confirmations and
reminders; status says who reported; staleness when each measure was last reported; workbook, edits and
reminders are the three ways a round reaches a Federführung."""
