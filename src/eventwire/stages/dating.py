"""When and where each event happened, from the parse: never the publication date by default.

Date, in order (``date.basis`` says which applied):
1. ``text``: a time expression modifying an event noun ("the 2015 nuclear deal"), else one
   attached to the event's clause (or to a temporal phrase of it:
   "during Trump's first term, which ended in 2021" → on or before 2021); a vague one ("in
   recent years") gives its text with no calendar value (mod BEFORE the publication); else
   the time a "when" clause modifies ("the conflict in May, when India launched strikes");
2. ``relative``: the event sits in the clause of "a day after ...", "one week after he met ...":
   the date of the main clause moved by the offset; "two days later" moves the previous date;
   when that gives no day ("a year earlier", "the following year") the expression's own
   value, which the tagger counted from the time in focus;
3. ``governing``: the clause that governs it (an infinitive or coordinated clause always; reported
   speech only when the reported verb is past tense: "said he had met" but not "said it will");
4. ``narrative``: the nearest day-precise date earlier in the paragraph, else the lead's date;
5. ``publication``: the publication date. Future, intended and hypothetical events get no date
   (value null, basis ``none``) rather than an invented one.

Place: a toponym attached to the clause or trigger by in/at/near (``text``), a visit's
destination ("visit to Moscow", ``destination``), or the dateline for events of the lead
(``dateline``); otherwise none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from eventwire.datevalues import date_start, precision_of  # noqa: F401 (re-exported)
from eventwire.document import Document, EventDraft
from eventwire.models import DateBasis, EventDate, Place, TimeRef
from eventwire.pipeline import Stage
from eventwire.token_lookup import children_of

UNDATED_MODALITIES = {"intended", "hypothetical", "future", "question"}
INHERIT_DEPS = {"xcomp", "conj", "advcl", "acl", "pcomp"}
REPORTED_DEPS = {"ccomp", "parataxis"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
MAX_HOPS = 4  # from the preposition's head up to the clause verb, not crossing another verb
DESTINATION_PREPS = {"to", "into"}
END_VERBS = {"end", "finish", "conclude", "expire", "close"}
START_VERBS = {"begin", "start", "launch", "open"}
_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def shift(value: str, offset: str | None, sign: int) -> str | None:
    """Move a day-precise value by an ISO duration (P1D, P1W, P2M)."""
    match = _DURATION.match(offset or "")
    if not match or precision_of(value) != "day":
        return None
    years, months, weeks, days = (int(g or 0) for g in match.groups())
    if years or months:
        return None
    try:
        day = date.fromisoformat(value[:10]) + sign * timedelta(days=days + 7 * weeks)
    except OverflowError:  # past year 1 or 9999: no value rather than an exception
        return None
    return day.isoformat()


def clause_verb(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself for verbs)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def climb(token: Token) -> tuple[int, ...]:
    """The positions a few steps up the tree from ``token`` that still belong to its clause
    (never through another verb): a place phrase on ``token`` tells where an event happened
    when the event's trigger or clause verb is one of them."""
    path = []
    for _ in range(MAX_HOPS):
        path.append(token.i)
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return tuple(path)
        if token.dep_ == "prep" and token.lower_ not in PLACE_PREPS | {"with", "of"}:
            return tuple(path)  # "sanctions over its war in Ukraine": not where it happened
        token = token.head
    path.append(token.i)
    return tuple(path)


def shares_place(verb: Token) -> bool:
    """Whether a clause shares the place of the clause above it: a verb coordinated with it,
    or a participle or infinitive with no subject of its own ("…, agreeing to meet again");
    not a finite adverbial clause ("after Israel struck Iran": an event of its own)."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ in ("conj", "xcomp"):
        return True
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb))


def on_clause(owner: Token, verb: Token) -> bool:
    """A phrase's head is the verb, its object, or a noun the object is "of" ("wrapped up a
    round of talks in Rome"): the clause's own place, not a place deep inside its object."""
    token = owner
    for _ in range(MAX_HOPS):
        if token.i == verb.i or token.head.i == verb.i and token.dep_ in ("dobj", "nsubjpass"):
            return True
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            return False
        token = token.head.head
    return False


def _root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


class Dater:
    def __init__(self, document: Document) -> None:
        assert document.doc is not None
        self.document, self.doc = document, document.doc
        anchor = document.anchor
        self.published = anchor.date().isoformat() if anchor else None
        self.by_verb: dict[int, list[TimeRef]] = {}
        self.vague_by_verb: dict[int, TimeRef] = {}  # "in recent years", "recently"
        self.relative: list[tuple[TimeRef, Token | None, Token | None]] = []
        self.dated: list[TimeRef] = []
        self.since: set[int] = set()  # starts of "since <date>" expressions (see _index)
        self._roots: dict[tuple[int, int], Token | None] = {}
        self._place_heads: list[tuple[Place, str, int, tuple[int, ...]]] | None = None
        for ref in document.times:
            self._index(ref)

    def root(self, start: int, end: int) -> Token | None:
        """The syntactic root of the text [start, end), looked up once per span (every event
        asks for the same time expressions' and places' roots)."""
        key = (start, end)
        if key not in self._roots:
            self._roots[key] = _root(self.doc, start, end)
        return self._roots[key]

    def _index(self, ref: TimeRef) -> None:
        root = self.root(ref.start, ref.end)
        if root is None:
            return
        if ref.anchor == "event":
            main: Token | None = clause_verb(root)
            sub = self._subordinate(ref)
            # "came [a day after] X imposed": the parse puts the expression in X's clause
            if sub is not None and main is not None and main.i == sub.i:
                main = clause_verb(sub.head) if sub.head.i != sub.i else None
            self.relative.append((ref, main, sub))
        elif ref.type in ("DATE", "TIME") and ref.value and not ref.value.endswith("_REF"):
            self.by_verb.setdefault(clause_verb(root).i, []).append(ref)
            self.dated.append(ref)
            if root.head.lower_ == "since" and root.head.i != root.i:
                # "held hostage since October 7": the start of a state that lasts up to the
                # time of writing (TimeML BEGUN_BY), not a time the narrative is at
                self.since.add(ref.start)
        elif ref.value in ("PAST_REF", "PXY", "PXM", "PXW", "PXD") or (
                ref.type == "DURATION" and ref.text.lower().startswith(("recent", "the past"))):
            self.vague_by_verb.setdefault(clause_verb(root).i, ref)

    def _subordinate(self, ref: TimeRef) -> Token | None:
        """The verb of the clause introduced by the expression's after/before."""
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        for token in span or ():
            if token.lower_ in ("after", "before"):
                for child in token.subtree:
                    if child.pos_ in ("VERB", "AUX") and child.i != token.i and child.i > token.i:
                        return child
                right = token.i + 1
                return clause_verb(self.doc[right]) if right < len(self.doc) else None
        return None

    # -- dates -----------------------------------------------------------------------------

    def date_for(self, event: EventDraft) -> EventDate:
        trigger = self.root(event.evidence.trigger.start, event.evidence.trigger.end)
        if trigger is None:
            return self.fallback(event, event.evidence.trigger.start)
        verb = clause_verb(trigger)
        own = self.own(trigger)
        if own is None and event.modality not in UNDATED_MODALITIES:
            # (a plan about a dated thing, "would revive the pact signed in 2001", is not
            # dated by the thing's own past)
            own = self.postmodified(trigger)
        return (own or self.attached(verb, trigger) or self.when_clause(verb)
                or self.related(verb) or self.governed(verb)
                or self.fallback(event, trigger.idx))

    def own(self, trigger: Token) -> EventDate | None:
        """An event noun dated inside its own phrase: "the 2015 nuclear deal", "last year's
        ceasefire" (a modifier before the noun), not the clause it is mentioned in."""
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return None
        for ref in self.dated:
            root = self.root(ref.start, ref.end)
            if (root is not None and root.i < trigger.i and root.head.i == trigger.i
                    and root.dep_ in ("nummod", "compound", "poss", "amod", "npadvmod")):
                return self._from_ref(ref, "text")
        for child in trigger.lefts:  # "the 2015 deal": the year names the event, not a time
            if child.dep_ in ("nummod", "compound") and re.fullmatch(r"(19|20)\d\d", child.text):
                return EventDate(value=child.text, precision="year", text=child.text,
                                 basis="text", start=child.idx, end=child.idx + 4)
        return None

    def postmodified(self, trigger: Token) -> EventDate | None:
        """An event noun dated after it, by its own prepositional phrase ("hailed the attack
        on Sunday", "the talks in Almaty on Friday") or by the participle that tells it
        ("the pact signed in Riyadh on Wednesday": the reduced relative's time is the
        signing's): the noun's time, not that of the clause it is mentioned in (a follow-up
        "said on Thursday it would study the pact signed on Wednesday")."""
        for ref in self.dated:
            root = self.root(ref.start, ref.end)
            if (root is not None and root.i > trigger.i and root.dep_ == "pobj"
                    and root.head.dep_ == "prep" and root.head.head.i == trigger.i
                    and root.head.lower_ in ("on", "in", "at")):
                return self._from_ref(ref, "text")
        for child in children_of(trigger):
            if child.dep_ == "acl" and child.tag_ == "VBN" and (refs := self.by_verb.get(child.i)):
                ref = min(refs, key=lambda r: abs(r.start - child.idx))
                return self._from_ref(ref, "text",
                                      "ON_OR_AFTER" if ref.start in self.since else None)
        return None

    def attached(self, verb: Token, trigger: Token, basis: DateBasis = "text"
                 ) -> EventDate | None:
        refs = self.by_verb.get(verb.i)
        if not refs:
            vague = self.vague_by_verb.get(verb.i)
            if vague is not None:  # "in recent years": said, but not a calendar date
                return EventDate(value=None, precision=None, text=vague.text, basis=basis,
                                 mod="BEFORE", start=vague.start, end=vague.end)
            return self.during(verb, basis)
        ref = min(refs, key=lambda r: abs(r.start - trigger.idx))
        return self._from_ref(ref, basis, "ON_OR_AFTER" if ref.start in self.since else None)

    def when_clause(self, verb: Token) -> EventDate | None:
        """A "when" clause on a time or on a timed noun is at that time: "since 2018, when
        security forces crushed the protests", "the conflict in May, when India launched
        strikes" (TimeML: the relative "when" makes the clause's event simultaneous with
        the time it modifies), not at the time of the sentence or of the report."""
        if verb.dep_ not in ("relcl", "advcl", "acl") or not any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in children_of(verb)):
            return None
        head = verb.head
        times = {head.i} | {g.i for c in children_of(head) if c.dep_ == "prep"
                            for g in children_of(c) if g.dep_ == "pobj"}
        for ref in self.dated:
            root = self.root(ref.start, ref.end)
            if root is not None and root.i in times:
                return self._from_ref(ref, "text")
        return None

    def during(self, verb: Token, basis: DateBasis) -> EventDate | None:
        """A time inside a temporal phrase of the clause: "during X, which ended in 2021"."""
        for child in children_of(verb):
            if child.lower_ not in ("during", "in", "since", "until", "throughout"):
                continue
            for ref in self.dated:
                root = self.root(ref.start, ref.end)
                if root is not None and child.left_edge.i <= root.i <= child.right_edge.i:
                    return self._from_ref(ref, basis, self._mod_from_clause(root, child.lower_))
        return None

    @staticmethod
    def _mod_from_clause(root: Token, prep: str) -> str | None:
        lemma = clause_verb(root).lemma_.lower()
        if lemma in END_VERBS or prep == "until":
            return "ON_OR_BEFORE"
        if lemma in START_VERBS or prep == "since":
            return "ON_OR_AFTER"
        return None

    def _from_ref(self, ref: TimeRef, basis: DateBasis, mod: str | None = None) -> EventDate:
        value = ref.value[:10] if ref.type == "TIME" and ref.value else ref.value  # the day
        return EventDate(value=value, precision=precision_of(value), text=ref.text,
                         basis=basis, mod=mod or ref.mod, start=ref.start, end=ref.end)

    def related(self, verb: Token) -> EventDate | None:
        for ref, main, sub in self.relative:
            if sub is not None and sub.i == verb.i and main is not None and main.i != verb.i:
                base = self.clause_date(main)
                sign = 1 if ref.relation == "before" else -1
            elif sub is None and main is not None and main.i == verb.i:
                base = self.previous_date(ref.start)
                sign = -1 if ref.relation == "before" else 1
            else:
                continue
            value = (shift(base, ref.offset, sign) if base else None) or ref.value
            if value:  # else the tagger's value, counted from the time in focus
                return EventDate(value=value, precision=precision_of(value), text=ref.text,
                                 basis="relative", start=ref.start, end=ref.end)
        return None

    def clause_date(self, verb: Token) -> str | None:
        found = self.attached(verb, verb) or self.governed(verb)
        if found and found.value:
            return found.value
        return self.narrative(verb.idx)

    def governed(self, verb: Token) -> EventDate | None:
        current = verb
        while current.head.i != current.i:
            dep, head = current.dep_, clause_verb(current.head)
            if dep in REPORTED_DEPS and current.tag_ not in ("VBD", "VBN"):
                return None
            if dep not in INHERIT_DEPS | REPORTED_DEPS:
                return None
            found = self.attached(head, head, "governing")
            if found:
                return found
            current = head
        return None

    def previous_date(self, position: int) -> str | None:
        earlier = [r for r in self.dated if r.end <= position and precision_of(r.value) == "day"
                   and r.start not in self.since]
        return earlier[-1].value if earlier else self.published

    def narrative(self, position: int) -> str | None:
        """The time in focus at ``position``: the paragraph's latest day-precise date before
        it, else the lead's (the first paragraph stating a day). A day after the publication
        is a plan ("will meet next Friday"), never the time in focus for what the report
        tells as done (TimeML: the narrative time moves with the past events narrated): such
        days are passed over; so are the days a state began ("held since October 7"), which
        date no deed narrated."""
        para = next((p for p in self.document.paragraphs if p.start <= position < p.end), None)
        if para is not None:
            same = [r for r in self.dated if para.start <= r.start < position
                    and precision_of(r.value) == "day" and not self._planned(r)
                    and r.start not in self.since]
            if same:
                return same[-1].value
        days = [r for r in self.dated if precision_of(r.value) == "day"
                and r.start not in self.since]
        if not days:
            return None
        # the lead's date: the first paragraph that states a day (its first day not planned)
        first = next((p for p in self.document.paragraphs
                      if p.start <= days[0].start < p.end), None)
        lead = [r for r in days if not self._planned(r)
                and (first is None or first.start <= r.start < first.end)]
        return lead[0].value if lead else None

    def _planned(self, ref: TimeRef) -> bool:
        """A day after the publication day."""
        return (self.published is not None and ref.value is not None
                and ref.value[:10] > self.published)

    def fallback(self, event: EventDraft, position: int) -> EventDate:
        if event.modality in UNDATED_MODALITIES:
            return EventDate(value=None, precision=None, text=None, basis="none")
        value = self.narrative(position)
        if value:
            return EventDate(value=value, precision="day", text=None, basis="narrative")
        return EventDate(value=self.published, precision="day" if self.published else None,
                         text=None, basis="publication")

    # -- places ----------------------------------------------------------------------------

    def place_for(self, event: EventDraft) -> Place | None:
        trigger = self.root(event.evidence.trigger.start, event.evidence.trigger.end)
        if trigger is None:
            return None
        verb = clause_verb(trigger)
        found = self.clause_place(trigger, verb)
        while found is None and shares_place(verb):
            # the clause it is coordinated with or a participle of ("wrapped up talks in Rome
            # on Saturday, agreeing to meet again": where the talks were; "A ceasefire took
            # effect in Gaza, and three hostages were released"): a place that clause names
            # comes before the dateline, which says only where the report was filed
            verb = clause_verb(verb.head)
            found = self.clause_place(verb, verb, shallow=True)
        return found or self.dateline_place(event)

    def clause_place(self, trigger: Token, verb: Token, shallow: bool = False
                     ) -> Place | None:
        """The place named in the trigger's own clause: a destination of the trigger
        ("flew to Riyadh"), else a place in an "in"/"at"/"near" phrase whose path reaches its
        clause. ``shallow``: only a phrase on the verb or its object ("held talks in
        Istanbul", "summoned the ambassador in Beijing"), not one deep in the object, which
        belongs to an event of its own ("ended the agreement with groups in northern Mali")."""
        for place, prep, owner, path in self.place_heads():
            if owner == trigger.i and prep in DESTINATION_PREPS:
                return replace(place, basis="destination")
            if shallow and not on_clause(self.doc[owner], verb):
                continue
            if prep in PLACE_PREPS and (verb.i in path or trigger.i in path):
                return replace(place, basis="text")
        return None

    def place_heads(self) -> list[tuple[Place, str, int, tuple[int, ...]]]:
        """The places named in a prepositional phrase, in order, each with its preposition,
        the position of the word the phrase hangs on and the tree path up from that word
        (:func:`climb`): worked out once per document, not once per event."""
        if self._place_heads is None:
            self._place_heads = []
            for place in self.document.places:
                if place.start is None or place.basis == "dateline":
                    continue
                root = self.root(place.start, place.end or place.start)
                if root is None or root.head.dep_ != "prep":
                    continue
                owner = root.head.head
                self._place_heads.append((place, root.head.lower_, owner.i, climb(owner)))
        return self._place_heads

    def dateline_place(self, event: EventDraft) -> Place | None:
        dateline = self.document.dateline
        if dateline is None:
            return None
        para = next((p for p in self.document.paragraphs
                     if p.start <= dateline.start < p.end), None)
        if para is None or not para.start <= event.evidence.trigger.start < para.end:
            return None
        return next((p for p in self.document.places if p.basis == "dateline"), None)


def date_and_place_events(document: Document) -> None:
    dater = Dater(document)
    for event in document.events:
        event.date, event.place = dater.date_for(event), dater.place_for(event)


def make_dating_stage() -> Stage:
    return Stage("dating", needs=("doc", "anchor", "paragraphs", "dateline", "events", "times",
                                  "places"), adds=("events",), run=date_and_place_events)
