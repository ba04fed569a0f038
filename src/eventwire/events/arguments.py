"""Argument noun phrases → actors, through the document's mentions.

A phrase resolves to the mention on its head, else to the nearest mention among its
modifiers ("Iranian officials", "the head of Iran's army", "forces in Guinea"). Conjoined
phrases ("Germany, France and Britain") give one actor each; membership groups (the E3)
expand to their members. First-person pronouns inside a quote resolve to the speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.actors.modifiers import backing_participle
from eventwire.document import ActorDraft, Document
from eventwire.lexicon.actors import ActorLexicon
from eventwire.models import ActorRef
from eventwire.token_lookup import children_of, conjuncts_of

MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "appos", "npadvmod")  # "Vietnamese-led"
PREP_MODIFIERS = ("of", "from", "in", "by")
SKIP_DEPS = {"relcl", "acl", "advcl", "ccomp", "punct", "cc", "prep", "conj"}
FIRST_PERSON = {"we", "us", "our", "ours", "i", "me", "my"}
PLURAL_FIRST = {"we", "us", "our", "ours"}
PRONOUNS = FIRST_PERSON | {"he", "him", "his", "she", "her", "it", "its", "they", "them",
                           "their", "who", "which", "that"}


@dataclass
class MentionIndex:
    """Token index → the actors of the longest mention(s) covering that token (a plural
    pronoun resolved by coreference can carry one mention per actor on the same span)."""

    by_token: dict[int, list[str]]

    @classmethod
    def build(cls, document: Document) -> MentionIndex:
        doc = document.doc
        assert doc is not None
        index: dict[int, list[str]] = {}
        spans: dict[int, tuple[int, int]] = {}
        for mention in sorted(document.mentions, key=lambda m: m.end - m.start):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or mention.actor not in document.actors:
                continue
            for i in range(span.start, span.end):
                if spans.get(i) != (mention.start, mention.end):
                    index[i], spans[i] = [], (mention.start, mention.end)
                if mention.actor not in index[i]:
                    index[i].append(mention.actor)
        return cls(index)

    def at(self, token: Token) -> str | None:
        found = self.by_token.get(token.i)
        return found[0] if found else None

    def all_at(self, token: Token) -> list[str]:
        return list(self.by_token.get(token.i, ()))


def phrase_actor(token: Token, index: MentionIndex, depth: int = 0,
                 affiliated: Callable[[str], bool] | None = None) -> str | None:
    """The actor a noun phrase headed by ``token`` refers to, if any.

    A person of unknown affiliation on the head ("U.N. mediator Diego Cordovez") gives way
    to an actor among the modifiers; possessive pronouns ("its partners") are not used.
    "The president of Armenia" is Armenia's, whoever a role mention on "president" names.
    """
    found = index.at(token)
    if depth > 2:
        return found
    if found is not None and token.pos_ == "NOUN" and (owner := of_state(token, index)):
        return found if owner == found or named_apposition(token, found, index) else owner
    if found is not None and (affiliated is None or affiliated(found)):
        return found
    modifier = modifier_actor(token, index, depth, skip=found, affiliated=affiliated)
    return modifier or found


def named_apposition(token: Token, actor: str, index: MentionIndex) -> bool:
    """Whether the phrase names the head's person in apposition ("the mayor of Istanbul,
    Ekrem Imamoglu"): the person is meant, not the place of the office."""
    return any(t.dep_ == "appos" and index.at(t) == actor for t in token.subtree)


def of_state(token: Token, index: MentionIndex) -> str | None:
    """The actor in "<role noun> of <actor>", if any."""
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in children_of(child):
                if obj.dep_ == "pobj" and (found := index.at(obj)):
                    return found
    return None


def modifier_actor(token: Token, index: MentionIndex, depth: int, skip: str | None = None,
                   affiliated: Callable[[str], bool] | None = None) -> str | None:
    """The actor among the modifiers of ``token`` nearest to it, other than ``skip`` (the
    head's own actor, which also covers its compounds): in "Osama bin Laden's al-Qaeda
    network" the network is al-Qaeda's, not its founder's.

    An appositive name of unknown affiliation gives way to the body the head serves ("a
    spokesman for Peru's foreign ministry, Jorge Lopez," speaks for Peru): the role says
    whom the person acts for, the name only who they are."""
    named = any(c.dep_ == "appos" or c.dep_ == "prep" and any(  # (or the parser hung the
        g.dep_ == "appos" for o in children_of(c) for g in children_of(o))  # name on the body)
        for c in children_of(token))
    unaffiliated: str | None = None
    for child in [*reversed(list(token.lefts)), *token.rights]:
        if child.dep_ == "poss" and (child.pos_ == "PRON" or relational(token)):
            continue
        if child.dep_ in MODIFIER_DEPS:
            if backing_participle(child):
                continue  # "an Iranian-backed group": the backer, not the group
            found = index.at(child) or phrase_actor(child, index, depth + 1)
            if found and found != skip:
                if child.dep_ == "appos" and affiliated is not None and not affiliated(found):
                    unaffiliated = unaffiliated or found
                    continue
                return found
    preps = (*PREP_MODIFIERS, *ROLE_PREPS) if named else PREP_MODIFIERS
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in children_of(child):
                if obj.dep_ == "pobj" and (found := phrase_actor(obj, index, depth + 1)):
                    return found
    return unaffiliated


# Nouns for a party defined by its relation to another ("Ukraine's partners", "Iran's
# neighbours"): the possessor is the other party, not the one meant.
RELATIONAL_NOUNS = {"partner", "ally", "neighbour", "neighbor", "counterpart", "rival",
                    "enemy", "adversary", "foe", "friend", "backer", "creditor", "donor"}


def relational(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in RELATIONAL_NOUNS


# Prepositions linking a role to the body it serves ("a spokeswoman for X", "an adviser to
# X"), read only on a head that has an appositive name (elsewhere "for"/"to" name recipients).
ROLE_PREPS = ("for", "to")


def argument_actors(token: Token, index: MentionIndex,
                    affiliated: Callable[[str], bool] | None = None) -> list[str]:
    """Actors of an argument and its conjuncts ("Iran and Russia" → both; "U.S. and
    Russian negotiators" → both)."""
    out: list[str] = []
    for head in (token, *conjuncts_of(token)):
        actor = phrase_actor(head, index, 0, affiliated)
        if actor is None:
            continue
        out.extend(index.all_at(head) if index.at(head) == actor else [actor])
        if index.at(head) is None:
            out.extend(a for m in children_of(head) if m.dep_ in ("compound", "amod")
                       for c in conjuncts_of(m) if (a := index.at(c)))
            out.extend(shared_role(head, index, depth=1))
    return list(dict.fromkeys(out))


def shared_role(head: Token, index: MentionIndex, depth: int) -> list[str]:
    """A plural role of coordinated bodies ("the leaders of Japan and South Korea", "the
    foreign ministers of Congo and Rwanda") stands for each of them: the role is held once
    per body, so every conjunct of the "of" object is a party (PLOVER compound actors); so
    is every conjunct of the "in" object of a relational role ("his counterparts in the
    United States, Britain and France")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    return [a for c in children_of(head) if c.dep_ == "prep" and (
                c.lower_ == "of" or c.lower_ == "in" and relational(head))
            for o in children_of(c) if o.dep_ == "pobj"
            for k in conjuncts_of(o) if (a := phrase_actor(k, index, depth))]


def speaker_actor(token: Token, document: Document) -> str | None:
    """For a first-person pronoun inside a direct quote: the speaker (or their state)."""
    for quote in document.quotes:
        if quote.start <= token.idx < quote.end and quote.speaker and quote.speaker.actor:
            return state_of(quote.speaker.actor, document, token.lower_ in PLURAL_FIRST)
    return None


def state_of(actor_id: str, document: Document, plural: bool) -> str:
    """"we" said by a minister is their state; "I" is the minister."""
    actor = document.actors.get(actor_id)
    if plural and actor is not None and actor.kind == "person" and actor.country:
        if actor.country in document.actors:
            return actor.country
    return actor_id


def actor_refs(actor_ids: Iterable[str], document: Document, lexicon: ActorLexicon,
               home: str | None = None, target: bool = False) -> tuple[ActorRef, ...]:
    """ActorRefs, membership groups expanded to their member states, duplicates dropped.
    ``home``: the one country named in the event's sentence, lent to national organisations
    of unknown country (parties, unions: see :func:`lent_country`; on the ``target`` side,
    any national organisation: "inspectors sent to the X Facility in Iran")."""
    refs: list[ActorRef] = []
    for actor_id in actor_ids:
        actor = document.actors.get(actor_id)
        if actor is None:
            continue
        if actor.members:
            # an informal grouping (the E3): its members act for it, and it stays visible
            refs.append(ActorRef(actor.id, actor.name, None, actor.sector, actor.code))
            for code in actor.members:
                member = document.actors.get(code)
                refs.append(ActorRef(code, member.name if member else code, code,
                                     member.sector if member else None,
                                     member.code if member and member.code else code))
        else:
            country = actor.country or lent_country(actor, lexicon, home, target)
            refs.append(ActorRef(actor.id, actor.name, country, actor.sector,
                                 actor_code(actor.code, country, actor.sector)))
    unique: dict[str, ActorRef] = {}
    for ref in refs:
        unique.setdefault(ref.actor, ref)
    return tuple(unique.values())


def actor_code(code: str | None, country: str | None, sector: str | None) -> str | None:
    """The CAMEO-style code of an event actor: its own (IGOEUREEC, PSEREBHMS, IRNGOV), else
    country + sector from what the event learned (a party lent its sentence's country)."""
    if code and (country is None or code.startswith(country) or not code[:3].isalpha()
                 or code[:3] in ("IGO", "NGO", "IMG", "MNC")):
        return code
    if country:
        return country + (sector or "") if not code or code == sector else code
    return code or sector


# Sectors of organisations that act within one country (a party, a union, a court …).
DOMESTIC_SECTORS = {"PTY", "OPP", "LAB", "GOV", "LEG", "JUD", "EDU", "MED", "BUS", "CVL"}
INTERNATIONAL_WORDS = ("international", "world", "global", "united nations", "european",
                       "african", "arab", "islamic", "asian", "american")


def national(actor: ActorDraft) -> bool:
    """An organisation of unknown country whose code is at most a sector ("PTY", "LAB"):
    a party, union or institution of the country its sentence names; so is a person of
    unknown country titled with a domestic office ("Judge Alejandro Rivera")."""
    if actor.kind == "person":
        return actor.country is None and actor.sector in DOMESTIC_SECTORS
    if actor.kind not in ("organization", "group") or actor.country or actor.members:
        return False
    if actor.code and actor.code != actor.sector:
        return False  # IGO…, NGO…, IMG…: international by code
    name = actor.name.lower()
    return not any(word in name for word in INTERNATIONAL_WORDS)


def sentence_home(document: Document, start: int, end: int) -> str | None:
    """The only country among the actors mentioned in [start, end), if there is one."""
    countries = set()
    for mention in document.mentions_in(start, end):
        actor = document.actors.get(mention.actor)
        if actor is not None and actor.country:
            countries.add(actor.country)
    return countries.pop() if len(countries) == 1 else None


def lent_country(actor: ActorDraft, lexicon: ActorLexicon, home: str | None,
                 target: bool = False) -> str | None:
    """The country of a national organisation of unknown country: a state named in its own
    name ("Baghdad University", "Kenya Anti-Corruption Commission"), else ``home`` if its
    sector is a domestic one (a party, a union …)."""
    if not national(actor):
        return None
    found = name_country(actor.name, lexicon)
    return found or (home if target or actor.sector in DOMESTIC_SECTORS else None)


def name_country(name: str, lexicon: ActorLexicon) -> str | None:
    """The first state a word or word pair of ``name`` names (country, demonym, capital)."""
    words = name.replace("-", " ").split()
    for size in (2, 1):
        for start in range(len(words) - size + 1):
            for surface in lexicon.lookup(" ".join(words[start:start + size])):
                if surface.kind == "state":
                    return str(surface.key)
    return None


# Acts only a state does (arrests, bans, expulsions, breaking relations): told in an
# agentless passive ("were detained", "were expelled"), their agent is a state.
STATE_ACT_TYPES = {"COERCE", "SANCTION"}
STATE_PLACE_PREPS = ("in", "across", "inside", "throughout")
LEFT_VERBS = {"leave", "quit", "exit"}
# who is expelled or deported "from" a state is expelled by it ("expelled from Georgia")
EXPELLING_VERBS = {"expel", "deport", "banish", "extradite"}


def implied_state(token: Token, index: MentionIndex, document: Document,
                  lexicon: ActorLexicon, reporter: Token | None) -> str | None:
    """The state that did an agentless passive state act, when the text makes it plain (as
    CAMEO coders code "More than 500 people have been detained since the protests began"
    in a report on one country): the state of a place the act happens in ("were detained in
    Minsk") or that people are made to leave ("were ordered to leave Estonia"), else the
    state the reporting voice speaks for ("…, Iran's judiciary announced"; "the interior
    ministry said" of the country's own arrests), else the one state the sentence names,
    else the country of the nearest mention before it that has one (the report's current
    setting: "… Iran's judiciary announced. He had been sentenced to death in 2023"), else
    the article's main country (its dateline's, else the state it names most). A police
    force of that state named in the article is the agent of its arrests."""
    clause = [token, *(c for c in children_of(token) if c.dep_ == "xcomp")]
    for verb in clause:
        for child in children_of(verb):
            objects = [g for g in children_of(child) if g.dep_ == "pobj"] if (
                child.dep_ == "prep" and (child.lower_ in STATE_PLACE_PREPS or (
                    child.lower_ == "from" and verb.lemma_.lower() in EXPELLING_VERBS))) else (
                [child] if child.dep_ == "dobj" and verb.lemma_.lower() in LEFT_VERBS else [])
            for obj in objects:
                if (country := state_country(obj, index, document)) is not None:
                    return country
    speaker = None
    if reporter is not None:
        subject = next((c for c in children_of(reporter) if c.dep_ == "nsubj"), None)
        found = argument_actors(subject, index) if subject is not None else []
        speaker = document.actors.get(found[0]) if found else None
    sentence = token.sent
    country = (speaker.country if speaker is not None else None) or sentence_home(
        document, sentence.start_char, sentence.end_char) or setting_before(
        document, sentence.start_char) or main_country(document, lexicon)
    return country


def setting_before(document: Document, offset: int) -> str | None:
    """The country of the last mention before ``offset`` whose actor has one."""
    found: tuple[int, str] | None = None
    for mention in document.mentions:
        actor = document.actors.get(mention.actor)
        if mention.start < offset and actor is not None and actor.country and (
                found is None or mention.start > found[0]):
            found = (mention.start, actor.country)
    return found[1] if found else None


def state_country(token: Token, index: MentionIndex, document: Document) -> str | None:
    for actor_id in index.all_at(token):
        actor = document.actors.get(actor_id)
        if actor is not None and actor.kind == "state":
            return actor.country
    return None


def main_country(document: Document, lexicon: ActorLexicon) -> str | None:
    """The article's main country: its dateline's state, else the state it names most
    (the first on ties)."""
    if document.dateline is not None:
        for part in document.dateline.text.replace("/", ",").split(","):
            for surface in lexicon.lookup(part.strip()):
                if surface.kind == "state":
                    return str(surface.key)
    counts: dict[str, int] = {}
    for mention in document.mentions:
        actor = document.actors.get(mention.actor)
        if actor is not None and actor.kind == "state" and actor.country:
            counts[actor.country] = counts.get(actor.country, 0) + 1
    return max(counts, key=lambda c: counts[c], default=None)


def state_agent(country: str, plover: str, document: Document) -> str | None:
    """The agent of an implied state act: the state's police for its arrests and other
    coercion when the article names them (CAMEO ``XXXCOP``), else the state if the article
    names it."""
    police = f"group:{country.lower()}-cop"
    if plover == "COERCE" and police in document.actors:
        return police
    return country if country in document.actors else None
