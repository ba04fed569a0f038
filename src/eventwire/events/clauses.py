"""Which clause of its sentence an event is told in: the sentence's news, or its background.

PLOVER codes the main event of a sentence, and a subordinate clause is not what its sentence
asserts (English grammar): a clause of condition ("if Iran attacks", "unless"), cause
("because", "since"), concession ("though", "although"), an earlier or later
limit ("before they demobilise", "until", "once") or purpose ("sent troops to seize the
town") tells the circumstance of the deed its sentence reports. An event whose trigger lies
inside such an adverbial clause is not coded when the sentence has an event (not negated,
with a source) outside one; when it has none, the clause is the only news the sentence tells
and its event stays.

Not subordinate here (measured on PLOVER dev and the reports, notes/s13-events.md): "while",
"whereas" and "as", which in news join two asserted deeds of different actors ("Israeli forces
will withdraw, while the Lebanese army deploys"; "Hamas freed three hostages as Israel
released 90 prisoners": the wire's "as" is one of time, review s13 F22); "after" and
"when" clauses and participial adjuncts (", accusing Moscow of ...", ", killing 12") -
whole reports count their deeds as news of their own ("lifted martial law six hours after
he declared it, when parliament voted to reject the decree"); and relative clauses, which
the extractor already reads as descriptions of a participant.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.extract import Draft
from eventwire.token_lookup import children_of

BACKGROUND_MARKS = frozenset({"if", "unless", "because", "since", "though", "although",
                              "before", "until", "once"})


def background_clause(clause: Token) -> bool:
    """An adverbial clause of condition, cause, concession, limit or purpose (see the module
    docstring)."""
    if clause.dep_ != "advcl":
        return False
    kids = children_of(clause)
    mark = next((c.lower_ for c in kids if c.dep_ == "mark"), None)
    if mark is not None:
        return mark in BACKGROUND_MARKS
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)


def in_background(token: Token) -> bool:
    """Whether ``token`` lies inside a background clause of its sentence."""
    current = token
    while current.head.i != current.i:
        if background_clause(current):
            return True
        current = current.head
    return False


def main_clause_events(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """``drafts`` without those told in a background clause of a sentence that has an event
    (not negated, with a source) outside one."""
    background = []
    for draft in drafts:
        span = doc.char_span(*draft.trigger, alignment_mode="expand")
        background.append(span is not None and len(span) > 0 and in_background(span.root))
    main = {d.sentence for d, bg in zip(drafts, background, strict=True)
            if not bg and not d.negated and not d.weak}
    return [d for d, bg in zip(drafts, background, strict=True)
            if not (bg and d.sentence in main)]
