"""One walk over the document in text order: known mentions feed the discourse history;
pronouns, descriptions and pair phrases are resolved against it as they come."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from eventwire.actors.descriptions import (
    Description,
    binding_subject,
    description_at,
    resolve_description,
    with_text_titles,
)
from eventwire.actors.groups import DEFINITE, NUMBERS, QUANTIFIERS, GroupPhrase, group_phrase
from eventwire.actors.modifiers import backer_tokens
from eventwire.actors.names import alias_mentions, named_before
from eventwire.actors.states import STATE_NOUNS, state_actor
from eventwire.coref.gender import infer_genders
from eventwire.coref.pairs import GROUP_CONFIDENCE, PAIR_DECAY, PAIR_WINDOW, Pair, pair_phrase
from eventwire.coref.pronouns import PRONOUN_CLASS, is_pronoun, resolve_pronoun
from eventwire.coref.salience import History
from eventwire.document import ActorDraft, Document, Mention
from eventwire.lexicon.actors import ActorLexicon
from eventwire.lexicon.names import GivenNames
from eventwire.structure.regions import Regions
from eventwire.token_lookup import children_of, token_indices

MIN_QUOTED_WORDS = 3

# A pair of a state and a non-state side ("Israel … Hezbollah"): "both parties", "the two
# sides" can stand for it, "they" does not (the subject alone is as likely).
MIXED = "mixed"
# nouns for the sides of a dispute or a war (the grammar's relational state nouns that do not
# mean a state): they can stand for two bodies of one state ("the warring parties" after
# "Sudan's army and the RSF"), unlike "countries", "nations" or "governments"
SIDE_NOUNS = frozenset({"sides", "parties", "belligerents", "rivals", "foes", "adversaries"})
SIDE_KINDS = frozenset({"state", "group", "organization"})


class Resolver:
    def __init__(self, document: Document, lexicon: ActorLexicon, names: GivenNames) -> None:
        assert document.doc is not None, "coreference needs the parse"
        self.document = document
        self.doc: Doc = document.doc
        self.lexicon = lexicon
        self.names = names
        self.history = History.of(self.doc)
        self.pairs: list[Pair] = []
        self.chains: dict[int, tuple[list[str], int]] = {}  # conj chain root → (ids, pair index)
        self.seen: dict[str, int] = {}  # actor id → token of its latest mention
        self.head_actor: dict[int, str] = {}  # head token → actor id
        self.token_actor: dict[int, str] = {}  # any mention token → actor id
        self.quoted = quoted_regions(document)
        self.counterparts = set(token_indices(self.doc, LOWER, ("counterpart", "counterparts")))

    @property
    def actors(self) -> dict[str, ActorDraft]:
        return self.document.actors

    def run(self) -> None:
        self.short_forms()
        for mention in self.document.mentions:
            for i in token_range(self.doc, mention):
                self.token_actor.setdefault(i, mention.actor)
        covered = set(self.token_actor)
        for mention in list(alias_mentions(self.doc, self.actors, covered)):
            self.document.add_mention(mention)
            covered.add(mention.token_start or 0)
            self.token_actor[mention.token_start or 0] = mention.actor
        infer_genders(self.doc, self.actors, self.document.mentions, self.names)
        starts: dict[int, list[Mention]] = {}
        for mention in self.document.mentions:
            starts.setdefault(token_range(self.doc, mention).start, []).append(mention)
        candidates = set(self.candidates())
        for i in sorted(candidates | set(starts)):
            for mention in starts.get(i, ()):
                self.observe(mention)
            if i in candidates:
                self.visit(self.doc[i], i in covered)

    def short_forms(self) -> None:
        """A surname the actor dictionary reads as another actor is the person the report
        named in full before it (:func:`eventwire.actors.names.named_before`); an actor left
        with no mention is no actor of the report."""
        found = list(named_before(self.document.mentions, self.actors))
        moved = {mention.actor for mention, _ in found}
        for mention, person in found:
            mention.actor = person
        kept = {mention.actor for mention in self.document.mentions}
        for actor_id in moved - kept:
            del self.actors[actor_id]

    def candidates(self) -> list[int]:
        """Tokens that may start a pronoun, a description or a pair phrase."""
        words = [*PRONOUN_CLASS, *DEFINITE, *QUANTIFIERS, *NUMBERS]
        return token_indices(self.doc, LOWER, words) + token_indices(self.doc, DEP, ("poss",))

    def visit(self, token: Token, covered: bool) -> None:
        if token.dep_ in ("det", "poss"):
            description = description_at(token, self.lexicon)
            if description is not None and self.resolve_description(description):
                return
        if covered or token.idx in self.quoted:
            return
        if is_pronoun(token):
            self.resolve_pronoun(token)
        elif token.lower_ == "the" and (self.resolve_body(token) or self.resolve_state(token)):
            return
        elif token.lower_ in DEFINITE or token.lower_ in QUANTIFIERS or token.lower_ in NUMBERS:
            self.resolve_pair(token)

    def observe(self, mention: Mention) -> None:
        tokens = token_range(self.doc, mention)
        span = self.doc[tokens.start:tokens.stop]
        if not len(span) or mention.actor not in self.actors:
            return
        head = span.root
        self.history.add(mention.actor, head, mention.start in self.quoted)
        self.seen[mention.actor] = head.i
        self.learn_pair(mention.actor, head)
        self.head_actor[head.i] = mention.actor

    def learn_pair(self, actor_id: str, head: Token) -> None:
        sent = self.history.sent_of[head.i]
        other, clause = None, False
        if head.dep_ == "conj":
            if self.learn_chain(actor_id, head, sent):
                return
            other = self.head_actor.get(head.head.i)
        elif any(i in self.counterparts for i in range(head.i - 4, head.i)):
            other = next((e.actor for e in reversed(self.history.entries)
                          if e.sent == sent and e.dep in ("nsubj", "nsubjpass")), None)
        elif (subject := partner_subject(head)) is not None:
            other, clause = self.head_actor.get(subject.i), True
        if other is None or other == actor_id:
            return
        kinds = {self.actors[a].kind for a in (actor_id, other) if a in self.actors}
        quoted = head.idx in self.quoted
        if len(kinds) == 1:
            self.pairs.append(Pair((other, actor_id), kinds.pop(), sent, quoted, clause))
        elif kinds <= SIDE_KINDS:  # a state and an armed group or body ("Israel … Hezbollah")
            self.pairs.append(Pair((other, actor_id), MIXED, sent, quoted, clause))

    def learn_chain(self, actor_id: str, head: Token, sent: int) -> bool:
        """ "Mali, Burkina Faso and Niger": each conjunct joins the set of its chain's first
        actor (one set, grown in place, not a pair per "and"). False if the chain's first
        token has no actor or another kind (then the pair rule below applies)."""
        root = head
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        first = self.head_actor.get(root.i)
        if first is None or first not in self.actors or actor_id not in self.actors:
            return False
        kind = self.actors[first].kind
        if self.actors[actor_id].kind != kind:
            return False
        ids, at = self.chains.get(root.i, ([first], -1))
        if actor_id in ids:
            return True
        ids = [*ids, actor_id]
        pair = Pair(tuple(ids), kind, sent, head.idx in self.quoted)
        if at >= 0 and at < len(self.pairs) and self.pairs[at].ids == tuple(ids[:-1]):
            self.pairs[at] = pair
        else:
            at = len(self.pairs)
            self.pairs.append(pair)
        self.chains[root.i] = (ids, at)
        return True

    def add(self, first: Token, last: Token, actor_id: str, how: str, force: bool = False) -> None:
        start, end = first.idx, last.idx + len(last)
        mention = Mention(start, end, self.document.text[start:end], actor_id, how, first.i,
                          last.i + 1)
        self.document.add_mention(mention, shared=force)
        self.observe(mention)

    def resolve_pronoun(self, token: Token) -> None:
        if PRONOUN_CLASS[token.lower_] == "plural":
            # "they" after "X and Y" (not after "X met Y": the subject alone is as likely)
            pair = self.recent_pair(token, window=1, joined=True)
            if pair is not None:
                for n, actor_id in enumerate(pair.ids):
                    self.add(token, token, actor_id, "pronoun", force=n > 0)
                return
        actor = resolve_pronoun(token, self.history, self.actors)
        if actor is not None:
            self.add(token, token, actor, "pronoun")

    def resolve_body(self, token: Token) -> bool:
        """"The group", "the Iranian-backed movement", "the militia": a definite singular noun
        for an organised body, naming no actor of its own (a backer before a hyphen is not
        its own: see :mod:`eventwire.actors.modifiers`), is the most salient named
        organisation or armed group of the last few sentences ("The Houthis seized a ship.
        The Iran-aligned group warned …" → the Houthis). No state, person or generic
        collective ("police") is such an antecedent; with none in view it stays unresolved."""
        head = token.head
        if (token.dep_ != "det" or head.i < token.i or head.tag_ != "NN"
                or head.lower_ not in BODY_NOUNS or head.i in self.token_actor):
            return False
        backers = backer_tokens(head)
        inner = [i for i in range(token.i, head.i) if i in self.token_actor and i not in backers]
        named = [self.actors.get(self.token_actor[i]) for i in inner]
        if any(a is None or a.kind != "state" or self.doc[i].ent_type_ != "NORP"
               for a, i in zip(named, inner, strict=True)):
            return False  # "the Hamas movement", "Iran's group": a name of its own
        # "the Lebanese group": a nationality narrows the antecedents to that country's
        countries = {a.country for a in named if a is not None}
        if any(c.dep_ in ("appos", "compound", "prep") and c.i > head.i
               for c in children_of(head)):
            return False  # "the group Hamas", "the group of states"
        scores = self.history.salience(token, [
            e for e in self.history.recent(token) if body_antecedent(self.actors.get(e.actor))
            and (not countries or self.actors[e.actor].country in countries)])
        if not scores:
            return False
        actor = max(scores, key=lambda a: scores[a])
        self.add(token, head, actor, "role", force=bool(countries))
        return True

    def recent_pair(self, token: Token, window: int = PAIR_WINDOW,
                    kind: tuple[str, ...] | None = None, joined: bool = False) -> Pair | None:
        here = self.history.sent_of[token.i]
        for pair in reversed(self.pairs):
            if here - pair.sent > window:
                return None
            if joined and pair.clause:
                continue
            if not pair.quoted and (pair.kind in kind if kind is not None
                                    else pair.kind != MIXED):
                return pair
        return None

    def resolve_pair(self, token: Token) -> None:
        phrase = self.group_at(token)
        if phrase is not None:
            first, last, kind, size = phrase.first, phrase.last, phrase.kind, phrase.size
        else:
            old = pair_phrase(token)
            if old is None:
                return
            (first, last, kind), size = old, 2
        ids = self.focus_pair(token, kind, size, sides=last.lower_ in SIDE_NOUNS)
        for n, actor_id in enumerate(ids):
            self.add(first, last, actor_id, "pair", force=n > 0)
        if ids:  # the set is in focus again
            kinds = {self.actors[a].kind for a in ids}
            self.pairs.append(Pair(ids, kinds.pop() if len(kinds) == 1 else kind,
                                   self.history.sent_of[token.i], token.idx in self.quoted))

    def group_at(self, token: Token) -> GroupPhrase | None:
        """The group anaphor whose first word is ``token`` ("the", "both", "all", a number)."""
        head = token.head
        if head.lower_ in NUMBERS or head.like_num:  # "all three states": all → three → states
            head = head.head
        if head.tag_ not in ("NNS", "NNPS"):
            return None
        phrase = group_phrase(head, self.lexicon, self.token_actor)
        if phrase is None or phrase.first.i != token.i:
            return None
        if any(i in self.token_actor for i in range(phrase.first.i, phrase.last.i + 1)):
            return None  # a mention of its own ("the two Koreas" as a name)
        return phrase

    def focus_pair(self, token: Token, kind: str, size: int | None = 2,
                   sides: bool = False) -> tuple[str, ...]:
        """The set mentioned most often and most recently, of ``size`` members if given
        (states from people's countries), if it holds ``GROUP_CONFIDENCE`` of the weight of
        all the sets that fit; else none. ``sides``: the phrase names the sides of a
        dispute ("both sides", "the warring parties"), which may be two bodies of one state
        (its army and the rebels it fights); "the two countries" may not."""
        here = self.history.sent_of[token.i]
        scores: dict[tuple[str, ...], float] = {}
        states: dict[tuple[str, ...], float] = {}  # for people, when none are in view
        for pair in self.pairs:
            ids: tuple[str, ...] = pair.ids
            if pair.quoted:
                continue
            into = scores
            if pair.kind not in ("state", "person"):
                # armed forces, rebels, bodies of different countries are the sides of a
                # conflict ("Ethiopian forces clashed with Eritrean troops … the two
                # countries", "Israel … Hezbollah … both parties"): the sides themselves
                # (the army and the rebels of one state are "both sides", "the warring
                # parties" of its civil war, not "the two countries")
                if kind != "state" or not (self.countries_of(ids)
                                           or sides and self.bodies_of(ids)):
                    continue
            elif kind == "state" and pair.kind == "person":
                ids = self.countries_of(ids)
            elif kind == "person" and pair.kind == "state":
                into = states  # "the two presidents" of the two states in focus
            elif kind != pair.kind:
                continue
            if ids and (size is None or len(ids) == size):
                key = tuple(sorted(ids))
                into[key] = into.get(key, 0.0) + PAIR_DECAY ** (here - pair.sent)
        scores = scores or states
        best = max(scores, key=lambda k: scores[k], default=())
        if size != 2 and best and scores[best] < GROUP_CONFIDENCE * sum(scores.values()):
            return ()  # no set clearly in focus (pairs keep the rule they had)
        return best

    def resolve_state(self, token: Token) -> bool:
        """ "The country", "the nation", "the West African nation", "the kingdom", "the
        Islamic republic": a definite singular noun for a state, naming none itself, is the
        most salient state of the last few sentences ("Iran seized a tanker. Britain accused
        the country of piracy" → Iran), never a state its own clause's subject is or belongs
        to (a non-reflexive noun phrase is not bound in its clause: "Britain accused the
        country" is not Britain). Not in a locative phrase ("troops in the country": where),
        not with a name of its own ("the Republic of Congo", "the country Mali"), not
        a possessive ("the country's": the report's main country, see
        ``actors.collectives``)."""
        head = token.head
        if (token.dep_ != "det" or head.i < token.i or head.tag_ != "NN"
                or head.lower_ not in STATE_NOUNS or head.i in self.token_actor
                or head.dep_ == "poss" or head.dep_ == "pobj" and head.head.lower_ in LOCATIVE):
            return False
        if any(i in self.token_actor for i in range(token.i, head.i)) or any(
                c.i > head.i and (c.dep_ in ("appos", "compound", "acl", "relcl")
                                  or c.dep_ == "prep" and c.lower_ == "of" and any(
                                      g.pos_ == "PROPN" for g in c.subtree))
                for c in children_of(head)):
            return False  # "the Republic of Congo", "the country Mali": a name of its own
        bound = self.bound_in_clause(head)
        bound |= {a.country for b in bound if (a := self.actors.get(b)) and a.country}
        states = [e for e in self.history.recent(token)
                  if (a := self.actors.get(e.actor)) is not None and a.kind == "state"
                  and e.actor not in bound and a.country not in bound]
        scores = self.history.salience(token, states)
        if not scores:
            return False
        self.add(token, head, max(scores, key=lambda a: scores[a]), "role")
        return True

    def bound_in_clause(self, head: Token) -> set[str]:
        """The actors a noun phrase headed by ``head`` cannot stand for: those of its
        clause's subject (:func:`eventwire.actors.descriptions.binding_subject`)."""
        return {a for t in binding_subject(head)
                if (a := self.token_actor.get(t.i) or self.head_actor.get(t.i)) is not None}

    def bodies_of(self, ids: tuple[str, ...]) -> bool:
        """The set is of distinct bodies with a country each (an army and an armed group,
        police and protesters), the sides a civil conflict has."""
        actors = [self.actors.get(a) for a in ids]
        return len(set(ids)) == len(ids) >= 2 and all(
            a is not None and a.country is not None and a.kind in ("group", "organization")
            for a in actors)

    def countries_of(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        codes = [self.actors[a].country for a in ids if a in self.actors]
        if len(codes) != len(ids) or None in codes or len(set(codes)) != len(codes):
            return ()
        return tuple(state_actor(self.document, c, self.lexicon).id for c in codes if c)

    def resolve_description(self, description: Description) -> bool:
        first, head = description.first.left_edge, description.head
        if any(i in self.token_actor for i in range(first.i, head.i + 1)
               if self.doc[i] not in description.country_tokens):
            return False
        country = self.country_of(description)
        if country == "":
            return False
        actor = self.described(description, country)
        if actor is None:
            return False
        self.add(first, head, actor, "role")
        return True

    def country_of(self, description: Description) -> str | None:
        """The ISO code of the description's nationality; None if none; "" if unknown."""
        for token in description.country_tokens:
            actor = self.actors.get(self.token_actor.get(token.i, ""))
            if actor is not None and actor.kind == "state" and actor.country:
                return actor.country
            return ""
        return None

    def described(self, description: Description, country: str | None) -> str | None:
        bound = self.bound_in_clause(description.head)
        return resolve_description(description, country, with_text_titles(
            ((self.actors[a], last) for a, last in self.seen.items()
             if a in self.actors and a not in bound), self.document.mentions))


# prepositions whose object is where something is or goes, not a party
LOCATIVE = frozenset({"in", "inside", "across", "throughout", "around", "within", "at",
                      "near", "outside"})
# Nouns for an organised body that "the …" refers back to a named organisation or armed group.
BODY_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization",
                        "faction", "outfit", "network"})


def body_antecedent(actor: ActorDraft | None) -> bool:
    """A named organisation or armed group (not a state, person or generic collective) that
    the lexicon knows: a name of no code ("the mining town of Walikale", which the NER took
    for an organisation) may well be a place."""
    return actor is not None and actor.kind in ("organization", "group") and not (
        actor.id.startswith("group:")) and bool(actor.code)


def partner_subject(head: Token) -> Token | None:
    """The subject facing an object in one clause: "X met Y", "X held talks with Y",
    "X signed a deal with Y" → X (for Y's head); the two are a pair that "both sides" can
    mean later."""
    if head.dep_ == "pobj" and head.head.lower_ in ("with", "between"):
        governor = head.head.head
        if governor.dep_ == "dobj":  # "held talks with Y"
            governor = governor.head
    elif head.dep_ == "dobj":
        governor = head.head
    else:
        return None
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in children_of(governor) if c.dep_ == "nsubj"), None)


def token_range(doc: Doc, mention: Mention) -> range:
    if mention.token_start is not None and mention.token_end is not None:
        return range(mention.token_start, mention.token_end)
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def quoted_regions(document: Document) -> Regions:
    """Double-quoted stretches of a few words (the structure stage found the segments)."""
    text = document.text
    return Regions([(s.open_at, s.outer_end) for s in document.segments
                    if not s.single and len(text[s.start:s.end].split()) >= MIN_QUOTED_WORDS])


def resolve(document: Document, lexicon: ActorLexicon, names: GivenNames) -> None:
    """Add the mentions coreference finds (pronouns, descriptions, surnames, pairs); fill in
    the gender of people; add the state actors that pair phrases stand for."""
    Resolver(document, lexicon, names).run()
