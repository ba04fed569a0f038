"""Targets the trigger's own slots leave empty but the sentence names elsewhere.

The commonest dyad loss on unseen wire text (issue 10, session 9) is an event with the right
type and source and no target while the text names one. Three places in the sentence hold it,
each read by the convention the CAMEO codebook codes by:

- :func:`place_states`: an act on a *place* ("shelled Kharkiv", "fired at targets in Khan
  Younis", "bombed positions near Qamishli") is aimed at the state the place belongs to (CAMEO
  codes the location's owner), as the places stage resolved it (GeoNames country → ISO-3).
- :func:`object_parties`: an agreement, refusal or grant whose object names the party only
  inside it ("rejected an invitation to a summit hosted by Ukraine", "approved a loan for
  Kenya's railway"): the nearest actor of another state inside the object phrase (a place
  there is mostly a venue: "agreed to hold talks in Geneva", so places are not read).
- :func:`adjunct_parties`: a refusal, concession or protest whose counterpart is the party of
  the interaction that prompted it, named in an adjunct: "despite pressure from X", "after
  talks with X", "in defiance of X", "under pressure by X", "despite X's warnings".

Each returns tokens; the extractor resolves them to actors, and a target filled this way is
marked as a fallback (``Event.confidence`` ≤ 0.3), except a place named as the act's own
object ("shelled Kharkiv"). The extractor's last check still drops a target equal to the
source unless a slot names it: a fallback never makes an act the source's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from eventwire.models import Place
from eventwire.token_lookup import children_of

# acts whose object names their counterpart (agreements, decisions, refusals; not a delivery:
# "carrying equipment bought by Greek hospitals" names buyers, no recipient of aid)
# and acts whose adjunct does (refusals, concessions, protests in defiance of authorities)
OBJECT_TYPES = {"AGREE", "REJECT"}
# force, coercion (seizures, blockades) and threats of force on a place hit its state; an aid
# delivery's destination is no recipient ("landed in Athens"), a deployment's no target
PLACE_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
ADJUNCT_TYPES = {"AGREE", "REJECT", "CONCEDE", "RETREAT", "PROTEST"}
# adjuncts of the circumstance an act answers: "despite pressure", "after talks",
# "following a meeting", "amid calls", "under pressure", "in defiance"
ADJUNCT_PREPS = {"despite", "after", "following", "amid", "under", "in"}
# the prepositions that name the other party of the interaction noun: "pressure from X",
# "talks with X", "warnings by X"; "of" only where the noun is itself the stance towards a
# party ("in defiance of X")
PARTY_PREPS = {"from", "by", "with"}
OF_NOUNS = {"defiance"}
# "in" adjuncts only name a counterpart through these nouns ("in defiance of", "in talks with")
IN_NOUNS = {"defiance", "talks", "negotiations", "consultation", "consultations"}
OBJECT_DEPS = {"dobj", "attr", "oprd"}
VENUE_PREPS = {"in", "at", "near", "inside", "outside"}


def place_at(places: Sequence[Place], token: Token) -> Place | None:
    """The resolved place whose toponym covers the token (the places stage's output)."""
    at = token.idx
    for place in places:
        if place.start is not None and place.end is not None and place.start <= at < place.end:
            return place
    return None


def place_states(slots: Iterable[Token], places: Sequence[Place], exclude: set[int],
                 chain_tokens: Sequence[Token]) -> list[tuple[Token, str, bool]]:
    """(token, country, direct) for the places acted on: a target slot itself ("shelled
    Kharkiv": direct), a locative phrase inside a slot ("targets in Khan Younis"), then one
    under the trigger or its governors ("struck in Hodeidah"), in that order."""
    found: list[tuple[Token, str, bool]] = []
    for slot in slots:
        for token in slot.subtree:
            if token.i in exclude:
                continue
            direct = token.i == slot.i or token.head.i == slot.i and token.dep_ == "compound"
            if not direct and not venue(token):
                continue
            place = place_at(places, token)
            if place is not None and place.country and place.precision != "country":
                found.append((token, place.country, direct))
                break
    for head in chain_tokens:
        for token in head.subtree:
            if token.i in exclude or not venue(token):
                continue
            place = place_at(places, token)
            if place is not None and place.country and place.precision != "country":
                found.append((token, place.country, False))
    return found


def acts(chain_tokens: Sequence[Token]) -> list[Token]:
    """The trigger, its governors and the act they take as complement: "agreed [to open]
    crossings after talks with X", "refused [to withdraw] … despite demands from X"."""
    out = list(chain_tokens)
    for token in chain_tokens:
        out += [c for c in children_of(token) if c.dep_ == "xcomp" and c not in out]
    return out


def venue(token: Token) -> bool:
    """A name in a locative phrase ("talks [in Muscat]", "a summit [at the Kremlin]"): where,
    not whom."""
    head = token.head if token.dep_ == "compound" else token
    return head.dep_ == "pobj" and head.head.lower_ in VENUE_PREPS


def object_parties(chain_tokens: Sequence[Token], exclude: set[int]) -> list[Token]:
    """Tokens inside the object phrase of the trigger (or the act it takes as complement),
    nearest the object head first, not in a venue: "rejected an invitation to a summit
    hosted by [Ukraine]"."""
    out: list[Token] = []
    objects = [o for act in acts(chain_tokens[:1]) for o in children_of(act)]
    for obj in objects:
        if obj.dep_ not in OBJECT_DEPS:
            continue
        inner = [t for t in obj.subtree if t.i != obj.i and t.i not in exclude
                 and t.pos_ in ("PROPN", "NOUN", "ADJ") and not venue(t)]
        out += sorted(inner, key=lambda t: abs(t.i - obj.i))
    return out


def adjunct_parties(chain_tokens: Sequence[Token], exclude: set[int]) -> list[Token]:
    """The other party of the interaction an adjunct of the act or its governors names:
    "despite pressure from [X]", "after talks with [the government]", "in defiance of
    [Chinese authorities]", "despite [Washington]'s warnings"."""
    out: list[Token] = []
    for head in acts(chain_tokens):
        for prep in children_of(head):
            word = prep.lower_
            if prep.dep_ != "prep" or word not in ADJUNCT_PREPS:
                continue
            for noun in children_of(prep):
                if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                    continue
                lemma = noun.lemma_.lower()
                if word == "in" and lemma not in IN_NOUNS:
                    continue
                for child in children_of(noun):
                    if child.dep_ == "poss" and child.i not in exclude:
                        out.append(child)
                    elif child.dep_ == "prep" and (child.lower_ in PARTY_PREPS or
                                                   child.lower_ == "of" and lemma in OF_NOUNS):
                        out += [g for g in children_of(child)
                                if g.dep_ == "pobj" and g.i not in exclude]
    return out
