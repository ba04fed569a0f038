"""A stance on an act told before is not aimed at the stance-taker's own state."""

from __future__ import annotations

from eventwire.api import Engine


def sides(engine: Engine, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    report = engine.analyse_text(text, published="2025-03-05T12:00:00+00:00").to_dict()
    return [(e["plover"], e["evidence"]["trigger"]["text"],
             [s.get("code") or s.get("country") for s in e["source"]],
             [s.get("code") or s.get("country") for s in e["target"]])
            for e in report["events"]]


def test_government_condemns_the_other_states_deed_not_its_armys(engine: Engine) -> None:
    text = ("SEOUL - North Korea blew up sections of two roads near the border on Tuesday. "
            "South Korea's military responded by firing warning shots. The unification "
            "ministry condemned the demolition as a provocation.")
    assert sides(engine, text)[-1] == ("ACCUSE", "condemned", ["KORGOV"], ["PRK"])


def test_opposition_still_criticises_its_own_police(engine: Engine) -> None:
    text = ("LIMA - Peruvian police detained two Bolivian activists at the border on Friday. "
            "The Bolivian government condemned the detentions. The Peruvian opposition also "
            "criticised the arrests.")
    assert sides(engine, text)[1:] == [("ACCUSE", "condemned", ["BOL"], ["PERCOP"]),
                                       ("ACCUSE", "criticised", ["PEROPP"], ["PERCOP"])]
