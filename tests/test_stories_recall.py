"""Fused-event recall on multi-outlet articles of our own (tests/fixtures/stories-recall: the
Putrajaya talks of 28 July 2025 told by four outlets, one a copy, and two distractors with the
same two countries on other days): a planned date does not date a follow-up's past events, and
a "Thailand and Cambodia agreed" told by several outlets is one mutual event."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import ingest
from eventwire.settings import Settings
from eventwire.store import Store
from hand_records import fused_events

HERE = Path(__file__).parent / "fixtures" / "stories-recall"


@pytest.fixture(scope="module")
def fused(tmp_path_factory: pytest.TempPathFactory, engine) -> tuple[list[dict], dict]:
    db = tmp_path_factory.mktemp("recall") / "store.db"
    with Store(db) as store:
        ingest([HERE], store, Settings(), engine=engine)
        names = {r[1]: Path(r[0]).stem for r in store.db.execute(
            "SELECT origin, id FROM articles")}
    return fused_events(db, "--all"), names


def _articles(row: dict, names: dict) -> list[str]:
    return [names[a] for a in row["articles"]]


def test_a_follow_ups_past_talks_join_the_talks_their_leaders_held(fused) -> None:
    """Not dated by its planned meeting, and its untitled leaders linked to their countries
    through the other articles of those days (store/placing.py)."""
    rows, names = fused
    talks = [e for r in rows for e in r["evidence"]
             if names[e["article_id"]] == "bangkokpost-truce-followup"
             and e["sentence"].startswith("Phumtham Wechayachai and Hun Manet held talks")
             and e["trigger"]["text"] != "agreed"]  # (the relative clause's own event)
    # coded; its two leaders, named without titles, are resolved to countries in no article
    # of its own, but the other articles of those days resolve both: it joins the 28 July
    # talks (its date, the publication's, covers the day before), not the 4 August talks
    assert [e["modality"] for e in talks] == ["asserted", "asserted"]  # its two directions
    row = next(r for r in rows if any(e in talks for e in r["evidence"]))
    assert (row["date"]["value"], row["date"]["basis"]) == ("2025-07-28", "text")
    assert _articles(row, names) == ["khmertimes-hun-manet-talks", "bernama-putrajaya-ceasefire",
                                     "thestar-ceasefire-copy", "bangkokpost-truce-followup"]


def test_the_ceasefire_agreement_is_one_mutual_event(fused) -> None:
    rows, names = fused
    agreed = [r for r in rows if r["plover"] == "AGREE" and r["cameo"] == "0356"]
    assert [(_articles(r, names), r["date"]["value"], r["num_articles"], r["num_sources"],
             [names[a] for a in r["mentioned_in"]], r["num_background_mentions"])
            for r in agreed] == [
        (["bernama-putrajaya-ceasefire", "thestar-ceasefire-copy", "bangkokpost-truce-followup"],
         "2025-07-28", 2, 2, ["nation-border-committee"], 2)]  # the follow-up's "..., where the
    # two leaders agreed to halt the fighting" (a continuative relative clause) joins it; the
    # border talks a week later (another story) recall it in passing: mentioned, not counted
    passing = [(names[e["article_id"]], e["trigger"]["text"]) for r in agreed
               for e in r["evidence"] if e["passing"]]
    assert passing == [("nation-border-committee", "agreed")] * 2


def test_no_distractor_event_joins_the_talks(fused) -> None:
    rows, names = fused
    for r in rows:
        if r["date"] and r["date"]["value"] == "2025-08-04":
            assert _articles(r, names) == ["nation-border-committee"], r["id"]
        if "phnompenhpost-airstrikes" in _articles(r, names):
            assert _articles(r, names) == ["phnompenhpost-airstrikes"], r["id"]


def test_a_copy_is_listed_once_however_many_of_its_mentions_join(fused) -> None:
    rows, names = fused
    # (shown as the talks most of its mentions tell: Cambodia and Thailand, 040)
    talks = next(r for r in rows if r["plover"] == "CONSULT"
                 and "bernama-putrajaya-ceasefire" in _articles(r, names))
    assert (talks["cameo"], [a["code"] for a in talks["source"] + talks["target"]]) == (
        "040", ["KHMGOV", "THA"])
    assert [[names[a] for a in pair] for pair in talks["near_duplicates"]] == [
        ["bernama-putrajaya-ceasefire", "thestar-ceasefire-copy"]]
