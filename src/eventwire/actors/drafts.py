"""The actor a lexicon surface or a person's name stands for (a draft, before mentions)."""

from __future__ import annotations

import re
from datetime import date
from typing import cast

from eventwire.actors.states import state_draft
from eventwire.document import ActorDraft
from eventwire.lexicon.actors import ActorLexicon, Surface
from eventwire.models import ActorKind, Article


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def article_date(article: Article) -> date | None:
    published = article.published
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def draft_for_surface(surface: Surface, lexicon: ActorLexicon, day: date | None,
                      text: str = "") -> ActorDraft:
    """The actor a lexicon surface stands for. A seat of power with a sector ("the Pentagon")
    is its own actor with the state's country and that sector."""
    if surface.kind == "state" and surface.how == "seat" and surface.sector and text:
        name = re.sub(r"^(?:the|The)\s+", "", text).strip()
        return ActorDraft(id=f"org:{slug(name)}", name=name, kind="organization",
                          country=surface.key, sector=surface.sector,
                          code=f"{surface.key}{surface.sector}")
    if surface.kind == "state":
        return state_draft(surface.key, lexicon)
    if surface.kind == "person":
        return person_draft(surface.key, lexicon, day)
    org = lexicon.organizations[surface.key]
    kind = cast(ActorKind, org.kind)  # organization or group: the lexicon loader's kinds
    return ActorDraft(id=f"org:{slug(org.id)}", name=org.name, kind=kind, country=org.country,
                      sector=org.sector, code=org.code, members=org.members,
                      plural=bool(org.members))


def person_draft(name: str, lexicon: ActorLexicon, day: date | None) -> ActorDraft:
    person = lexicon.people.get(name)
    draft = ActorDraft(id=f"person:{slug(name)}", name=name, kind="person")
    role = person.role_on(day) if person is not None else None
    if person is not None:
        draft.gender = person.gender
    elif " " not in name:  # a bare surname: a country only when the registry is unanimous
        role = lexicon.surname_role(name, day)
    if role is not None:
        draft.country, draft.sector, draft.role = role.country, role.sector, role.role
        draft.code = f"{role.country or ''}{role.sector or ''}" or None
    return draft
