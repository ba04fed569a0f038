"""The report's setting: the state its events happen in.

CAMEO coders give actors the text names without a country ("police", "protesters", "the
government", "the foreign minister, Jan Novak", "the Rapid Action Battalion") the country of
the report's setting. This is the weakest evidence for an actor's country, used only after the
actor's own phrase or title (a state or body named in it), its sentence (the state named last
before it) and a place it acts in ("police in Lome") have named none.

The setting is the dateline's state, else (no dateline) the state the text names most often.
A dateline gives where the reporter filed, which is sometimes a regional bureau ("DAKAR –
Security forces in Togo fired …"): when the text never names the dateline's state and its
lede (headline and first sentence) places the news in another state (its capital, "in Togo"),
that state is the setting.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from eventwire.actors.modifiers import backer_mention
from eventwire.document import Document
from eventwire.lexicon.actors import ActorLexicon


def dateline_state(document: Document, lexicon: ActorLexicon) -> str | None:
    """The state of the dateline's place ("NEW YORK/BERLIN (WorldWire)" → USA): a state or
    its capital, else a city or region of one ("LAGOS" → NGA, from the places the lexicon
    knows) when the text names that state or no state at all. A city that is no capital is
    as often a regional bureau ("JOHANNESBURG - Zimbabwe's opposition said …", "DUBAI -
    Iran's Revolutionary Guards seized …"): there it tells where the reporter filed, not
    the state the news is in."""
    dateline = document.dateline
    if dateline is None:
        return None
    parts = [part.strip() for part in dateline.text.replace("/", ",").split(",")]
    for part in parts:
        for surface in lexicon.lookup(part):
            if surface.kind == "state":
                return surface.key
    place = next((found for part in parts if (found := lexicon.place(part)) is not None), None)
    if place is None:
        return None
    named = state_counts(document)
    return place if named[place] or not named else None


def state_counts(document: Document) -> Counter[str]:
    """Mentions of each state in the text (names, demonyms, capitals, pronouns), in order of
    first mention."""
    counts: Counter[str] = Counter()
    doc = document.doc
    for mention in document.mentions:
        actor = document.actors.get(mention.actor)
        if actor is not None and actor.kind == "state" and actor.country and (
                doc is None or not backer_mention(doc, mention)):  # not "Iranian-backed"
            counts[actor.country] += 1
    return counts


def lede_end(document: Document) -> int:
    """End of the headline and the first sentence of the body: where a report says where
    its news happened."""
    doc = document.doc
    assert doc is not None
    paras = document.paragraphs
    title_end = paras[0].end if document.article.title and len(paras) > 1 else 0
    for sent in doc.sents:
        if sent.end_char > title_end and any(t.is_alpha for t in sent):
            return sent.end_char
    return title_end


def lede_places(document: Document) -> Counter[str]:
    """States the headline and first sentence place the news in: a capital named as a place
    ("in the capital Lome", "talks at Doha") or the object of "in" ("police in Togo"). A
    capital standing for its government ("The spokesperson urged Washington to ...") is an
    actor of the news, not where it happens."""
    counts: Counter[str] = Counter()
    text, end = document.text, lede_end(document)
    for mention in document.mentions:
        actor = document.actors.get(mention.actor)
        if mention.start >= end or actor is None or actor.kind != "state" or not actor.country:
            continue
        before = text[max(0, mention.start - 4):mention.start]
        words = text[max(0, mention.start - 12):mention.start].lower().split()
        placed = mention.how == "capital" and bool(words) and words[-1] in LOCATIVE
        if placed or before.lower() in (" in ", "\nin "):
            counts[actor.country] += 1
    return counts


# the word before a capital named as a place, not as its government
LOCATIVE = frozenset({"in", "at", "near", "capital", "city", "outside", "from"})


def setting_country(document: Document, lexicon: ActorLexicon) -> str | None:
    """The state the report is set in: the dateline's, unless the text never names it and
    its lede places the news in another state; with no dateline, the state named most often
    (the first named on ties)."""
    counts = state_counts(document)
    dateline = dateline_state(document, lexicon)
    if dateline is not None:
        places = lede_places(document) if not counts[dateline] else Counter()
        return max(places, key=lambda c: places[c]) if places else dateline
    return max(counts, key=lambda c: counts[c], default=None)


def clear_setting(document: Document, lexicon: ActorLexicon) -> str | None:
    """The setting when the report leaves no doubt about it: the one its dateline (or its
    lede) gives, or with no dateline a state named more often than all others together. A
    titled person or a named body the text gives no country takes only a clear setting ("He
    later met acting President Choi Sang-mok" in a report naming North Korea most, South
    Korea and the United States often, is not North Korea's)."""
    if dateline_state(document, lexicon) is not None:
        return setting_country(document, lexicon)
    counts = state_counts(document)
    top = max(counts, key=lambda c: counts[c], default=None)
    if top is None or 2 * counts[top] <= sum(counts.values()):
        return None
    return top


def state_before(document: Document, token: Token) -> str | None:
    """The state mentioned last before ``token`` in its sentence: the nearest qualified
    mention ("Kenya's president said police …"). Not a state named inside a quotation the
    token is not in: the quoted words are the speaker's, not a description of the speaker
    (" 'Taiwan is a red line,' the foreign ministry said" is not Taiwan's ministry)."""
    quotes = [(s.open_at, s.outer_end) for s in document.segments if not s.single
              and not s.open_at <= token.idx < s.outer_end]
    found = None
    for mention in document.mentions_in(token.sent.start_char, token.idx):
        actor = document.actors.get(mention.actor)
        if actor is not None and actor.kind == "state" and actor.country and not any(
                start <= mention.start < end for start, end in quotes):
            found = actor.country
    return found
