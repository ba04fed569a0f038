"""Turn a processed Document into the one Report model everything serialises from."""

from __future__ import annotations

from eventwire.document import Document
from eventwire.models import Article, PipelineInfo, Report, Skip


def build_report(document: Document, info: PipelineInfo) -> Report:
    by_actor: dict[str, list] = {}
    for mention in document.mentions:
        by_actor.setdefault(mention.actor, []).append(mention)
    actors = tuple(
        draft.freeze(by_actor[actor_id])
        for actor_id, draft in document.actors.items() if actor_id in by_actor
    )
    return Report(
        article=document.article, pipeline=info,
        actors=tuple(sorted(actors, key=lambda a: a.mentions[0].start)),
        events=tuple(sorted((e.freeze() for e in document.events),
                           key=lambda e: e.evidence.trigger.start)),
        quotes=tuple(sorted(document.quotes, key=lambda q: q.start)),
        times=tuple(sorted(document.times, key=lambda t: t.start)),
        places=tuple(sorted(document.places, key=lambda p: (p.start or -1, p.name))),
        warnings=tuple(document.warnings),
    )


def skip_report(article: Article, skip: Skip, info: PipelineInfo) -> Report:
    return Report(article=article, pipeline=info, skip=skip)


def placeholder_article(skip: Skip) -> Article:
    """The article object of an input that could not be read (no text)."""
    return Article(id=skip.article_id or "a-unknown", text="", origin=skip.origin)
