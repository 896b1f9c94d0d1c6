"""The workbook format, defined once.

Parsing, validation, the Excel template, the export and the format documentation all read these
definitions, so a column added here appears everywhere at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """How a cell is read and stored."""

    TEXT = "text"
    PERCENT = "percent"  # stored as 0–100
    DATE = "date"
    DATE_OR_YEAR = "date_or_year"  # a year alone means 31.12. of that year
    NUMBER = "number"
    MONEY = "money"  # EUR
    YEAR = "year"
    BOOL = "bool"  # ja/nein
    CHOICE = "choice"  # one value of a vocabulary
    EMAIL = "email"  # one e-mail address (reminders are sent to it)


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its field name in the core, its German header and accepted aliases."""

    field: str
    header: str
    kind: Kind = Kind.TEXT
    aliases: tuple[str, ...] = ()
    required: bool = False
    ref: tuple[str, ...] = ()  # sheet names whose key this column references
    vocabulary: str = ""  # name in loaders.vocabulary for CHOICE columns
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    unique: bool = False
    not_before: str = ""  # field of the same sheet holding the earliest date this DATE column may hold
    hint: str = ""  # input hint shown in the template

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.header, *self.aliases)


@dataclass(frozen=True)
class Sheet:
    """One sheet of the workbook; ``key`` lists the fields that identify a row."""

    name: str
    aliases: tuple[str, ...]
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    description: str = ""
    title_field: str = ""
    by_field: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_field", {c.field: c for c in self.columns})

    def column(self, field_name: str) -> Column:
        return self.by_field[field_name]

    @property
    def fields(self) -> list[str]:
        return [c.field for c in self.columns]

    @property
    def key_columns(self) -> list[Column]:
        return [self.by_field[f] for f in self.key]


def _id(field_name: str, header: str, alias: str, hint: str) -> Column:
    return Column(field_name, header, Kind.TEXT, (alias,), required=True, hint=hint)


def _leitziel() -> Column:
    """The LZ-Nr. every Fokusprojekt, Maßnahme and Indikator belongs to."""
    return Column("lz_nr", "LZ-Nr.", aliases=("Goal ID",), required=True, ref=("Leitziele",),
                  hint="LZ-Nr. aus dem Blatt Leitziele")


_STAKEHOLDER_HINT = "aus der Liste wählen (ST-Nr. – Kurzname) oder ST-Nr., Kurzname oder Name aus dem Blatt Stakeholder"


def _lead(required: bool, hint: str = _STAKEHOLDER_HINT) -> Column:
    """Federführung: the one institution leading a Maßnahme or Fokusprojekt, or reporting an Indikator's values."""
    return Column("federfuehrung", "Federführung", aliases=("Lead",), required=required, ref=("Stakeholder",),
                  hint=hint)


def _description() -> Column:
    return Column("beschreibung", "Beschreibung", aliases=("Description",))


LEITZIELE = Sheet(
    "Leitziele",
    ("Goals",),
    key=("lz_nr",),
    title_field="leitziel",
    description="Die sieben Leitziele des Masterplans mit ihren Unterzielen.",
    columns=(
        _id("lz_nr", "LZ-Nr.", "Goal ID", "Kennung des Leitziels, z. B. LZ1"),
        Column("leitziel", "Leitziel", aliases=("Goal",), required=True, hint="Titel des Leitziels"),
        _description(),
        Column(
            "unterziele",
            "Unterziele",
            aliases=("Sub-goals", "Subgoals"),
            hint="Ein Unterziel je Zeile (Alt+Eingabe) oder durch „;“ getrennt",
        ),
    ),
)

FOKUSPROJEKTE = Sheet(
    "Fokusprojekte",
    ("Focus projects",),
    key=("fp_nr",),
    title_field="fokusprojekt",
    description="Die Fokusprojekte, jeweils einem Leitziel zugeordnet.",
    columns=(
        _id("fp_nr", "FP-Nr.", "Project ID", "Kennung des Fokusprojekts, z. B. FP01"),
        Column("fokusprojekt", "Fokusprojekt", aliases=("Project", "Focus project"), required=True),
        _leitziel(),
        _lead(required=False),
        _description(),
    ),
)

MASSNAHMEN = Sheet(
    "Maßnahmen",
    ("Measures",),
    key=("nr",),
    title_field="massnahme",
    description="Die Maßnahmen mit Federführung, Status, Umsetzungsstand und Zeitraum.",
    columns=(
        _id("nr", "Nr.", "Measure ID", "Kennung der Maßnahme, z. B. M01"),
        Column("massnahme", "Maßnahme", aliases=("Measure",), required=True),
        _leitziel(),
        Column(
            "fp_nr",
            "FP-Nr.",
            aliases=("Project ID",),
            ref=("Fokusprojekte",),
            hint="optional: FP-Nr. aus dem Blatt Fokusprojekte",
        ),
        _lead(required=True),
        Column("status", "Status", Kind.CHOICE, vocabulary="status"),
        Column(
            "ampel",
            "Ampel",
            Kind.CHOICE,
            aliases=("RAG",),
            vocabulary="ampel",
            hint="leer lassen: wird aus dem Zeitplan berechnet",
        ),
        Column(
            "umsetzungsstand",
            "Umsetzungsstand",
            Kind.PERCENT,
            aliases=("Progress",),
            minimum=0,
            maximum=100,
            hint="0 bis 100 (%)",
        ),
        Column("beginn", "Beginn", Kind.DATE, aliases=("Start",), hint="TT.MM.JJJJ"),
        Column("ende", "Ende", Kind.DATE, aliases=("End",), not_before="beginn", hint="TT.MM.JJJJ, nicht vor Beginn"),
        Column("prioritaet", "Priorität", Kind.CHOICE, aliases=("Priority",), vocabulary="prioritaet"),
        Column(
            "gewicht",
            "Gewicht",
            Kind.NUMBER,
            aliases=("Weight",),
            minimum=0,
            exclusive_minimum=True,
            hint="Zahl größer 0; leer = 1",
        ),
        Column("kosten", "Kosten", Kind.MONEY, aliases=("Cost",), minimum=0, hint="in Euro"),
        Column("ratsvorlage", "Ratsvorlage", aliases=("Council document",), hint="z. B. Vorlage - B/17/2784-01"),
        Column("sachstand", "Sachstand", aliases=("Notes",), hint="Sachstand des letzten Berichts"),
    ),
)

MEILENSTEINE = Sheet(
    "Meilensteine",
    ("Milestones",),
    key=("ms_nr",),
    title_field="meilenstein",
    description="Termine der Maßnahmen.",
    columns=(
        _id("ms_nr", "MS-Nr.", "Milestone ID", "Kennung des Meilensteins, z. B. MS001"),
        Column("nr", "Nr.", aliases=("Measure ID",), required=True, ref=("Maßnahmen",), hint="Nr. der Maßnahme"),
        Column("meilenstein", "Meilenstein", aliases=("Milestone",), required=True),
        Column("faellig_am", "Fällig am", Kind.DATE, aliases=("Due",), required=True, hint="TT.MM.JJJJ"),
        Column("erreicht_am", "Erreicht am", Kind.DATE, aliases=("Done",), hint="TT.MM.JJJJ"),
        Column("status", "Status", Kind.CHOICE, vocabulary="meilenstein_status"),
    ),
)

INDIKATOREN = Sheet(
    "Indikatoren",
    ("Indicators",),
    key=("ind_nr",),
    title_field="indikator",
    description="Kennzahlen je Leitziel mit Basis- und Zielwert und ihrer Quelle.",
    columns=(
        _id("ind_nr", "IND-Nr.", "Indicator ID", "Kennung des Indikators, z. B. IND01"),
        Column("indikator", "Indikator", aliases=("Indicator",), required=True),
        _leitziel(),
        _lead(required=False, hint="optional: wer die Werte meldet (darf sie dann hochladen); leer = die "
                                   "Geschäftsstelle"),
        Column("einheit", "Einheit", aliases=("Unit",), hint="z. B. %, Anzahl, ha, Mio. EUR"),
        Column("zielrichtung", "Zielrichtung", Kind.CHOICE, aliases=("Direction",), vocabulary="zielrichtung"),
        Column("basiswert", "Basiswert", Kind.NUMBER, aliases=("Base value",)),
        Column("basisjahr", "Basisjahr", Kind.YEAR, aliases=("Base year",)),
        Column("zielwert", "Zielwert", Kind.NUMBER, aliases=("Target value",)),
        Column("zieljahr", "Zieljahr", Kind.YEAR, aliases=("Target year",)),
        Column("quelle", "Quelle", aliases=("Source",)),
    ),
)

INDIKATORWERTE = Sheet(
    "Indikatorwerte",
    ("Indicator values",),
    key=("ind_nr", "stichtag"),
    description="Messwerte der Indikatoren; ein Jahr allein steht für den 31.12.",
    columns=(
        Column("ind_nr", "IND-Nr.", aliases=("Indicator ID",), required=True, ref=("Indikatoren",)),
        Column(
            "stichtag", "Stichtag", Kind.DATE_OR_YEAR, aliases=("Date",), required=True, hint="TT.MM.JJJJ oder Jahr"
        ),
        Column("wert", "Wert", Kind.NUMBER, aliases=("Value",), required=True),
        Column("quelle", "Quelle", aliases=("Source",)),
    ),
)

STAKEHOLDER = Sheet(
    "Stakeholder",
    ("Stakeholders",),
    key=("st_nr",),
    title_field="name",
    description="Institutionen und Stellen, die an Maßnahmen beteiligt sind.",
    columns=(
        _id("st_nr", "ST-Nr.", "Stakeholder ID", "Kennung, z. B. ST01"),
        Column("name", "Name", required=True),
        Column("kurzname", "Kurzname", aliases=("Short name",), unique=True),
        Column("typ", "Typ", Kind.CHOICE, aliases=("Type",), vocabulary="typ"),
        Column("lenkungskreis", "Lenkungskreis", Kind.BOOL, aliases=("Steering group",), hint="ja/nein"),
        Column("ansprechperson", "Ansprechperson", aliases=("Contact person", "Contact"),
               hint="wer für die Federführung meldet"),
        Column("email", "E-Mail", Kind.EMAIL, aliases=("Email", "E-Mail-Adresse", "Mail"),
               hint="an sie gehen Erinnerungen, z. B. wirtschaft@stadt.de"),
    ),
)

BETEILIGUNGEN = Sheet(
    "Beteiligungen",
    ("Involvement", "Involvements"),
    key=("nr", "st_nr"),
    description="Wer an welcher Maßnahme oder welchem Fokusprojekt beteiligt ist.",
    columns=(
        Column(
            "nr",
            "Nr.",
            aliases=("Measure ID", "Project ID"),
            required=True,
            ref=("Maßnahmen", "Fokusprojekte"),
            hint="Nr. der Maßnahme oder FP-Nr. des Fokusprojekts",
        ),
        Column("st_nr", "ST-Nr.", aliases=("Stakeholder ID",), required=True, ref=("Stakeholder",),
               hint=_STAKEHOLDER_HINT),
        Column("rolle", "Rolle", Kind.CHOICE, aliases=("Role",), vocabulary="rolle"),
    ),
)

BESCHLUESSE = Sheet(
    "Beschlüsse",
    ("Decisions",),
    key=("beschluss_nr",),
    title_field="beschluss",
    description="Beschlüsse des Lenkungskreises mit Zuständigkeit, Frist und Stand der Umsetzung.",
    columns=(
        Column("beschluss_nr", "Nr.", aliases=("Decision ID", "Beschluss-Nr."), required=True,
               hint="Kennung des Beschlusses, z. B. B-2025-03"),
        Column("datum", "Datum", Kind.DATE, aliases=("Date", "Sitzungsdatum", "Meeting date"), required=True,
               hint="TT.MM.JJJJ: Tag der Sitzung, in der beschlossen wurde"),
        Column("beschluss", "Beschluss", aliases=("Decision", "Beschlusstext"), required=True,
               hint="Was beschlossen wurde, in einem Satz"),
        Column(
            "bezug",
            "Maßnahme/Leitziel",
            aliases=("Bezug", "Maßnahme oder Leitziel", "Related to", "Measure or goal"),
            ref=("Maßnahmen", "Leitziele"),
            hint="optional: Nr. der Maßnahme oder LZ-Nr. des Leitziels, das der Beschluss betrifft",
        ),
        Column("zustaendig", "Zuständig", aliases=("Zuständigkeit", "Responsible", "Owner"), ref=("Stakeholder",),
               hint=_STAKEHOLDER_HINT),
        Column("frist", "Frist", Kind.DATE, aliases=("Deadline", "Termin"), not_before="datum",
               hint="TT.MM.JJJJ, nicht vor dem Datum"),
        Column("status", "Status", Kind.CHOICE, vocabulary="beschluss_status",
               hint="offen, erledigt oder verworfen; leer = offen"),
    ),
)

SHEETS: tuple[Sheet, ...] = (
    LEITZIELE,
    FOKUSPROJEKTE,
    MASSNAHMEN,
    MEILENSTEINE,
    INDIKATOREN,
    INDIKATORWERTE,
    STAKEHOLDER,
    BETEILIGUNGEN,
    BESCHLUESSE,
)
SHEETS_BY_NAME: dict[str, Sheet] = {s.name: s for s in SHEETS}

# Order in which sheets can be checked and stored so that references point backwards.
DEPENDENCY_ORDER: tuple[str, ...] = (
    "Leitziele",
    "Stakeholder",
    "Fokusprojekte",
    "Maßnahmen",
    "Meilensteine",
    "Beteiligungen",
    "Indikatoren",
    "Indikatorwerte",
    "Beschlüsse",
)

KEY_SEPARATOR = "|"

# Template and export write a stakeholder reference as "ST05 – OWT" (ST-Nr. – Kurzname, else Name), so a
# reader sees the institution; the importer takes the ST-Nr. before the dash and ignores the rest.
LABEL_SEPARATOR = " – "

# Sheets the template and the export add for the user; never read as data.
LISTS_SHEET = "Listen"
INFO_SHEET = "Hinweise"
HELPER_SHEETS: tuple[str, ...] = (LISTS_SHEET, INFO_SHEET)
