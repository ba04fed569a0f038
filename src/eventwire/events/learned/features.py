"""Features of a predicate token for the learned event classifier.

A candidate is a verb, an event-like noun (one that heads a noun phrase with an actor as its
possessor, compound or "of"/"by" object, or with an "against/on/with/between/to/over" phrase)
or a predicative adjective ("hostile"). Its features: the word vectors of its lemma, of the
head of its object (or prepositional object) and of its subject (the model's own vectors,
unit length), and named indicators: part of speech, dependency label, prepositions,
particle, modal and conditional markers (not negation:
see :func:`negated`), passive voice, whether the subject and
object are actors of the article (and their entity types), the sentence's position in the
article and the token's in its sentence. Pure functions of the parse and the actor index.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.tokens import Token

from eventwire.token_lookup import children_of

VECTOR_WIDTH = 300  # en_core_web_md (and sm returns zeros: the indicators still work)
SLOTS = ("lemma", "object", "subject")
NOUN_PREPS = {"against", "on", "with", "between", "to", "over", "of", "by", "for", "in"}
NOUN_PARTY_PREPS = {"against", "on", "with", "between", "to", "over"}
MODALS = {"will", "would", "could", "may", "might", "must", "should", "can", "shall"}
NEGATORS = {"not", "n't", "never", "no"}


def negated(token: Token) -> bool:
    """The predicate has a negator of its own ("did not excoriate"): the rules' negation
    code marks the event; the classifier neither sees it nor is trained on such tokens (the
    gold lists no negated deeds, so their label is unknown, not NONE)."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ in ("det", "advmod")
               for c in children_of(token))
CONDITION_MARKS = {"if", "unless", "until"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "agent")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")

ActorAt = Callable[[Token], bool]


def is_candidate(token: Token, actor_at: ActorAt) -> bool:
    """A predicate token that can tell an event (see the module doc)."""
    pos = token.pos_
    if pos == "VERB":
        return True
    if pos == "ADJ":
        return token.dep_ in ("acomp", "oprd") or (
            token.dep_ == "ROOT" and any(c.dep_ == "cop" for c in children_of(token)))
    if pos != "NOUN":
        return False
    for child in children_of(token):
        if child.dep_ in ("poss", "compound", "amod") and actor_at(child):
            return True
        if child.dep_ == "prep":
            word = child.lower_
            if word in NOUN_PARTY_PREPS:
                return True
            if word in ("of", "by") and any(g.dep_ == "pobj" and actor_at(g)
                                            for g in children_of(child)):
                return True
    return False


def object_head(token: Token) -> Token | None:
    kids = children_of(token)
    found = next((c for c in kids if c.dep_ in OBJECT_DEPS), None)
    if found is not None:
        return found
    for child in kids:
        if child.dep_ == "prep" and (token.pos_ != "NOUN" or child.lower_ in NOUN_PREPS):
            pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def subject_head(token: Token) -> Token | None:
    kids = children_of(token)
    found = next((c for c in kids if c.dep_ in SUBJECT_DEPS), None)
    if found is not None and found.dep_ == "agent":
        return next((g for g in children_of(found) if g.dep_ == "pobj"), None)
    if found is not None:
        return found
    if token.pos_ == "NOUN":
        return next((c for c in kids if c.dep_ in ("poss", "compound")), None)
    if token.pos_ == "ADJ" or token.dep_ in ("xcomp", "conj"):  # "is hostile", "agreed to X"
        return next((c for c in children_of(token.head) if c.dep_ in SUBJECT_DEPS), None)
    return None


def unit_vector(token: Token | None) -> numpy.ndarray:
    if token is None:
        return numpy.zeros(VECTOR_WIDTH, dtype=numpy.float32)
    lexeme = token.vocab[token.lemma_.lower()]
    if not lexeme.has_vector or not lexeme.vector_norm:
        lexeme = token.vocab[token.lower_]
        if not lexeme.has_vector or not lexeme.vector_norm:
            return numpy.zeros(VECTOR_WIDTH, dtype=numpy.float32)
    vector = lexeme.vector
    if vector.shape[0] != VECTOR_WIDTH:
        return numpy.zeros(VECTOR_WIDTH, dtype=numpy.float32)
    return (vector / lexeme.vector_norm).astype(numpy.float32)


def indicators(token: Token, actor_at: ActorAt, sentence_number: int) -> list[str]:
    """Named features of the token (the vocabulary is fixed by training)."""
    kids = children_of(token)
    out = [f"pos={token.pos_}", f"dep={token.dep_}", f"tag={token.tag_}",
           f"head_pos={token.head.pos_}" if token.head.i != token.i else "head_pos=ROOT",
           f"sent={min(sentence_number, 3)}",
           f"at={min((token.i - token.sent.start) // 5, 6)}"]
    for child in kids:
        dep, word = child.dep_, child.lower_
        if dep == "prep":
            out.append(f"prep={word}")
            if any(g.dep_ == "pobj" and actor_at(g) for g in children_of(child)):
                out.append(f"prep_actor={word}")
        elif dep == "prt":
            out.append(f"prt={word}")
        elif dep == "aux" and word in MODALS:
            out.append(f"modal={word}")
        elif dep == "aux" and word == "to":
            out.append("infinitive")
        elif dep == "auxpass":
            out.append("passive")
        elif dep == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                    for m in children_of(child)):
            out.append("has_condition")
        elif dep in ("xcomp", "ccomp"):
            out.append(f"comp={dep}")
    if token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                     for m in kids):
        out.append("in_condition")
    if token.head.i != token.i:
        out.append(f"head_lemma={token.head.lemma_.lower()}" if token.dep_ in (
            "xcomp", "ccomp", "dobj", "pobj") else "head_other")
    for name, slot in (("subject", subject_head(token)), ("object", object_head(token))):
        if slot is None:
            out.append(f"{name}=none")
            continue
        out.append(f"{name}_actor" if actor_at(slot) else f"{name}_other")
        if slot.ent_type_:
            out.append(f"{name}_ent={slot.ent_type_}")
        if slot.pos_ == "PRON":
            out.append(f"{name}_pron")
    return out


def dense(token: Token) -> numpy.ndarray:
    """The three word vectors, one after the other (3 × VECTOR_WIDTH)."""
    return numpy.concatenate([unit_vector(token), unit_vector(object_head(token)),
                              unit_vector(subject_head(token))])
