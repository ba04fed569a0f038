"""Multi-outlet articles of our own (tests/fixtures/stories-s12, see its README): one strike
told by a wire ("Israel struck ... on Tuesday"), its copy, a rewrite ("the Israeli military
... on 18 November") and a next-day follow-up whose lead is the funerals ("killed when Israeli
forces bombed a residential building in the city on Tuesday"); one meeting told as "held
talks", "met" and by one party's minister alone; a distractor each with the same actors on
another day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import ingest
from eventwire.settings import Settings
from eventwire.store import Store
from hand_records import fused_events

HERE = Path(__file__).parent / "fixtures" / "stories-s12"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, engine) -> tuple[Path, dict[str, str]]:
    db = tmp_path_factory.mktemp("s12") / "store.db"
    with Store(db) as store:
        ingest([HERE], store, Settings(), engine=engine)
        names = {r[1]: Path(r[0]).name for r in store.db.execute(
            "SELECT origin, id FROM articles")}
    return db, names


def test_every_story_is_one_cluster_and_no_distractor_joins(stored) -> None:
    db, names = stored
    with Store(db) as store:
        clusters = sorted(sorted(names[a] for (a,) in store.db.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ?", (s,)))
            for (s,) in store.db.execute("SELECT DISTINCT story_id FROM story_articles"))
    gold = json.loads((HERE / "gold.json").read_text())
    assert clusters == sorted(sorted(c) for c in gold["clusters"])


def test_the_talks_are_one_fused_event_of_all_three_outlets(stored) -> None:
    db, names = stored
    talks = [r for r in fused_events(db) if r["plover"] == "CONSULT"
             and r["date"]["value"] == "2025-05-16" and len(r["articles"]) > 1]
    assert [(sorted(names[a] for a in r["articles"]),
             sorted(a["country"] for a in r["source"] + r["target"])) for r in talks] == [
        (["20250516-1300-wire-almaty-talks.txt", "20250516-1745-caucasusnow-ministers-met.txt",
          "20250517-0900-yerevanpost-mirzoyan-briefs.txt"], ["ARM", "AZE"])]
