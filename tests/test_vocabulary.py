"""masterplan.vocabulary: one record per Status, Ampel, milestone state and role, read by every output."""

from __future__ import annotations

import itertools

import pandas as pd

from loaders import vocabulary as words
from masterplan import vocabulary
from masterplan.exports.formatdoc import format_markdown
from masterplan.metrics.display import ampel_labels
from masterplan.palette import contrast


def test_the_records_hold_exactly_the_words_uploads_are_parsed_into() -> None:
    assert vocabulary.STATUS.words == words.STATUS
    assert vocabulary.AMPEL.words == words.AMPEL
    assert vocabulary.ROLES.words == words.ROLLE
    assert vocabulary.NO_STATUS not in vocabulary.STATUS.words
    assert vocabulary.STATUS.colors[vocabulary.NO_STATUS] == "#F2F2F2"


def test_no_ampel_value_is_told_by_colour_alone() -> None:
    assert len(set(vocabulary.AMPEL.patterns.values())) == 4
    assert len({t.marker.split()[0] for t in vocabulary.AMPEL}) == 4
    assert vocabulary.AMPEL.labels["rot"] == "rot – kritisch"


GREYSCALE_APART = 2.0  # contrast two fills need to read as different greys side by side in a stacked bar


def test_status_and_ampel_fills_that_look_alike_in_greyscale_carry_different_patterns() -> None:
    for values in (vocabulary.STATUS, vocabulary.AMPEL):
        terms = values.shown_terms
        for first, second in itertools.combinations(terms, 2):
            if first.pattern == second.pattern:
                assert contrast(first.color, second.color) >= GREYSCALE_APART, (first.word, second.word)
    assert vocabulary.STATUS.patterns[vocabulary.IN_PROGRESS] != vocabulary.STATUS.patterns[vocabulary.DROPPED]


def test_every_milestone_state_has_a_symbol_of_its_own() -> None:
    symbols = [t.symbol for t in vocabulary.MILESTONE_STATES]
    assert len(set(symbols)) == len(symbols) == 8


def test_a_table_shows_the_ampel_marker_from_the_record() -> None:
    shown = ampel_labels(pd.Series(["rot", None, "blau"]), pd.Series([True, False, False]))
    assert shown.tolist() == ["🔴 rot (manuell)", "–", "blau"]


def test_roles_rank_by_their_order() -> None:
    assert vocabulary.ROLES.rank == {"federführend": 0, "beteiligt": 1, "informiert": 2}


def test_the_format_docs_explain_what_the_dashboard_makes_of_a_status() -> None:
    docs = format_markdown()
    assert "| zurückgestellt | pausiert, ruht, on hold, paused, postponed | Ampel grau; in der Sitzung als " \
           "Entscheidungsbedarf gelistet |" in docs
    assert "| hoch | high, 1, a |" in docs  # Priorität has no meanings, so no empty column
