"""A short name after a person named in full (issue 10, whole reports, session 13).

A report names a person in full first and by the surname after. When the actor dictionary
knows the surname as another actor (the Wagner Group, a leader of the same family name),
the surname is still the person the report named before it; the dictionary's reading
stands only where no such person was named before, and a state keeps its name.
"""

from __future__ import annotations

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-10T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[object, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


def test_a_surname_is_the_person_named_in_full_before(engine: Engine) -> None:
    text = ("Austria's Foreign Minister Ursula Wagner met the Serbian ambassador on Monday. "
            "Wagner urged Belgrade to release the detained journalists.")
    assert rows(engine, text)[-1] == ("REQUEST", "025", ["AUTGOV"], ["SRB"], "asserted",
                                      "urged")


def test_the_dictionary_reading_stands_without_such_a_person(engine: Engine) -> None:
    text = ("Russia's Wagner group sent fighters to Mali in 2021. Wagner attacked a village "
            "near Moura in March.")
    assert rows(engine, text)[-1][:3] == ("ASSAULT", "190", ["RUSMIL"])


def test_a_person_named_later_does_not_take_the_earlier_name(engine: Engine) -> None:
    text = ("Wagner fighters attacked a village in Mali on Sunday, the army said. Austrian "
            "minister Ursula Wagner condemned the attack.")
    assert rows(engine, text)[0][:3] == ("ASSAULT", "190", ["RUSMIL"])
    assert rows(engine, text)[-1] == ("ACCUSE", "111", ["AUTGOV"], ["RUSMIL"], "asserted",
                                      "condemned")
