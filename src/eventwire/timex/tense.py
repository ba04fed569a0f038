"""Tense of the clause a time expression sits in: from the parse, or from cheap cues.

Returns "past", "future", "present" or None (unknown), and "prospective" for an
infinitive under a past verb ("sent troops to restore order on Monday", "picked firms
for a programme to run through June"): :meth:`Context.tense` turns it into "past" for
near expressions (weekdays) and "future" for the others (months, dates). Resolvers decide what an
unknown tense means for them (weekdays and bare months default to the past: news).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.timex.lexicon import FUTURE_AUX, FUTURE_LEMMAS, INTENT_LEMMAS
from eventwire.token_lookup import children_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|shall|won't|would|should|might|must|(?-i:may)|going to|due to|scheduled|"
    r"plans? to|planned|"
    r"expected to|expects? to|set to|is to|are to|postponed|delayed|upcoming|next)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:said|was|were|had|did|told|ago|last|yesterday)\b|"
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b[a-z]{2,}ed\b",
    re.IGNORECASE,
)
_PRESENT_CUES = re.compile(r"\b(?:is|are|remains?)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[.;!?\n]|,\s")
_VERB_POS = frozenset({"VERB", "AUX"})
_PAST_TAGS = frozenset({"VBD"})


def _clause_parts(text: str, start: int, end: int) -> tuple[str, str]:
    """Text of the clause before and after [start, end), cut at clause stops."""
    left = text[max(0, start - 80):start]
    stops = list(_CLAUSE_STOP.finditer(left))
    left = left[stops[-1].end():] if stops else left
    right = text[end:end + 50]
    stop = _CLAUSE_STOP.search(right)
    return left, right[:stop.start()] if stop else right


def _nearest(pattern: re.Pattern[str], left: str, right: str) -> int | None:
    """Distance in characters from the expression to the nearest match of ``pattern``."""
    distances = [len(left) - m.end() for m in pattern.finditer(left)]
    distances += [m.start() for m in pattern.finditer(right)]
    return min(distances) if distances else None


def tense_from_text(text: str, start: int, end: int) -> str | None:
    """Cheap heuristic: the nearest future cue (will, would, 'll, due to ...) or past cue
    (said, was, -ed ...) in the clause decides."""
    left, right = _clause_parts(text, start, end)
    cues = {"future": _nearest(_FUTURE_CUES, left, right),
            "past": _nearest(_PAST_CUES, left, right),
            "present": _nearest(_PRESENT_CUES, left, right)}
    found = [(distance, rank, tense) for rank, (tense, distance) in enumerate(cues.items())
             if distance is not None]
    return min(found)[2] if found else None


def _governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in _VERB_POS and token.i not in range(span.start, span.end):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _infinitive_tense(verb: Token, depth: int) -> str | None:
    """"offer to host in July", "due to open in May" look ahead; "failed to reach a deal
    on Sunday" keeps the tense of the verb it depends on."""
    matrix = verb.head
    if matrix.i == verb.i or matrix.pos_ in ("NOUN", "PROPN", "ADJ"):
        return "future"
    if matrix.lemma_.lower() in FUTURE_LEMMAS | INTENT_LEMMAS or depth > 2:
        return "future"
    if matrix.pos_ not in _VERB_POS:
        return "future"
    return "prospective" if _verb_tense(matrix, depth + 1) == "past" else "future"


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or "going" in lowers:
        return "future"
    if verb.lemma_.lower() in FUTURE_LEMMAS:
        return "future"
    if "to" in lowers and not lowers & {"have", "has", "had"}:
        return _infinitive_tense(verb, depth)
    if verb.tag_ in _PAST_TAGS or any(a.tag_ in _PAST_TAGS for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and lowers & {"has", "have", "'ve", "'s"}:
        return "past"
    if verb.tag_ == "VBG" and lowers & {"is", "are", "'re", "am", "'s"}:
        return "future"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def tense_from_doc(doc: Doc, start: int, end: int) -> str | None:
    """Tense of the verb governing the expression, or None when there is none."""
    verb = _governing_verb(doc, start, end)
    return _verb_tense(verb) if verb is not None else None


def clause_tense(text: str, start: int, end: int, doc: Doc | None) -> str | None:
    """Parse first (when a doc is given), cheap cues otherwise or when it says nothing."""
    if doc is not None:
        tense = tense_from_doc(doc, start, end)
        if tense is not None:
            return tense
    return tense_from_text(text, start, end)
