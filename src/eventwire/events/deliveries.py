"""Aid told by its arrival (issue 10, session 8): "A convoy of 20 Red Cross trucks carrying
food and medicine entered Gaza", "A Qatari plane carrying 40 tonnes of medical supplies landed
at Kabul airport", "Jordanian relief flights landed in Benghazi".

PETRARCH2 codes the arrival of aid by what arrives: ARRIVE "&FOOD *", "RELIEF *", "{RELIEF
SUPPLIES} *", "MEDICINE *" [073], "* (WITH AID)" [070]; REACH "{&FOOD CONVOY} *" [073]. Its
patterns read the subject's head only; in newswire the subject is the vehicle and the aid is
its cargo. So here a movement verb (enter, arrive, reach, land, cross, dock …) whose subject is
a vehicle (PETRARCH2's &CAR and &AIRCRAFT synsets, ships, convoys, flights, shipments) that
carries aid codes AID:

* the cargo is read from the vehicle's phrase: "carrying"/"loaded with"/"laden with"/
  "transporting" X, "of" X ("a convoy of trucks carrying …", "40 tonnes of …", "a shipment of
  aid"), "with" X, and aid modifiers of the vehicle ("aid convoy", "relief flights",
  "humanitarian convoy");
* the cargo is aid when it is &FOOD, medicine, relief, or aid/assistance, or supplies and
  equipment that are medical, humanitarian or relief ones; the code follows the aid
  (military aid 072, economic 071, humanitarian, food, medical, relief 073, plain aid 070).
  Troops, warships, weapons or grain bought by a trader are no aid: nothing is coded;
* the source is the vehicle's owner: possessor, nationality or name modifier ("a Qatari
  plane", "Red Cross trucks"), the "by" agent of "sent/dispatched/chartered by", or the owner
  of the aid itself ("a shipment of Turkish aid"); no owner, no event;
* the target is the destination's state (the object of enter/reach/cross, the place after
  in/at/into/to), else the people it is for.

The arrival replaces what was coded on the same verb: the arrival of a cargo plane is not a
diplomatic visit (CAMEO 042 needs a visitor); goods that are no aid arriving ("a cargo ship
carrying wheat", "a shipment of vaccines") are no visit either, and code nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from spacy.attrs import LEMMA
from spacy.tokens import Token

from eventwire.document import Document
from eventwire.events.extract import Draft
from eventwire.events.matching import CONFIDENCE
from eventwire.events.modality import Modality, modality_of
from eventwire.geo.gazetteer import Gazetteer
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.token_lookup import conjuncts_of, token_indices

# verbs of arriving somewhere (the subject moves to the object or the place after a preposition)
MOVEMENT_VERBS = {"enter", "arrive", "reach", "land", "cross", "dock", "roll", "pull", "sail",
                  "fly", "drive", "touch"}
# verbs of moving that are an arrival only "into" a place ("rolled into Gaza"): "pulled out
# of the city" is a withdrawal, "drove through Lviv" and "sailed from Mersin" reach nowhere
ARRIVING_INTO = {"roll", "pull", "sail", "fly", "drive"}
# people carried are no cargo (CAMEO 07x is goods, money or aid): "carrying aid workers",
# "a convoy of relief workers", "a plane carrying the food minister"
PERSON_NOUNS = {"worker", "staff", "official", "minister", "team", "passenger", "volunteer",
                "doctor", "nurse", "medic", "delegation", "delegate", "envoy", "expert",
                "personnel", "crew", "journalist", "diplomat", "employee", "member", "people",
                "refugee", "evacuee", "troop", "soldier", "rescuer", "engineer", "specialist",
                "representative", "leader", "president", "officer"}
# goods for the sender's own people or bought by the receiver are no aid: "supplies for its
# embassy", "equipment ordered by Italian hospitals"
OWN_USE_NOUNS = {"embassy", "consulate", "diplomat"}
OWN_FORCES = {"troop", "force", "soldier", "base", "contingent", "staff", "personnel", "citizen",
              "national"}
PURCHASE_VERBS = {"order", "buy", "purchase", "sell", "import", "export", "procure"}
DESTINATION_PREPS = {"in", "at", "into", "to", "on"}
# vehicles and loads beyond PETRARCH2's &CAR and &AIRCRAFT synsets
VEHICLE_NOUNS = {"convoy", "ship", "vessel", "boat", "ferry", "freighter", "barge", "tanker",
                 "train", "flight", "shipment", "consignment", "cargo", "airlift", "caravan",
                 "column", "fleet", "load", "batch", "delivery", "airdrop"}
LOAD_NOUNS = {"shipment", "consignment", "cargo", "delivery", "batch", "load", "airdrop"}
VISIT = "042"
# verbs whose object or "with" phrase is what a vehicle carries
CARRY_VERBS = {"carry", "transport", "bring", "ferry", "bear", "load", "lade", "laden", "pack",
               "haul", "deliver", "contain", "fill"}
# verbs whose "by" agent owns or sends the vehicle
SENDER_VERBS = {"send", "dispatch", "charter", "operate", "organise", "organize", "provide",
                "donate", "fund", "run"}
AID_NOUNS = {"aid", "assistance"}
RELIEF_NOUNS = {"medicine", "medication", "relief"}
SUPPLY_NOUNS = {"supply", "supplies", "equipment", "kit", "item", "good", "material",
                "provision", "package", "parcel"}
AID_MODIFIERS = {"medical", "relief", "humanitarian", "food", "aid", "emergency", "lifesaving",
                 "life-saving", "medicine"}
AID_KIND = {"military": "072", "defence": "072", "defense": "072", "economic": "071",
            "financial": "071", "humanitarian": "073", "food": "073", "medical": "073",
            "relief": "073", "emergency": "073"}
PLAIN_AID = "070"
HUMANITARIAN = "073"


class Delivering(Protocol):
    """What this module needs of :class:`eventwire.events.extract.Extractor`."""

    document: Document
    lexicon: TriggerLexicon

    def resolve(self, tokens: list[Token], modality: Modality) -> list[str]: ...

    def quote_at(self, offset: int) -> str | None: ...

    def place_country(self, token: Token) -> str | None: ...

    def state_at(self, country: str, token: Token) -> str: ...

    @property
    def gazetteer(self) -> Gazetteer: ...


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def aid_code(noun: Token, food: frozenset[str]) -> str | None:
    """The CAMEO 07x code of a cargo noun that is aid, else None."""
    word = lemma(noun)
    mods = {lemma(c) for c in noun.children if c.dep_ in ("amod", "compound")}
    if word in AID_NOUNS:
        return next((AID_KIND[m] for m in mods if m in AID_KIND), PLAIN_AID)
    if word in food or word in RELIEF_NOUNS:
        return HUMANITARIAN
    if word in SUPPLY_NOUNS and mods & AID_MODIFIERS:
        return HUMANITARIAN
    return None


def cargo(noun: Token, food: frozenset[str], depth: int = 0,
          carrier: bool = True) -> tuple[str, Token] | None:
    """(code, aid noun) of what the vehicle or load ``noun`` carries, if it is aid. An aid
    modifier counts only on a vehicle or load (``carrier``: "aid trucks", "a relief flight"),
    not on what it carries ("aid workers", "the food minister")."""
    if depth > 3 or lemma(noun) in PERSON_NOUNS:
        return None
    for item in (noun, *conjuncts_of(noun)):
        code = aid_code(item, food)
        if code is not None:
            return code, item
    for child in noun.children:
        found: tuple[str, Token] | None = None
        if carrier and child.dep_ in ("compound", "amod") and child.i < noun.i and (
                lemma(child) in AID_MODIFIERS | AID_NOUNS):
            word = lemma(child)
            found = (AID_KIND.get(word, PLAIN_AID if word in AID_NOUNS else HUMANITARIAN),
                     child)
        elif child.dep_ == "acl" and lemma(child) in CARRY_VERBS | {"laden"}:
            for part in child.children:
                if part.dep_ == "dobj":
                    found = found or cargo(part, food, depth + 1, False)
                elif part.dep_ == "prep" and part.lower_ == "with":
                    for obj in part.children:
                        if obj.dep_ == "pobj":
                            found = found or cargo(obj, food, depth + 1, False)
        elif child.dep_ == "prep" and child.lower_ in ("of", "with"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = found or cargo(obj, food, depth + 1, carrier)
        if found is not None:
            return found
    return None


def not_given(vehicle: Token) -> bool:
    """Goods for the sender's own embassy or forces, or bought by the receiver: "supplies
    for its embassy", "food for its own troops", "equipment ordered by Italian hospitals"."""
    for token in vehicle.subtree:
        if token.dep_ == "acl" and lemma(token) in PURCHASE_VERBS:
            return True
        if token.dep_ == "prep" and token.lower_ == "for":
            for obj in token.children:
                if obj.dep_ != "pobj":
                    continue
                words = {lemma(obj)} | {lemma(c) for c in obj.children if c.dep_ == "compound"}
                own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
                if words & OWN_USE_NOUNS or own and lemma(obj) in OWN_FORCES:
                    return True
    return False


def arrival(verb: Token) -> bool:
    """The verb tells an arrival somewhere (see ``ARRIVING_INTO``)."""
    if lemma(verb) not in ARRIVING_INTO:
        return True
    return not any(c.dep_ == "prt" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)


def freight(noun: Token) -> bool:
    """A vehicle told as carrying goods, or a load: "a cargo ship carrying wheat", "a
    shipment of vaccines", "freight trains"."""
    return lemma(noun) in LOAD_NOUNS or any(
        c.dep_ == "compound" and lemma(c) in ("cargo", "freight", "container")
        or c.dep_ == "acl" and lemma(c) in CARRY_VERBS for c in noun.children)


def vehicle(noun: Token, synsets: Mapping[str, frozenset[str]]) -> bool:
    word = lemma(noun)
    return word in VEHICLE_NOUNS or word in synsets.get("CAR", frozenset()) or (
        word in synsets.get("AIRCRAFT", frozenset()))


def owner_tokens(noun: Token, aid: Token) -> list[Token]:
    """The words that may name who sends the vehicle: its possessor and name or nationality
    modifiers, the "by" agent of a sending participle, those of a vehicle in its "of" phrase
    ("a convoy of Red Cross trucks") and the aid's own ("a shipment of Turkish aid")."""
    found: list[Token] = []
    seen: set[int] = set()
    todo = [noun]
    while todo:
        head = todo.pop(0)
        if head.i in seen:
            continue
        seen.add(head.i)
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ != "PRON" or child.dep_ in (
                    "amod", "compound", "nmod") and child.i < head.i and child.pos_ in (
                    "PROPN", "ADJ", "NOUN"):
                found.append(child)
            elif child.dep_ == "acl" and lemma(child) in SENDER_VERBS:
                found += [g for a in child.children if a.dep_ == "agent"
                          for g in a.children if g.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ == "of":
                todo += [g for g in child.children if g.dep_ == "pobj"]
    if aid.i not in seen:
        found += [c for c in aid.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                  and c.i < aid.i and c.pos_ != "PRON"]
    return found


def destination(verb: Token, extractor: Delivering) -> list[str]:
    """The state the vehicle moves into: the verb's object ("entered Gaza", "reached
    Mariupol") or the place after in/at/into/to ("landed at Kabul airport")."""
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS
        for g in c.children if g.dep_ == "pobj"]
    for place in places:
        for token in place.subtree:
            country = extractor.place_country(token) or named_place(token, extractor)
            if country:
                return [extractor.state_at(country, token)]
    return []


def named_place(token: Token, extractor: Delivering) -> str | None:
    """The country of a proper name where a vehicle arrives that the NER took for another
    kind ("reached Mariupol" as an ORG, "Khan Younis" as a person, "Aleppo airport" as a
    nationality) and no actor code claims: the one country of its gazetteer entries (the
    slot says it is a place)."""
    if token.pos_ != "PROPN":
        return None
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end),
                token.doc[token.i:token.i + 1])
    document = extractor.document
    if any((a := document.actors.get(m.actor)) is not None and a.code
           for m in document.mentions_in(span.start_char, span.end_char)):
        return None
    countries = {e.country for e in extractor.gazetteer.candidates(span.text)}
    return countries.pop() if len(countries) == 1 else None


def deliveries(drafts: list[Draft], extractor: Delivering) -> list[Draft]:
    """Add an AID draft for every movement verb whose subject is a vehicle carrying aid (see
    the module doc), replacing what was coded on that verb."""
    doc = extractor.document.doc
    assert doc is not None
    patterns = extractor.lexicon.patterns
    synsets = patterns.synsets if patterns is not None else {}
    food = synsets.get("FOOD", frozenset())
    for i in token_indices(doc, LEMMA, MOVEMENT_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or not arrival(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not vehicle(subject, synsets):
            continue
        carried = cargo(subject, food)
        if carried is not None and not_given(subject):
            carried = None
        if carried is None:
            if freight(subject):  # goods arriving are no visitor: no 042 on the verb
                drafts = [d for d in drafts if d.cameo != VISIT
                          or not d.trigger[0] <= verb.idx < d.trigger[1]]
            continue
        code, aid = carried
        modality = modality_of([verb])
        source = extractor.resolve(owner_tokens(subject, aid), modality)
        if not source:
            continue
        target = [a for a in destination(verb, extractor) if a not in source]
        negated = modality.negated or any(c.dep_ == "det" and c.lower_ == "no"
                                          for c in subject.children)
        sentence = verb.sent
        at = verb.idx
        drafts = [d for d in drafts if not d.trigger[0] <= at < d.trigger[1]]
        drafts.append(Draft(cameo=code, source=source, target=target, negated=negated,
                            modality=modality.value, trigger=(at, at + len(verb.text)),
                            sentence=(sentence.start_char, sentence.end_char),
                            quote_id=extractor.quote_at(at),
                            confidence=CONFIDENCE["lexicon"]))
    return sorted(drafts, key=lambda d: d.trigger[0])
