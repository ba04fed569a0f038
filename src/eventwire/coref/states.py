"""State actors by ISO code, registered with the id scheme of the actors stage."""

from __future__ import annotations

from eventwire.document import ActorDraft, Document


def state_actor(document: Document, code: str) -> ActorDraft:
    """The state actor for ``code``: the existing one, else a new draft named from the lexicon."""
    from eventwire.stages.actors import state_id

    known = document.actors.get(state_id(code))
    if known is not None:
        return known
    lexicon = document.resources.actors if document.resources is not None else None
    country = lexicon.countries.get(code) if lexicon is not None else None
    draft = ActorDraft(id=state_id(code), name=country.name if country else code, kind="state",
                       country=code, code=code)
    return document.add_actor(draft)
