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


# A definite description ("the prime minister") is the person the report named with that
# office, never the subject of its own clause (a noun phrase that is not reflexive is not
# bound in its clause), and the report's own title for a person ("Crown Prince Mohammed bin
# Salman") counts as that person's office, whatever other office the dictionary lists.
def test_the_description_is_not_the_subject_of_its_clause(engine: Engine) -> None:
    text = ("Malaysian Prime Minister Anwar Ibrahim flew to Riyadh on Tuesday. Crown Prince "
            "Mohammed bin Salman praised the prime minister for his mediation.")
    assert rows(engine, text)[-1] == ("SUPPORT", "051", ["SAUGOV"], ["MYSGOV"], "asserted",
                                      "praised")


def test_the_reports_title_tells_two_office_holders_apart(engine: Engine) -> None:
    text = ("Prime Minister Anwar Ibrahim and Crown Prince Mohammed bin Salman signed an "
            "investment pact in Riyadh on Tuesday. Later the crown prince thanked the prime "
            "minister for his visit.")
    assert rows(engine, text)[-1] == ("SUPPORT", "051", ["SAUGOV"], ["MYSGOV"], "asserted",
                                      "thanked")


def test_a_description_in_the_subject_keeps_its_person(engine: Engine) -> None:
    text = ("Iranian Foreign Minister Abbas Araghchi met Omani officials in Muscat on Sunday. "
            "The foreign minister criticised Washington for its new sanctions.")
    assert rows(engine, text)[-1] == ("ACCUSE", "111", ["IRNGOV"], ["USA"], "asserted",
                                      "criticised")


# The short form of a body's name, capitalised as wire copy writes it ("the Commission"
# after "the European Commission", "the Agency" after the IAEA), is that body.
def test_a_capitalised_short_form_is_the_body_named_before(engine: Engine) -> None:
    text = ("The European Commission proposed on Monday to suspend funds for Slovakia. "
            "Bratislava accused the Commission of blackmail.")
    assert rows(engine, text)[-1] == ("ACCUSE", "112", ["SVK"], ["IGOEUREEC"], "asserted",
                                      "accused")
    text = ("The International Atomic Energy Agency said on Monday that Iran had enriched "
            "more uranium. Tehran accused the Agency of bias.")
    assert rows(engine, text)[-1] == ("ACCUSE", "112", ["IRN"], ["IGOUNOIAE"], "asserted",
                                      "accused")

