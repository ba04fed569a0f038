"""What a cue verb reports: its content, found in the parse.

- a clausal complement: "said (that) X", "the poll shows X pulling ahead" (ccomp), also when
  the parser hung the clause on an object or on "in a statement" as a relative clause;
- a sentence-final or parenthetical cue: "X, three aides said." / "X, Mr. Walsh argued, Y."
  (the cue is a parataxis of the reported clause, or the clause a ccomp before the cue): the
  sentence without the cue's own clause, in one or two pieces;
- an object with its complements, for verbs whose object is what they report ("denied any
  wrongdoing", "accused Moscow of …", "expects growth of 5%"), for any cue verb whose subject
  is a document or poll ("records show no such opposition"), and for speech acts that name
  something "as" something ("dismissed the inquiry as …");
- an object and an infinitive for verbs of ordering or expecting ("ordered the state to
  stop …", "expect the standoff to last …").
Content never runs into a coordinated clause with a cue of its own ("denied X and blamed Y").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.quotes.cues import CueLexicon
from eventwire.token_lookup import children_of

EDGE = set(",;:.—–-()")
WITHHOLD = frozenset({"refuse", "decline", "fail", "hesitate", "neglect"})
TIME_ENTS = ("DATE", "TIME")
OBJECTS = ("dobj", "xcomp", "oprd", "attr")
OBJECT_PREPS = ("of", "for", "as", "at", "to", "about", "on")
CONTENT_NOUN_PREPS = ("in", "at", "during", "on")  # "said in a statement that …"


def complement(verb: Token) -> Token | None:
    """The verb's clausal complement, or a clause the parser hung elsewhere."""
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    if clause is not None:
        return clause
    for child in children_of(verb):
        holders = [child] if child.dep_ in ("dobj", "dative") else \
            [g for g in children_of(child) if g.dep_ == "pobj"] \
            if child.dep_ == "prep" and child.lower_ in CONTENT_NOUN_PREPS else []
        for holder in holders:
            for clause in children_of(holder):
                kids = list(children_of(clause))
                if clause.dep_ in ("acl", "relcl") and \
                        any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) and \
                        any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
                    return clause
    return None


def clause_tokens(verb: Token, clause: Token, cues: CueLexicon) -> list[Token]:
    """The complement clause without its "that" and without a following "adding that …"."""
    end = clause.right_edge.i + 1
    for child in clause.rights:
        if child.dep_ in ("advcl", "conj") and child.lemma_ in cues.verbs and \
                (child.tag_ == "VBG" or child.dep_ == "conj" and own_subject(child) is None):
            end = min(end, child.left_edge.i)
    for child in clause.rights:  # "…, the first survey this fall to …": a comment on it
        if child.dep_ in ("npadvmod", "appos", "dobj") and child.pos_ in ("NOUN", "PROPN") and \
                child.i > clause.i and verb.doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.left_edge.i)
    start = clause.left_edge.i
    if start < verb.i < end:  # a clause before the cue: "X, aides said" never includes "said"
        end = min(end, verb.left_edge.i) if clause.i < verb.i else end
    for child in clause.lefts:  # "said on Tuesday it had …": the date belongs to "said"
        if child.i == start and child.dep_ in ("prep", "npadvmod") and \
                any(t.ent_type_ in TIME_ENTS for t in child.subtree):
            start = child.right_edge.i + 1
    tokens = list(verb.doc[start:end])
    if tokens and tokens[0].dep_ == "mark" and tokens[0].lower_ == "that":
        tokens = tokens[1:]
    return tokens


def own_subject(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)


def parenthetical(verb: Token) -> list[list[Token]]:
    """ "X, Mr. Walsh argued, Y" / "X, a source told AFP": the sentence without the cue."""
    if verb.dep_ != "parataxis" or any(c.dep_ == "ccomp" for c in children_of(verb)):
        return []
    sent = verb.sent
    first, last = verb.left_edge.i, verb.right_edge.i
    before = list(verb.doc[sent.start:first])
    after = list(verb.doc[last + 1:sent.end])
    return [p for p in (before, after) if p]


def object_tokens(verb: Token, cues: CueLexicon, evidence: bool) -> list[Token]:
    """The object and its complements, when they are what the verb reports."""
    objects = [c for c in children_of(verb) if c.dep_ in OBJECTS and c.i > verb.i]
    if not objects:
        return []
    obj = objects[0]
    named_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(obj)) or \
        any(c.dep_ in ("oprd", "ccomp") for c in children_of(verb))
    control = verb.lemma_ in cues.control_content and \
        any(c.dep_ in ("xcomp", "ccomp") and c.i > obj.i for c in children_of(verb))
    evidence = evidence and cues.verb_class.get(verb.lemma_) == "evidence"
    if not (verb.lemma_ in cues.object_content or evidence or control or
            named_as and verb.lemma_ in cues.acts):
        return []
    last = obj.right_edge.i
    for child in verb.rights:
        if child.i <= obj.i:
            continue
        if child.dep_ in ("xcomp", "oprd", "ccomp", "attr") or \
                child.dep_ == "prep" and child.lower_ in OBJECT_PREPS and child.i == last + 1:
            last = child.right_edge.i
        elif child.dep_ in ("cc", "conj", "punct", "advcl"):
            break
    tokens = list(verb.doc[obj.left_edge.i:last + 1])
    return cut_coordinated(tokens, cues)


def cut_coordinated(tokens: list[Token], cues: CueLexicon) -> list[Token]:
    """Stop before "and blamed …": a coordinated cue verb is a statement of its own."""
    for k, token in enumerate(tokens):
        if token.dep_ == "conj" and token.lemma_ in cues.verbs and token.pos_ == "VERB":
            cut = k
            while cut > 0 and tokens[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            return tokens[:cut]
    return tokens


def trim(tokens: list[Token]) -> list[Token]:
    """Edge punctuation and spaces off; a quote mark stays when its pair is inside."""
    opens, closes = set("“\"‘'«"), set("”\"’'»")
    changed = True
    while tokens and changed:
        size = len(tokens)
        while tokens and (tokens[0].text in EDGE or tokens[0].is_space):
            tokens = tokens[1:]
        while tokens and (tokens[-1].text in EDGE or tokens[-1].is_space or
                          tokens[-1].dep_ == "cc"):
            tokens = tokens[:-1]
        if tokens and tokens[0].text in opens and \
                not any(t.text in closes for t in tokens[1:]):
            tokens = tokens[1:]
        if tokens and tokens[-1].text in closes and \
                not any(t.text in opens for t in tokens[:-1]):
            tokens = tokens[:-1]
        changed = len(tokens) != size
    return tokens


def withheld(verb: Token) -> bool:
    """ "has not said", "declined to say", "refused to say whether …": nothing is reported."""
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_ in WITHHOLD or
                                     any(c.dep_ == "neg" for c in children_of(verb.head)))


def content_pieces(verb: Token, cues: CueLexicon, evidence: bool,
                   min_tokens: int = 2) -> list[tuple[int, int]]:
    """Character spans of what ``verb`` reports (one or two pieces), or [] when nothing."""
    if withheld(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN":
        return []  # "the operation, dubbed “Iron Wall”", "a report released on Monday"
    clause = complement(verb) if verb.lemma_ in cues.indirect else None
    if clause is not None and any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                  for c in children_of(clause)):
        return []
    if clause is not None:
        pieces = [clause_tokens(verb, clause, cues)]
    else:
        pieces = parenthetical(verb) or [object_tokens(verb, cues, evidence)]
    spans = []
    for piece in pieces:
        piece = trim(piece)
        if piece:
            spans.append((piece[0].idx, piece[-1].idx + len(piece[-1])))
    words = sum(1 for p in pieces for t in p if not t.is_punct)
    return spans if words >= min_tokens or (spans and clause is None) else []
