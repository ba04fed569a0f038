"""A "when" clause on a time, or on a noun with its time, is dated at that time."""

from __future__ import annotations

from eventwire.api import Engine

PUBLISHED = "2025-09-18T12:00:00+00:00"


def dates(engine: Engine, text: str) -> list[tuple[str, str, str | None, str]]:
    report = engine.analyse_text(text, published=PUBLISHED).to_dict()
    return [(e["plover"], e["evidence"]["trigger"]["text"], e["date"]["value"],
             e["date"]["basis"]) for e in report["events"]]


def test_when_clause_on_a_timed_noun_is_not_the_lead_day(engine: Engine) -> None:
    text = ("On Wednesday Pakistan signed a defence pact with Saudi Arabia. The pact follows "
            "the four-day conflict with India in May, when India launched missile strikes on "
            "Pakistan.")
    assert dates(engine, text) == [("SUPPORT", "pact", "2025-09-17", "text"),
                                   ("ASSAULT", "strikes", "2025-05", "text")]


def test_when_clause_on_a_date(engine: Engine) -> None:
    text = "The dispute began on 1 January, when Ethiopia signed a memorandum with Somaliland."
    assert dates(engine, text) == [("SUPPORT", "memorandum", "2025-01-01", "text")]


def test_when_clause_of_the_sentence_keeps_the_narrative_day(engine: Engine) -> None:
    # a "when" clause that opens the sentence modifies no time: the narrative's day
    text = ("Italy recalled its ambassador to Paris on Monday. When France expelled two "
            "Italian diplomats, Rome protested.")
    assert [d[2] for d in dates(engine, text)] == ["2025-09-15"] * 3
