"""An "also" deed is another deed of its kind, not a repeated mention of the one before."""

from __future__ import annotations

from eventwire.api import Engine


def events(engine: Engine, text: str) -> list[tuple[str, list[str], list[str], int, int]]:
    report = engine.analyse_text(text, published="2025-03-05T12:00:00+00:00").to_dict()
    return [(e["plover"], [s.get("code") or s.get("country") for s in e["source"]],
             [s.get("code") or s.get("country") for s in e["target"]],
             e["evidence"]["trigger"]["start"], len(e.get("mentions") or []))
            for e in report["events"]]


def test_also_imposed_is_a_second_sanction(engine: Engine) -> None:
    text = ("BRUSSELS - The European Union imposed sanctions on three Iranian officials on "
            "Monday. The European Union also imposed sanctions on two Iranian shipping firms.")
    second = text.index("sanctions on two")
    assert events(engine, text) == [
        ("SANCTION", ["IGOEUREEC"], ["IRN"], text.index("sanctions"), 0),
        ("SANCTION", ["IGOEUREEC"], ["IRNBUS"], second, 0)]


def test_a_restated_sanction_still_merges(engine: Engine) -> None:
    text = ("BRUSSELS - The European Union imposed sanctions on three Iranian officials on "
            "Monday. The sanctions, the bloc's fifth package, freeze their assets.")
    assert [(e[0], e[4]) for e in events(engine, text)] == [("SANCTION", 1)]
