"""Deeds whose object is no party: the same verbs, no CAMEO event (review s10 F17).

CAMEO codes acts between actors. Three verbs of the lexicon also take objects that are no
actor at all, and then tell no event:

- releasing information is no release of people (CAMEO 084 "return, release" is of persons,
  property or detainees): "released a video of the hostages", "releasing footage", "released a
  statement" (PETRARCH2's &INFORMATION synset, and the media and documents that carry it);
- visiting a place of worship, burial, memory or care, or the wounded, is no diplomatic visit
  (CAMEO 042 "make a visit" to another party): "visited the mausoleum of Imam Khomeini",
  "visited wounded soldiers in hospital";
- speaking to reporters is a press statement (CAMEO 010, not coded here), not a consultation
  with the press (CAMEO 040 is with another party): "Speaking to reporters, Fidan said …".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.token_lookup import children_of

# PETRARCH2 &INFORMATION (information, info, detail, fact, new, intelligence, update) and the
# media and documents that carry information
INFORMATION_OBJECTS = frozenset({
    "information", "info", "detail", "fact", "news", "intelligence", "update",
    "video", "footage", "image", "photo", "photograph", "picture", "recording", "audio",
    "statement", "report", "document", "data", "figure", "list", "result", "transcript",
    "text", "letter", "map", "finding", "guidance", "guideline", "album", "film",
    "communique", "communiqué", "readout", "tape", "clip", "satellite"})
# places and people a visitor may go to that are no party
NONPARTY_VISITED = frozenset({
    "mausoleum", "shrine", "grave", "tomb", "cemetery", "memorial", "monument", "museum",
    "mosque", "church", "temple", "synagogue", "cathedral", "monastery", "hospital",
    "clinic", "wounded", "injured", "patient", "victim", "exhibition", "fair", "stadium"})
PRESS_WORDS = frozenset({"reporter", "journalist", "press", "media", "correspondent",
                         "newsman", "newsmen", "newspaper"})
SPEAKING_VERBS = frozenset({"speak", "talk"})


def objects_of(token: Token) -> list[Token]:
    """The direct object (or passive subject) and the object of "to"."""
    found = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
    found += [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "to"
              for g in children_of(c) if g.dep_ == "pobj"]
    return found


def heads(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def no_party_deed(cameo: str, trigger: Token) -> bool:
    """The deed's object is no party (see the module): not an event."""
    if trigger.pos_ != "VERB":
        return False
    objects = objects_of(trigger)
    if not objects:
        return False
    if cameo.startswith("084"):
        return all(heads(o) & INFORMATION_OBJECTS for o in objects)
    if cameo == "042":  # "visited wounded soldiers": the modifier says who they are
        return all((heads(o) | {w for c in children_of(o) if c.dep_ in ("amod", "compound")
                                for w in heads(c)}) & NONPARTY_VISITED
                   for o in objects)
    if cameo.startswith("04") and trigger.lemma_.lower() in SPEAKING_VERBS:
        return all(heads(o) & PRESS_WORDS for o in objects)
    return False
