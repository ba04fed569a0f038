"""State actors by ISO code: the one way to get one (id, name and code from the lexicon)."""

from __future__ import annotations

from eventwire.document import ActorDraft, Document
from eventwire.lexicon.actors import ActorLexicon

# Singular nouns for a state that "the …" refers back to ("sanctions on the country", "aid to
# the West African nation"); "the state" is left alone (a federal unit, the state as such).
# Coreference binds them (coref.resolver); they are no office ("the kingdom" is no official).
STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "emirate"})


def state_id(code: str) -> str:
    return code


def state_draft(code: str, lexicon: ActorLexicon) -> ActorDraft:
    """A new draft for the state with ISO code ``code``, named from the lexicon."""
    country = lexicon.countries.get(code)
    return ActorDraft(id=state_id(code), name=country.name if country else code, kind="state",
                      country=code, code=code)


def state_actor(document: Document, code: str, lexicon: ActorLexicon) -> ActorDraft:
    """The document's state actor for ``code``: the existing one, else a new one."""
    known = document.actors.get(state_id(code))
    if known is not None:
        return known
    return document.add_actor(state_draft(code, lexicon))
