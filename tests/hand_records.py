"""Reports written by hand (no pipeline) for the store, fusion and story tests, and the store
read back as those tests compare it: expectations stay exact whatever the extraction rules do.

Imported by name (``from hand_records import ...``), like ``event_rows`` and ``workbench_store``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.models import (
    Actor,
    ActorRef,
    Article,
    Evidence,
    Offsets,
    PipelineInfo,
    Report,
    Span,
)
from eventwire.store import Store

# The pipeline of a report written by hand.
INFO = PipelineInfo(version="test", spacy_model="none", spacy_version="0", stages=("hand",))


def state(code: str, name: str) -> ActorRef:
    """A country as a side of an event, coded by its ISO code alone ("IRN")."""
    return ActorRef(code, name, code, None, code)


def state_actors(*sides: ActorRef) -> tuple[Actor, ...]:
    """The report's actors for countries that are sides of its events."""
    return tuple(Actor(id=r.actor, name=r.name, kind="state", country=r.country, code=r.actor)
                 for r in sides)


def hand_article(article_id: str, text: str, title: str, published: str | None,
                 source_id: str | None = None) -> Article:
    """An article as ingest stores a seed file ``hand/<source_id>.txt`` of example.org."""
    source_id = source_id or article_id
    return Article(id=article_id, text=text, source="example.org", source_id=source_id,
                   title=title, published=published, timezone="UTC", language="en",
                   origin=f"hand/{source_id}.txt", format="seed")


def evidence(text: str, sentence: str, trigger: str) -> Evidence:
    """An event told in ``sentence`` (its first place in ``text``) by ``trigger`` (its first
    place in the sentence)."""
    start = text.index(sentence)
    at = start + sentence.index(trigger)
    return Evidence(Offsets(start, start + len(sentence)), Span(at, at + len(trigger), trigger))


def save_all(db: Path, reports: Iterable[Report]) -> Path:
    """A store at ``db`` holding ``reports``, each saved in turn as ingest saves one article."""
    with Store(db) as store:
        for report in reports:
            store.save(report)
    return db


def fused_events(db: Path, *options: str) -> list[dict[str, Any]]:
    """What `eventwire events --fused --format jsonl` prints for the store ``db``."""
    result = CliRunner().invoke(main, ["--db", str(db), "events", "--fused", "--format",
                                       "jsonl", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def story_articles(store: Store) -> list[list[str]]:
    """The articles of every story, as sorted lists, in sorted order."""
    return sorted(sorted(r[0] for r in store.db.execute(
        "SELECT article_id FROM story_articles WHERE story_id = ?", (s,)))
        for (s,) in store.db.execute("SELECT DISTINCT story_id FROM story_articles"))


def term_instances(db: sqlite3.Connection, table: str, query: str) -> list[Any]:
    """The rows of ``query`` over ``temp.v``: every instance (term, doc, col, offset) of a term
    in the full-text index ``table`` (an fts5vocab table, dropped again afterwards)."""
    db.execute(f"CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, {table}, instance)")
    rows = db.execute(query).fetchall()
    db.execute("DROP TABLE temp.v")
    return rows
