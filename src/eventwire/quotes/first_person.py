"""First-person pronouns inside a direct quote → the speaker, or the speaker's state.

"I/me/my" is the speaker. "we/us/our" is the speaker's state when the speaker is a
government official (a person with a country and a government sector or role), else the
speaker's own actor (a state, organisation or other person speaks for itself).
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.actors.states import state_actor
from eventwire.document import ActorDraft, Document, Mention
from eventwire.lexicon.actors import ActorLexicon
from eventwire.quotes.context import QuoteContext, Statement

SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "DIP"})


def first_person_mentions(ctx: QuoteContext, lexicon: ActorLexicon) -> Iterator[Mention]:
    for statement in ctx.statements:
        if statement.kind != "direct" or statement.actor is None:
            continue
        yield from quote_mentions(ctx, statement, lexicon)


def quote_mentions(ctx: QuoteContext, statement: Statement, lexicon: ActorLexicon
                   ) -> Iterator[Mention]:
    assert statement.actor is not None
    collective = collective_actor(ctx.document, statement.actor, lexicon)
    tokens = [t for start, end in statement.pieces()
              for t in ctx.doc[slice(*ctx.index.token_range(start, end))]]
    for token in tokens:
        lower = token.lower_
        if lower in SINGULAR and token.pos_ == "PRON":
            actor = statement.actor
        elif lower in PLURAL and token.pos_ == "PRON":
            actor = collective
        else:
            continue
        yield Mention(token.idx, token.idx + len(token), token.text, actor.id, "first_person",
                      token.i, token.i + 1)


def is_official(actor: ActorDraft) -> bool:
    return actor.kind == "person" and actor.country is not None and (
        actor.sector in OFFICIAL_SECTORS or bool(actor.role))


def collective_actor(document: Document, speaker: ActorDraft, lexicon: ActorLexicon
                     ) -> ActorDraft:
    """The state a government official speaks for as "we"; otherwise the speaker."""
    if not is_official(speaker) or speaker.country is None:
        return speaker
    return state_actor(document, speaker.country, lexicon)
