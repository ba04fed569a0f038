"""The whole PETRARCH2 verb dictionary as dependency patterns (lexicon/patterns.py)."""

from __future__ import annotations

import pytest

from eventwire.lexicon.patterns import PatternDictionary
from eventwire.nlp import load_nlp


@pytest.fixture(scope="module")
def dictionary() -> PatternDictionary:
    return PatternDictionary.load()


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def coded(nlp, dictionary: PatternDictionary, text: str, verb: str) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(text) if t.text == verb)
    match = dictionary.match(token)
    assert match is not None, text
    return match.code, match.kind, match.verb


def test_whole_dictionary_is_loaded(dictionary: PatternDictionary) -> None:
    assert len(dictionary.blocks) == 397
    assert sum(len(b.patterns) for b in dictionary.blocks) == 4659
    assert len(dictionary.verbs) > 1700


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # the object decides: IMPOSE [170] + SANCTIONS → 163
    ("The West African bloc imposed sanctions on the junta.", "imposed",
     ("163", "pattern", "impose")),
    # a synset object: SEND &FOOD / {HUMANITARIAN AID} → 073
    ("Tokyo sent humanitarian aid to the flooded provinces.", "sent",
     ("073", "pattern", "send")),
    # the subject decides: TALKS * [164] ("the talks collapsed")
    ("The talks between the two unions collapsed on Friday.", "collapsed",
     ("164", "pattern", "collapse")),
    # a prepositional phrase: RUSH * (TO BORDER) → 154
    ("The army rushed armoured units to the border overnight.", "rushed",
     ("154", "pattern", "rush")),
    # the lemmatizer's slip ("staged" → "stag") is caught by the stem: STAGE * PROTEST → 141
    ("Farmers staged a protest outside the ministry.", "staged",
     ("141", "pattern", "stage")),
    # no pattern fits: the verb's own code (a synonym match)
    ("The coalition welcomed the verdict.", "welcomed", ("051", "synonym", "welcome")),
])
def test_most_specific_pattern_wins(nlp, dictionary: PatternDictionary, text: str,  # type: ignore[no-untyped-def]
                                    verb: str, expected: tuple[str, str, str]) -> None:
    assert coded(nlp, dictionary, text, verb) == expected


def test_unknown_verb_is_not_coded(nlp, dictionary: PatternDictionary) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp("The committee tabulated the ballots.") if t.lemma_ == "tabulate")
    assert dictionary.match(token) is None
