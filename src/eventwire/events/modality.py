"""Negation, modality and reporting around a trigger and its governors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.token_lookup import children_of

# "would" counts as future in the past ("said they would boycott")
FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll", "would", "'d", "’d"}
HYPOTHETICAL_AUX = {"could", "might", "may"}
CONDITION_MARKS = {"if", "unless"}
NEGATORS = {"not", "n't", "never", "’t", "no"}
REPORTING_VERBS = {"say", "tell", "announce", "report", "claim", "allege", "state", "add", "insist",
                   "confirm", "note", "stress", "declare", "write", "assert", "reiterate",
                   "explain", "reveal", "indicate", "argue", "believe", "think", "conclude"}
INTENT_VERBS = {"plan", "intend", "aim", "seek", "want", "decide", "prepare", "hope", "expect",
                *("try", "attempt", "strive", "endeavour", "endeavor")}
# Verbs of attempt ("tried to seize", "attempted to storm"): the deed is not asserted, only
# the attempt (intended modality; CAMEO codes an attempt as the deed only where the codebook
# names it, 185 "attempt to assassinate"); listed in INTENT_VERBS and PLAN_VERBS
# Governors with the "intend" stance that state a plan, a wish or a decision, not a
# commitment made to another party ("vowed to", "swore to"): under them a conflictual deed is
# the deed, intended, not a threat (events.coding rule 3). "agreed to" / "voted to" a
# conflictual deed is its doers' joint decision ("The EU agreed to extend its sanctions on
# Russia": SANCTION 163, as PETRARCH2's AGREE * (TO SANCTIONS) [163]), no warning to the target
PLAN_VERBS = {"plan", "intend", "aim", "decide", "prepare", "prepared", "schedule", "expect",
              "agree", "vote",
              "want", "seek", "hope", "wish", "consider", "mull", "weigh",
              "try", "attempt", "strive", "endeavour", "endeavor"}
# the tagger lemmatises "hoped"/"hopes" as "hop": the forms themselves
HOPE_FORMS = {"hope", "hopes", "hoped", "hoping"}
# Raising predicates: "is set / poised / due / slated / scheduled / expected / likely / about
# to [withdraw]" tell what is to happen, not anyone's intent: their subject is the deed's
# subject, the deed is future (TimeML: the predicate is a modal of the event, not an event)
RAISING_FORMS = {"set", "poised", "due", "slated", "scheduled", "expected", "likely", "about",
                 "bound"}


def raising_predicate(gov: Token) -> bool:
    """``gov`` is a raising predicate over an infinitive ("The US is set to withdraw", "Modi
    is expected to visit"): a participle or adjective in the form list, with a form of "be"
    (or none, in a headline or a reduced clause: "Troops set to leave Mali"); an active verb
    ("set the date", "expected a reply") is no raising predicate."""
    if gov.lower_ not in RAISING_FORMS or gov.tag_ not in ("VBN", "JJ", "RB", "IN", "VBD"):
        return False
    kids = children_of(gov)
    if not any(c.dep_ == "xcomp" for c in kids):
        return False  # "would not be bound by the target": no infinitive, no raising
    if any(c.dep_ in ("nsubj", "dobj") and c.pos_ != "PRON" for c in kids) and not any(
            c.dep_ in ("auxpass", "aux", "cop") and c.lemma_ == "be" for c in kids):
        return gov.dep_ == "acomp"  # "X is likely to ...": adjective under "be"
    return True


# "would not hesitate to": its negation is part of the warning, not of the deed
LITOTES = {"hesitate"}
MODALITY_ORDER = ("question", "hypothetical", "future", "intended", "reported", "asserted")


@dataclass(frozen=True)
class Modality:
    negated: bool
    future: bool
    hypothetical: bool
    conditional: bool
    question: bool
    intended: bool
    reporter: Token | None  # the reporting verb ("said") the event is embedded under
    unless: bool = False  # "X will do Y unless Z": a threat
    attributed: Token | None = None  # "according to [X]": the source the writer cites

    @property
    def value(self) -> str:
        flags = {"question": self.question, "hypothetical": self.hypothetical or self.conditional,
                 "future": self.future, "intended": self.intended,
                 "reported": self.reporter is not None or self.attributed is not None}
        return next((m for m in MODALITY_ORDER if flags.get(m, True)), "asserted")

    @property
    def irrealis(self) -> bool:
        """Future, intended or conditional: turns a deed into an intent or a threat."""
        return self.future or self.intended or self.conditional


def is_negator(child: Token) -> bool:
    return (child.dep_ == "neg" or child.dep_ == "det" and child.lower_ == "no"
            or child.dep_ == "advmod" and child.lower_ == "never")


def aux_words(token: Token) -> set[str]:
    return {c.lower_ for c in children_of(token) if c.dep_ in ("aux", "auxpass")}


def condition_mark(clause: Token) -> bool:
    """A clause introduced by "if", "unless" or "as long as"."""
    return any(m.dep_ == "mark" and (m.lower_ in CONDITION_MARKS or m.lower_ == "as"
                                     and clause.head.lower_ == "long") for m in children_of(clause))


def condition_marks(token: Token) -> set[str]:
    return {m.lower_ for c in children_of(token) if c.dep_ == "advcl"
            for m in children_of(c) if m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
            | {"until"}}


def reporter_of(token: Token) -> Token | None:
    """The reporting verb the clause of ``token`` is the complement of ("X said [Y had …]")."""
    current = token
    for _ in range(3):
        if current.dep_ in ("ccomp", "parataxis") and current.head.lemma_ in REPORTING_VERBS:
            return current.head
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


# Documents that lay down what is to happen: "according to [the agreement], X will …"
STIPULATING_NOUNS = {"agreement", "deal", "accord", "treaty", "plan", "law", "constitution",
                     "resolution", "proposal", "term", "rule", "schedule", "timetable",
                     "framework", "roadmap", "decree", "charter", "protocol", "memorandum"}


def attribution_of(tokens: Sequence[Token]) -> Token | None:
    """"According to the Ukrainian military, Russia shelled Kharkiv" / "…, according to
    witnesses": the writer attributes the clause to a source; the event is reported, not
    asserted (TimeML/FactBank: a source other than the author). Returns the source's head
    noun."""
    for token in tokens:
        for prep in children_of(token):
            if prep.dep_ == "prep" and prep.lower_ == "according":
                for to in children_of(prep):
                    if to.dep_ == "prep" and to.lower_ == "to":
                        found = next((c for c in children_of(to) if c.dep_ == "pobj"), None)
                        # "according to the agreement": what a text stipulates, not a report
                        return None if found is None or found.lemma_.lower() in (
                            STIPULATING_NOUNS) else found
    return None


def is_question(token: Token) -> bool:
    """Whether the sentence ends with "?" (closing quotes and spaces aside)."""
    sent = token.sent
    doc = token.doc
    for i in range(sent.end - 1, max(sent.start, sent.end - 4) - 1, -1):
        text = doc[i].text.strip().rstrip("”\"' ’")
        if text:
            return text.endswith("?")
    return False


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def headline_infinitive(top: Token) -> bool:
    """A headline's bare infinitive ("Macron to meet Xi in Paris", "Delegations to hold
    talks in Doha") states what is to happen: future. Only when no verb governs it (a
    headline fragment), never "X agreed to meet Y" or "plans to meet were dropped"."""
    if top.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                   for c in children_of(top)):
        return False
    return not any(t.pos_ in ("VERB", "AUX", "ADJ") or t.tag_ in FINITE_TAGS
                   for t in top.ancestors)


def modality_of(tokens: Sequence[Token]) -> Modality:
    """``tokens``: the trigger and its governors, innermost first."""
    auxes: set[str] = set()
    negated = False
    marks: set[str] = set()
    for token in tokens:
        auxes |= aux_words(token)
        negated = negated or token.lemma_.lower() not in LITOTES and any(
            is_negator(c) for c in children_of(token))
        marks |= condition_marks(token)
    intended = any((t.lemma_ in INTENT_VERBS or t.lower_ in HOPE_FORMS)
                   and not raising_predicate(t) for t in tokens)
    future = (bool(auxes & FUTURE_AUX) or "going" in auxes or headline_infinitive(tokens[-1])
              or any(raising_predicate(t) for t in tokens[1:]))
    # "will press on until the rebels lay down their arms": an ultimatum, a condition on
    # an announced deed (PLOVER THREATEN); a past "fought until the town fell" is none
    ultimatum = "until" in marks and (future or intended)
    return Modality(
        negated=negated, future=future,
        hypothetical=bool(auxes & HYPOTHETICAL_AUX),
        conditional=bool(marks - {"until"}) or ultimatum,
        question=is_question(tokens[0]), intended=intended,
        reporter=reporter_of(tokens[-1]), unless="unless" in marks,
        attributed=attribution_of(tokens),
    )


# Nouns whose clause tells what someone alleges, fears or denies: "its allegation that Kyiv
# was planning an attack", "rumours that Russia would invade", "the claim that Poland was
# massing troops". The clause is the content of that speech act, not a deed the writer
# asserts (FactBank: a source other than the author; the allegation itself is ACCUSE).
CLAIM_NOUNS = {"allegation", "claim", "accusation", "charge", "rumour", "rumor", "assertion",
               "insinuation", "speculation", "suspicion", "denial", "fear", "conspiracy",
               "theory", "narrative", "propaganda", "disinformation", "lie", "admission",
               "acknowledgement", "acknowledgment", "confession"}
# Verbs whose complement is a claim about another party: the content is coded only as part
# of an accusation (PETRARCH2's "a (b . ATTACK) SAY = a b 112"), never on its own
ALLEGING_VERBS = {"allege", "claim", "rumour", "rumor", "insinuate", "accuse"}
CONTENT_DEPS = ("acl", "ccomp", "appos")
# Verbs whose "for"/"of" object is the deed they lay at another's door ("blamed Israel
# [for] the bombing", "accused Kyiv [of] shelling", "held Moscow responsible for"): that
# deed is the accusation's content, not a deed the writer asserts on its own
BLAMING_VERBS = {"blame", "accuse", "charge", "fault", "indict", "suspect", "condemn"}
BLAME_PREPS = {"for", "of", "over"}


def claimed_content(top: Token) -> Token | None:
    """The claim noun or alleging verb whose content clause holds ``top`` (the highest
    token of a trigger's chain), or None: "Moscow repeated its allegation that [Kyiv was
    planning an attack]" → "allegation"."""
    for token in (top, *top.ancestors):
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in BLAME_PREPS and (
                token.head.head.lemma_.lower() in BLAMING_VERBS | {"responsible"}):
            return token.head.head
        if token.dep_ not in CONTENT_DEPS or token.head.i == token.i:
            continue
        head = token.head
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in CLAIM_NOUNS:
            return head
        if head.pos_ == "VERB" and token.dep_ == "ccomp" and head.lemma_ in ALLEGING_VERBS:
            return head
    return None

