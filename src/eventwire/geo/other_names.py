"""Names the article itself shows are something other than a place (review F15).

The NER labels foreign surnames and capitalised common words GPE/LOC often ("Araghchi",
"Peskov", "Islamic Republic", "Strip"). A name the gazetteer lacks is taken as an unknown
place (:mod:`eventwire.geo.unknown`) only when nothing in the same article says it is
something else — one sense per discourse. The article says so when the name is, or is a
word of, a person the NER or the actor stage found ("Abbas Araghchi" … "Araghchi",
"Araghchi's"); is an organisation, group or nationality the NER or the actor stage found
(not a state: the actor stage names a state by its places, "officials in the Bekaa
Valley"); is a later part of a longer name in the article ("Gaza Strip" → "Strip"); is
made only of words of country names without being one ("Islamic Republic", "Kingdom",
"Sultanate") or ends in a polity's head noun ("Islamic State", "the Territories"); or is
only ever seen as a person, after a title or as a speaker ("Vice-Premier He Lifeng",
"Kobzar said"). Everything is read once per article from the NER entities and the actor
stage's output: :func:`other_names` builds the set, and :func:`is_other_name` is the one
test, applied to every name the gazetteer lacks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Protocol

from eventwire.geo.gazetteer import Gazetteer

Mention = tuple[int, int, str, str]
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels under which a name is a person or a body, not a place
OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
# a speech verb right after a name: the name is a speaker there
_SPEAKS = re.compile(r"[ ,]*(?:said|says|told|added|stated|tweeted|wrote)\b")
# a name after a locative word is where the speaker is, not the speaker ("officials in
# the Bekaa Valley said")
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|of|across|outside|inside|around|to)\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)
# a personal title right before a name (a given name may stand between: "Vice-Premier He
# Lifeng"): the name is a person's there
_TITLED = re.compile(
    r"\b(?:President|Premier|Minister|Secretary|Senator|Governor|Mayor|General|Gen\.|"
    r"Colonel|Col\.|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Chancellor|"
    r"Chairman|Chairwoman|King|Queen|Prince|Princess|Sheikh|Mr|Mrs|Ms|Dr|Judge|Justice|"
    r"Rep|Sen|Lt|Capt|Commander)\.?\s+(?:[A-Z][\w'’-]*\s+)?$")


# head nouns of a polity's name: a name ending in one that the gazetteer lacks is the rest of
# a state's or territory's name ("the Islamic Republic", "the Strip"), not a village
POLITY = frozenset({"Republic", "Kingdom", "Sultanate", "Emirate", "Emirates", "Strip",
                    "Federation", "Union", "Confederation", "Principality", "Commonwealth",
                    "Caliphate", "Territory", "Territories", "State", "States"})


class ActorLike(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def name(self) -> str: ...


class MentionLike(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def actor(self) -> str: ...


def clean(name: str) -> str:
    """A name without a leading "the" and a trailing possessive."""
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", name.strip()))


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", name) if len(w) >= 3 and w[:1].isupper()]


def _person_words(name: str) -> set[str]:
    """A person's name as written and cleaned, and each of its words, whole ("Jean-Yves",
    "Le") and split at hyphens ("Yves")."""
    return {name, clean(name), *name.split(), *_words(clean(name))} - {""}


def _parts(name: str) -> Iterable[str]:
    """Every shorter run of the name's words after its first ("Gaza Strip" → "Strip",
    "Islamic Republic of Iran" → "Republic", "Iran", …). A run from the first word is
    the specific part of a place's name ("Galwan" of "Galwan Valley", "Zamzam" of "Zamzam
    camp") and stays a place."""
    words = name.split()
    for i in range(1, len(words)):
        for j in range(i + 1, len(words) + 1):
            if j - i < len(words):
                yield " ".join(words[i:j])


@lru_cache(maxsize=4)
def country_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The folded words of every country's names and aliases ("islamic", "republic",
    "kingdom", "united", …), built once per gazetteer."""
    return frozenset(word.casefold() for entry in gazetteer
                     if entry.precision == "country" for name in entry.names
                     for word in re.split(r"[\s-]+", name) if word)


def country_fragment(name: str, gazetteer: Gazetteer) -> bool:
    """True when every word of ``name`` is a word of some country's name ("Islamic
    Republic", "Kingdom"): a fragment of a country's name, not a place (the caller asks
    only for names the gazetteer lacks)."""
    words = re.split(r"[\s-]+", name)
    known = country_words(gazetteer)
    return bool(words) and all(word.casefold() in known for word in words)


def other_names(text: str, ents: Sequence[Mention], actors: Mapping[str, ActorLike],
                mentions: Sequence[MentionLike]) -> frozenset[str]:
    """The names this article shows are not places (see the module doc)."""
    names: set[str] = set()
    seen: Counter[str] = Counter()
    personal: Counter[str] = Counter()
    for start, end, span, label in ents:
        name = clean(span)
        if not name:
            continue
        if label in OTHER_LABELS:
            names.add(name)
            if label == "PERSON":
                names.update(_person_words(span))
        names.update(_parts(name))
        seen[name] += 1
        before = max(start - 40, 0)
        if (_SPEAKS.match(text, end) and not _LOCATIVE.search(text, before, start)) \
                or _TITLED.search(text, before, start):
            personal[name] += 1
    # only ever seen as a person: after a title or before a speech verb
    names.update(name for name, count in seen.items() if personal[name] == count)
    for mention in mentions:
        actor = actors.get(mention.actor)
        if actor is None or actor.kind == "state":  # a state is named by its places too
            continue
        name = clean(mention.text)
        names.add(name)
        if actor.kind == "person":
            names.update(_words(name))
    # a person's full name from the actor stage (a registry's "Abbas Araghchi" where the
    # text says only "Araghchi") and each of its words
    for actor in actors.values():
        if actor.kind == "person":
            names.update(_person_words(actor.name))
    return frozenset(names)


def is_other_name(span: str, others: Collection[str], gazetteer: Gazetteer) -> bool:
    """True when the name ``span`` (one the gazetteer lacks) is, by its article, something
    other than a place: in ``others`` (:func:`other_names`), also with a possessive or an
    elided ending cut at its apostrophe ("Araghchi's", "Peskov’"); a fragment of a
    country's name; or a name ending in a polity's head noun."""
    name = clean(span)
    if not name:
        return False
    if name in others or name.replace("’", "'").split("'")[0] in others:
        return True
    return country_fragment(name, gazetteer) or name.split()[-1] in POLITY
