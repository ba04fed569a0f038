"""Named entities and lexicon surfaces grouped into actors with mentions.

- States by name, alias, demonym, capital and seat of power (Washington, the Kremlin → USA, RUS).
- People: titles and appositions learned from the article ("Iranian Foreign Minister Abbas
  Araghchi" → IRN, GOV, foreign minister), the dated registry, surnames grouped to full names.
- Organisations and membership groups (the E3 → DEU, FRA, GBR as members).
- Definite descriptions ("the Iranian foreign minister") to the person with that role.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LOWER, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.actors.collectives import STATE_BODIES, find_collectives
from eventwire.actors.descriptions import (
    FORMER_ROLE,
    FORMER_WORDS,
    Description,
    binding_subject,
    description_at,
    resolve_description,
    with_text_titles,
)
from eventwire.actors.drafts import article_date, draft_for_surface, person_draft, slug
from eventwire.actors.setting import clear_setting, dateline_state, state_before, state_counts
from eventwire.actors.states import STATE_NOUNS, state_actor
from eventwire.actors.titles import (
    appositive_tokens,
    clean_entity,
    title_country,
    title_role,
    title_tokens,
)
from eventwire.document import ActorDraft, Document, Mention
from eventwire.lexicon.actors import ActorLexicon, SectorTerm, Surface
from eventwire.lexicon.names import GivenNames
from eventwire.token_lookup import children_of

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Labels the NER sometimes gives a known person ("Putin met Trump" → Trump PRODUCT): only
# a person of the registry is taken from them.
MISLABELLED_PEOPLE = {"PRODUCT", "WORK_OF_ART", "EVENT"}
COMPASS = frozenset({"North", "South"})
# Words that make a region of a continent's adjective ("South American", "West African",
# "Latin American", "Southeast Asian", "Sub-Saharan African").
REGION_WORDS = frozenset({"North", "South", "East", "West", "Central", "Latin", "Southeast",
                          "Southeastern", "Northeast", "Northern", "Southern", "Eastern",
                          "Western", "Sub", "Sub-Saharan", "Horn", "Middle", "Northwest",
                          "Southwest"})
# Region adjectives and their CAMEO region codes (CAMEO actor codebook, regions: the third to
# fifth letters of an IGO's code, as in IGOEUREEC, IGOAFRAU, IGOWSTNAT, IGOWAFWAS).
REGION_CODES = {"European": ("EUR",), "African": ("AFR",), "Western": ("WST",),
                "Asian": ("ASA",), "Arab": ("ARB", "MEA"), "Gulf": ("PGS",)}
MAX_NGRAM = 4
# Sectors of bodies above states: an organ named with one ("the ECOWAS Commission") is coded
# as the body, and a person serving it has its code.
BODY_SECTORS = frozenset({"IGO", "NGO"})
# Sectors of a body's organs (CAMEO's state and IGO agents): "the United Nations Verification
# Mission", "the ECOWAS Court of Justice". A name whose rest says it is a body of another kind
# ("… Association of Kenya" NGO, "… Chamber of Commerce" BUS, "… University" EDU) is named
# after the body, not part of it, and is coded by its own kind.
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "IGO"})
# Words in a body's name that say it is a body of civil society (CAMEO's sector codes for
# human rights groups HRI, labour LAB, lawyers JUD, business BUS, students EDU, churches CHR):
# they win over the name's head noun ("the Kenya Human Rights Commission", "the Nigeria
# Labour Congress", "the Pakistan Bar Council", "the National Union of Students" are no
# government or parliament). Longer phrases first; matched as whole lower-case words.
CIVIL_WORDS: tuple[tuple[str, str], ...] = (
    ("chambers of commerce", "BUS"), ("chamber of commerce", "BUS"), ("employers", "BUS"),
    ("human rights", "HRI"), ("civil liberties", "HRI"),
    ("students", "EDU"), ("student", "EDU"), ("students'", "EDU"), ("teachers", "EDU"),
    ("law society", "JUD"), ("bar", "JUD"), ("lawyers", "JUD"), ("advocates", "JUD"),
    ("trades union", "LAB"), ("trade union", "LAB"), ("trade unions", "LAB"),
    ("labour", "LAB"), ("labor", "LAB"), ("workers", "LAB"),
    ("churches", "CHR"), ("bishops", "CHR"),
)
# Head-noun sectors a civil-society word overrides (a council, congress or commission of
# civil society is no organ of the state) and the heads of such bodies: a ministry, office,
# department or committee "of Labour" / "on Human Rights" is the state's organ for that field.
STATE_HEAD_SECTORS = frozenset({"GOV", "LEG", "LAB"})  # LAB: "Students Union"
ASSOCIATION_HEADS = frozenset({
    "commission", "council", "congress", "union", "unions", "society", "association",
    "federation", "league", "centre", "center", "network", "forum", "confederation",
    "movement", "coalition", "alliance", "watch", "group", "institute", "foundation",
    "organisation", "organization", "guild", "chamber", "chambers"})
# Nouns for an international body as a whole: "the bloc", "the alliance" → the one named last.
IGO_NOUNS = frozenset({"bloc", "alliance", "grouping", "organisation", "organization"})


class ActorFinder:
    """Finds actors in one document; holds only the lexicons and the document."""

    def __init__(self, lexicon: ActorLexicon, names: GivenNames, document: Document) -> None:
        self.lexicon = lexicon
        self.names = names
        self.document = document
        self.day = article_date(document.article)
        self.covered: set[int] = set()
        self._named_bodies: dict[str, list[tuple[int, str]]] | None = None
        self._definite: list[int] | None = None
        # person → the offices the text itself gives them ("Istanbul Mayor Ekrem Imamoglu",
        # "X, the mayor of Istanbul"), whatever the registry says they hold on the day
        self.titled: dict[str, set[str]] = {}
        paras = document.paragraphs
        # Headlines are capitalised throughout: NER there invents organisations.
        self.title_end = paras[0].end if document.article.title and len(paras) > 1 else 0

    def run(self) -> None:
        doc = self.document.doc
        assert doc is not None
        for ent in self.joined_entities(doc):
            if ent.label_ == "NORP" and self.region_demonym(ent):
                self.covered.update(range(ent.start, ent.end))
                continue
            if ent.label_ in ENTITY_LABELS:
                self.entity(clean_entity(ent), ent.label_)
            elif ent.label_ in MISLABELLED_PEOPLE and any(
                    s.kind == "person" for s in self.lexicon.lookup(ent.text)):
                self.entity(clean_entity(ent), "PERSON")
        self.lexicon_ngrams()
        self.compass_states()
        self.region_adjectives()
        self.residence_over_ethnicity()
        self.group_surnames()
        self.acronyms()
        self.body_descriptions()
        self.descriptions()
        find_collectives(self.document, self.lexicon, self.covered)
        self.appositive_bodies()
        self.unqualified_bodies()
        self.generic_seats()
        self.person_codes()

    def joined_entities(self, doc: Doc) -> list[SpacySpan]:
        """The NER's entities, with two adjacent ones joined when together they are one name
        of the lexicon that neither is alone: "Burkina" + "Faso" (split by the NER) →
        "Burkina Faso", so the state is one mention whose head is the conjunct."""
        ents = list(doc.ents)
        out: list[SpacySpan] = []
        k = 0
        while k < len(ents):
            ent = ents[k]
            if k + 1 < len(ents) and ents[k + 1].start == ent.end and \
                    ents[k + 1].label == ent.label and ent.label_ in ENTITY_LABELS:
                joined = doc[ent.start:ents[k + 1].end]
                whole = self.lexicon.lookup(joined.text)
                if whole and whole != self.lexicon.lookup(ent.text) and any(
                        s.how == "name" for s in whole):
                    out.append(SpacySpan(doc, joined.start, joined.end, label=ent.label_))
                    k += 2
                    continue
            out.append(self.hyphenated(ent))
            k += 1
        return out

    def region_demonym(self, ent: SpacySpan) -> bool:
        """ "South American leaders", "West African states", "Latin American governments": a
        region's adjective (a compass or region word before a demonym, the whole no demonym
        of a state as "South African" or "North Korean" are) names no state; its last word
        ("American", "African") is not the demonym of the state it also belongs to."""
        words = [t for t in ent if not t.is_punct]
        return len(words) >= 2 and words[0].text in REGION_WORDS and not any(
            s.kind == "state" for s in self.lexicon.lookup(ent.text)) and any(
            s.kind == "state" and s.how == "demonym" for s in self.lexicon.lookup(words[-1].text))

    @staticmethod
    def hyphenated(ent: SpacySpan) -> SpacySpan:
        """A person's name the NER cut at a hyphen ("Han Duck" of "Han Duck-soo"), whole: the
        short form ("Han") is then learned from the full name, as for "Lee Jae-myung"."""
        doc, end = ent.doc, ent.end
        while (ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-"
               and not doc[end - 1].whitespace_ and not doc[end].whitespace_
               and doc[end + 1].is_alpha and doc[end + 1].is_lower):
            end += 2
        return ent if end == ent.end else SpacySpan(doc, ent.start, end, label=ent.label_)

    def unqualified_bodies(self) -> None:
        """Officials, former officials and bodies of a state whose text names no country ("The
        home minister, Asaduzzaman Khan, …", "X, a former prime minister", "the Rapid Action
        Battalion") serve the state named last before
        them in their sentence, else the report's setting when it is clear, as CAMEO coders code
        them (the weakest evidence: :mod:`eventwire.actors.setting`)."""
        doc = self.document.doc
        assert doc is not None
        setting: tuple[str | None] | None = None
        first: dict[str, Mention] = {}
        for mention in self.document.mentions:
            if mention.token_start is not None:
                first.setdefault(mention.actor, mention)
        for actor in self.document.actors.values():
            # a former official ("Aminata Touré, a former prime minister") is the state's
            # elite (CAMEO ELI) as an official in office is its government
            serves = actor.sector in STATE_BODIES or (
                actor.sector == "ELI" and actor.kind == "person")
            if actor.country or not serves or actor.kind not in (
                    "person", "organization") or actor.id not in first or (
                    self.private_role(actor)):
                continue
            token_start = first[actor.id].token_start
            assert token_start is not None
            country = state_before(self.document, doc[token_start])
            if actor.id.startswith("role:") and country is not None and (
                    country == self.subject_state(doc[token_start])):
                continue  # "The United States promised the president …": not its own
            if country is None:
                if setting is None:
                    setting = (clear_setting(self.document, self.lexicon),)
                country = setting[0]
            if country is None:
                continue
            actor.country = country
            if actor.kind == "organization":
                actor.code = f"{country}{actor.sector}"
        self.drop_stateless_offices()

    def private_role(self, actor: ActorDraft) -> bool:
        """A person whose role is a profession outside the state ("lawyer X"): no state's
        official, so no state of the sentence or the setting."""
        term = self.lexicon.sector_term(actor.role) if actor.role else None
        return actor.kind == "person" and term is not None and term.private

    def subject_state(self, token: Token) -> str | None:
        """The state that is the subject of ``token``'s clause when ``token`` is not in it: an
        unnamed office holder in the object or an adjunct ("The United States promised the
        president more aid", "Britain summoned the ambassador") is not bound by its own
        clause's subject (a description is no reflexive), and a state does not act on its own
        office holders as on a party: the state is no office holder's state. A body of the
        state may ("Honduras's congress accused the president": a domestic act)."""
        head = token
        while head.dep_ not in ("ROOT", "nsubj", "nsubjpass") and head.head is not head and (
                head.pos_ not in ("VERB", "AUX")):
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return None  # the office holder is (in) a subject itself
        for subject in children_of(head):
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            for mention in self.document.mentions_in(start, end):
                found = self.document.actors.get(mention.actor)
                if found is not None and found.kind == "state" and found.country and (
                        mention.start <= subject.idx < mention.end):  # the subject's head
                    return found.country
        return None

    def generic_seats(self) -> None:
        """A seat of power whose name is also a common name for that body in any state ("the
        Foreign Office", "Congress", "the Politburo", "the House of Commons") is the body of
        the report's clear setting when the text never names the seat's own state
        ("ISLAMABAD - The Foreign Office summoned …" is Pakistan's), as CAMEO codes an
        unqualified body; an owner in the phrase ("Britain's Foreign Office") or the seat's
        state named anywhere in the text keeps the seat's state."""
        if dateline_state(self.document, self.lexicon) is None:
            return  # the state named most is as often the seat's partner ("summoned Russia's …")
        setting: tuple[str | None] | None = None
        named: set[str] | None = None
        for actor in self.document.actors.values():
            if actor.kind != "organization" or actor.country is None or (
                    self.lexicon.sector_term(actor.name) is None) or not any(
                    s.how == "seat" and s.key == actor.country
                    for s in self.lexicon.lookup(actor.name)):
                continue
            if named is None:
                named = set(state_counts(self.document))
            if actor.country in named:
                continue
            if setting is None:
                setting = (clear_setting(self.document, self.lexicon),)
            if setting[0] is not None:
                actor.country = setting[0]
                actor.code = f"{setting[0]}{actor.sector or ''}"

    def drop_stateless_offices(self) -> None:
        """An unnamed office holder (:meth:`office_holder`) whose state the text never gives
        is no actor: "the governor" of no known state stays as written."""
        gone = {a.id for a in self.document.actors.values()
                if a.id.startswith("role:") and a.country is None}
        if gone:
            self.document.mentions[:] = [m for m in self.document.mentions if m.actor not in gone]
            for actor_id in gone:
                del self.document.actors[actor_id]

    def region_adjectives(self) -> None:
        """ "Russia and China rejected the European step": a region's adjective before a
        common noun refers back to the nearest earlier actor of that region's bodies — an
        actor whose CAMEO code is IGO + the region (the E3 IGOEUR, the EU IGOEUREEC, NATO
        IGOWSTNAT, the African Union IGOAFRAU)."""
        doc = self.document.doc
        assert doc is not None
        for token in doc:
            region = REGION_CODES.get(token.text)
            if (region is None or token.i in self.covered or token.dep_ not in ("amod", "compound")
                    or token.head.pos_ != "NOUN" or token.head.i < token.i):
                continue
            found = None
            for mention in self.document.mentions:
                if mention.start >= token.idx:
                    break
                actor = self.document.actors.get(mention.actor)
                if actor is not None and (actor.code or "")[3:6] in region and \
                        (actor.code or "").startswith("IGO"):
                    found = actor
            if found is not None:
                self.mention(doc[token.i:token.i + 1], found, "demonym")

    def compass_states(self) -> None:
        """ "the North", "the South's military": in a report naming one state called "North …"
        (North Korea) the capitalised compass word as a noun is that state, as the South is
        South Korea; not a region ("the North Atlantic", "the north of the country")."""
        doc = self.document.doc
        assert doc is not None
        states: dict[str, list[str]] = {}
        for actor in self.document.actors.values():
            if actor.kind == "state" and actor.country:
                word = actor.name.split()[0]
                if word in COMPASS and len(actor.name.split()) > 1:
                    states.setdefault(word, []).append(actor.country)
        if not states:
            return
        for token in doc:
            found = states.get(token.text)
            if (found is None or len(found) != 1 or token.i in self.covered or token.i == 0
                    or doc[token.i - 1].lower_ != "the" or token.dep_ in ("compound", "amod")
                    or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")):
                continue
            draft = state_actor(self.document, found[0], self.lexicon)
            self.mention(doc[token.i - 1:token.i + 1], draft, "alias")

    def person_codes(self) -> None:
        """A person whose country the article gives (a title, an apposition, a misspelt
        registry surname) has the CAMEO-style code of that country and sector, as registry
        people do: "Oman's foreign minister Badr Albusaidi" → OMNGOV."""
        for actor in self.document.actors.values():
            if actor.kind == "person" and actor.country:
                actor.code = f"{actor.country}{actor.sector or ''}"

    def mention(self, span: SpacySpan, draft: ActorDraft, how: str) -> ActorDraft:
        actor = self.document.add_actor(draft)
        self.document.add_mention(Mention(span.start_char, span.end_char, span.text, actor.id, how,
                                          span.start, span.end))
        self.covered.update(range(span.start, span.end))
        return actor

    def entity(self, span: SpacySpan, label: str) -> None:
        if not len(span):
            return
        surfaces = self.lexicon.lookup(span.text)
        if not surfaces and label in PLACE_LABELS and (place := self.lexicon.place(span.text)):
            # "police in Karachi", "shelling of Idlib": a city or region of a state (PETRARCH2's
            # country entries) names that state's territory, as CAMEO codes it
            surfaces = [Surface("state", place, "place")]
        if not surfaces and label == "PERSON" and self.person_in_place_slot(span) and (
                place := self.lexicon.place(span.text)):
            # "Rwandan troops entered Goma": a town the NER took for a person, where a place
            # goes, is the town (not a Congolese official of the registry called Goma)
            surfaces, label = [Surface("state", place, "place")], "GPE"
        if not surfaces and (label in ("GPE", "NORP") or label == "ORG" and len(span) == 1):
            # a misspelt country: "Ethopia" (the NER often calls those ORG)
            near = self.lexicon.near(span.text, "state")
            surfaces = self.lexicon.lookup(near) if near else []
        if not surfaces and label == "NORP" and self.title_role(title_tokens(span)):
            label = "PERSON"  # "President Museveni": the NER took the name for a nationality
        preferred = self.prefer(surfaces, label)
        if preferred is not None and span.text.islower() and (
                preferred.kind in ("organization", "group") or preferred.how == "seat"):
            # "Peru's congress": a common noun, not the body or seat whose proper name it is
            # ("Congress" is the US Congress); the role vocabulary reads it with its state
            return
        if preferred is None and label == "PERSON":
            # "the Nigerien junta": the NER took a nationality for a name; "Boko Haram
            # abducted …": it took a known group, named by no person, for one
            preferred = next((s for s in surfaces if s.how == "demonym"), None) or next(
                (s for s in surfaces if s.kind in ("organization", "group")), None) or \
                self.place_named_as_person(span, surfaces)
        if preferred is not None and (treaty_place(span, preferred) or
                                      meeting_place(span, preferred) or destination(span)):
            return
        owner = self.seat_owner(span, preferred)
        if owner is not None and preferred is not None:
            # "Pakistan's Foreign Office": the office of the state named as its owner, not
            # the British seat of that name
            preferred = Surface("state", owner, "seat", preferred.sector)
        if preferred is not None:
            draft = draft_for_surface(preferred, self.lexicon, self.day, span.text)
            if owner is not None:
                draft.id = f"org:{owner.lower()}-{draft.id.removeprefix('org:')}"
            actor = self.mention(span, draft, preferred.how)
            if actor.kind == "person":
                self.learn_title(span, actor)
                self.appositive_role(span, actor)
        elif span.start_char < self.title_end:
            return
        elif label == "PERSON" and span.text[:1].isupper():
            actor = self.mention(span, person_draft(span.text, self.lexicon, self.day), "name")
            self.learn_title(span, actor)
            self.appositive_role(span, actor)
            if actor.country is None and title_tokens(span):
                self.misspelt_official(span, actor)
        elif label == "ORG" and span.text[:1].isupper() and len(span.text) > 2:
            body = self.body_ending_in(span[0], cached=False) if len(span) == 1 and (
                span.start > 0 and span.doc[span.start - 1].lower_ == "the") else None
            # "the Agency" after "the International Atomic Energy Agency": the body named
            # before whose name ends in that word, not a new organisation
            self.mention(span, body or self.unknown_org(span), "role" if body else "name")

    def seat_owner(self, span: SpacySpan, preferred: Surface | None) -> str | None:
        """Another state named as the owner of a seat of power with a sector: "Pakistan's
        Foreign Office" (a possessive) is Pakistan's, not the United Kingdom's; "the Peruvian
        Congress" (a demonym) is Peru's legislature, not the United States'."""
        if preferred is None or preferred.how != "seat" or not preferred.sector:
            return None
        for child in children_of(span.root):
            # "Pakistan's Foreign Office"; "the Peruvian Congress" (a demonym right before it)
            hows = ("name", "alias") if child.dep_ == "poss" else ("demonym",)
            if child.dep_ in ("poss", "amod", "compound") and child.i < span.start and \
                    child.pos_ != "PRON" and (child.dep_ == "poss" or child.i == span.start - 1):
                states = {s.key for s in self.lexicon.lookup(child.text)
                          if s.kind == "state" and s.how in hows}
                if len(states) == 1 and (state := states.pop()) != preferred.key:
                    return state
        return None

    def place_named_as_person(self, span: SpacySpan, surfaces: list[Surface]) -> Surface | None:
        """ "talks in Muscat", "Lima said": a single word the NER took for a person that names
        a state or its capital is that state, unless it has a title or is the last name of a
        person the article names in full ("Michael Jordan" … "Jordan said")."""
        state = next((s for s in surfaces if s.kind == "state" and s.how in ("name", "capital")),
                     None)
        if state is None or len(span) != 1 or title_tokens(span):
            return None
        doc = span.doc
        surname = any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == span.text
                      for e in doc.ents)
        return None if surname else state

    @staticmethod
    def person_in_place_slot(span: SpacySpan) -> bool:
        """One word with no title, the object of a place preposition ("in", "near", "into")
        or of a verb of taking or entering ground, that is no surname of a person named in
        full in the article."""
        word = span.root
        if len(span) != 1 or title_tokens(span):
            return False
        head = word.head
        slot = word.dep_ == "pobj" and head.lower_ in PLACE_PREPOSITIONS or \
            word.dep_ == "dobj" and head.lemma_ in GROUND_VERBS
        return slot and not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word.text
                                for e in span.doc.ents)

    def appositive_role(self, span: SpacySpan, actor: ActorDraft) -> None:
        """ "Serbia's president, Aleksandar Vucic", "Iran's ambassador to the UN, Amir Saeid
        Iravani": the role noun the name is in apposition to is a mention of the same person
        (the role phrase heads the noun phrase, so it is what a verb takes as its argument),
        and its title (country, role) is the person's, as a title before the name is."""
        head = role_head(span)
        if head is None:
            return
        words = [head]
        for child in reversed(list(head.lefts)):
            if child.dep_ not in ("amod", "compound") or child.i != words[0].i - 1:
                break
            words.insert(0, child)
        # the role noun or phrase ends at the head: "foreign minister", not "Islamic Republic"
        role = next((term for k in range(len(words))
                     if (term := self.lexicon.sector_term(" ".join(w.lower_ for w in words[k:])))
                     is not None), None)
        if role is None or role.kind != "person":
            return
        first = next((k for k in range(len(words)) if self.lexicon.sector_term(
            " ".join(w.lower_ for w in words[k:])) is role), 0)
        if any(t.i in self.covered for t in words[first:]):
            return  # (a demonym before the role, "the Kenyan interior minister", is the state's)
        self.mention(span.doc[words[first].i:head.i + 1], actor, "role")
        self.covered.update(t.i for t in words)
        self.titled.setdefault(actor.id, set()).add(role.role or role.term)
        registry = actor.name in self.lexicon.people
        # "Serbia's president, …", "a spokesman for Peru's foreign ministry, …" (not "to":
        # "Iran's ambassador to the United Nations" serves Iran)
        country = self.title_country([t for left in head.lefts for t in left.subtree]) or \
            self.title_country([t for c in head.rights if c.dep_ == "prep" and c.i < span.start
                                and c.lower_ in ("for", "of") for t in c.subtree])
        body = None if country else self.title_body(
            [t for left in head.lefts for t in left.subtree])
        if body is not None and body.country:
            country = body.country
        elif body is not None and not actor.country:  # "The commission's president, X"
            actor.sector, actor.code = body.sector, body.code
        if country and not (registry and actor.country):
            actor.country = country
        if not actor.role or not registry:
            actor.role = role.role or role.term
            actor.sector = actor.sector or role.sector
        if any(former(t) for t in words[:first]) or any(
                former(t) for left in head.lefts for t in left.subtree):
            # "Yoon's former defence minister, Kim Yong-hyun": out of office (CAMEO ELI)
            held = role.role or role.term
            actor.role = held if held.startswith(FORMER_ROLE) else FORMER_ROLE + held
            actor.sector = "ELI"

    def appositive_bodies(self) -> None:
        """ "The Movement for Justice and Renewal (MJR), a rebel group active in northern
        Chad, …": an organisation no dictionary knows, in apposition with a role noun that
        names its kind and country, is that kind of actor (CAMEO codes the group by what the
        text says it is: TCDREB), and the role noun is a mention of it."""
        doc = self.document.doc
        assert doc is not None
        for mention in list(self.document.mentions):
            org = self.document.actors.get(mention.actor)
            if org is None or mention.how != "name" or org.kind != "organization" or \
                    mention.token_start is None or mention.token_end is None or \
                    self.lexicon.knows(org.name):
                continue
            root = doc[mention.token_start:mention.token_end].root
            for child in children_of(root):
                if child.dep_ != "appos" or child.i < mention.token_end:
                    continue
                role = self.document.mention_at(child.left_edge.idx, child.idx + len(child.text))
                group = self.document.actors.get(role.actor) if role is not None else None
                if group is None or group.kind != "group" or not group.sector or \
                        role is None or role.how != "group":
                    continue
                org.country = org.country or group.country
                org.sector = group.sector
                org.name = self.whole_name(mention.token_start, mention.token_end)
                org.code = f"{org.country or ''}{org.sector}"
                for other in self.document.mentions:
                    if other.actor == group.id:
                        other.actor = org.id
                del self.document.actors[group.id]
                break

    def whole_name(self, start: int, end: int) -> str:
        """An organisation's name over the place the NER span stopped before: a span that
        ends in a function word runs over the proper nouns after it ("Movement for Democracy
        in | Chad (MDC)"); one followed by "in/of/for" + proper nouns and the bracketed short
        name runs up to the bracket, which defines the whole name ("Front for Democracy |
        in Burundi (FDB)")."""
        doc = self.document.doc
        assert doc is not None
        j = end
        if doc[end - 1].pos_ in ("ADP", "CCONJ", "DET"):
            while j < len(doc) and doc[j].pos_ == "PROPN":
                j += 1
        elif end + 1 < len(doc) and doc[end].pos_ == "ADP" and doc[end + 1].pos_ == "PROPN":
            j = end + 1
            while j < len(doc) and doc[j].pos_ == "PROPN":
                j += 1
            if j >= len(doc) or doc[j].text != "(":
                j = end
        return doc[start:j].text

    def misspelt_official(self, span: SpacySpan, actor: ActorDraft) -> None:
        """A titled person the registry does not know may be a misspelt official
        ("President Abdelaziz Bouteflicka"): take the country of the surname one edit away."""
        surname = self.lexicon.near(span[-1].text, "surname")
        role = self.lexicon.surname_role(surname, self.day) if surname else None
        if role is not None:
            actor.country, actor.sector = role.country, actor.sector or role.sector

    def unknown_org(self, span: SpacySpan) -> ActorDraft:
        """An organisation not in the lexicon: its country from a name or demonym inside it
        ("the Latvian Constitutional Court" → LVA), its sector from its head noun (court → JUD)."""
        draft = ActorDraft(id=f"org:{slug(span.text)}", name=span.text, kind="organization")
        body = self.named_first(span)
        if body is not None:
            # "the United Nations Verification Mission in Colombia": a mission, office or
            # agency named after the body it belongs to is coded as that body (CAMEO codes
            # UN bodies IGOUNO), not as the country it works in
            draft.country, draft.sector, draft.code = body.country, body.sector, body.code
            return draft
        draft.country = self.title_country(list(span)) or self.of_state_after(span)
        term = self.name_term(span)
        draft.sector = term.sector if term is not None else None
        civil = civil_sector(span)
        if civil is not None and span.root.lower_ in ASSOCIATION_HEADS and (
                draft.sector is None or draft.sector in STATE_HEAD_SECTORS):
            draft.sector = civil  # "the Nigeria Labour Congress" is labour, not a parliament
        owner = self.possessor(span) if not draft.country else None
        if owner is None and not draft.country:
            owner = self.named_within(span)  # "the ECOWAS Commission", "the AU Commission"
        if owner is not None and owner.kind == "state":  # "Venezuela's National Guard"
            draft.country = owner.country
        elif owner is not None and owner.code:
            # "the Korean People's Army's General Staff", "the African Union's Peace and
            # Security Council": an organ of the body named before it, coded as that body
            draft.country, draft.sector, draft.code = owner.country, owner.sector, owner.code
            return draft
        if draft.country and draft.sector is None:
            # "Kenya's Independent Electoral and Boundaries Commission" → GOV: the sector CAMEO's
            # agent phrases headed by the name's head word carry; only for a body of a known
            # state ("the International Press Office" stays uncoded, not a government)
            draft.sector = self.lexicon.head_sector(span.root.lower_)
        if draft.country or draft.sector:
            draft.code = f"{draft.country or ''}{draft.sector or ''}"
        return draft

    def of_state_after(self, span: SpacySpan) -> str | None:
        """The state in an "of" phrase right after a body's name that the NER cut before it
        ("The Law Society | of Kenya"): the body's country."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or (
                doc[span.end + 1].ent_type_ != "GPE"):
            return None
        mention = self.document.mention_at(doc[span.end + 1].idx,
                                           doc[span.end + 1].idx + len(doc[span.end + 1]))
        if mention is not None:
            actor = self.document.actors.get(mention.actor)
            return actor.country if actor is not None and actor.kind == "state" else None
        states = {s.key for s in self.lexicon.lookup(doc[span.end + 1].text)
                  if s.kind == "state" and s.how == "name"}
        return states.pop() if len(states) == 1 else None

    def name_term(self, span: SpacySpan) -> SectorTerm | None:
        """The longest role term in an organisation's name (the last of equally long ones):
        "Border Guard Bangladesh" → border guard (MIL), "Rapid Action Battalion" → battalion
        (MIL), "Joint Chiefs of Staff" → the whole name (MIL)."""
        words = [t.lower_ for t in span]
        for size in range(min(len(words), MAX_NGRAM * 2), 0, -1):
            for start in range(len(words) - size, -1, -1):
                term = self.lexicon.sector_term(" ".join(words[start:start + size]))
                if term is not None:
                    return term
        return None

    def named_first(self, span: SpacySpan) -> ActorDraft | None:
        """An international body whose name (two words or more) begins the organisation's
        name: "United Nations Verification Mission …", "African Union Mission in …"."""
        for size in range(min(len(span) - 1, MAX_NGRAM), 1, -1):
            for surface in self.lexicon.lookup(span[:size].text):
                if surface.kind == "organization":
                    body = draft_for_surface(surface, self.lexicon, self.day, span[:size].text)
                    if body.code and body.sector in BODY_SECTORS and not body.country:
                        return body if self.organ_of(span[size:]) else None
        return None

    def organ_of(self, rest: SpacySpan) -> bool:
        """Whether the rest of a name that begins with a body's name leaves it that body's
        organ: a role term in it of a sector outside ORGAN_SECTORS names a body of its own
        kind ("United Nations Association of Kenya", "European Union Chamber of Commerce")."""
        term = self.name_term(rest) if len(rest) else None
        return term is None or term.sector in ORGAN_SECTORS

    def named_within(self, span: SpacySpan) -> ActorDraft | None:
        """An international body named by a word of the organisation's name before its head
        ("the ECOWAS Commission" → ECOWAS): the organ is coded as that body."""
        for tok in span[:-1]:
            for surface in self.lexicon.lookup(tok.text):
                if surface.kind == "organization":
                    body = draft_for_surface(surface, self.lexicon, self.day, tok.text)
                    if body.code and body.sector in BODY_SECTORS and not body.country:
                        return body if self.organ_of(span[tok.i - span.start + 1:]) else None
        return None

    def body_descriptions(self) -> None:
        """ "the commission", "the court", "the council" → the organisation named earlier in the
        text whose name ends in that noun ("the ECOWAS Commission", "the Constitutional
        Court"), the latest such; none when two different ones were named. Also inside a
        title: "The commission's president, Omar Alieu Touray" serves that body."""
        doc = self.document.doc
        assert doc is not None
        names = self.named_bodies()
        for i in self.definite_articles():
            head = doc[i].head
            if head.lower_ not in names and head.lower_ not in IGO_NOUNS:
                continue
            # "the Commission" after "the European Commission": wire style capitalises the
            # short form of a body's name, which is still that body
            short = head.i == i + 1 and head.text == head.lower_.capitalize() and (
                head.lower_ in names)
            if head.tag_ not in (("NN", "NNP") if short else ("NN",)) or not (
                    head.is_lower or short) or any(
                    j in self.covered for j in range(i, head.i + 1)) or any(
                    not doc[j].is_lower or doc[j].dep_ != "amod" for j in range(i + 1, head.i)):
                continue  # "the bloc", "the regional bloc"; not "the EU bloc"
            if located(head):
                continue  # "the court in Moscow" is that place's court, not one named before
            actor = self.body_ending_in(head) if head.i == i + 1 else None
            if actor is None and head.lower_ in IGO_NOUNS:
                actor = self.latest_body(doc[i], head.lower_)
            if actor is not None:
                self.mention(doc[i:head.i + 1], actor, "role")

    def latest_body(self, token: Token, noun: str = "") -> ActorDraft | None:
        """The international body mentioned last before ``token`` ("the bloc" after ECOWAS).
        "bloc" and "alliance" name a kind of body: a bloc is a body of member states that is
        no military alliance (the EU, ECOWAS, ASEAN; not the UN, whose membership is the
        world), an alliance a treaty organisation for defence (NATO, the CSTO). Only a body
        of that kind is taken, and none when two different ones were named before."""
        fitting: list[ActorDraft] = []
        for mention in reversed(self.document.mentions):
            actor = self.document.actors.get(mention.actor)
            if mention.start < token.idx and actor is not None and actor.sector == "IGO" \
                    and actor.kind == "organization" and (actor.code or "").startswith("IGO"):
                if noun not in ("bloc", "alliance"):
                    return actor
                if self.body_kind(actor) == noun and actor not in fitting:
                    fitting.append(actor)
        # (a body and its organ, "ECOWAS" and "the ECOWAS Commission", are one body: the
        # latest named is taken)
        return fitting[0] if len({a.code for a in fitting}) == 1 else None

    def body_kind(self, actor: ActorDraft) -> str | None:
        """ "alliance" for a defence treaty organisation, "bloc" for another body of listed
        member states, None otherwise (from organizations.yaml)."""
        org = self.lexicon.organizations.get(actor.id.removeprefix("org:").upper()) or next(
            (o for o in self.lexicon.organizations.values() if o.name == actor.name), None)
        if org is None:  # an organ named with its body's name ("the ECOWAS Commission"):
            org = next((o for o in self.lexicon.organizations.values()  # that body's kind
                        if o.member_states and o.code and o.code == actor.code), None)
        if org is None or not org.member_states:
            return None
        name = org.name.lower()
        return "alliance" if "treaty organi" in name or "alliance" in name else "bloc"

    def definite_articles(self) -> list[int]:
        if self._definite is None:
            assert self.document.doc is not None
            self._definite = definite_articles(self.document.doc)
        return self._definite

    def body_ending_in(self, noun: Token, cached: bool = True) -> ActorDraft | None:
        """The one organisation named before ``noun`` whose name ends in it (``cached``: once
        every name is found, as for descriptions; not while entities are still read)."""
        found = self.named_bodies(cached).get(noun.lower_, ())
        bodies = {actor_id for start, actor_id in found if start < noun.idx}
        return self.document.actors[bodies.pop()] if len(bodies) == 1 else None

    def named_bodies(self, cached: bool = True) -> dict[str, list[tuple[int, str]]]:
        """Last word of an organisation's name (lower case) → (start, actor id) of each
        of its mentions by name."""
        if cached and self._named_bodies is not None:
            return self._named_bodies
        bodies: dict[str, list[tuple[int, str]]] = {}
        for m in self.document.mentions:
            actor = self.document.actors.get(m.actor)
            if m.how == "name" and actor is not None and actor.kind == "organization" \
                    and len(words := actor.name.split()) > 1:
                bodies.setdefault(words[-1].lower(), []).append((m.start, m.actor))
        if cached:
            self._named_bodies = bodies
        return bodies

    def possessor(self, span: SpacySpan) -> ActorDraft | None:
        """The actor named in a possessive before ``span`` ("the Army's General Staff")."""
        for child in children_of(span.root):
            if child.dep_ == "poss" and child.i < span.start:
                mention = self.document.mention_at(child.left_edge.idx,
                                                   child.idx + len(child.text))
                if mention is not None:
                    return self.document.actors.get(mention.actor)
        return None

    @staticmethod
    def prefer(surfaces: list[Surface], label: str) -> Surface | None:
        if not surfaces:
            return None
        wanted = {"PERSON": ("person",), "ORG": ("organization", "group", "state")}.get(
            label, ("state", "organization", "group", "person"))
        for kind in wanted:
            for surface in surfaces:
                if surface.kind == kind:
                    return surface
        return None if label == "PERSON" else surfaces[0]

    def lexicon_ngrams(self) -> None:
        """Lexicon surfaces the NER missed ("the Kremlin", "E3", "Iranian")."""
        doc = self.document.doc
        assert doc is not None
        strings = doc.vocab.strings
        orths: list[int] = doc.to_array([ORTH]).reshape(-1).tolist()  # type: ignore[assignment]
        upper = {orth: strings[orth][:1].isupper() for orth in set(orths)}
        i = 0
        while i < len(doc):
            if i in self.covered or not upper[orths[i]]:
                i += 1
                continue
            i = self.match_at(i)

    def match_at(self, i: int) -> int:
        doc = self.document.doc
        assert doc is not None
        texts = [t.text_with_ws for t in doc[i:i + MAX_NGRAM]]
        for n in range(len(texts), 0, -1):
            if any(j in self.covered for j in range(i, i + n)):
                continue
            surfaces = self.lexicon.lookup("".join(texts[:n]).strip())
            surface = self.prefer(surfaces, "") if surfaces else None
            if surface is not None and surface.kind != "person" and \
                    not treaty_place(doc[i:i + n], surface) and \
                    not meeting_place(doc[i:i + n], surface) and not destination(doc[i:i + n]):
                span = doc[i:i + n]
                draft = draft_for_surface(surface, self.lexicon, self.day, span.text)
                self.mention(span, draft, surface.how)
                return i + n
        return i + 1

    def learn_title(self, span: SpacySpan, actor: ActorDraft) -> None:
        self.note_titles(span, actor)
        tokens = title_tokens(span) + appositive_tokens(span)
        if not tokens:
            return
        country = self.title_country(tokens)
        role = self.title_role(tokens)
        registry = actor.name in self.lexicon.people
        body = None if country else self.title_body(tokens)
        if body is not None:  # "IDF Spokesperson Rear Adm. Daniel Hagari": the IDF's
            country = body.country
            if not body.country and not actor.country:  # "The commission's president, X"
                actor.sector, actor.code = body.sector, body.code
        if country and not (registry and actor.country):
            actor.country = country
        if role and (not actor.role or not registry):
            actor.role = role.role or role.term
            actor.sector = actor.sector or (body.sector if body else None) or role.sector
        if role and (role.sector == "ELI" or any(former(t) for t in tokens)):
            # "former Brazilian president X", "Yoon's former defence minister, X": out of
            # office, an elite (CAMEO ELI) of that country, not its government (a registry
            # person's dated office does not outweigh the text's "former")
            held = role.role or role.term
            actor.role = held if held.startswith(FORMER_ROLE) else FORMER_ROLE + held
            actor.sector = "ELI"
        if actor.role == "counterpart":
            self.resolve_counterpart(span, actor)

    def note_titles(self, span: SpacySpan, actor: ActorDraft) -> None:
        """The offices a person's name carries in the text: the title right before it
        ("Istanbul Mayor Ekrem Imamoglu") and the head of its apposition ("Ekrem Imamoglu,
        the mayor of Istanbul"). A later "the mayor" is that person (:meth:`described_person`)
        even when the registry gives them another role on the article's day."""
        before = title_tokens(span)
        phrases = [before] if before else []
        for child in children_of(span.root):
            if child.dep_ == "appos" and child.i >= span.end:
                phrases.append(modified_head(child))
        for words in phrases:
            term = self.role_ending_on(words)
            if term is None or term.kind != "person":
                continue
            held = term.role or term.term
            if any(former(t) for t in words) and not held.startswith(FORMER_ROLE):
                held = FORMER_ROLE + held
            self.titled.setdefault(actor.id, set()).add(held)

    def role_ending_on(self, words: list[Token]) -> SectorTerm | None:
        """The longest role term of the vocabulary that ends on the last word ("foreign
        minister" of "Iranian Foreign Minister"; not "president" of "the president's rival")."""
        return next((term for start in range(len(words)) if (term := self.lexicon.sector_term(
            " ".join(t.lower_ for t in words[start:] if t.tag_ != "POS"))) is not None), None)

    def title_country(self, tokens: list[Token]) -> str | None:
        return title_country(tokens, self.lexicon, self.document)

    def title_body(self, tokens: list[Token]) -> ActorDraft | None:
        """A national body with a country named in a title that names no state ("IDF
        spokesperson", "Hamas official"): the person serves it, so has its country and sector."""
        for tok in tokens:
            mention = self.document.mention_at(tok.idx, tok.idx + len(tok.text))
            body = self.document.actors.get(mention.actor) if mention else next(
                (draft_for_surface(s, self.lexicon, self.day) for s in self.lexicon.lookup(tok.text)
                 if s.kind in ("organization", "group")), None)
            if body is None and tok.is_lower and tok.tag_ == "NN" and any(
                    c.tag_ == "POS" for c in tok.children):
                body = self.body_ending_in(tok, cached=False)  # "The commission's president"
            if body is not None and body.kind in ("organization", "group") and body.sector \
                    and (body.country or body.sector in BODY_SECTORS and body.code):
                return body
        return None

    def title_role(self, tokens: list[Token]) -> SectorTerm | None:
        return title_role(tokens, self.lexicon)

    def resolve_counterpart(self, span: SpacySpan, actor: ActorDraft) -> None:
        """"his Russian counterpart X": X holds the same role as the other person."""
        for other in self.document.mentions:
            peer = self.document.actors[other.actor]
            if (peer.kind == "person" and peer.id != actor.id
                    and peer.role not in (None, "counterpart")):
                actor.role, actor.sector = peer.role, actor.sector or peer.sector
                return
        actor.role = None

    def residence_over_ethnicity(self) -> None:
        """ "Bosnian Serbs", "Iraqi Kurds": the group belongs to the modifier's country."""
        doc = self.document.doc
        assert doc is not None
        by_token = {m.token_start: m for m in self.document.mentions
                    if m.token_start is not None and m.token_end == m.token_start + 1}
        for start, mention in by_token.items():
            head = doc[start]
            modifier = next((by_token[c.i] for c in children_of(head)
                             if c.dep_ in ("amod", "compound") and c.i in by_token), None)
            if (modifier is not None and mention.how == "demonym" and modifier.how == "demonym"
                    and modifier.actor != mention.actor):
                mention.actor = modifier.actor

    def group_surnames(self) -> None:
        """Fold "Araghchi" into "Abbas Araghchi" (same last name, single-token mention)."""
        people = [a for a in self.document.actors.values() if a.kind == "person" and " " in a.name]
        for actor in list(self.document.actors.values()):
            guessed_org = (actor.kind == "organization" and actor.code is None
                           and actor.sector is None)
            if actor.kind not in ("person", "organization") or " " in actor.name or (
                actor.kind == "organization" and not guessed_org
            ):
                continue
            full = [p for p in people if actor.name in p.name.split()[1:]
                    or actor.name in p.name.split()[-1].split("-")[1:]]  # "Asamoah-Boateng"
            if not full and not self.is_given_name(actor.name):  # family name first: "Li Qiang"
                full = [p for p in people if p.name.split()[0] == actor.name]
            if len(full) == 1:
                self.merge(actor.id, full[0].id)

    def acronyms(self) -> None:
        """ "Azerbaijan Airlines (AZAL) … AZAL suspended its flights": an all-capital word in
        brackets right after an organisation's name is the short name the article defines for
        it (its first letter begins a word of the name, as in "Armed Forces of the Democratic
        Republic of the Congo (FARDC)"), so every later mention of that
        word is the organisation, whatever the word names elsewhere ("Reporters Without
        Borders (RSF)" is not Sudan's RSF in that article)."""
        doc = self.document.doc
        assert doc is not None
        defined: dict[str, str] = {}
        for mention in self.document.mentions:
            end = mention.token_end
            actor = self.document.actors.get(mention.actor)
            if end is None or actor is None or actor.kind not in ("organization", "group") or \
                    end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            short = doc[end + 1].text
            words = [w for w in mention.text.split() if w[:1].isupper()]
            if not (2 <= len(short) <= 10 and short.isupper() and short[:1].isalpha()
                    and len(words) >= 2 and short[:1] in {w[:1] for w in words}
                    and short not in mention.text.split()):
                continue
            if (actor.code is None or not self.lexicon.knows(actor.name)) and \
                    short not in defined:  # (a name of no file, coded only by its words)
                known = self.known_short_name(short, end + 1)
                if known is not None:
                    # "The International Labor Office (ILO)": the dictionary knows the short
                    # name, so the organisation is that entry, not a new uncoded one
                    self.merge(actor.id, known.id)
                    actor = known
            defined.setdefault(short, actor.id)
        for short, owner in defined.items():
            for mention in self.document.mentions:
                if mention.text == short and mention.actor != owner:
                    mention.actor, mention.how = owner, "alias"
            used = {m.actor for m in self.document.mentions}
            for other in [a for a in self.document.actors if a not in used]:
                del self.document.actors[other]
            draft = self.document.actors[owner]
            for tok in doc:
                if tok.text == short and tok.i not in self.covered:
                    self.mention(doc[tok.i:tok.i + 1], draft, "alias")

    def known_short_name(self, short: str, token: int) -> ActorDraft | None:
        """The organisation or group the dictionaries code for a bracketed short name: the
        actor its mention already stands for, else the lexicon's entry for the word."""
        for mention in self.document.mentions:
            if mention.token_start == token and mention.text == short:
                known = self.document.actors.get(mention.actor)
                if known is not None and known.code and known.kind in ("organization", "group"):
                    return known
        surface = next((s for s in self.lexicon.lookup(short)
                        if s.kind in ("organization", "group")), None)
        if surface is None:
            return None
        return self.document.add_actor(draft_for_surface(surface, self.lexicon, self.day, short))

    def is_given_name(self, word: str) -> bool:
        return word.lower() in self.names.genders

    def merge(self, old: str, new: str) -> None:
        for mention in self.document.mentions:
            if mention.actor == old:
                mention.actor, mention.how = new, "alias"
        draft = self.document.actors.pop(old)
        target = self.document.actors[new]
        if old in self.titled:
            self.titled.setdefault(new, set()).update(self.titled.pop(old))
        if draft.kind != target.kind:
            return
        for name in ("country", "sector", "role", "gender"):
            if getattr(target, name) is None:
                setattr(target, name, getattr(draft, name))

    def descriptions(self) -> None:
        """ "the Iranian foreign minister", "the Russian diplomat" → that person (recognised
        by :func:`description_at`, as coreference recognises them)."""
        doc = self.document.doc
        assert doc is not None
        for i in self.definite_articles():
            description = description_at(doc[i], self.lexicon)
            if description is None:
                continue
            chunk = doc[i:description.head.i + 1]
            person = self.described_person(chunk, description)
            if person is None:
                person = self.office_holder(chunk)
            if person is not None:
                self.mention(chunk, person, "role")

    def office_holder(self, chunk: SpacySpan) -> ActorDraft | None:
        """A description of a state's office holder that refers back to no one the text
        names ("The spokesperson urged …", "the governor said", "the foreign ministry
        spokesman"): the holder of that office, coded as CAMEO codes an unnamed official, by
        the state the description names, else (see :meth:`unqualified_bodies`) the state
        named before it in its sentence or the report's clear setting. Offices of no state
        body ("the lawyer", "the judge's clerk") stay as written."""
        words = [t for t in chunk[1:] if t.tag_ != "POS"]
        # the longest role term ending on the head ("judiciary spokesman" is a spokesman)
        term = next((found for start in range(len(words)) if (found := self.lexicon.sector_term(
            " ".join(t.lower_ for t in words[start:]))) is not None), None)
        if term is None or term.kind != "person" or term.sector not in STATE_BODIES or (
                term.private or chunk.root.lower_ in STATE_NOUNS):
            return None  # "the kingdom" is the state coreference binds, not its official
        if any(c.lower_ == "of" for c in children_of(chunk.root)) or self.title_country(words):
            return None  # "the Kenyan envoy" is the state named (as before); "the governor of
            # the central bank": not a state's office we know
        role = term.role or term.term
        return ActorDraft(id=f"role:{slug(role)}", name=role, kind="person", sector=term.sector,
                          role=role)

    def described_person(self, chunk: SpacySpan, description: Description
                         ) -> ActorDraft | None:
        words = [t for t in chunk[1:] if t.tag_ != "POS"]
        of_phrase = [t for c in children_of(chunk.root) if c.lower_ == "of" for t in c.subtree][1:]
        country = self.title_country(words) or self.title_country(of_phrase)
        if of_phrase and country is None:
            return None  # "the president of <unknown place>": not someone in this article
        latest: dict[str, int] = {}  # person → token of its latest mention before the chunk
        subject = {t.i for t in binding_subject(description.head)}
        bound: set[str] = set()  # not the subject of its own clause ("X received the premier")
        for mention in self.document.mentions:
            if mention.start >= chunk.start_char:
                break
            if mention.token_start is not None:
                latest[mention.actor] = mention.token_start
                if mention.token_start in subject:
                    bound.add(mention.actor)
        latest = {a: i for a, i in latest.items() if a not in bound}
        found = resolve_description(description, country, with_text_titles(
            ((self.document.actors[a], i) for a, i in latest.items()), self.document.mentions),
            self.titled)
        return self.document.actors[found] if found is not None else None


# Nouns of an instrument named after the city where it was signed ("the Ottawa Convention",
# "the Minsk agreements", "the Paris Agreement", "the Oslo Accords"): the city names no actor.
TREATY_NOUNS = frozenset({"convention", "conventions", "agreement", "agreements", "accord",
                          "accords", "treaty", "protocol", "declaration", "format", "process",
                          "charter", "principles", "framework"})


PLACE_ENTITIES = {"GPE", "LOC", "NORP", "FAC"}

PLACE_PREPOSITIONS = frozenset({"in", "near", "into", "outside", "around", "towards", "toward",
                                "inside", "from"})
GROUND_VERBS = frozenset({"enter", "capture", "seize", "encircle", "surround", "besiege",
                          "occupy", "reach", "retake", "recapture"})


def role_head(span: SpacySpan) -> Token | None:
    """The role noun a person's name is in apposition with ("Serbia's president, Aleksandar
    Vucic"; "Peter Njoroge, Kenya's interior minister") or that a relative clause on the name
    says the person is or became ("Marta Lindqvist, who became Sweden's defence minister")."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.i < span.start:
        if head.ent_type_ in PLACE_ENTITIES and head.dep_ == "pobj" and \
                head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "the mayor of Istanbul, X": X is the mayor, not the city
        return None if head.tag_ in ("NNS", "NNPS") else head
    for clause in children_of(root):
        if clause.dep_ != "relcl" or clause.lemma_ not in ("be", "become"):
            continue
        if not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in children_of(clause)):
            continue
        attr = next((c for c in children_of(clause) if c.dep_ == "attr"), None)
        if attr is not None and attr.tag_ == "NN" and attr.i > span.end:
            return attr
    return None


def civil_sector(span: SpacySpan) -> str | None:
    """The sector of a civil-society word in a body's name (:data:`CIVIL_WORDS`), if any."""
    words = " " + " ".join(t.lower_ for t in span) + " "
    words = words.replace(" 's ", "' ").replace(" ' ", "' ")
    return next((sector for phrase, sector in CIVIL_WORDS if f" {phrase} " in words), None)


def modified_head(noun: Token) -> list[Token]:
    """A noun with the adjectives and nouns right before it ("the Istanbul mayor" → Istanbul
    mayor)."""
    words = [noun]
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in ("amod", "compound") or child.i != words[0].i - 1:
            break
        words.insert(0, child)
    return words


def located(noun: Token) -> bool:
    """A body noun with a post-modifier naming a place: "the court in Moscow", "the council
    of Kharkiv" (a place's own body, not the one named before)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "of", "at") and any(
        g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTITIES for g in c.children)
        for c in noun.rights)  # (not "the bloc of serving the interests of France")


def former(token: Token) -> bool:
    """ "former"/"ex-" on the role itself ("Yoon's former defence minister"), not inside a
    possessor ("The former Soviet republic's president": the republic was Soviet, the
    president is in office)."""
    return token.lower_ in FORMER_WORDS and not any(
        a.dep_ == "poss" for a in token.ancestors if a.i > token.i)


def treaty_place(span: SpacySpan, surface: Surface) -> bool:
    """A capital or a seat that is part of a treaty's name: not the state."""
    doc = span.doc
    return (surface.kind == "state" and surface.how in ("capital", "seat")
            and span.end < len(doc) and doc[span.end].lower_ in TREATY_NOUNS)


# Nouns of a meeting named after the city that hosts it ("the Istanbul talks", "the Doha
# negotiations", "a Geneva peace conference"): the city is the meeting's place, not a party to
# it (PLOVER CONSULT codes the parties meeting, not the host city's state).
MEETING_NOUNS = frozenset({"talks", "negotiations", "negotiation", "summit", "summits",
                           "conference", "meeting", "meetings", "round", "forum", "dialogue",
                           "consultations", "parley"})


def meeting_place(span: SpacySpan, surface: Surface) -> bool:
    """A capital, seat or city modifying a meeting noun, directly or through other modifiers
    ("Istanbul peace talks")."""
    if surface.kind != "state" or surface.how not in ("capital", "seat", "place"):
        return False
    word = span.root
    while word.dep_ in ("compound", "nmod", "amod") and word.head.i > word.i:
        word = word.head
        if word.lower_ in MEETING_NOUNS:
            return True
    return span.end < len(span.doc) and span.doc[span.end].lower_ in MEETING_NOUNS


def destination(span: SpacySpan) -> bool:
    """ "a Gaza-bound aid ship", "Moscow-bound flights": the place is where the thing is
    headed, never an actor."""
    doc, end = span.doc, span.end
    if span[-1].lower_ == "bound":
        return True
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and \
        not doc[end - 1].whitespace_ and doc[end + 1].lower_ == "bound"


def definite_articles(doc: Doc) -> list[int]:
    """Positions of "the" as a determiner of a later head (one array read, not a Token per
    word)."""
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, DEP, HEAD])  # HEAD: offset of the head from the token
    the, det = strings.add("the"), strings.add("det")
    keep = (rows[:, 0] == the) & (rows[:, 1] == det) & (rows[:, 2].astype("int64") > 0)
    return numpy.flatnonzero(keep).tolist()  # type: ignore[no-any-return]


def find_actors(document: Document, lexicon: ActorLexicon, names: GivenNames) -> None:
    """Fill ``document.actors`` and ``document.mentions`` (kept in text order)."""
    ActorFinder(lexicon, names, document).run()
