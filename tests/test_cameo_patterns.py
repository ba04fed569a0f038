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


def test_braced_subjects_keep_their_words() -> None:
    """"{&PKO &MILITARY} * [074:0861]": a braced subject is one noun phrase, head last; the
    generated file carries no brace characters in any word (they once left an empty head)."""
    import json
    from importlib.resources import files

    raw = json.loads((files("eventwire") / "data" / "triggers" / "cameo_patterns.json")
                     .read_text("utf-8"))
    words = [w for b in raw["blocks"] for p in b["patterns"]
             for phrase in [p.get("before"), *(p.get("objects") or []),
                            *(q.get("object") for q in p.get("preps") or [])] if phrase
             for w in [phrase["head"], *phrase.get("mods", [])]]
    assert not [w for w in words if "{" in w or "}" in w]
    arrive = next(p for b in raw["blocks"] if b["name"] == "ARRIVE" for p in b["patterns"]
                  if p["line"] == 5179)
    assert arrive["before"] == {"head": "&MILITARY", "mods": ["&PKO"]}


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # REACH: "{RELIEF SUPPLIES} *" [073] — the braced subject decides
    ("Relief supplies reached the flooded villages on Tuesday.", "reached",
     ("073", "pattern", "reach")),
    # KILL: "{AIR STRIKE} *" [195]
    ("An air strike killed four fighters near the border.", "killed",
     ("195", "pattern", "kill")),
])
def test_braced_subject_patterns_fit(nlp, dictionary: PatternDictionary, text: str,  # type: ignore[no-untyped-def]
                                     verb: str, expected: tuple[str, str, str]) -> None:
    assert coded(nlp, dictionary, text, verb) == expected


def test_vector_fallback_votes_over_distinct_pruned_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    """en_core_web_md maps pruned words onto shared rows: condemn, accuse and denounce are one
    vector. The fallback consults the nearest distinct rows and answers only when they agree
    on a type; "appoint" (once COERCE through a shared row) and "batter" (nearest rows: grill
    = ACCUSE, toast = SUPPORT) get no answer; neither does "knife", stored on hammer's row with
    no second vector above the floor (one row is the table's mapping, not a neighbourhood:
    "hand" and "drill" share it too); "pummel" (clobber and four other ASSAULT verbs) does."""
    from eventwire.lexicon.triggers import TriggerLexicon

    neighbours = TriggerLexicon.load().neighbours
    assert neighbours is not None
    nearest = {text.split()[1]: neighbours.nearest(nlp(text)[1]) for text in (
        "They appoint two judges.", "Gunmen batter the guards.", "Gunmen knife the guards.",
        "Gunmen pummel the guards.", "Rebels resort to violence.")}
    # "resort" is stored as bargain's and purchase's vector (two types): an alias, no answer
    assert nearest == {"appoint": None, "batter": None, "knife": None,
                       "pummel": ("clobber", "190", 1.0), "resort": None}
    rows = nlp.vocab.vectors.key2row
    assert len({rows[nlp.vocab.strings[w]] for w in ("accuse", "condemn", "denounce")}) == 1


def test_the_particle_nearest_the_verb_gives_the_two_word_key(
        nlp, dictionary: PatternDictionary) -> None:  # type: ignore[no-untyped-def]
    # "up" and "in" are both second words of STEP; the key order must follow the sentence,
    # never the order of a set (which changes with the interpreter's string hashes)
    doc = nlp("The two countries have stepped up their trade in recent years.")
    token = next(t for t in doc if t.text == "stepped")
    keys = dictionary.keys_for(token)
    assert keys[0] == "step up"
    assert keys == sorted(set(keys), key=keys.index)  # no key twice
