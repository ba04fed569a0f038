"""Generic and collective actors: "police", "protesters", "the junta", "rebels", "the
opposition", "students", "journalists", "lawmakers", "judges" — coded as the CAMEO actor
dictionaries code them, a country and a sector (``KENCOP``, ``PAKOPP``, ``NERGOVMIL``).

The role noun and its sector come from the role vocabulary (``data/actors/sectors.yaml``:
eventwire's own terms and the whole PETRARCH2 Phoenix agents list); the longest term that
ends on the head of a noun phrase wins ("riot police", "opposition supporters").
The country, in order:

1. a state (or a body of one state) named in the phrase: "Pakistani police", "Iran's
   parliament", "lawmakers from Kenya";
2. "the country's" / "the nation's": the article's main country;
3. for bodies of a state (police, army, courts, parliament, opposition, rebels): the state
   named last before them in their sentence, else the report's setting (the dateline's state
   if the text names it too, else the state named most often: ``actors/setting.py``); for
   everyone else (civilians, students, journalists, workers …): a place in an "in" phrase on
   their verb, else the one state their sentence names, else (if it names none) the
   setting. Bodies of a state
   with no state before them in their sentence also take a place in an "in" phrase on their
   verb ("gunmen shot a journalist in Mexico") before the article's main country.

Members of a named organisation or armed group ("Boko Haram fighters", "NATO troops", "UN
peacekeepers") are further mentions of that body, as CAMEO codes them.

Without a country the phrase is left as written ("Most economists said"). One actor per
country and code: "police", "riot police" and "a police officer" in one
article are one actor, as CAMEO codes them all ``KENCOP``. Government nouns ("the
government", "the authorities", "the regime") without a state of their own in the phrase are
further mentions of the main country's state actor, which is how the article's named states
are already coded (the vocabulary marks those nouns ``state: true``); other government nouns
("the embassy", "officials said") are left to the phrase's own state and to descriptions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import DEP, HEAD, IDX, POS
from spacy.parts_of_speech import IDS as POS_IDS  # type: ignore[import-not-found]
from spacy.tokens import Token

from eventwire.actors.groups import group_phrase
from eventwire.actors.modifiers import backer_mention, backer_tokens, backing_participle
from eventwire.actors.setting import setting_country, state_before
from eventwire.actors.states import state_actor
from eventwire.document import ActorDraft, Document, Mention
from eventwire.lexicon.actors import ActorLexicon, SectorTerm
from eventwire.token_lookup import _keys, children_of, column, conjuncts_of, doc_text

# Codes that need a body of their own (an IGO, an NGO, a company, a church): a bare noun
# ("the agency", "Muslims") is not coded as an actor here.
NOT_COLLECTIVE = frozenset({
    "IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "PKO", "ELI",
    "MUS", "SHI", "SUN", "SFI", "CHR", "CTH", "PRO", "ORT", "MAR", "JEW", "HIN", "BUD", "SIK",
    "BAH", "DRZ", "ALE", "REL",
})
# Bodies of a state and the parties contending for it: without a country in the phrase they
# take the state named last in their sentence, else the article's main state. Everyone else
# (civilians, workers, farmers, students, journalists, businesses …) is found everywhere: their
# country needs the phrase, a place they act in, or the report's setting.
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "INS",
                          "SEP", "UAF", "RAD", "MOD"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Role nouns (in the plural) whose members act as the body named before them ("Hamas
# militants", "NATO troops", "UN peacekeepers", "Red Cross officials"); not supporters,
# students or reporters, and not a body of its own ("the U.N. war crimes court").
MEMBER_SECTORS = (STATE_BODIES - {"OPP", "PTY"}) | {"IGO", "PKO", "NGO"}
COUNTRY_WORDS = frozenset({"country", "nation"})
# A place of custody named as where someone is held or sent ("jailed for life in prison",
# "sent to jail"): a place, not the prison service (COP) as a party.
CUSTODY_PLACES = frozenset({"prison", "jail", "gaol", "prisons", "jails"})
PLACE_PREPS = frozenset({"in", "to", "into", "from", "behind", "out"})
PHRASE_PREPS = frozenset({"of", "from", "in"})
MAX_TERM_WORDS = 4
NAMED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "WORK_OF_ART", "LAW",
                            "EVENT", "PRODUCT"})

NOUN_POS = (POS_IDS["NOUN"], POS_IDS["PROPN"])


@dataclass(frozen=True)
class Collective:
    """A generic actor phrase: its role-noun tokens [start, end), the term, the country, and
    where the mention starts (``first``: its determiner or quantifier, "Most economists")."""

    start: int
    end: int
    term: SectorTerm
    country: str | None
    first: int
    body: str | None = None  # the named body whose members the phrase names
    backed: bool = False  # named by its backer ("Iran-backed militias"): an actor of its own


def term_at(head: Token, lexicon: ActorLexicon) -> tuple[int, SectorTerm] | None:
    """The longest role term ending on ``head`` whose words are ``head`` and its adjacent
    lower-case modifiers: "police" → COP, "riot police" → COP, "military junta" → GOV+MIL.
    (Heads, dependencies and offsets read from the document's columns, the words from its
    text: ``doc.text[a:b]`` is the span's text; no Token or Span per word looked at.)"""
    doc = head.doc
    heads, deps = column(doc, HEAD), column(doc, DEP)
    modifier = _keys(MODIFIER_DEPS)
    i = first = head.i
    while (first > 0 and i - first + 1 < MAX_TERM_WORDS
           and heads[first - 1] == i - first + 1 and deps[first - 1] in modifier):
        before = doc[first - 1]
        if not (before.text.islower() or before.is_sent_start):
            break
        first -= 1
    starts, text = column(doc, IDX), doc_text(doc)
    end = starts[i] + len(head.text)
    for start in range(first, i + 1):
        term = lexicon.sector_term(text[starts[start]:end])
        if term is not None:
            return start, term
    return None


def lower_case_entity(token: Token) -> bool:
    """Whether the NER entity ``token`` is in has no capitalised word."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return not any(t.text[:1].isupper() for t in doc[start:end])


def is_pair_phrase(head: Token) -> bool:
    """ "both sides", "the two leaders": coreference resolves those to a pair of actors."""
    children = [c.lower_ for c in children_of(head)]
    return "both" in children or "two" in children and "the" in children


def phrase_tokens(head: Token, start: int) -> Iterator[Token]:
    """Tokens of the phrase outside its role term: modifiers before the term and the objects
    of "of" / "from" / "in" phrases on the head."""
    for child in head.lefts:
        if child.i < start and child.dep_ != "det" and not backing_participle(child):
            yield from child.subtree  # ("Russian-backed separatists": the backer, see modifiers)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in PHRASE_PREPS:
            for obj in children_of(child):
                if obj.dep_ == "pobj":
                    yield from obj.subtree


class CollectiveFinder:
    """Finds generic actor phrases in one parsed document (after named actors are found)."""

    def __init__(self, document: Document, lexicon: ActorLexicon, covered: set[int]) -> None:
        assert document.doc is not None
        self.document = document
        self.doc = document.doc
        self.lexicon = lexicon
        self.covered = covered
        self.first_seen: dict[str, int] = {}  # group actor id → start of its first mention
        self._main: tuple[str | None] | None = None  # (main country,) once computed

    def run(self) -> None:
        # right to left: "supporters of the junta" takes the country of the junta
        pos = self.doc.to_array([POS]).reshape(-1)  # one array read, not a Token per word
        nouns = (pos == NOUN_POS[0]) | (pos == NOUN_POS[1])  # numpy.isin: ~10 times slower
        for i in reversed(numpy.flatnonzero(nouns).tolist()):
            if i in self.covered:
                continue
            token = self.doc[i]
            found = self.collective(token)
            if found is not None:
                self.add(found)

    def collective(self, head: Token) -> Collective | None:
        # an entity of lower-case words only ("Peru's congress") is a common noun the NER
        # took for a name; "Sahel juntas" stays a name
        named = head.ent_type_ in NAMED_ENTITIES and not lower_case_entity(head)
        if head.dep_ == "compound" or named or is_pair_phrase(head):
            return None
        if head.tag_ in ("NNS", "NNPS") and group_phrase(head, self.lexicon,
                                                         self.covered) is not None:
            return None  # "the juntas", "the three governments": a set named earlier (coref)
        if head.lower_ in CUSTODY_PLACES and head.dep_ == "pobj" and \
                head.head.lower_ in PLACE_PREPS:
            return None  # "sentenced to four years in prison": where, not the prison service
        match = term_at(head, self.lexicon)
        if match is None:
            return None
        start, term = match
        if any(i in self.covered for i in range(start, head.i + 1)):
            return None
        members = term.sector in MEMBER_SECTORS and head.tag_ in ("NNS", "NNPS")
        body = self.named_body(head, start) if members else None
        if body is not None:  # "Boko Haram fighters", "NATO troops": the body itself
            return Collective(start, head.i + 1, term, body.country, self.first(head, start),
                              body.id)
        if term.sector in NOT_COLLECTIVE:
            return None
        named, country = self.phrase_country(head, start)
        if named and country is None:
            return None  # "the U.N. war crimes court": a body of its own, not a country's
        if term.private and head.tag_ not in ("NNS", "NNPS"):
            # "his lawyer": one private person, of a state only by its phrase (lawyers as a
            # body, "the group of lawyers", are the country's JUD as CAMEO codes them)
            return Collective(start, head.i + 1, term, country, self.first(head, start))
        if term.sector == "GOV" and not term.subsector:
            # "the government" is the state actor; "the foreign ministry" a body of the
            # state at home (an organ, as "the defence ministry" is); other government nouns
            # ("the embassy", "the president", "officials") are left to descriptions and the
            # phrase's state
            organ = head.lower_ == "ministry"
            if named or not (term.state or organ) or (
                    head.tag_ in ("NNS", "NNPS") and head.lower_ != term.term):
                return None  # not "officials"; "the authorities" is the state
        elif term.kind == "person" and head.tag_ not in ("NNS", "NNPS") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in children_of(head)):
            return None  # "the judge": a definite description of one person
        if term.sector not in STATE_BODIES:
            if country is None and any(c.dep_ == "prep" and c.lower_ == "of"
                                       for c in children_of(head)):
                return None  # "the people of neighbouring states": of no state we know
            country = country or self.where(head) or self.sentence_home(head)
            return Collective(start, head.i + 1, term, country, self.first(head, start))
        # a group named only by its backer ("Iran-backed militias") with no place in the
        # clause has no country we know: not the report's setting, which is often the
        # target's (a base in Jordan), never the group's home by default
        country = (country or self.sentence_country(head) or self.where(head)
                   or self.backed_where(head)
                   or (None if backer_tokens(head) and not self.setting_shared(head)
                       else self.main_country()))
        return Collective(start, head.i + 1, term, country, self.first(head, start),
                          backed=bool(backer_tokens(head)))

    def named_body(self, head: Token, start: int) -> ActorDraft | None:
        """An organisation or armed group named before the role noun ("Hamas militants",
        "NATO troops", "U.N. peacekeepers"): its members act as the body, as CAMEO codes them."""
        for child in head.lefts:
            if any(t.dep_ == "cc" for t in child.subtree):
                return None  # "RSF and allied militias", "the UN and Western governments"
            if child.i < start and child.dep_ in MODIFIER_DEPS:
                for token in child.subtree:
                    actor = self.actor_on(token)
                    if actor is not None and actor.kind in ("organization", "group") and \
                            not actor.id.startswith("group:"):
                        return actor
        return None

    def first(self, head: Token, start: int) -> int:
        """The first token of the mention: the phrase's left edge ("A federal judge", "the
        country's judges"), after any token already in another mention ("Kenyan police")."""
        first = head.left_edge.i
        for i in range(first, start):
            token = self.doc[i]
            if i in self.covered or token.is_punct or token.is_space or (
                    token.tag_ == "POS" and i - 1 in self.covered):
                first = i + 1  # not "  Militias" after a blanked dateline, not "'s parliament"
        return min(first, start)

    def phrase_country(self, head: Token, start: int) -> tuple[bool, str | None]:
        """(the phrase names an actor of its own, its country), or the main country for "the
        country's". An organisation of no country ("U.N.") gives (True, None)."""
        for token in phrase_tokens(head, start):
            if token.lower_ in COUNTRY_WORDS and token.dep_ == "poss":
                return False, self.main_country()
            actor = self.actor_on(token)
            if actor is not None and actor.kind != "person":
                return True, actor.country
        return False, None

    def sentence_country(self, head: Token) -> str | None:
        """The state mentioned last before ``head`` in its sentence ("the former Syrian
        government, which was toppled by militants" → Syria's), not its backer ("Russian-backed
        separatists")."""
        backers = backer_tokens(head)
        if backers:
            return state_before(self.document, self.doc[min(backers)])
        return state_before(self.document, head)

    def sentence_home(self, head: Token) -> str | None:
        """The one state the sentence names; if it names none, the report's setting. A state
        named only in the subject of a clause the role noun is under is the other party, not
        the noun's home ("KYIV - Russian drones struck …, killing three civilians": Ukraine's
        civilians, as the setting says), when the setting is another state."""
        sent = head.sent
        named = [(actor.country, m) for m in self.document.mentions_in(sent.start_char,
                                                                        sent.end_char)
                 if (actor := self.document.actors.get(m.actor)) is not None
                 and actor.kind == "state" and not self.backer_mention(m)]
        states = {country for country, _ in named}
        if len(states) > 1:
            return None
        if not states:
            return self.main_country()
        state = states.pop()
        setting = self.main_country()
        if setting is not None and setting != state and all(
                m.token_start is not None and self.agent_of(self.doc[m.token_start], head)
                for _, m in named):
            return setting
        return state

    @staticmethod
    def agent_of(token: Token, head: Token) -> bool:
        """Whether ``token`` is in the subject of a clause above ``head`` (and not in the
        phrase of ``head`` itself)."""
        verb = head
        while verb.head.i != verb.i:
            verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for subject in children_of(verb):
                if subject.dep_ in ("nsubj", "nsubjpass") and \
                        subject.left_edge.i <= token.i <= subject.right_edge.i and \
                        not head.left_edge.i <= token.i <= head.right_edge.i:
                    return True
        return False

    def backer_mention(self, mention: Mention) -> bool:
        """A state named only as a group's backer ("an Iranian-backed group"): not the
        sentence's state (see :mod:`eventwire.actors.modifiers`)."""
        return backer_mention(self.doc, mention)

    def where(self, head: Token) -> str | None:
        """The state of a place in an "in" phrase on the verb the phrase is an argument of
        or on its object ("thousands of people blocked streets in Hong Kong")."""
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        phrases = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
        for child in (c for p in phrases for c in children_of(p)):
            if child.dep_ == "prep" and child.lower_ == "in" and child.i > head.i:
                for obj in children_of(child):
                    actor = self.actor_on(obj)
                    if actor is not None and actor.kind == "state":
                        return actor.country
        return None

    def setting_shared(self, head: Token) -> bool:
        """A group named only by its backer may take the report's country when the text
        places it there: the sentence or the one before names that country ("Fighting
        intensified in eastern Ukraine. Russian-backed separatists shelled …"), and its
        clause names no other state's people or property ("killed three American soldiers
        at a US base": the setting is then the target's, no home of the group). A dateline
        alone places the reporter, not the group."""
        main = self.main_country()
        if main is None:
            return False
        sent = head.sent
        start = sent.start_char
        if sent.start > 0:
            start = self.doc[sent.start - 1].sent.start_char
        backers = set(backer_tokens(head))
        named = foreign = False
        for mention in self.document.mentions_in(start, sent.end_char):
            actor = self.document.actors.get(mention.actor)
            if actor is None or actor.country is None or mention.token_start in backers:
                continue
            if actor.country == main and mention.how == "name" and (
                    mention.start >= self.dateline_end()):
                named = True
            elif actor.country != main and mention.start >= sent.start_char and (
                    mention.token_start is not None and mention.token_start > head.i):
                foreign = True
        return named and not foreign

    def dateline_end(self) -> int:
        """End of the report's dateline ("AMMAN -") in the text, or 0."""
        dateline = self.document.dateline
        return dateline.end if dateline is not None else 0

    def backed_where(self, head: Token) -> str | None:
        """For a group named only by its backer ("Iranian-backed militias fired rockets at a
        US base in Syria"): the state of a place in an "in" phrase on an object of the
        clause's prepositions, before the report's setting, which may be the state owning
        the target ("US base") and is no home of the group."""
        if not backer_tokens(head):
            return None
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.i > head.i):
            for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
                for inner in (c for c in children_of(obj)
                              if c.dep_ == "prep" and c.lower_ == "in"):
                    for place in children_of(inner):
                        actor = self.actor_on(place)
                        if actor is not None and actor.kind == "state":
                            return actor.country
        return None

    def actor_on(self, token: Token) -> ActorDraft | None:
        """The actor of the longest mention covering ``token``."""
        mention = max((m for m in self.document.mentions
                       if m.start <= token.idx < m.end), key=lambda m: m.end - m.start,
                      default=None)
        return self.document.actors.get(mention.actor) if mention is not None else None

    def main_country(self) -> str | None:
        """The report's setting (:func:`eventwire.actors.setting.setting_country`)."""
        if self._main is None:
            self._main = (setting_country(self.document, self.lexicon),)
        return self._main[0]

    def add(self, found: Collective) -> None:
        if found.country is None and found.body is None and not found.backed:
            return  # a generic phrase of no known country stays as written ("Most economists")
        span = self.doc[found.first:found.end]
        term = found.term
        if found.body is not None:
            actor = self.document.actors[found.body]
        elif term.state and found.country is not None:
            actor = state_actor(self.document, found.country, self.lexicon)
        else:
            draft = self.draft(found, self.doc[found.start:found.end].text.lower())
            actor = self.document.add_actor(draft)
            if span.start_char < self.first_seen.get(actor.id, len(self.document.text)):
                actor.name = draft.name  # named after its first mention in the text
                self.first_seen[actor.id] = span.start_char
        self.document.add_mention(Mention(span.start_char, span.end_char, span.text, actor.id,
                                          "group", span.start, span.end))
        if found.body is None and not term.state and found.country is not None:
            words = self.doc[found.start:found.end].text.lower()
            for country in self.coordinated_countries(self.doc[found.end - 1], found):
                other = self.document.add_actor(self.draft(replace(found, country=country), words))
                self.document.add_mention(Mention(span.start_char, span.end_char, span.text,
                                                  other.id, "group", span.start, span.end),
                                          shared=True)
        self.covered.update(range(found.first, found.end))

    def coordinated_countries(self, head: Token, found: Collective) -> list[str]:
        """ "Thai and Cambodian troops", "Indian and Chinese soldiers": coordinated state
        adjectives on one role noun name one group per state (PLOVER's compound actors), so
        the phrase stands for each; the states after the first one the phrase was given."""
        out: list[str] = []
        for child in head.lefts:
            if child.i >= found.start or child.dep_ not in MODIFIER_DEPS:
                continue
            for conj in conjuncts_of(child):
                actor = self.actor_on(conj)
                if actor is not None and actor.kind == "state" and actor.country and \
                        actor.country != found.country and actor.country not in out:
                    out.append(actor.country)
        return out

    def draft(self, found: Collective, words: str) -> ActorDraft:
        term, country = found.term, found.country
        code = f"{term.sector}{term.subsector or ''}"
        info = self.lexicon.countries.get(country) if country else None
        name = f"{info.demonym or info.name} {words}" if info else words
        key = f"{country}-{code}" if country else code
        return ActorDraft(id=f"group:{key.lower()}", name=name, kind="group", country=country,
                          sector=term.sector, code=f"{country or ''}{code}", plural=True)


def find_collectives(document: Document, lexicon: ActorLexicon, covered: set[int]) -> None:
    """Add the generic actors of a document whose named actors are found (``covered``: the
    tokens already in a mention; updated with the new ones)."""
    CollectiveFinder(document, lexicon, covered).run()
