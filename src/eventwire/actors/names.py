"""Surnames and short forms → the person with that full name ("Araghchi" → Abbas Araghchi)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import ORTH
from spacy.tokens import Doc

from eventwire.document import ActorDraft, Mention
from eventwire.token_lookup import token_indices

PARTICLES = ("al-", "el-", "bin ", "ibn ", "van ", "von ", "de ")


def short_forms(actor: ActorDraft) -> set[str]:
    """ "Bashar al-Assad" → {"al-Assad", "Assad"}; "Abbas Araghchi" → {"Araghchi"};
    "Han Duck-soo" → {"Duck-soo", "Han"}."""
    words = actor.name.split()
    if actor.kind != "person" or len(words) < 2:
        return set()
    last = words[-1]
    forms = {last}
    given = last.split("-")
    if len(words) == 2 and len(given) == 2 and given[1].islower():
        # a hyphenated given name ("Lee Jae-myung", "Han Duck-soo"): the family name comes
        # first, as in Korean names, and is the short form ("Han said")
        forms.add(words[0])
    for particle in PARTICLES:
        if particle.endswith("-") and last.lower().startswith(particle):
            forms.add(last[len(particle):])
    return {f for f in forms if len(f) > 2 and f[0].isupper()}


def surname_index(actors: dict[str, ActorDraft]) -> dict[str, str]:
    """Short form → actor id, leaving out short forms two people share."""
    index: dict[str, str] = {}
    shared: set[str] = set()
    for actor in actors.values():
        for form in short_forms(actor):
            if form in index and index[form] != actor.id:
                shared.add(form)
            index[form] = actor.id
    return {k: v for k, v in index.items() if k not in shared}


def named_before(mentions: list[Mention], actors: dict[str, ActorDraft]
                 ) -> Iterator[tuple[Mention, str]]:
    """(mention, person) for a one-word name the actor dictionary gave to another actor (an
    armed group, a body, a person of the same surname) that is the short form of a person
    the article named in full before it: "Austria's Foreign Minister Ursula Wagner … Wagner
    urged Belgrade" is the minister, not the Wagner Group. A report names a person in full
    first and by the short form after (the wire's style); the dictionary's reading is for
    reports that never name such a person. States keep their names ("Mali" after a person
    the parser called "Landlocked Mali")."""
    index = surname_index(actors)
    if not index:
        return
    first: dict[str, int] = {}
    for mention in mentions:
        first.setdefault(mention.actor, mention.start)
    for mention in mentions:
        person = index.get(mention.text)
        actor = actors.get(mention.actor)
        if person is None or person == mention.actor or actor is None or (
                actor.kind == "state") or mention.how not in ("name", "alias") or (
                first.get(person, mention.start) >= mention.start):
            continue
        yield mention, person


def alias_mentions(doc: Doc, actors: dict[str, ActorDraft], covered: set[int]
                   ) -> Iterator[Mention]:
    """Mentions for surnames that no earlier stage turned into a mention. A surname the
    tagger read as a common noun ("Trump warned Iran …", "Trump had said": a capitalised
    word that is also an English noun, at the start of its sentence) is the person when it
    is a subject: the article named the person in full, and a common noun in subject
    position would not be capitalised there but for the sentence start."""
    index = surname_index(actors)
    if not index:
        return
    for i in token_indices(doc, ORTH, index):
        token = doc[i]
        if i not in covered and (token.pos_ == "PROPN" or token.tag_ == "NNP" or (
                token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass"))):
            yield Mention(token.idx, token.idx + len(token), token.text, index[token.text],
                          "alias", i, i + 1)
