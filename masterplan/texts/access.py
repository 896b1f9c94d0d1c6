"""Roles, refusals and the signed-in user (masterplan.access, the sidebar)."""

ROLE_VIEWER = "Betrachter"
ROLE_EDITOR = "Bearbeiter"
ROLE_ADMIN = "Admin"
ACTIONS = {"added": "neu aufgenommen", "changed": "geändert", "removed": "entfernt"}
VIEWER_UPLOAD = "Als Betrachter können Sie keine Daten hochladen; das dürfen Bearbeiter und die Geschäftsstelle."
NOT_YOURS = ("{what} würde {action}, gehört aber zur Federführung {owner}; Sie melden für {yours}. Zeilen anderer "
             "Federführungen ändert nur die Geschäftsstelle.")
ADMIN_SHEET = "„{key}“ würde {action}: Das Blatt „{sheet}“ ändert nur die Geschäftsstelle."
WHAT = {
    "Maßnahmen": "Maßnahme {nr}",
    "Meilensteine": "Meilenstein {ms_nr} der Maßnahme {nr}",
    "Beteiligungen": "Die Beteiligung von {st_nr} an Maßnahme {nr}",
    "Indikatorwerte": "Ein Wert des Indikators {ind_nr}",
}
NO_FEDERFUEHRUNG = "keine Federführung"
NOT_PERMITTED_UPLOAD = ("Nicht gespeichert: 1 Zeile dieses Uploads dürfen Sie nicht ändern. {first}",
                        "Nicht gespeichert: {count} Zeilen dieses Uploads dürfen Sie nicht ändern. Die erste: {first}")
NOT_PERMITTED_ROLLBACK = "Nicht zurückgesetzt: Einen älteren Stand wiederherstellen darf nur die Geschäftsstelle."
NOT_PERMITTED_FILES = "Die hochgeladenen Originaldateien sehen nur Bearbeiter und die Geschäftsstelle."
