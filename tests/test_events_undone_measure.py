"""Lifting or easing a measure told before (issue 10, whole reports, session 13).

CAMEO 08 (yield: ease sanctions, lift restrictions, end a state of emergency) is aimed at
the party the measure was imposed on. When the undoing names no party ("lifted the tariffs",
"lifted martial law"), the object names the measure told earlier in the report (a noun of
its kind, or the word it was told with), by the same party: its target is the target.
"""

from __future__ import annotations

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-06-02T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[object, ...]]:
    return event_rows(engine, text, PUBLISHED)


def test_lifting_the_measure_is_aimed_at_its_target(engine: Engine) -> None:
    text = ("The United States imposed tariffs on Canadian steel in March. On Friday "
            "Washington lifted the tariffs.")
    assert rows(engine, text)[-1] == ("RETREAT", "085", ["USA"], ["CAN"], "asserted", "lifted")
    text = "The EU imposed sanctions on Belarus in 2021. The bloc eased the sanctions on Monday."
    assert rows(engine, text)[-1] == ("RETREAT", "085", [None], ["BLR"], "asserted", "eased")


def test_lifting_a_decree_on_the_own_country(engine: Engine) -> None:
    text = ("President Yoon Suk Yeol declared martial law across South Korea on Tuesday night. "
            "He lifted martial law six hours later.")
    assert rows(engine, text)[-1] == ("CONCEDE", "081", ["KOR"], ["KOR"], "asserted", "lifted")


def test_a_named_party_or_another_measure_is_kept(engine: Engine) -> None:
    text = ("Russia imposed sanctions on Moldova in May. Moscow lifted sanctions on Armenia on "
            "Monday.")
    assert rows(engine, text)[-1] == ("RETREAT", "085", ["RUS"], ["ARM"], "asserted", "lifted")
    text = ("The United States imposed tariffs on Canadian steel in March. On Friday "
            "Washington lifted its travel ban.")
    assert rows(engine, text)[-1][3] == []
