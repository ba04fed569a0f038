"""Codebook and PLOVER-manual rules, each with a sentence written for it (issue 10)."""

from __future__ import annotations

from typing import Any

from eventwire.api import Engine
from eventwire.models import Article

PUBLISHED = "2025-03-04T09:00:00+00:00"


def events(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    return [(e.plover, e.cameo, [r.actor for r in e.source], [r.actor for r in e.target],
             e.modality) for e in engine.document(article).events]


def test_an_announced_withdrawal_is_the_retreat_not_a_threat(engine: Engine) -> None:
    # issue 10, failure kind 2: the announced withdrawal is RETREAT with future modality (the
    # manual's CONCEDE for announced retreats is not followed)
    assert events(engine, "Berlin will withdraw its roughly 900 soldiers from Mali, "
                          "Chancellor Olaf Scholz said on Sunday.") == [
        ("RETREAT", "087", ["DEU"], ["MLI"], "future")]


def test_a_warning_of_force_is_a_threat(engine: Engine) -> None:
    # CAMEO 138: the warning is the event, by the warner's side, not the force itself
    found = events(engine, "Gallant warned on Saturday that Israel could resume its "
                           "offensive in Gaza.")
    assert [(p, c, s) for p, c, s, _, _ in found] == [("THREATEN", "138", ["ISR"])]


def test_a_background_relative_clause_is_not_the_news(engine: Engine) -> None:
    assert events(engine, "The soldiers, who had been helping Mali fight jihadist "
                          "insurgents, will leave in the coming months, Scholz said.") == []


def test_a_dictionary_pattern_codes_a_verb_no_lexicon_lists(engine: Engine) -> None:
    # CAMEO.2.0.txt: RUSH * (TO BORDER) [154]; the event carries its confidence
    article = Article(id="t", text="Armenia rushed armoured units to the border with "
                      "Azerbaijan on Friday.", published=PUBLISHED, language="en")
    found = [(e.plover, e.cameo, e.confidence) for e in engine.document(article).events]
    assert found == [("MOBILIZE", "154", 0.9)]


def test_min_confidence_filters_stored_events(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from click.testing import CliRunner

    from eventwire.cli import main

    report = tmp_path / "report.txt"
    report.write_text("Armenia mobilises units on border\n\nArmenia rushed armoured units to "
                      "the border with Azerbaijan on Friday, the defence ministry in Yerevan "
                      "said in a statement issued late in the evening.\n", encoding="utf-8")
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(report)]).exit_code == 0
    listed = runner.invoke(main, ["--db", db, "events", "--min-confidence", "0.85",
                                  "--format", "jsonl"])
    rows = [json.loads(line) for line in listed.output.splitlines() if line.strip()]
    assert [(r["cameo"], r["confidence"]) for r in rows] == [("154", 0.9)]
    stricter = runner.invoke(main, ["--db", db, "events", "--min-confidence", "0.95",
                                    "--format", "jsonl"])
    assert stricter.exit_code == 0 and stricter.output.strip() == ""
