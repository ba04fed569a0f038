"""Gender of person actors: the registry's, else titles, role nouns and given names."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from eventwire.document import ActorDraft, Mention
from eventwire.lexicon.names import GivenNames

TITLES = {
    "mr": "male", "mr.": "male", "sir": "male", "king": "male", "prince": "male",
    "sheikh": "male", "emir": "male", "lord": "male", "mrs": "female", "mrs.": "female",
    "ms": "female", "ms.": "female", "madam": "female", "madame": "female", "lady": "female",
    "queen": "female", "princess": "female", "sheikha": "female", "dame": "female",
}
ROLE_GENDER = {"spokesman": "male", "spokeswoman": "female", "chairman": "male",
               "chairwoman": "female", "congressman": "male", "congresswoman": "female",
               "first lady": "female"}


def infer_genders(doc: Doc, actors: dict[str, ActorDraft], mentions: Sequence[Mention],
                  names: GivenNames) -> None:
    """Fill ``gender`` of person actors that have none (never overrides a known gender)."""
    for mention in mentions:
        actor = actors.get(mention.actor)
        if actor is None or actor.kind != "person" or actor.gender is not None:
            continue
        actor.gender = title_gender(doc, mention) or role_gender(actor) or names.gender(actor.name)


def title_gender(doc: Doc, mention: Mention) -> str | None:
    if mention.token_start is None:
        return None
    first = doc[mention.token_start]
    words = [first.lower_] + ([doc[first.i - 1].lower_] if first.i > 0 else [])
    return next((TITLES[w] for w in words if w in TITLES), None)


def role_gender(actor: ActorDraft) -> str | None:
    role = (actor.role or "").lower()
    return next((g for r, g in ROLE_GENDER.items() if r in role), None)
