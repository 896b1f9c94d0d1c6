"""Canonical values of every list column and the synonyms users write for them.

A cell is mapped by its normalised spelling (case, blanks, umlauts and "ß" do not matter), so
"Umgesetzt", "erledigt" and "done" all become „abgeschlossen“.
"""

from __future__ import annotations

from loaders.normalize import fold

STATUS = (
    "nicht begonnen",
    "in Planung",
    "in Umsetzung",
    "abgeschlossen",
    "Daueraufgabe",
    "zurückgestellt",
    "entfallen",
)
AMPEL = ("grün", "gelb", "rot", "grau")
PRIORITAET = ("hoch", "mittel", "niedrig")
MEILENSTEIN_STATUS = ("offen", "erreicht", "verschoben", "entfallen")
ZIELRICHTUNG = ("steigend", "fallend")
TYP = (
    "Stadtverwaltung",
    "Städtische Gesellschaft",
    "Kammer",
    "Verband",
    "Gewerkschaft",
    "Arbeitsverwaltung",
    "Wissenschaft",
    "Finanzinstitut",
    "Unternehmen",
    "Region/Land",
    "Sonstige",
)
ROLLE = ("federführend", "beteiligt", "informiert")
BESCHLUSS_STATUS = ("offen", "erledigt", "verworfen")

CANONICAL: dict[str, tuple[str, ...]] = {
    "status": STATUS,
    "ampel": AMPEL,
    "prioritaet": PRIORITAET,
    "meilenstein_status": MEILENSTEIN_STATUS,
    "zielrichtung": ZIELRICHTUNG,
    "typ": TYP,
    "rolle": ROLLE,
    "beschluss_status": BESCHLUSS_STATUS,
}

SYNONYMS: dict[str, dict[str, str]] = {
    "status": {
        "offen": "nicht begonnen",
        "noch nicht begonnen": "nicht begonnen",
        "nicht gestartet": "nicht begonnen",
        "not started": "nicht begonnen",
        "geplant": "in Planung",
        "planung": "in Planung",
        "in vorbereitung": "in Planung",
        "in erarbeitung": "in Planung",
        "vorbereitung": "in Planung",
        "planned": "in Planung",
        "planning": "in Planung",
        "laufend": "in Umsetzung",
        "umsetzung": "in Umsetzung",
        "in arbeit": "in Umsetzung",
        "in bearbeitung": "in Umsetzung",
        "begonnen": "in Umsetzung",
        "gestartet": "in Umsetzung",
        "in progress": "in Umsetzung",
        "ongoing": "in Umsetzung",
        "umgesetzt": "abgeschlossen",
        "erledigt": "abgeschlossen",
        "fertig": "abgeschlossen",
        "beendet": "abgeschlossen",
        "done": "abgeschlossen",
        "completed": "abgeschlossen",
        "complete": "abgeschlossen",
        "finished": "abgeschlossen",
        "fortlaufend": "Daueraufgabe",
        "dauerhaft": "Daueraufgabe",
        "daueraufgabe": "Daueraufgabe",
        "kontinuierlich": "Daueraufgabe",
        "continuous": "Daueraufgabe",
        "permanent": "Daueraufgabe",
        "zurueckgestellt": "zurückgestellt",
        "pausiert": "zurückgestellt",
        "ruht": "zurückgestellt",
        "on hold": "zurückgestellt",
        "paused": "zurückgestellt",
        "postponed": "zurückgestellt",
        "gestrichen": "entfallen",
        "abgebrochen": "entfallen",
        "verworfen": "entfallen",
        "cancelled": "entfallen",
        "canceled": "entfallen",
        "dropped": "entfallen",
    },
    "ampel": {
        "gruen": "grün",
        "green": "grün",
        "g": "grün",
        "yellow": "gelb",
        "amber": "gelb",
        "orange": "gelb",
        "red": "rot",
        "r": "rot",
        "grey": "grau",
        "gray": "grau",
    },
    "prioritaet": {
        "high": "hoch",
        "medium": "mittel",
        "mittlere": "mittel",
        "low": "niedrig",
        "gering": "niedrig",
        "1": "hoch",
        "2": "mittel",
        "3": "niedrig",
        "a": "hoch",
        "b": "mittel",
        "c": "niedrig",
    },
    "meilenstein_status": {
        "open": "offen",
        "geplant": "offen",
        "ausstehend": "offen",
        "done": "erreicht",
        "reached": "erreicht",
        "erledigt": "erreicht",
        "abgeschlossen": "erreicht",
        "postponed": "verschoben",
        "delayed": "verschoben",
        "verzoegert": "verschoben",
        "cancelled": "entfallen",
        "canceled": "entfallen",
        "gestrichen": "entfallen",
    },
    "zielrichtung": {
        "rising": "steigend",
        "up": "steigend",
        "hoeher ist besser": "steigend",
        "steigen": "steigend",
        "zunehmend": "steigend",
        "falling": "fallend",
        "down": "fallend",
        "niedriger ist besser": "fallend",
        "sinken": "fallend",
        "sinkend": "fallend",
        "abnehmend": "fallend",
    },
    "typ": {
        "stadt": "Stadtverwaltung",
        "verwaltung": "Stadtverwaltung",
        "city administration": "Stadtverwaltung",
        "staedtische gesellschaft": "Städtische Gesellschaft",
        "stadttochter": "Städtische Gesellschaft",
        "municipal company": "Städtische Gesellschaft",
        "chamber": "Kammer",
        "association": "Verband",
        "union": "Gewerkschaft",
        "trade union": "Gewerkschaft",
        "employment agency": "Arbeitsverwaltung",
        "jobcenter": "Arbeitsverwaltung",
        "forschung": "Wissenschaft",
        "hochschule": "Wissenschaft",
        "science": "Wissenschaft",
        "research": "Wissenschaft",
        "bank": "Finanzinstitut",
        "sparkasse": "Finanzinstitut",
        "company": "Unternehmen",
        "business": "Unternehmen",
        "firma": "Unternehmen",
        "region": "Region/Land",
        "land": "Region/Land",
        "other": "Sonstige",
        "sonstiges": "Sonstige",
    },
    "rolle": {
        "federfuehrung": "federführend",
        "lead": "federführend",
        "leitung": "federführend",
        "verantwortlich": "federführend",
        "involved": "beteiligt",
        "beteiligung": "beteiligt",
        "partner": "beteiligt",
        "mitwirkend": "beteiligt",
        "informed": "informiert",
        "zur kenntnis": "informiert",
        "info": "informiert",
    },
    "beschluss_status": {
        "open": "offen",
        "ausstehend": "offen",
        "in arbeit": "offen",
        "in bearbeitung": "offen",
        "in umsetzung": "offen",
        "laufend": "offen",
        "pending": "offen",
        "in progress": "offen",
        "umgesetzt": "erledigt",
        "abgeschlossen": "erledigt",
        "fertig": "erledigt",
        "done": "erledigt",
        "completed": "erledigt",
        "closed": "erledigt",
        "abgelehnt": "verworfen",
        "aufgehoben": "verworfen",
        "gestrichen": "verworfen",
        "entfallen": "verworfen",
        "zurückgezogen": "verworfen",
        "rejected": "verworfen",
        "dropped": "verworfen",
        "cancelled": "verworfen",
        "canceled": "verworfen",
        "withdrawn": "verworfen",
    },
}

BOOL_TRUE = ("ja", "j", "yes", "y", "x", "true", "wahr", "1")
BOOL_FALSE = ("nein", "n", "no", "false", "falsch", "0")


def _lookup(name: str) -> dict[str, str]:
    table = {fold(v): v for v in CANONICAL[name]}
    table.update({fold(k): v for k, v in SYNONYMS.get(name, {}).items()})
    return table


LOOKUP: dict[str, dict[str, str]] = {name: _lookup(name) for name in CANONICAL}


def canonical(name: str, value: str) -> str | None:
    """The canonical spelling of ``value`` in vocabulary ``name``, or None when it is unknown."""
    return LOOKUP[name].get(fold(value))
