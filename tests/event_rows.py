"""The events an engine codes in a text, as the rows the event-coding tests compare:
(PLOVER type, CAMEO code, source countries (or actor codes), target countries (or codes), modality,
[negated,] trigger[, confidence])."""

from __future__ import annotations

from typing import Any

from eventwire.api import Engine
from eventwire.models import Article


def event_rows(engine: Engine, text: str, published: str, *,
               confidence: bool = False, codes: bool = False,
               negated: bool = False) -> list[tuple[Any, ...]]:
    """``codes``: the actors' CAMEO codes ("USAGOV") instead of their countries; ``negated``:
    the event's negation flag before its trigger."""
    article = Article(id="t", text=text, published=published, language="en")
    side = "code" if codes else "country"
    return [(e.plover, e.cameo, [getattr(r, side) for r in e.source],
             [getattr(r, side) for r in e.target],
             e.modality) + ((e.negated,) if negated else ()) + (e.evidence.trigger.text,)
            + ((e.confidence,) if confidence else ())
            for e in engine.document(article).events]
