"""Who did the deed an event noun names, and when (issue 15, session 10): a follow-up or a
reaction lead tells the happening as a noun phrase — "Sunday's Russian drone attack", "an
attack blamed on Israel", "the strikes, carried out by Israeli jets", "the accord signed by
Ethiopia and Somalia". A possessive day dates the deed and names no actor; a participle's
"by" agent, or the party the deed is blamed on, is its source. Our own sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _events(report: dict) -> list[tuple[str, str, list[str], list[str], str | None]]:
    return [(e["plover"], e["cameo"], [r["country"] for r in e["source"]],
             [r["country"] for r in e["target"]], (e["date"] or {}).get("value"))
            for e in report["events"]]


@pytest.mark.parametrize("text, expected", [
    # the day word is the deed's date (published Wednesday 5 March 2025), the adjective its
    # source; the condemnation stays the reaction's own event
    ("Ukraine condemned Sunday's Russian drone attack on Kyiv.",
     [("ACCUSE", "111", ["UKR"], ["RUS"], "2025-03-02"),
      ("ASSAULT", "190", ["RUS"], ["UKR"], "2025-03-02")]),
    ("Monday's Russian attack on Kyiv killed 20 people.",
     [("ASSAULT", "190", ["RUS"], ["UKR"], "2025-03-03")]),
])
def test_a_possessive_day_dates_the_deed_and_names_no_actor(
        analyse: Callable[[str], dict], text: str, expected: list) -> None:
    assert [e for e in _events(analyse(text)) if e[0] in ("ACCUSE", "ASSAULT")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The attack on the Iranian consulate, blamed on Israel, killed seven officers.",
     ("ASSAULT", "190", ["ISR"], ["IRN"])),
    ("The strikes on Hodeidah, carried out by Israeli jets, killed six people.",
     ("ASSAULT", "190", ["ISR"], ["YEM"])),
])
def test_a_participle_names_the_source_of_the_deed(
        analyse: Callable[[str], dict], text: str, expected: tuple) -> None:
    assert [e[:4] for e in _events(analyse(text))] == [expected]


def test_the_agents_of_a_signed_accord_are_its_parties(analyse: Callable[[str], dict]) -> None:
    events = _events(analyse("Egypt welcomed the accord signed by Ethiopia and Somalia in "
                             "Ankara."))
    assert [e[:4] for e in events if e[1] == "057"] == [
        ("SUPPORT", "057", ["ETH"], ["SOM"]), ("SUPPORT", "057", ["SOM"], ["ETH"])]


def test_a_go_between_is_no_agent(analyse: Callable[[str], dict]) -> None:
    # "brokered by Qatar": Qatar mediated the truce, it is no party to it
    assert not [e for e in _events(analyse("The truce brokered by Qatar took effect on "
                                           "Sunday.")) if "QAT" in e[2]]
