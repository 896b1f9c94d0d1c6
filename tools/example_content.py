"""The example data that ships with the dashboard (data/Masterplan_Beispiel.xlsx is built from it).

What is real and what is invented (facts and sources: the project's domain notes, oberhausen.md):
- Real: the seven Leitziele with their Unterziele (istek wiki of the city), the institutions in
  Stakeholder and the 2023 composition of the Lenkungskreis, the three Fokusprojekt titles confirmed
  on the city's Leitziel pages (Digitale Schule, Oberhausen fast & connected, (Weiter-)Entwicklung von
  Wohnquartieren), every indicator value (each with its source) and the two documented targets
  (glass fibre 100 % by 2030, WAZ; 60 ha business land by 2032, Arbeitsmarktkonferenz 2023 – neither
  from the Masterplan itself). tests/test_example_content.py lists them and the verified titles.
- Invented: the other nine Fokusprojekt titles and all 42 Maßnahmen. Their titles start with
  "Beispiel: "; the topics follow press coverage of the plan. Status, progress, dates, costs,
  milestones and involvements are example data; figures in a Sachstand that carry a source are real.
  The numbering FP01…FP12 / M01…M42 is the example's own (the real one is not known).
- Beschlüsse: one real decision (22.2.2023, the update of the plan, with its source); the others are
  invented, start with "Beispiel: " and fit the example's measures. Their numbers B-JJJJ-NN are the
  example's own.

Values are stored as the Plan stores them: text str, percent 0–100 float, dates datetime.date, numbers
float, years int, ja/nein bool, list values in the canonical German spelling of loaders.vocabulary.
"""

from __future__ import annotations

from datetime import date

EXAMPLE_PROJECT_NOTE = "Beispielprojekt – kein Titel aus dem Masterplan."


def _d(iso: str) -> date:
    return date.fromisoformat(iso)


# --- Leitziele -----------------------------------------------------------------------------------

_SOURCE_LZ = "Leitziel und Unterziele laut Masterplan Wirtschaft (oberhausen.de, istek-Wiki der Stadt)."

LEITZIELE: list[dict[str, object]] = [
    {
        "lz_nr": "LZ1",
        "leitziel": "Oberhausen ist wirtschaftsfreundlich",
        "beschreibung": "Verwaltung und Wirtschaft arbeiten eng zusammen; die OWT ist Bindeglied zwischen Wirtschaft "
                        "und Stadtverwaltung. Bürokratische Hürden sollen sinken, der Service für kleine und mittlere "
                        "Unternehmen besser werden. " + _SOURCE_LZ,
        "unterziele": "\n".join((
            "Innovation, Wirtschaft und gute Arbeit in der Verwaltung verankern",
            "Kommunikation und Vernetzung zwischen Verwaltung und Wirtschaft vertiefen",
            "bürokratische Hürden abbauen und den Service für (kleine und mittlere) Unternehmen verbessern",
            "enge Zusammenarbeit von Wirtschaftsförderung und Verwaltung",
            "digitalen Wandel und Nachhaltigkeit über Vergabe- und Genehmigungsverfahren unterstützen",
        )),
    },
    {
        "lz_nr": "LZ2",
        "leitziel": "Oberhausen ist qualifiziert",
        "beschreibung": "Ausbildung und berufliche Qualifizierung stärken, Kooperationen von Schulen, Forschung, "
                        "Hochschulen und Unternehmen ausbauen; Fokusprojekt „Digitale Schule“. " + _SOURCE_LZ,
        "unterziele": "\n".join((
            "Ausbildung durch Innovation, Vernetzung und besseres Image stärken",
            "Kooperationsnetzwerke mit Forschung, Hochschulen und Unternehmen",
            "berufliche Qualifizierung aufwerten",
        )),
    },
    {
        "lz_nr": "LZ3",
        "leitziel": "Oberhausen ist innovativ",
        "beschreibung": "Innovationen aus Oberhausener Unternehmen sichtbar machen und Netzwerke mit der Forschung "
                        "erweitern; Nachhaltigkeit, Klimaresilienz und Digitalisierung treiben Innovation. "
                        + _SOURCE_LZ,
        "unterziele": "\n".join((
            "„Hidden Innovations“ sichtbar machen",
            "Netzwerke mit Forschung und Unternehmen erweitern",
            "Nachhaltigkeit, Klimaresilienz und Digitalisierung als Innovationstreiber",
        )),
    },
    {
        "lz_nr": "LZ4",
        "leitziel": "Oberhausen ist smart",
        "beschreibung": "Glasfasernetz ausbauen und Verkehr intelligent vernetzen; Fokusprojekt „Oberhausen fast & "
                        "connected“. " + _SOURCE_LZ,
        "unterziele": "\n".join((
            "Glasfasernetz ausbauen",
            "intelligent vernetzte Verkehrslösungen",
        )),
    },
    {
        "lz_nr": "LZ5",
        "leitziel": "Oberhausen ist lebenswert",
        "beschreibung": "Oberhausen als attraktiver Wohnort, der urbane Dichte mit Grün verbindet, und als Stadt, in "
                        "der sich Beruf und Familie vereinbaren lassen; Fokusprojekt „(Weiter-)Entwicklung von "
                        "Wohnquartieren“. " + _SOURCE_LZ,
        "unterziele": "\n".join((
            "attraktive Quartiere und Wohnmöglichkeiten",
            "Vereinbarkeit von Beruf und Familie",
        )),
    },
    {
        "lz_nr": "LZ6",
        "leitziel": "Oberhausen ist resilient",
        "beschreibung": "Wirtschaftsflächen entwickeln und vermarkten, die Innenstädte revitalisieren, Tourismus und "
                        "Entertainment stärken und den Unternehmensbestand in den Blick nehmen. " + _SOURCE_LZ,
        "unterziele": "\n".join((
            "Flächen entwickeln und gezielt vermarkten",
            "urbane Produktion, zirkuläre Wirtschaft und Wohnen zur Revitalisierung der Innenstädte",
            "Tourismus und Entertainment stärken",
            "Logistik-, Büro- und Wohnstandort weiterentwickeln",
            "Fokus auf den Unternehmensbestand",
        )),
    },
    {
        "lz_nr": "LZ7",
        "leitziel": "Oberhausen ist selbstbewusst",
        "beschreibung": "Das Image der Stadt verbessern; laut Presse u. a. durch ein neu geordnetes Stadtmarketing "
                        "und eine einheitliche Werbestrategie. " + _SOURCE_LZ,
        "unterziele": "Stadtimage verbessern",
    },
]


# --- Stakeholder ---------------------------------------------------------------------------------
# Lenkungskreis = ja for its 2023 composition (OWT, IHK, Handwerkskammer, Fraunhofer UMSICHT,
# Stadtsparkasse, Unternehmerverband, DGB, HRW) plus the city, whose Oberbürgermeister chairs it.

_STAKEHOLDER_ROWS: list[tuple[str, str, str, str, bool]] = [
    ("ST01", "Stadt Oberhausen – Oberbürgermeister (Vorsitz Lenkungskreis)", "Stadt Oberhausen",
     "Stadtverwaltung", True),
    ("ST02", "Stadt Oberhausen – Dezernat 0 / Strategische Planung", "Strategische Planung", "Stadtverwaltung", False),
    ("ST03", "Stadt Oberhausen – Bereich 4-5 Integrierte Stadtentwicklung und Statistik", "Bereich 4-5",
     "Stadtverwaltung", False),
    ("ST04", "Stadt Oberhausen – IT-/Digitalisierungsdezernat", "Digitalisierungsdezernat", "Stadtverwaltung", False),
    ("ST05", "OWT Oberhausener Wirtschafts- und Tourismusförderung GmbH", "OWT", "Städtische Gesellschaft", True),
    ("ST06", "ENO – Entwicklungsgesellschaft Neu-Oberhausen mbH", "ENO", "Städtische Gesellschaft", False),
    ("ST07", "Industrie- und Handelskammer für Essen, Mülheim an der Ruhr, Oberhausen zu Essen", "IHK zu Essen",
     "Kammer", True),
    ("ST08", "Handwerkskammer Düsseldorf", "HWK Düsseldorf", "Kammer", True),
    ("ST09", "Kreishandwerkerschaft Mülheim an der Ruhr – Oberhausen", "Kreishandwerkerschaft", "Verband", False),
    ("ST10", "Unternehmerverband (Unternehmerverbandsgruppe, Haus der Unternehmer, Duisburg)", "Unternehmerverband",
     "Verband", True),
    ("ST11", "Agentur für Arbeit Oberhausen", "Agentur für Arbeit", "Arbeitsverwaltung", False),
    ("ST12", "Jobcenter Oberhausen", "Jobcenter", "Arbeitsverwaltung", False),
    ("ST13", "DGB-Region Mülheim-Essen-Oberhausen", "DGB", "Gewerkschaft", True),
    ("ST14", "Fraunhofer-Institut für Umwelt-, Sicherheits- und Energietechnik UMSICHT", "Fraunhofer UMSICHT",
     "Wissenschaft", True),
    ("ST15", "Hochschule Ruhr West", "HRW", "Wissenschaft", True),
    ("ST16", "Stadtsparkasse Oberhausen", "Stadtsparkasse", "Finanzinstitut", True),
    ("ST17", "Regionalverband Ruhr", "RVR", "Region/Land", False),
    ("ST18", "Business Metropole Ruhr", "BMR", "Region/Land", False),
    ("ST19", "Land Nordrhein-Westfalen (Landesregierung, Ruhrkonferenz)", "Land NRW", "Region/Land", False),
    ("ST20", "Rat der Stadt Oberhausen – Wirtschafts- und Digitalisierungsausschuss", "Wirtschaftsausschuss",
     "Sonstige", False),
]

STAKEHOLDER: list[dict[str, object]] = [
    {"st_nr": nr, "name": name, "kurzname": short, "typ": typ, "lenkungskreis": steering}
    for nr, name, short, typ, steering in _STAKEHOLDER_ROWS
]


# --- Fokusprojekte -------------------------------------------------------------------------------

def _verified(page: str, fp_nr: str) -> str:
    return f"Titel laut Leitziel-Seite „{page}“ (oberhausen.de); die Nummer {fp_nr} ist beispielhaft."


def _invented(topic: str) -> str:
    return f"{EXAMPLE_PROJECT_NOTE} Thema laut Berichten über den Masterplan: {topic}"


FOKUSPROJEKTE: list[dict[str, object]] = [
    {"fp_nr": "FP01", "fokusprojekt": "Beispiel: Digitale Bauakte und Baulotse", "lz_nr": "LZ1",
     "federfuehrung": "ST04",
     "beschreibung": _invented("digitale Bauakte mit Baulotse und Online-Einsicht in den Bearbeitungsstand "
                               "(wp.de, Dez. 2019).")},
    {"fp_nr": "FP02", "fokusprojekt": "Beispiel: Wirtschaftsbeirat und Kümmerer", "lz_nr": "LZ1",
     "federfuehrung": "ST01",
     "beschreibung": _invented("regelmäßig tagender Oberhausener Wirtschaftsbeirat, mehr „Kümmerer“ in der "
                               "Verwaltung (wp.de, Dez. 2019; OWT, Dez. 2019).")},
    {"fp_nr": "FP03", "fokusprojekt": "Digitale Schule", "lz_nr": "LZ2", "federfuehrung": "ST04",
     "beschreibung": "Gesamtkonzept für die Schulen, in dem digitale Medien, Online-Plattformen und Co-Working-Spaces "
                     "selbstverständlich sind – über Hardware und WLAN hinaus, z. B. Live-Schaltungen in Unternehmen "
                     "und Online-Beratung mit Personalverantwortlichen. "
                     + _verified("Oberhausen ist qualifiziert", "FP03")},
    {"fp_nr": "FP04", "fokusprojekt": "Beispiel: Ausbildungsoffensive", "lz_nr": "LZ2", "federfuehrung": "ST07",
     "beschreibung": _invented("Kampagne für die duale Ausbildung; Kooperation von Forschung und kleinen und "
                               "mittleren Ausbildungsbetrieben (wp.de, Dez. 2019; lokalkompass, 2020).")},
    {"fp_nr": "FP05", "fokusprojekt": "Beispiel: Hidden Innovations sichtbar machen", "lz_nr": "LZ3",
     "federfuehrung": "ST05",
     "beschreibung": _invented("„Hidden Innovations“ sichtbar machen, Netzwerke erweitern und vertiefen, "
                               "Kooperation mit der Hochschule Ruhr West.")},
    {"fp_nr": "FP06", "fokusprojekt": "Beispiel: Reallabor Oberhausen", "lz_nr": "LZ3", "federfuehrung": "ST14",
     "beschreibung": _invented("(Pilot-)Projekte mit Fraunhofer UMSICHT, Oberhausen als „Reallabor“.")},
    {"fp_nr": "FP07", "fokusprojekt": "Oberhausen fast & connected", "lz_nr": "LZ4", "federfuehrung": "ST03",
     "beschreibung": "Konzept, das bis Herbst 2020 erarbeitet werden sollte: erhebt den Bedarf („weiße Flecken“), "
                     "legt Prioritäten für die Anbindung fest und verankert Umsetzungsmaßnahmen einschließlich "
                     "Finanzierung; ein Ziel ist die Anbindung der Gewerbegebiete. "
                     + _verified("Oberhausen ist smart", "FP07")},
    {"fp_nr": "FP08", "fokusprojekt": "Beispiel: Vernetzte Mobilität", "lz_nr": "LZ4", "federfuehrung": "ST02",
     "beschreibung": _invented("lokale Mobilität, E-Mobilität und Sharing (wr.de, 2019).")},
    {"fp_nr": "FP09", "fokusprojekt": "(Weiter-)Entwicklung von Wohnquartieren", "lz_nr": "LZ5",
     "federfuehrung": "ST02",
     "beschreibung": "Oberhausen als attraktiver Wohnort, der urbane Dichte mit Grünflächen verbindet; neue Wohnformen "
                     "(Wohnen in Gewerbehöfen, Loft-Wohnen, integrative Konzepte) und autonome Quartiere mit "
                     "Mobilitätsstationen und Ladeinfrastruktur. " + _verified("Oberhausen ist lebenswert", "FP09")},
    {"fp_nr": "FP10", "fokusprojekt": "Beispiel: Flächen entwickeln und vermarkten", "lz_nr": "LZ6",
     "federfuehrung": "ST05",
     "beschreibung": _invented("Flächen entwickeln und gezielt vermarkten, besseres Flächenmanagement, Flächen für "
                               "kleine und mittlere Handwerksbetriebe (lokalkompass, 2020; OWT, Dez. 2019).")},
    {"fp_nr": "FP11", "fokusprojekt": "Beispiel: Lebendige Innenstädte", "lz_nr": "LZ6", "federfuehrung": "ST05",
     "beschreibung": _invented("Handel in den Innenstädten und Leerstandsmanagement (lokalkompass, 2020).")},
    {"fp_nr": "FP12", "fokusprojekt": "Beispiel: Stadtmarketing und Stadtmarke", "lz_nr": "LZ7",
     "federfuehrung": "ST01",
     "beschreibung": _invented("einheitliche Werbestrategie und neu geordnetes Stadtmarketing (WAZ, Okt. 2020); "
                               "geschärfte Stadtmarke (Update 2023).")},
]


# --- Maßnahmen with their milestones and involvements --------------------------------------------
# Each entry: measure fields, then "meilensteine" as (Meilenstein, Fällig am, Erreicht am, Status) and
# "beteiligte" as (ST-Nr., Rolle). Federführung is never repeated in "beteiligte".

_B, _I = "beteiligt", "informiert"
_OPEN, _DONE, _MOVED, _DROPPED = "offen", "erreicht", "verschoben", "entfallen"

_MEASURES: list[dict[str, object]] = [
    # LZ1 wirtschaftsfreundlich
    dict(nr="M01", massnahme="Beispiel: Digitale Bauakte einführen", lz_nr="LZ1", fp_nr="FP01",
         federfuehrung="ST04", status="in Umsetzung", umsetzungsstand=85.0, beginn="2020-09-01",
         ende="2025-12-31", prioritaet="hoch", gewicht=2.0, kosten=450_000.0,
         sachstand="Altakten weitgehend digitalisiert. Die Anbindung an das Fachverfahren verzögert sich; "
                   "der Echtbetrieb ist auf das erste Quartal 2027 verschoben.",
         meilensteine=[("Konzept liegt vor", "2021-03-31", "2021-05-17", _DONE),
                       ("Ausschreibung", "2022-03-31", "2022-03-28", _DONE),
                       ("Pilotbetrieb", "2024-06-30", "2024-11-15", _DONE),
                       ("Echtbetrieb", "2027-03-31", None, _MOVED)],
         beteiligte=[("ST02", _B), ("ST07", _I), ("ST20", _I)]),
    dict(nr="M02", massnahme="Beispiel: Baulotse als feste Ansprechperson für Bauvorhaben", lz_nr="LZ1",
         fp_nr="FP01", federfuehrung="ST02", status="abgeschlossen", umsetzungsstand=100.0, beginn="2020-07-01",
         ende="2021-12-31", prioritaet="hoch",
         sachstand="Baulotse seit Ende 2021 im Regelbetrieb.",
         meilensteine=[("Konzept liegt vor", "2020-10-31", "2020-10-20", _DONE),
                       ("Stelle besetzt", "2021-06-30", "2021-09-01", _DONE),
                       ("Regelbetrieb", "2021-12-31", "2021-12-13", _DONE)],
         beteiligte=[("ST05", _B), ("ST07", _B), ("ST08", _I)]),
    dict(nr="M03", massnahme="Beispiel: Online-Statusabfrage für Bauanträge", lz_nr="LZ1", fp_nr="FP01",
         federfuehrung="ST04", status="in Planung", umsetzungsstand=30.0, beginn="2023-01-01", ende="2027-06-30",
         prioritaet="mittel", kosten=120_000.0,
         sachstand="Die Abstimmung der Anforderungen mit dem Fachverfahren dauert länger als geplant.",
         meilensteine=[("Konzept liegt vor", "2023-09-30", "2023-11-10", _DONE),
                       ("Anforderungen abgestimmt", "2026-09-30", None, _OPEN),
                       ("Pilotbetrieb", "2027-04-30", None, _OPEN)],
         beteiligte=[("ST02", _B), ("ST05", _I)]),
    dict(nr="M04", massnahme="Beispiel: Oberhausener Wirtschaftsbeirat einrichten", lz_nr="LZ1", fp_nr="FP02",
         federfuehrung="ST01", status="abgeschlossen", umsetzungsstand=100.0, beginn="2020-09-01",
         ende="2021-06-30", prioritaet="hoch",
         sachstand="Der Beirat tagt regelmäßig.",
         meilensteine=[("Geschäftsordnung beschlossen", "2021-02-28", "2021-03-15", _DONE),
                       ("Konstituierende Sitzung", "2021-06-30", "2021-06-24", _DONE)],
         beteiligte=[("ST05", _B), ("ST07", _B), ("ST08", _B), ("ST10", _B)]),
    dict(nr="M05", massnahme="Beispiel: Kümmerer-Netzwerk in der Verwaltung", lz_nr="LZ1", fp_nr="FP02",
         federfuehrung="ST02", status="Daueraufgabe", umsetzungsstand=60.0, beginn="2021-01-01",
         prioritaet="mittel",
         sachstand="Feste Ansprechpersonen in den wirtschaftsnahen Fachbereichen benannt; Austausch zweimal jährlich.",
         meilensteine=[("Ansprechpersonen benannt", "2021-06-30", "2021-07-12", _DONE),
                       ("Erstes Netzwerktreffen", "2021-10-31", "2021-10-28", _DONE),
                       ("Netzwerktreffen Winter 2026", "2026-12-10", None, _OPEN)],
         beteiligte=[("ST04", _B), ("ST05", _B)]),
    dict(nr="M06", massnahme="Beispiel: Zertifizierung als mittelstandsorientierte Kommune", lz_nr="LZ1",
         federfuehrung="ST02", status="in Umsetzung", umsetzungsstand=70.0, beginn="2023-09-01", ende="2027-06-30",
         prioritaet="hoch", kosten=25_000.0,
         sachstand="Vorhaben aus dem Update 2023 (oberhausen.de). Selbstbewertung abgeschlossen; das Audit ist für "
                   "Dezember 2026 angesetzt.",
         meilensteine=[("Bestandsaufnahme abgeschlossen", "2024-06-30", "2024-07-10", _DONE),
                       ("Audit", "2026-12-15", None, _OPEN),
                       ("Zertifikat erhalten", "2027-06-30", None, _OPEN)],
         beteiligte=[("ST05", _B), ("ST07", _B), ("ST08", _I)]),
    dict(nr="M07", massnahme="Beispiel: Monitoring und Fortschreibung des Masterplans", lz_nr="LZ1",
         federfuehrung="ST02", status="Daueraufgabe", umsetzungsstand=70.0, beginn="2020-06-01", prioritaet="hoch",
         ratsvorlage="Vorlage - B/16/5945-01; Vorlage - B/17/3829-01",
         sachstand="Am 22.2.2023 zog der Lenkungskreis Bilanz: ein Drittel der Maßnahmen umgesetzt, ein Drittel vor "
                   "dem Abschluss, ein Drittel in Erarbeitung; ein Update wurde im Sommer 2023 vorgestellt "
                   "(oberhausen.de). Die Ratsvorlagen betreffen den Masterplan insgesamt.",
         meilensteine=[("Bestandsaufnahme im Lenkungskreis", "2023-02-22", "2023-02-22", _DONE),
                       ("Fortschrittsbericht an den Lenkungskreis", "2026-12-08", None, _OPEN),
                       ("Entwurf der Fortschreibung liegt vor", "2027-02-15", None, _OPEN)],
         beteiligte=[("ST01", _B), ("ST05", _B), ("ST07", _I), ("ST20", _I)]),
    # LZ2 qualifiziert
    dict(nr="M08", massnahme="Beispiel: Glasfaseranschluss aller Schulstandorte", lz_nr="LZ2", fp_nr="FP03",
         federfuehrung="ST04", status="abgeschlossen", umsetzungsstand=100.0, beginn="2020-09-01",
         ende="2024-03-31", prioritaet="hoch",
         sachstand="Laut oh-stadtmagazin.de (Jan. 2024) sollten bis März 2024 alle Schulstandorte an das "
                   "Glasfasernetz angeschlossen sein.",
         meilensteine=[("Ausschreibung", "2021-06-30", "2021-06-30", _DONE),
                       ("Hälfte der Standorte angeschlossen", "2022-12-31", "2023-03-31", _DONE),
                       ("Alle Standorte angeschlossen", "2024-03-31", "2024-03-28", _DONE)],
         beteiligte=[("ST03", _B), ("ST19", _I)]),
    dict(nr="M09", massnahme="Beispiel: Digitale Präsentationstechnik in allen Klassenräumen", lz_nr="LZ2",
         fp_nr="FP03", federfuehrung="ST04", status="abgeschlossen", umsetzungsstand=100.0, beginn="2020-09-01",
         ende="2023-12-31", prioritaet="hoch",
         sachstand="Laut oh-stadtmagazin.de (Jan. 2024) haben alle rund 1.300 Klassenräume eine digitale Anzeige; "
                   "rund 16.200 Endgeräte wurden ausgegeben, insgesamt rund 26 Mio. € investiert.",
         meilensteine=[("Ausstattungskonzept liegt vor", "2020-12-31", "2021-02-15", _DONE),
                       ("Ausschreibung", "2021-06-30", "2021-07-05", _DONE),
                       ("Ausstattung abgeschlossen", "2023-12-31", "2023-12-20", _DONE)],
         beteiligte=[("ST01", _B), ("ST20", _I)]),
    dict(nr="M10", massnahme="Beispiel: Online-Berufsberatung mit Personalverantwortlichen", lz_nr="LZ2",
         fp_nr="FP03", federfuehrung="ST11", status="in Umsetzung", umsetzungsstand=75.0, beginn="2022-01-01",
         ende="2027-07-31", prioritaet="mittel",
         sachstand="Digitale Sprechstunden mit Ausbildungsbetrieben laufen an ersten Schulen.",
         meilensteine=[("Pilotbetrieb", "2022-09-30", "2022-10-15", _DONE),
                       ("Kooperationsvereinbarung unterzeichnet", "2023-06-30", "2023-06-30", _DONE),
                       ("Ausweitung auf alle weiterführenden Schulen", "2027-06-30", None, _OPEN)],
         beteiligte=[("ST07", _B), ("ST08", _B), ("ST12", _B), ("ST04", _I)]),
    dict(nr="M11", massnahme="Beispiel: Kampagne für die duale Ausbildung", lz_nr="LZ2", fp_nr="FP04",
         federfuehrung="ST07", status="abgeschlossen", umsetzungsstand=100.0, beginn="2020-10-01",
         ende="2022-09-30", prioritaet="hoch", kosten=60_000.0,
         sachstand="Kampagne mit Ausbildungsbetrieben aus Industrie, Handel und Handwerk umgesetzt.",
         meilensteine=[("Kampagnenkonzept liegt vor", "2021-01-31", "2021-01-29", _DONE),
                       ("Kampagnenstart", "2021-04-30", "2021-05-03", _DONE),
                       ("Auswertung", "2022-09-30", "2022-09-30", _DONE)],
         beteiligte=[("ST08", _B), ("ST09", _B), ("ST11", _B), ("ST13", _I)]),
    dict(nr="M12", massnahme="Beispiel: Kooperation von Forschung und kleinen Ausbildungsbetrieben", lz_nr="LZ2",
         fp_nr="FP04", federfuehrung="ST15", status="in Planung", umsetzungsstand=40.0, beginn="2023-03-01",
         ende="2027-12-31", prioritaet="mittel",
         sachstand="Kooperationsmodell mit zwei Pilotbetrieben abgestimmt; der Förderantrag ist noch nicht beschieden.",
         meilensteine=[("Bedarfsabfrage bei Betrieben", "2023-09-30", "2023-10-20", _DONE),
                       ("Förderantrag gestellt", "2024-06-30", "2024-06-27", _DONE),
                       ("Fördermittelbescheid", "2026-12-20", None, _OPEN),
                       ("Pilotbetrieb", "2027-06-30", None, _OPEN)],
         beteiligte=[("ST14", _B), ("ST07", _B), ("ST09", _I)]),
    dict(nr="M13", massnahme="Beispiel: Zukunftscampus der Baubranche", lz_nr="LZ2", federfuehrung="ST01",
         status="in Planung", umsetzungsstand=45.0, beginn="2023-09-01", ende="2028-12-31", prioritaet="hoch",
         gewicht=2.0,
         sachstand="Der „Zukunftscampus der Baubranche“ ist eines der 11 Eckpunkte des vom Rat am 25.9.2023 "
                   "beschlossenen Eckpunktepapiers „Fachkräfte sichern. Beschäftigung schaffen. Teilhabe fördern.“ "
                   "(oberhausen.de). Träger- und Standortfragen werden geklärt.",
         meilensteine=[("Ratsbeschluss Eckpunktepapier", "2023-09-25", "2023-09-25", _DONE),
                       ("Machbarkeitsstudie liegt vor", "2025-06-30", "2025-09-30", _DONE),
                       ("Trägermodell vereinbart", "2027-01-31", None, _OPEN),
                       ("Baubeginn", "2028-03-31", None, _OPEN)],
         beteiligte=[("ST08", _B), ("ST09", _B), ("ST11", _B), ("ST12", _B)]),
    dict(nr="M14", massnahme="Beispiel: Anwerbung internationaler Fachkräfte", lz_nr="LZ2", federfuehrung="ST11",
         status="in Planung", umsetzungsstand=30.0, beginn="2025-06-01", ende="2028-06-30", prioritaet="mittel",
         sachstand="Vorhaben aus dem Update 2023 (oberhausen.de). Das Beratungsangebot für Betriebe wird mit den "
                   "Kammern abgestimmt.",
         meilensteine=[("Bedarfsanalyse", "2025-12-31", "2026-02-15", _DONE),
                       ("Beratungsangebot startet", "2027-02-01", None, _OPEN),
                       ("Evaluation", "2028-03-31", None, _OPEN)],
         beteiligte=[("ST07", _B), ("ST08", _B), ("ST12", _I)]),
    # LZ3 innovativ
    dict(nr="M15", massnahme="Beispiel: Porträtreihe zu „Hidden Innovations“", lz_nr="LZ3", fp_nr="FP05",
         federfuehrung="ST05", status="abgeschlossen", umsetzungsstand=100.0, beginn="2021-01-01",
         ende="2022-12-31", prioritaet="mittel", kosten=35_000.0,
         sachstand="Porträts von Unternehmen mit wenig bekannten Innovationen veröffentlicht.",
         meilensteine=[("Auswahl der Unternehmen", "2021-06-30", "2021-06-21", _DONE),
                       ("Erste Veröffentlichung", "2021-10-31", "2021-11-30", _DONE),
                       ("Abschlussveranstaltung", "2022-11-30", "2022-11-24", _DONE)],
         beteiligte=[("ST07", _B), ("ST14", _I), ("ST15", _I)]),
    dict(nr="M16", massnahme="Beispiel: Innovationspreis für Oberhausener Unternehmen", lz_nr="LZ3", fp_nr="FP05",
         federfuehrung="ST16", status="zurückgestellt", umsetzungsstand=10.0, beginn="2022-01-01",
         ende="2027-12-31", prioritaet="niedrig", kosten=20_000.0,
         sachstand="Zurückgestellt, bis die Porträtreihe ausgewertet ist; Wiederaufnahme frühestens 2027.",
         meilensteine=[("Konzept liegt vor", "2022-06-30", "2022-08-31", _DONE),
                       ("Erste Preisverleihung", "2027-11-30", None, _MOVED)],
         beteiligte=[("ST05", _B), ("ST07", _I)]),
    dict(nr="M17", massnahme="Beispiel: Innovationsnetzwerk mit der Hochschule Ruhr West", lz_nr="LZ3",
         fp_nr="FP05", federfuehrung="ST15", status="Daueraufgabe", umsetzungsstand=50.0, beginn="2020-10-01",
         prioritaet="mittel",
         sachstand="Regelmäßige Transferveranstaltungen; knüpft an die im Januar 2020 angekündigten Pläne der HRW für "
                   "ein Gründungszentrum und ein Schülerlabor in Oberhausen an (ikz-online).",
         meilensteine=[("Kooperationsvereinbarung unterzeichnet", "2021-03-31", "2021-04-20", _DONE),
                       ("Transfertag 2026", "2026-12-03", None, _OPEN)],
         beteiligte=[("ST05", _B), ("ST14", _B)]),
    dict(nr="M18", massnahme="Beispiel: Reallabor für zirkuläre Wirtschaft", lz_nr="LZ3", fp_nr="FP06",
         federfuehrung="ST14", status="in Umsetzung", umsetzungsstand=85.0, beginn="2021-04-01", ende="2026-12-31",
         prioritaet="hoch", kosten=250_000.0,
         sachstand="Versuchsphase beendet; der Abschlussbericht ist in Arbeit.",
         meilensteine=[("Auftaktveranstaltung", "2021-06-30", "2021-06-30", _DONE),
                       ("Zwischenbericht an den Lenkungskreis", "2023-06-30", "2023-06-29", _DONE),
                       ("Abschlussbericht", "2026-12-20", None, _OPEN)],
         beteiligte=[("ST02", _B), ("ST05", _B), ("ST15", _I)]),
    dict(nr="M19", massnahme="Beispiel: Pilotprojekte mit Fraunhofer UMSICHT für kleine und mittlere Unternehmen",
         lz_nr="LZ3", fp_nr="FP06", federfuehrung="ST14", status="abgeschlossen", umsetzungsstand=100.0,
         beginn="2020-09-01", ende="2023-06-30", prioritaet="mittel",
         sachstand="Pilotprojekte abgeschlossen; Ergebnisse im Wirtschaftsbeirat vorgestellt.",
         meilensteine=[("Projektauswahl", "2021-01-31", "2021-01-31", _DONE),
                       ("Zwischenbericht", "2022-03-31", "2022-05-10", _DONE),
                       ("Abschlussbericht", "2023-06-30", "2023-06-15", _DONE)],
         beteiligte=[("ST05", _B), ("ST07", _I)]),
    dict(nr="M20", massnahme="Beispiel: Innovationsquartier", lz_nr="LZ3", fp_nr="FP06", federfuehrung="ST02",
         status="in Planung", umsetzungsstand=40.0, beginn="2024-01-01", ende="2028-12-31", prioritaet="hoch",
         sachstand="Projekt aus dem Update 2023 (oberhausen.de). Standortalternativen werden geprüft.",
         meilensteine=[("Standortanalyse", "2024-12-31", "2025-03-31", _DONE),
                       ("Ratsbeschluss", "2027-02-18", None, _OPEN),
                       ("Ausschreibung", "2027-09-30", None, _OPEN)],
         beteiligte=[("ST05", _B), ("ST14", _B), ("ST15", _B), ("ST16", _I)]),
    # LZ4 smart
    dict(nr="M21", massnahme="Beispiel: Bedarfsanalyse „weiße Flecken“ und Ausbaupriorisierung", lz_nr="LZ4",
         fp_nr="FP07", federfuehrung="ST03", status="abgeschlossen", umsetzungsstand=100.0, beginn="2020-06-01",
         ende="2020-12-31", prioritaet="hoch",
         sachstand="Laut Leitziel-Seite sollte das Konzept „Oberhausen fast & connected“ bis Herbst 2020 vorliegen.",
         meilensteine=[("Bedarfsanalyse abgeschlossen", "2020-08-31", "2020-08-31", _DONE),
                       ("Konzept liegt vor", "2020-10-31", "2020-12-15", _DONE)],
         beteiligte=[("ST04", _B), ("ST05", _B)]),
    dict(nr="M22", massnahme="Beispiel: Geförderter Glasfaserausbau in unterversorgten Gebieten", lz_nr="LZ4",
         fp_nr="FP07", federfuehrung="ST03", status="in Umsetzung", umsetzungsstand=90.0, beginn="2021-01-01",
         ende="2027-06-30", prioritaet="hoch", gewicht=2.0, kosten=8_500_000.0,
         sachstand="Eckdaten laut WAZ: 8,5 Mio. € (Bund und Land je rund 4,3 Mio. €), 564 Haushalte und 62 "
                   "Unternehmen, rund 70 km Kabel, Bau ab 2021.",
         meilensteine=[("Vergabe der Bauleistungen", "2021-09-30", "2021-11-15", _DONE),
                       ("Drei Viertel der Anschlüsse fertig", "2025-06-30", "2025-10-31", _DONE),
                       ("Restarbeiten abgeschlossen", "2027-06-30", None, _OPEN)],
         beteiligte=[("ST19", _B), ("ST04", _I)]),
    dict(nr="M23", massnahme="Beispiel: Glasfaser für Gewerbegebiete (Sonderaufruf Gewerbe)", lz_nr="LZ4",
         fp_nr="FP07", federfuehrung="ST03", status="in Umsetzung", umsetzungsstand=60.0, beginn="2024-07-01",
         ende="2027-12-31", prioritaet="hoch", kosten=1_400_000.0,
         sachstand="Eckdaten laut oberhausen.de: rund 1,4 Mio. €, bis zu 251 Gewerbeadressen u. a. in Sterkrader "
                   "Venn, Pfälzer Straße, Fernewaldstraße, Waldteich-West/-Ost, Max-Eyth-Straße, Brinkstraße und "
                   "Ruhrorter Straße; Start Juli 2024.",
         meilensteine=[("Projektstart", "2024-07-01", "2024-07-01", _DONE),
                       ("Erste Gebiete angeschlossen", "2026-06-30", "2026-08-14", _DONE),
                       ("Zwischenbericht an den Fördermittelgeber", "2027-01-31", None, _OPEN),
                       ("Alle Adressen angeschlossen", "2027-12-31", None, _OPEN)],
         beteiligte=[("ST05", _B), ("ST19", _B), ("ST07", _I)]),
    dict(nr="M24", massnahme="Beispiel: WLAN in den Innenstädten", lz_nr="LZ4", fp_nr="FP07", federfuehrung="ST04",
         status="in Umsetzung", umsetzungsstand=70.0, beginn="2021-06-01", ende="2025-06-30", prioritaet="mittel",
         kosten=180_000.0,
         sachstand="Erste Standorte in Betrieb; die übrigen verzögern sich, weil Zustimmungen von "
                   "Gebäudeeigentümern fehlen.",
         meilensteine=[("Standorte festgelegt", "2021-12-31", "2021-12-15", _DONE),
                       ("Ausschreibung", "2022-06-30", "2022-10-31", _DONE),
                       ("Inbetriebnahme erster Standorte", "2023-06-30", "2023-09-29", _DONE),
                       ("Inbetriebnahme aller Standorte", "2025-06-30", None, _OPEN)],
         beteiligte=[("ST05", _B), ("ST03", _I)]),
    dict(nr="M25", massnahme="Beispiel: Umsetzung der Smart-City-Strategie", lz_nr="LZ4", federfuehrung="ST04",
         status="in Umsetzung", umsetzungsstand=50.0, beginn="2023-09-01", ende="2028-06-30", prioritaet="hoch",
         gewicht=2.0, kosten=15_100_000.0,
         sachstand="Vorhaben aus dem Update 2023 (oberhausen.de). Bundesmodellprojekt Smart City: 13,6 Mio. € Bund und "
                   "1,5 Mio. € Stadt (WAZ). Entwicklungsziele der Strategie: prosperierende Stadt, Chancenstadt, "
                   "nachhaltige Stadt, attraktive Stadt (smart-city-dialog.de).",
         meilensteine=[("Umsetzungsplan liegt vor", "2024-03-31", "2024-04-30", _DONE),
                       ("Erste Projekte gestartet", "2024-12-31", "2024-12-31", _DONE),
                       ("Zwischenbericht", "2026-12-31", None, _OPEN),
                       ("Abschluss der Modellphase", "2028-06-30", None, _OPEN)],
         beteiligte=[("ST02", _B), ("ST03", _B), ("ST20", _I)]),
    dict(nr="M26", massnahme="Beispiel: Sharing- und E-Mobilitätsangebote in Gewerbegebieten", lz_nr="LZ4",
         fp_nr="FP08", federfuehrung="ST02", status="nicht begonnen", umsetzungsstand=0.0, beginn="2027-04-01",
         ende="2028-12-31", prioritaet="niedrig",
         sachstand="Start nach dem Standortkonzept für Mobilstationen (M27) vorgesehen.",
         meilensteine=[("Konzept liegt vor", "2027-09-30", None, _OPEN),
                       ("Pilotbetrieb", "2028-06-30", None, _OPEN)],
         beteiligte=[("ST05", _B), ("ST17", _I)]),
    dict(nr="M27", massnahme="Beispiel: Mobilstationen an Verkehrsknoten", lz_nr="LZ4", fp_nr="FP08",
         federfuehrung="ST01", status="in Planung", umsetzungsstand=40.0, beginn="2023-06-01", ende="2027-12-31",
         prioritaet="mittel", kosten=300_000.0,
         sachstand="Standortkonzept liegt vor; der Förderantrag verzögert sich.",
         meilensteine=[("Standortkonzept liegt vor", "2024-03-31", "2024-05-31", _DONE),
                       ("Förderantrag gestellt", "2026-10-15", None, _OPEN),
                       ("Bau der ersten Station", "2027-09-30", None, _OPEN)],
         beteiligte=[("ST02", _B), ("ST17", _B)]),
    # LZ5 lebenswert
    dict(nr="M28", massnahme="Beispiel: Wohnen im Gewerbehof – Pilotstandort", lz_nr="LZ5", fp_nr="FP09",
         federfuehrung="ST02", status="in Planung", umsetzungsstand=25.0, beginn="2022-01-01", ende="2026-06-30",
         prioritaet="mittel",
         sachstand="Eigentümergespräche für einen Pilotstandort bisher ohne Ergebnis; der Zeitplan muss neu "
                   "aufgestellt werden.",
         meilensteine=[("Machbarkeitsstudie liegt vor", "2022-12-31", "2023-04-28", _DONE),
                       ("Pilotstandort gesichert", "2025-06-30", None, _OPEN),
                       ("Planungsrecht geschaffen", "2026-06-30", None, _OPEN)],
         beteiligte=[("ST05", _B), ("ST06", _B), ("ST08", _I)]),
    dict(nr="M29", massnahme="Beispiel: Loft-Wohnen in Bestandsgebäuden", lz_nr="LZ5", fp_nr="FP09",
         federfuehrung="ST01", status="entfallen", umsetzungsstand=10.0, beginn="2021-01-01", ende="2023-12-31",
         prioritaet="niedrig",
         sachstand="Entfallen; die Inhalte werden in M28 und M30 weitergeführt.",
         meilensteine=[("Gebäudeauswahl", "2021-09-30", "2021-10-29", _DONE),
                       ("Investorenansprache", "2023-06-30", None, _DROPPED)],
         beteiligte=[("ST02", _B), ("ST06", _I)]),
    dict(nr="M30", massnahme="Beispiel: Quartierskonzept für integratives Wohnen", lz_nr="LZ5", fp_nr="FP09",
         federfuehrung="ST01", status="abgeschlossen", umsetzungsstand=100.0, beginn="2022-04-01",
         ende="2025-09-30", prioritaet="mittel",
         sachstand="Konzept liegt vor und wird in der Quartiersentwicklung angewendet.",
         meilensteine=[("Beteiligungsworkshops", "2022-10-31", "2022-11-10", _DONE),
                       ("Konzept liegt vor", "2025-06-30", "2025-08-29", _DONE),
                       ("Ratsbeschluss", "2025-09-30", "2025-09-25", _DONE)],
         beteiligte=[("ST02", _B), ("ST06", _B)]),
    dict(nr="M31", massnahme="Beispiel: Randzeiten-Betreuung für Kinder von Beschäftigten", lz_nr="LZ5",
         federfuehrung="ST01", status="in Umsetzung", umsetzungsstand=50.0, beginn="2021-08-01", ende="2024-12-31",
         prioritaet="hoch", kosten=90_000.0, ampel="gelb",
         sachstand="Zwei Kitas bieten Betreuung bis 20 Uhr an; die Anschlussfinanzierung ist zugesagt, die "
                   "Verlängerung bis 2027 muss noch beschlossen werden. Ampel manuell auf gelb gesetzt (berechnet "
                   "wäre rot, da das Ende überschritten ist).",
         meilensteine=[("Bedarfsabfrage bei Unternehmen", "2021-12-31", "2022-02-28", _DONE),
                       ("Pilotbetrieb", "2022-08-31", "2022-09-01", _DONE),
                       ("Verlängerung beschlossen", "2027-01-20", None, _OPEN)],
         beteiligte=[("ST10", _B), ("ST12", _B), ("ST13", _B)]),
    dict(nr="M32", massnahme="Beispiel: Netzwerk familienfreundlicher Unternehmen", lz_nr="LZ5",
         federfuehrung="ST10", status="abgeschlossen", umsetzungsstand=100.0, beginn="2020-11-01",
         ende="2022-06-30", prioritaet="mittel",
         sachstand="Netzwerk gegründet; Beratung zur Vereinbarkeit von Beruf und Pflege von Angehörigen eingerichtet.",
         meilensteine=[("Auftaktveranstaltung", "2021-03-31", "2021-03-24", _DONE),
                       ("Beratungsangebot startet", "2022-03-31", "2022-06-01", _DONE)],
         beteiligte=[("ST13", _B), ("ST11", _I)]),
    # LZ6 resilient
    dict(nr="M33", massnahme="Beispiel: Wirtschaftsflächenkonzept erstellen", lz_nr="LZ6", fp_nr="FP10",
         federfuehrung="ST02", status="abgeschlossen", umsetzungsstand=100.0, beginn="2021-01-01",
         ende="2022-12-31", prioritaet="hoch",
         sachstand="Das Wirtschaftsflächenkonzept 2022 (beauftragt von der OWT) ermittelt rund 60 ha Potenzial auf "
                   "40 Flächen, überwiegend vorgenutzt; zuständig laut istek-Wiki: Dezernat 0 / Strategische "
                   "Planung.",
         meilensteine=[("Vergabe des Gutachtens", "2021-06-30", "2021-05-31", _DONE),
                       ("Entwurf liegt vor", "2022-06-30", "2022-09-30", _DONE),
                       ("Konzept liegt vor", "2022-12-31", "2022-12-15", _DONE)],
         beteiligte=[("ST05", _B), ("ST17", _I)]),
    dict(nr="M34", massnahme="Beispiel: Aktives Flächenmanagement mit Eigentümern und Investoren", lz_nr="LZ6",
         fp_nr="FP10", federfuehrung="ST05", status="in Umsetzung", umsetzungsstand=50.0, beginn="2023-06-01",
         ende="2028-12-31", prioritaet="hoch", gewicht=2.0,
         sachstand="Ziel laut Oberbürgermeister (Arbeitsmarktkonferenz Mai 2023, lokalklick.eu): 60 ha bis 2032 "
                   "gemeinsam mit Eigentümern und Investoren entwickeln.",
         meilensteine=[("Flächenpässe für Top-Flächen", "2024-06-30", "2024-06-30", _DONE),
                       ("Erste Runde Eigentümergespräche", "2025-12-31", "2026-03-31", _DONE),
                       ("Vermarktungsoffensive", "2027-01-15", None, _OPEN)],
         beteiligte=[("ST02", _B), ("ST06", _B), ("ST16", _B), ("ST18", _I)]),
    dict(nr="M35", massnahme="Beispiel: Flächen für kleine und mittlere Handwerksbetriebe", lz_nr="LZ6",
         fp_nr="FP10", federfuehrung="ST08", status="in Planung", umsetzungsstand=30.0, beginn="2022-06-01",
         ende="2027-06-30", prioritaet="mittel",
         sachstand="Zwei geeignete Flächen identifiziert; die Verhandlungen mit den Eigentümern stocken.",
         meilensteine=[("Bedarfsabfrage", "2022-12-31", "2023-02-28", _DONE),
                       ("Flächenauswahl", "2026-08-31", None, _OPEN),
                       ("Vermarktung", "2027-06-30", None, _OPEN)],
         beteiligte=[("ST05", _B), ("ST09", _B)]),
    dict(nr="M36", massnahme="Beispiel: Masterplan Handwerk", lz_nr="LZ6", federfuehrung="ST09",
         status="in Planung", umsetzungsstand=50.0, beginn="2024-09-01", ende="2027-12-31", prioritaet="hoch",
         kosten=40_000.0,
         sachstand="Vorhaben aus dem Update 2023 (oberhausen.de). Der Entwurf wird mit Handwerkskammer und Innungen "
                   "abgestimmt.",
         meilensteine=[("Auftaktworkshop", "2024-11-30", "2024-11-28", _DONE),
                       ("Entwurf liegt vor", "2026-12-18", None, _OPEN),
                       ("Ratsbeschluss", "2027-06-30", None, _OPEN)],
         beteiligte=[("ST08", _B), ("ST05", _B), ("ST02", _I)]),
    dict(nr="M37", massnahme="Beispiel: Leerstands- und Zentrenmanagement für die Innenstädte", lz_nr="LZ6",
         fp_nr="FP11", federfuehrung="ST05", status="in Umsetzung", umsetzungsstand=55.0, beginn="2021-09-01",
         ende="2027-12-31", prioritaet="hoch", kosten=430_000.0,
         sachstand="Leerstandskataster aufgebaut. Laut WAZ ist bei der OWT ein neues Zentrenmanagement mit 2 "
                   "Vollzeitstellen geplant (Zuschuss +430.000 €).",
         meilensteine=[("Leerstandskataster aufgebaut", "2022-06-30", "2022-09-30", _DONE),
                       ("Erste Zwischennutzungen vermittelt", "2023-12-31", "2023-12-29", _DONE),
                       ("Stellen im Zentrenmanagement besetzt", "2027-01-31", None, _OPEN)],
         beteiligte=[("ST02", _B), ("ST07", _B), ("ST16", _I)]),
    dict(nr="M38", massnahme="Beispiel: Bestandspflege durch Unternehmensbesuche", lz_nr="LZ6", federfuehrung="ST05",
         status="Daueraufgabe", umsetzungsstand=50.0, beginn="2020-07-01", prioritaet="mittel",
         sachstand="Regelmäßige Besuche bei Bestandsunternehmen; Ergebnisse fließen in einen Jahresbericht.",
         meilensteine=[("Besuchsprogramm festgelegt", "2020-12-31", "2020-12-18", _DONE),
                       ("Jahresbericht 2025", "2026-03-31", "2026-04-15", _DONE),
                       ("Jahresbericht 2026", "2027-03-31", None, _OPEN)],
         beteiligte=[("ST07", _B), ("ST08", _B), ("ST10", _I)]),
    # LZ7 selbstbewusst
    dict(nr="M39", massnahme="Beispiel: Stadtmarketing neu ordnen", lz_nr="LZ7", fp_nr="FP12", federfuehrung="ST01",
         status="abgeschlossen", umsetzungsstand=100.0, beginn="2020-10-01", ende="2022-12-31", prioritaet="hoch",
         sachstand="Laut WAZ (Okt. 2020) fordert der Masterplan ein völlig neu geordnetes Stadtmarketing: "
                   "Zuständigkeiten klären, Kapazitäten erhöhen, Aktivitäten bündeln.",
         meilensteine=[("Organisationsgutachten liegt vor", "2021-06-30", "2021-08-31", _DONE),
                       ("Ratsbeschluss", "2022-03-31", "2022-03-28", _DONE),
                       ("Neue Struktur arbeitet", "2022-12-31", "2022-12-30", _DONE)],
         beteiligte=[("ST05", _B), ("ST10", _B)]),
    dict(nr="M40", massnahme="Beispiel: Einheitliche Werbestrategie und Stadtmarke", lz_nr="LZ7", fp_nr="FP12",
         federfuehrung="ST05", status="in Umsetzung", umsetzungsstand=85.0, beginn="2022-01-01", ende="2026-12-31",
         prioritaet="hoch", kosten=150_000.0, ampel="gelb",
         sachstand="Update 2023: Stadtmarke schärfen (oberhausen.de). Das Markenhandbuch ist im Entwurf; die "
                   "Abstimmung mit den Partnern dauert länger, daher Ampel manuell auf gelb gesetzt.",
         meilensteine=[("Markenstrategie liegt vor", "2023-03-31", "2023-06-30", _DONE),
                       ("Markenhandbuch veröffentlicht", "2026-12-15", None, _OPEN)],
         beteiligte=[("ST01", _B), ("ST10", _B), ("ST07", _I)]),
    dict(nr="M41", massnahme="Beispiel: Tourismus- und Entertainment-Angebote gemeinsam vermarkten", lz_nr="LZ7",
         fp_nr="FP12", federfuehrung="ST05", status="in Umsetzung", umsetzungsstand=60.0, beginn="2021-01-01",
         ende="2027-12-31", prioritaet="mittel",
         sachstand="Gemeinsame Angebotspakete mit Freizeit- und Kulturanbietern. Die Übernachtungen erreichten 2023 "
                   "mit 608.456 einen Rekord (OWT).",
         meilensteine=[("Partnervereinbarung", "2021-06-30", "2021-06-30", _DONE),
                       ("Erste Angebotspakete", "2022-03-31", "2022-04-01", _DONE),
                       ("Onlineportal gestartet", "2027-03-31", None, _OPEN)],
         beteiligte=[("ST18", _B), ("ST06", _I)]),
    dict(nr="M42", massnahme="Beispiel: Imagekampagne mit Oberhausener Unternehmen", lz_nr="LZ7",
         federfuehrung="ST10", status="zurückgestellt", umsetzungsstand=10.0, beginn="2024-01-01",
         ende="2027-12-31", prioritaet="niedrig",
         sachstand="Zurückgestellt bis zur Fertigstellung der Stadtmarke (M40).",
         meilensteine=[("Konzept liegt vor", "2024-09-30", "2024-10-31", _DONE),
                       ("Kampagnenstart", "2027-09-30", None, _MOVED)],
         beteiligte=[("ST05", _B), ("ST07", _B), ("ST01", _I)]),
]

_MEASURE_FIELDS = (
    "nr", "massnahme", "lz_nr", "fp_nr", "federfuehrung", "status", "ampel", "umsetzungsstand", "beginn", "ende",
    "prioritaet", "gewicht", "kosten", "ratsvorlage", "sachstand",
)


def _measure(entry: dict[str, object]) -> dict[str, object]:
    row = {name: entry.get(name) for name in _MEASURE_FIELDS}
    row["beginn"] = _d(str(entry["beginn"]))
    row["ende"] = _d(str(entry["ende"])) if entry.get("ende") else None
    row["gewicht"] = entry.get("gewicht", 1.0)
    return row


def _milestones(measures: list[dict[str, object]]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for entry in measures:
        for title, due, done, status in entry["meilensteine"]:  # type: ignore[attr-defined]
            rows.append({
                "ms_nr": f"MS{len(rows) + 1:03d}", "nr": entry["nr"], "meilenstein": title, "faellig_am": _d(due),
                "erreicht_am": _d(done) if done else None, "status": status,
            })
    return rows


MASSNAHMEN: list[dict[str, object]] = [_measure(entry) for entry in _MEASURES]
MEILENSTEINE: list[dict[str, object]] = _milestones(_MEASURES)

_PROJECT_INVOLVEMENT: list[tuple[str, str, str]] = [
    ("FP01", "ST07", _B), ("FP01", "ST08", _B),
    ("FP03", "ST11", _B), ("FP03", "ST07", _I),
    ("FP04", "ST08", _B), ("FP04", "ST09", _B), ("FP04", "ST11", _B), ("FP04", "ST12", _B),
    ("FP06", "ST05", _B), ("FP06", "ST15", _B),
    ("FP07", "ST05", _B), ("FP07", "ST19", _B),
    ("FP09", "ST06", _B),
    ("FP10", "ST02", _B), ("FP10", "ST17", _I),
    ("FP12", "ST05", _B), ("FP12", "ST10", _B),
]

BETEILIGUNGEN: list[dict[str, object]] = [
    {"nr": entry["nr"], "st_nr": st_nr, "rolle": rolle}
    for entry in _MEASURES
    for st_nr, rolle in entry["beteiligte"]  # type: ignore[attr-defined]
] + [{"nr": nr, "st_nr": st_nr, "rolle": rolle} for nr, st_nr, rolle in _PROJECT_INVOLVEMENT]


# --- Beschlüsse of the Lenkungskreis ------------------------------------------------------------------
# As of 26.11.2026: two open decisions are overdue, one is due in 2027, the rest erledigt or verworfen.

_BESCHLUSS_ROWS: list[tuple[str, str, str, str | None, str | None, str | None, str]] = [
    ("B-2023-01", "2023-02-22",
     "Den Masterplan fortschreiben: ein Update mit neuen Initiativen zu Fachkräftesicherung, Ausbildung und "
     "Langzeitarbeitslosigkeit erarbeiten (Lenkungskreis vom 22.2.2023 laut oberhausen.de; im Sommer 2023 "
     "vorgestellt).", "M07", None, None, "erledigt"),
    ("B-2025-01", "2025-11-19",
     "Beispiel: Für „Wohnen im Gewerbehof“ einen zweiten möglichen Pilotstandort prüfen und vorschlagen.",
     "M28", "ST02", "2026-05-31", "offen"),
    ("B-2025-02", "2025-11-19",
     "Beispiel: Den Förderantrag für die Mobilstationen bis Mitte Oktober 2026 einreichen.",
     "M27", "ST01", "2026-10-15", "offen"),
    ("B-2026-01", "2026-05-20",
     "Beispiel: Zur Herbstsitzung eine Flächenbilanz zum Leitziel „Oberhausen ist resilient“ vorlegen.",
     "LZ6", "ST05", "2026-11-15", "erledigt"),
    ("B-2026-02", "2026-05-20",
     "Beispiel: Das Trägermodell für den Zukunftscampus der Baubranche mit den Handwerksorganisationen klären.",
     "M13", "ST08", "2027-01-31", "offen"),
    ("B-2026-03", "2026-05-20",
     "Beispiel: Den Innovationspreis schon 2026 ausloben.", "M16", "ST16", "2026-09-30", "verworfen"),
]

BESCHLUESSE: list[dict[str, object]] = [
    {"beschluss_nr": nr, "datum": _d(day), "beschluss": text, "bezug": ref, "zustaendig": owner,
     "frist": _d(deadline) if deadline else None, "status": status}
    for nr, day, text, ref, owner, deadline, status in _BESCHLUSS_ROWS
]


# --- Indikatoren and Indikatorwerte: real figures only, each with its source -------------------------

_BA = "Agentur für Arbeit Oberhausen, Pressemitteilung"
_MONTH_END = "Stichtag hier Monatsende des Berichtsmonats"

INDIKATOREN: list[dict[str, object]] = [
    {"ind_nr": "IND01", "indikator": "Arbeitslosenquote", "lz_nr": "LZ2", "einheit": "%", "zielrichtung": "fallend",
     "basiswert": 9.5, "basisjahr": 2019,
     "quelle": f"Agentur für Arbeit Oberhausen, monatliche Pressemitteilungen (arbeitsagentur.de); Nov. 2019: wp.de "
               f"id228051341. {_MONTH_END}. Kein Zielwert dokumentiert."},
    {"ind_nr": "IND02", "indikator": "Arbeitslose", "lz_nr": "LZ2", "einheit": "Anzahl", "zielrichtung": "fallend",
     "basiswert": 10_892.0, "basisjahr": 2019,
     "quelle": f"Agentur für Arbeit Oberhausen, monatliche Pressemitteilungen (arbeitsagentur.de); {_MONTH_END}. "
               "2019: Jahresdurchschnitt (wp.de id228051341), eingetragen zur Jahresmitte."},
    {"ind_nr": "IND03", "indikator": "Unversorgte Bewerberinnen und Bewerber um Ausbildungsplätze", "lz_nr": "LZ2",
     "einheit": "Anzahl", "zielrichtung": "fallend", "basiswert": 165.0, "basisjahr": 2013,
     "quelle": "Ausbildungsbilanz zum 30.09. (Agentur für Arbeit mit Stadt, Jobcenter, IHK zu Essen, "
               "Kreishandwerkerschaft, Unternehmerverband, DGB); 2013: WAZ 8632220."},
    {"ind_nr": "IND04", "indikator": "Unbesetzte Ausbildungsstellen", "lz_nr": "LZ2", "einheit": "Anzahl",
     "zielrichtung": "fallend", "basiswert": 42.0, "basisjahr": 2013,
     "quelle": "Ausbildungsbilanz zum 30.09. (Agentur für Arbeit Oberhausen); 2013: WAZ 8632220."},
    {"ind_nr": "IND05", "indikator": "Sozialversicherungspflichtig Beschäftigte am Arbeitsort", "lz_nr": "LZ6",
     "einheit": "Anzahl", "zielrichtung": "steigend", "basiswert": 57_700.0, "basisjahr": 2012,
     "quelle": "2022: Pressemitteilung der Stadt Oberhausen 2023 („Rekordbeschäftigung“); 2012 und 2015: WAZ."},
    {"ind_nr": "IND06", "indikator": "Gewerbesteuer-Einnahmen", "lz_nr": "LZ6", "einheit": "Mio. EUR",
     "zielrichtung": "steigend", "basiswert": 89.0, "basisjahr": 2017,
     "quelle": "IT.NRW und Stadt Oberhausen nach waz.de id238465877, id238830293, WAZ 212601647 und ikz-online "
               "(April 2020)."},
    {"ind_nr": "IND07", "indikator": "Gewerbesteuer-Hebesatz", "lz_nr": "LZ1", "einheit": "%",
     "basiswert": 490.0, "basisjahr": 2011,
     "quelle": "Serviceportal der Stadt Oberhausen (580 % seit 01.01.2018, Ratsbeschluss 27.11.2017); frühere "
               "Hebesätze: WAZ. Kontextgröße ohne Ziel und ohne Zielrichtung."},
    {"ind_nr": "IND08", "indikator": "Saldo der Gewerbean- und -abmeldungen", "lz_nr": "LZ3", "einheit": "Anzahl",
     "zielrichtung": "steigend", "basiswert": 363.0, "basisjahr": 2022,
     "quelle": "IT.NRW nach waz.de id237759711 (2022: 1.685 Anmeldungen, 1.322 Abmeldungen)."},
    {"ind_nr": "IND09", "indikator": "Glasfaserversorgung der Stadtfläche", "lz_nr": "LZ4", "einheit": "%",
     "zielrichtung": "steigend", "basiswert": 16.0, "basisjahr": 2023, "zielwert": 100.0, "zieljahr": 2030,
     "quelle": "WAZ 239741619 (um 2023): rund 16 % der Stadtfläche mit Glasfaser, Ziel 100 % bis 2030."},
    {"ind_nr": "IND10", "indikator": "Übernachtungen", "lz_nr": "LZ6", "einheit": "Anzahl",
     "zielrichtung": "steigend", "basiswert": 455_543.0, "basisjahr": 2013,
     "quelle": "IT.NRW (Betriebe ab 10 Betten), veröffentlicht von OWT und Stadt Oberhausen; Jahreswerte."},
    {"ind_nr": "IND11", "indikator": "Gästeankünfte", "lz_nr": "LZ7", "einheit": "Anzahl",
     "zielrichtung": "steigend", "basiswert": 204_316.0, "basisjahr": 2013,
     "quelle": "IT.NRW (Betriebe ab 10 Betten), veröffentlicht von OWT und Stadt Oberhausen; Jahreswerte."},
    {"ind_nr": "IND12", "indikator": "Freie Wirtschaftsflächen", "lz_nr": "LZ6", "einheit": "ha",
     "basiswert": 37.0, "basisjahr": 2019,
     "quelle": "WAZ 234900983 (rund 37 ha 2019, 17 ha 2021). Ohne Zielrichtung: ein kleinerer Bestand kann "
               "erfolgreiche Vermarktung wie Flächenknappheit bedeuten."},
    {"ind_nr": "IND13", "indikator": "Neu entwickelte Wirtschaftsfläche seit 2023 (kumuliert)", "lz_nr": "LZ6",
     "einheit": "ha", "zielrichtung": "steigend", "zielwert": 60.0, "zieljahr": 2032,
     "quelle": "Ziel 60 ha bis 2032 gemeinsam mit Eigentümern und Investoren: Oberbürgermeister auf der "
               "Arbeitsmarktkonferenz Mai 2023 (lokalklick.eu, 24.05.2023) – nicht aus dem Masterplan. Noch keine "
               "Messwerte. Zum Vergleich 2011–2021: 113 ha entwickelt, rund 10 ha pro Jahr (WAZ 236011947)."},
]

_VALUE_ROWS: list[tuple[str, str, float, str]] = [
    # IND01 Arbeitslosenquote; "Vorjahreswert" = the previous year's figure quoted in a later release
    ("IND01", "2019-11-30", 9.5, "wp.de id228051341 (Rekordtief Nov. 2019)"),
    ("IND01", "2022-08-31", 11.1, f"{_BA} 2022-29"),
    ("IND01", "2022-09-30", 10.9, f"{_BA} 2022-36"),
    ("IND01", "2023-04-30", 10.7, f"{_BA} 2023-15"),
    ("IND01", "2023-09-30", 10.1, f"{_BA} 2023-29"),
    ("IND01", "2023-11-30", 10.3, "WAZ 407787482 (Vorjahreswert)"),
    ("IND01", "2023-12-31", 10.4, f"{_BA} 2025-1 (Vorjahreswert)"),
    ("IND01", "2024-01-31", 10.8, f"{_BA} 2025-2 (Vorjahreswert)"),
    ("IND01", "2024-07-31", 11.1, f"{_BA} 2025-13 (Vorjahreswert)"),
    ("IND01", "2024-08-31", 11.2, f"{_BA} 2025-14 (Vorjahreswert)"),
    ("IND01", "2024-10-31", 10.9, f"{_BA} 2025-19 (Vorjahreswert)"),
    ("IND01", "2024-11-30", 10.8, "WAZ 407787482"),
    ("IND01", "2024-12-31", 11.1, f"{_BA} 2025-1"),
    ("IND01", "2025-01-31", 11.2, f"{_BA} 2025-2"),
    ("IND01", "2025-07-31", 11.5, f"{_BA} 2025-13"),
    ("IND01", "2025-08-31", 11.5, f"{_BA} 2025-14"),
    ("IND01", "2025-10-31", 11.3, f"{_BA} 2025-19"),
    ("IND01", "2025-11-30", 11.3, f"{_BA} 2025-22"),
    # IND02 Arbeitslose
    ("IND02", "2019-06-30", 10_892.0, "Jahresdurchschnitt 2019, wp.de id228051341"),
    ("IND02", "2022-08-31", 12_167.0, f"{_BA} 2022-29"),
    ("IND02", "2022-09-30", 11_989.0, f"{_BA} 2022-36"),
    ("IND02", "2023-04-30", 11_778.0, f"{_BA} 2023-15"),
    ("IND02", "2023-09-30", 11_215.0, f"{_BA} 2023-29"),
    ("IND02", "2024-11-30", 12_051.0, "WAZ 407787482"),
    ("IND02", "2024-12-31", 12_304.0, f"{_BA} 2025-1"),
    ("IND02", "2025-01-31", 12_485.0, f"{_BA} 2025-2"),
    ("IND02", "2025-07-31", 12_912.0, f"{_BA} 2025-13"),
    ("IND02", "2025-08-31", 12_831.0, f"{_BA} 2025-14"),
    ("IND02", "2025-10-31", 12_704.0, f"{_BA} 2025-19"),
    ("IND02", "2025-11-30", 12_712.0, f"{_BA} 2025-22"),
    # IND03/IND04 Ausbildungsbilanz zum 30.09.
    ("IND03", "2013-09-30", 165.0, "WAZ 8632220"),
    ("IND03", "2024-09-30", 232.0, f"{_BA} 2024-28"),
    ("IND03", "2025-09-30", 254.0, f"{_BA} 2025-20"),
    ("IND04", "2013-09-30", 42.0, "WAZ 8632220"),
    ("IND04", "2024-09-30", 151.0, f"{_BA} 2024-28"),
    ("IND04", "2025-09-30", 154.0, f"{_BA} 2025-20"),
    # IND05 SvB am Arbeitsort
    ("IND05", "2012-12-31", 57_700.0, "WAZ: rund 57.700 in rund 7.420 Betrieben; Jahresangabe, Stichtag nicht genannt"),
    ("IND05", "2015-09-30", 64_600.0, "WAZ: „über 64.600“ im September 2015"),
    ("IND05", "2022-12-31", 71_358.0, "Stadt Oberhausen, Pressemitteilung 2023: +2,2 %, höchster Stand seit 40 Jahren"),
    # IND06 Gewerbesteuer-Einnahmen (Jahreswerte)
    ("IND06", "2017-12-31", 89.0, "rund 89 Mio. €"),
    ("IND06", "2018-12-31", 111.7, "IT.NRW; die Stadt nennt 112 Mio. €"),
    ("IND06", "2019-12-31", 101.2, "IT.NRW"),
    ("IND06", "2020-12-31", 67.1, "IT.NRW"),
    ("IND06", "2021-12-31", 82.9, "IT.NRW"),
    ("IND06", "2022-12-31", 143.3, "IT.NRW; 683 € je Einwohner"),
    # IND07 Gewerbesteuer-Hebesatz (gültig ab 1. Januar)
    ("IND07", "2011-01-01", 490.0, "WAZ"),
    ("IND07", "2012-01-01", 520.0, "WAZ"),
    ("IND07", "2015-01-01", 550.0, "WAZ"),
    ("IND07", "2018-01-01", 580.0, "Serviceportal der Stadt Oberhausen; Ratsbeschluss 27.11.2017"),
    # IND08 Saldo Gewerbe
    ("IND08", "2022-12-31", 363.0, "IT.NRW nach waz.de id237759711"),
    # IND09 Glasfaser
    ("IND09", "2023-12-31", 16.0, "WAZ 239741619; genauer Stichtag nicht genannt, hier Jahresende 2023"),
    # IND10 Übernachtungen
    ("IND10", "2013-12-31", 455_543.0, "WAZ 9013730"),
    ("IND10", "2014-12-31", 460_556.0, "news.oberhausen.de"),
    ("IND10", "2016-12-31", 464_872.0, "WAZ 209692447"),
    ("IND10", "2017-12-31", 484_163.0, "OWT, Februar 2018"),
    ("IND10", "2019-12-31", 546_466.0, "Stadt Oberhausen, Pressemitteilung 2023"),
    ("IND10", "2020-12-31", 276_523.0, "Stadt Oberhausen, Pressemitteilung 2023 (Pandemie)"),
    ("IND10", "2022-12-31", 514_053.0, "Stadt Oberhausen, Pressemitteilung 2023"),
    ("IND10", "2023-12-31", 608_456.0, "OWT, Februar 2024 (Rekordjahr, +18,4 %)"),
    ("IND10", "2024-12-31", 601_438.0, "oberhausen-tourismus.de, Tourismusbilanz 2024"),
    # IND11 Gästeankünfte
    ("IND11", "2013-12-31", 204_316.0, "WAZ 9013730"),
    ("IND11", "2014-12-31", 213_775.0, "news.oberhausen.de"),
    ("IND11", "2016-12-31", 219_864.0, "WAZ 209692447"),
    ("IND11", "2017-12-31", 236_903.0, "OWT, Februar 2018"),
    ("IND11", "2023-12-31", 272_601.0, "OWT, Februar 2024"),
    ("IND11", "2024-12-31", 279_454.0, "oberhausen-tourismus.de, Tourismusbilanz 2024 (Rekord)"),
    # IND12 Freie Wirtschaftsflächen
    ("IND12", "2019-12-31", 37.0, "WAZ 234900983 (rund 37 ha)"),
    ("IND12", "2021-12-31", 17.0, "WAZ 234900983"),
]

INDIKATORWERTE: list[dict[str, object]] = [
    {"ind_nr": ind_nr, "stichtag": _d(day), "wert": value, "quelle": source}
    for ind_nr, day, value, source in _VALUE_ROWS
]


EXAMPLE: dict[str, list[dict[str, object]]] = {
    "Leitziele": LEITZIELE,
    "Fokusprojekte": FOKUSPROJEKTE,
    "Maßnahmen": MASSNAHMEN,
    "Meilensteine": MEILENSTEINE,
    "Indikatoren": INDIKATOREN,
    "Indikatorwerte": INDIKATORWERTE,
    "Stakeholder": STAKEHOLDER,
    "Beteiligungen": BETEILIGUNGEN,
    "Beschlüsse": BESCHLUESSE,
}
