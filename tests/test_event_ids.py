"""A report never holds an event id twice: two readings of one event at the same trigger with
the same code are one event (sentences we wrote)."""

from __future__ import annotations

from collections import Counter

PUBLISHED = "2024-10-23T12:00:00+00:00"


def test_two_clauses_of_one_statement_are_one_event(engine) -> None:
    text = ("KAZAN, Russia (Wire) — Chinese President Xi Jinping and Indian Prime Minister "
            "Narendra Modi held talks on Wednesday. Mr. Xi said the two countries should "
            "“respect each other's concerns” and help each other achieve their goals.")
    report = engine.analyse_text(text, published=PUBLISHED).to_dict()
    ids = Counter(e["id"] for e in report["events"])
    assert [i for i, n in ids.items() if n > 1] == []
    assert [(e["plover"], e["evidence"]["trigger"]["text"], [r["actor"] for r in e["source"]],
             [r["actor"] for r in e["target"]]) for e in report["events"]] == [
        ("CONSULT", "talks", ["person:xi-jinping"], ["person:narendra-modi"]),
        ("CONSULT", "talks", ["person:narendra-modi"], ["person:xi-jinping"]),
        ("REQUEST", "said", ["person:xi-jinping"], ["CHN", "IND"]),
    ]
