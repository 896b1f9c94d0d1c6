"""Every state a measure, its Ampel, a milestone, an involvement and a decision can be in — each once.

A record holds the canonical word (spelled as loaders.vocabulary parses it, never retyped here), how the
dashboard labels it, its colour, its pattern or symbol (so colour is never the only cue) and what it means.
Metrics, charts, tables, slides and the deck all read these records, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from loaders import vocabulary as words

NOT_STARTED, PLANNING, IN_PROGRESS, DONE, ONGOING, ON_HOLD, DROPPED = words.STATUS
NOT_YET_STARTED = (NOT_STARTED, PLANNING)
GRUEN, GELB, ROT, GRAU = words.AMPEL
LEAD, INVOLVED, INFORMED = words.ROLLE
MILESTONE_OPEN, MILESTONE_REACHED, MILESTONE_POSTPONED, MILESTONE_DROPPED = words.MEILENSTEIN_STATUS
DECISION_OPEN, DECISION_DONE, DECISION_DROPPED = words.BESCHLUSS_STATUS

NO_STATUS = "ohne Status"  # stands for a blank Status in counts and charts

# A milestone's state relative to the day (masterplan.metrics.milestones decides which).
MS_OVERDUE = "überfällig"
MS_DUE_30 = "fällig in den nächsten 30 Tagen"  # 0–30 days ahead, due today included
MS_DUE_90 = "fällig in 31–90 Tagen"
MS_LATER = "fällig in mehr als 90 Tagen"
MS_REACHED_ON_TIME = "erreicht (pünktlich)"
MS_REACHED_LATE = "erreicht (verspätet)"
MS_DROPPED = "entfallen"
MS_NO_DATE = "ohne Termin"


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary, with everything any output needs to show it."""

    word: str  # as stored in a Stand
    color: str
    label: str = ""  # legend and filter text, where it says more than the word
    marker: str = ""  # table text with a shape in front of the word
    pattern: str = ""  # plotly bar pattern
    symbol: str = ""  # plotly marker symbol
    line: tuple[str, float, str] | None = None  # dash, width, colour of a network edge
    meaning: str = ""

    @property
    def shown(self) -> str:
        return self.label or self.word


@dataclass(frozen=True)
class Vocabulary:
    """The values of one vocabulary in their order (the order of legends, stacks and rankings)."""

    terms: tuple[Term, ...]
    blank: Term | None = None  # what counts and charts show for a blank cell; not one of the words

    @property
    def shown_terms(self) -> tuple[Term, ...]:
        return self.terms + ((self.blank,) if self.blank else ())

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __getitem__(self, word: str) -> Term:
        return next(t for t in self.shown_terms if t.word == word)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(t.word for t in self.terms)

    @property
    def colors(self) -> dict[str, str]:
        return {t.word: t.color for t in self.shown_terms}

    @property
    def patterns(self) -> dict[str, str]:
        return {t.word: t.pattern for t in self.shown_terms}

    @property
    def labels(self) -> dict[str, str]:
        return {t.word: t.shown for t in self.shown_terms}

    @property
    def markers(self) -> dict[str, str]:
        return {t.word: t.marker or t.word for t in self.shown_terms}

    @property
    def rank(self) -> dict[str, int]:
        """word → position, for sorting by the vocabulary's order (federführend before beteiligt)."""
        return {t.word: i for i, t in enumerate(self.terms)}


def _ampel(word: str, color: str, shape: str, pattern: str, meaning: str) -> Term:
    """An Ampel value: legend „rot – kritisch“, table text „🔴 rot“ (the shape carries it without colour)."""
    return Term(word, color, f"{word} – {meaning}", f"{shape} {word}", pattern, meaning=meaning)


# Status colours that look alike in greyscale carry different patterns (tests/test_vocabulary.py measures it).
STATUS = Vocabulary((
    Term(NOT_STARTED, "#DDDDDD", meaning="Ampel grau, solange der Beginn nicht erreicht ist"),
    Term(PLANNING, "#56B4E9", pattern=".",
         meaning="wie nicht begonnen: Ampel grau, solange der Beginn nicht erreicht ist"),
    Term(IN_PROGRESS, "#0072B2", pattern="\\", meaning="Ampel aus Zeitplan und Meilensteinen berechnet"),
    Term(DONE, "#009E73", meaning="Ampel grün; zählt mit 100 %"),
    Term(ONGOING, "#CC79A7", pattern="|", meaning="ohne Soll nach Zeitplan; Ampel aus Meilensteinen und Ende"),
    Term(ON_HOLD, "#E69F00", pattern="/", meaning="Ampel grau; in der Sitzung als Entscheidungsbedarf gelistet"),
    Term(DROPPED, "#666666", pattern="x", meaning="Ampel grau; zählt nicht zum Umsetzungsstand"),
), blank=Term(NO_STATUS, "#F2F2F2", pattern="-", meaning="im Blatt leer"))


# Colour-blind safe (Okabe-Ito based), L* 58 / 89 / 39 / 76, each with its own pattern.
AMPEL = Vocabulary((
    _ampel(GRUEN, "#009E73", "🟢", "", "im Plan"),
    _ampel(GELB, "#F0E442", "🟡", "/", "Verzug"),
    _ampel(ROT, "#A23B00", "🔴", "x", "kritisch"),
    _ampel(GRAU, "#BBBBBB", "⚪", ".", "nicht begonnen, ruht oder entfällt"),
))

MILESTONE_STATES = Vocabulary((
    Term(MS_OVERDUE, AMPEL[ROT].color, symbol="diamond-x", meaning="Fällig am liegt vor dem Tag, nicht erreicht"),
    Term(MS_DUE_30, "#E69F00", symbol="diamond", meaning="fällig in 0 bis 30 Tagen"),
    Term(MS_DUE_90, "#56B4E9", symbol="diamond-cross", meaning="fällig in 31 bis 90 Tagen"),
    Term(MS_LATER, "#0072B2", symbol="diamond-tall", meaning="fällig in mehr als 90 Tagen"),
    Term(MS_REACHED_ON_TIME, AMPEL[GRUEN].color, symbol="diamond-open", meaning="erreicht bis Fällig am"),
    Term(MS_REACHED_LATE, "#CC79A7", symbol="diamond-open-dot", meaning="erreicht nach Fällig am"),
    Term(MS_DROPPED, "#999999", symbol="x", meaning="Meilenstein entfallen"),
    Term(MS_NO_DATE, "#999999", symbol="square-open", meaning="ohne Fällig am"),
))
UPCOMING_STATES = (MS_DUE_30, MS_DUE_90, MS_LATER)

ROLES = Vocabulary((
    Term(LEAD, "#0072B2", line=("solid", 2.0, "#4D4D4D"), meaning="verantwortet die Maßnahme"),
    Term(INVOLVED, "#56B4E9", line=("solid", 1.0, "#8C8C8C"), meaning="arbeitet mit"),
    Term(INFORMED, "#BBBBBB", line=("dot", 1.0, "#B3B3B3"), meaning="wird unterrichtet"),
))
