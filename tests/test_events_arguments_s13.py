"""Who is source and who is target on unseen wire text (issue 10, session 13). Every
sentence is our own; several wordings and look-alikes per class.

1. A title that refers back to a named person is that person (review s12 F10): "Istanbul
   Mayor Ekrem Imamoglu ... The mayor denied the charges" is Imamoglu, whatever office the
   registry gives him on the day of the report, and no unnamed office holder of the state
   ("the Turkish government's mayor") is made where a named person carries the title. "The
   mayor of Istanbul, Ekrem Imamoglu" names the mayor, not the city.
2. Civil bodies keep their sector (s12 "left out"): a civil-society word in a body's name
   (human rights, labour, bar / law society, students, chamber of commerce, churches) wins
   over its head noun ("Commission" GOV, "Congress" LEG, "Union" LAB) as CAMEO codes the
   body by what it is; a ministry or committee "of Labour" / "on Human Rights" stays the
   state's organ. "The Law Society of Kenya" takes its country from the "of" phrase.
3. A lawyer is no state official (review s12 F5): CAMEO codes lawyers JUD, but an unnamed
   lawyer ("the lawyer", "his lawyer") has a country only when its own phrase names one
   ("a Turkish lawyer"), never the state of the sentence or the setting; "in prison" is
   where a sentence is served, not the prison service as a target.
4. A region's adjective names no state: "South American leaders", "Latin American
   governments" are not American (USA); "South African", "Central African" stay states.
5. Coordinated state adjectives on one role noun ("Thai and Cambodian troops") name one group
   per state (PLOVER compound actors): a fight between them is a dyad both ways, and a joint
   act has both as source.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

AFTER_ARREST = "2025-04-10T09:00:00+00:00"  # the registry's Imamoglu: jailed opposition leader
IN_OFFICE = "2025-03-10T09:00:00+00:00"  # the registry's Imamoglu: mayor of Istanbul


def rows(engine: Engine, text: str, published: str = AFTER_ARREST) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, published, codes=True)


NAMED_TITLE_HOLDERS = [
    ("ISTANBUL - A Turkish court on Sunday ordered Istanbul Mayor Ekrem Imamoglu to be "
     "jailed pending trial on corruption charges.\n\nThe mayor denied all the accusations.",
     [("REQUEST", "100", ["TURJUD"], ["TUROPP"], "asserted", "ordered"),
      ("REJECT", "120", ["TUROPP"], [], "asserted", "denied")]),
    ("Ekrem Imamoglu, the mayor of Istanbul, was detained by Turkish police on "
     "Wednesday.\n\nThe mayor denied the charges against him.",
     [("COERCE", "173", ["TURCOP"], ["TUROPP"], "asserted", "detained"),
      ("REJECT", "016", ["TUROPP"], [], "asserted", "denied")]),
    # the name in apposition to "the mayor of Istanbul" is the mayor, not the city
    ("A court in Ankara jailed the mayor of Istanbul, Ekrem Imamoglu, on Wednesday.\n\n"
     "The mayor rejected the ruling as politically motivated.",
     [("COERCE", "173", ["TURJUD"], ["TUROPP"], "asserted", "jailed"),
      ("REJECT", "120", ["TUROPP"], ["TURJUD"], "asserted", "rejected")]),
    # the apposition of another person ("Erdogan's main rival") gives Imamoglu no presidency
    ("A Turkish court ordered Istanbul Mayor Ekrem Imamoglu, President Recep Tayyip "
     "Erdogan's main rival, to be jailed on Sunday.\n\nThe president praised the court.",
     [("REQUEST", "100", ["TURJUD"], ["TUROPP"], "asserted", "ordered"),
      ("SUPPORT", "051", ["TURGOV"], ["TURJUD"], "asserted", "praised")]),
    # a title not in the registry at all: the named holder, not a US office
    ("Mexico City Mayor Clara Brugada met the U.S. ambassador on Friday.\n\n"
     "The mayor later criticised the U.S. plan to fly drones over the capital.",
     [("CONSULT", "040", ["MEXGOV"], ["USA"], "asserted", "met"),
      ("ACCUSE", "111", ["MEXGOV"], ["USA"], "asserted", "criticised")]),
    # no named mayor: the unnamed office holder of the setting, as before
    ("ISTANBUL - Turkish police detained 40 protesters on Sunday.\n\n"
     "The mayor condemned the detentions.",
     [("COERCE", "173", ["TURCOP"], ["TURCVL"], "asserted", "detained"),
      ("ACCUSE", "111", ["TURGOV"], ["TURCOP"], "asserted", "condemned")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_TITLE_HOLDERS)
def test_a_title_refers_back_to_the_named_holder(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


def test_the_named_holder_takes_the_registry_office_of_the_day(engine: Engine) -> None:
    text = ("ISTANBUL - Turkish police detained Istanbul Mayor Ekrem Imamoglu on "
            "Wednesday.\n\nThe mayor denied all the accusations.")
    assert rows(engine, text, IN_OFFICE) == [
        ("COERCE", "173", ["TURCOP"], ["TURGOV"], "asserted", "detained"),
        ("REJECT", "120", ["TURGOV"], [], "asserted", "denied")]
    assert rows(engine, text, AFTER_ARREST) == [
        ("COERCE", "173", ["TURCOP"], ["TUROPP"], "asserted", "detained"),
        ("REJECT", "120", ["TUROPP"], [], "asserted", "denied")]


CIVIL_BODIES = [
    ("The Kenya Human Rights Commission accused the police of killing 12 protesters in Nairobi.",
     [("ACCUSE", "112", ["KENHRI"], ["KENCOP"], "asserted", "accused")]),
    ("The Nigeria Labour Congress threatened a general strike over the fuel price increase.",
     [("THREATEN", "133", ["NGALAB"], [], "asserted", "threatened")]),
    ("The Law Society of Kenya criticised the police for beating protesters in Nairobi.",
     [("ACCUSE", "111", ["KENNGO"], ["KENCOP"], "asserted", "criticised")]),
    ("The Pakistan Bar Council condemned the army chief's remarks on Wednesday.",
     [("ACCUSE", "111", ["PAKJUD"], [], "asserted", "condemned")]),
    ("The Zimbabwe National Students Union accused the police of beating students in Harare.",
     [("ACCUSE", "112", ["ZWEEDU"], ["ZWECOP"], "asserted", "accused")]),
    # look-alikes: the state's organ for the field stays the state's
    ("Kenya's Ministry of Labour condemned the doctors' strike on Monday.",
     [("ACCUSE", "111", ["KENGOV"], ["KENHLH"], "asserted", "condemned"),
      ("PROTEST", "143", ["KENHLH"], ["KEN"], "asserted", "strike")]),
]


@pytest.mark.parametrize(("text", "expected"), CIVIL_BODIES)
def test_a_civil_body_keeps_its_sector(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


LAWYERS = [
    ("The lawyer accused the prosecutor of hiding evidence in the case against the Brazilian "
     "senator.", []),
    ("Police in Istanbul detained the lawyer on Friday.\n\nThe lawyer denied the charges.",
     [("COERCE", "173", ["TURCOP"], ["TUR"], "asserted", "detained")]),
    # a lawyer whose phrase names the state is that state's (CAMEO JUD)
    ("A Turkish lawyer accused the police of torturing his client.",
     [("ACCUSE", "112", ["TURJUD"], ["TURCOP"], "asserted", "accused")]),
    ("Kenyan lawyers protested outside the Supreme Court in Nairobi on Monday.",
     [("PROTEST", "141", ["KENJUD"], ["KEN"], "asserted", "protested")]),
    ("A Russian court sentenced an American journalist to 16 years in prison on Friday.",
     [("COERCE", "172", ["RUSJUD"], ["USAMED"], "asserted", "sentenced")]),
]


@pytest.mark.parametrize(("text", "expected"), LAWYERS)
def test_an_unnamed_lawyer_is_no_state_official(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


REGIONS = [
    ("South American leaders condemned the U.S. strikes on boats in the Caribbean.", []),
    ("Latin American governments criticised Washington's deportation flights.", []),
    ("South African police arrested three Mozambican nationals on Monday.",
     [("COERCE", "173", ["ZAFCOP"], ["MOZ"], "asserted", "arrested")]),
    ("Central African rebels attacked a UN convoy near Bangui.",
     [("ASSAULT", "190", ["CAFREB"], ["IGOUNO"], "asserted", "attacked")]),
]


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_a_regions_adjective_names_no_state(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


COORDINATED_GROUPS = [
    ("Thai and Cambodian troops clashed along the disputed border on Thursday.",
     [("ASSAULT", "190", ["THAMIL"], ["KHMMIL"], "asserted", "clashed"),
      ("ASSAULT", "190", ["KHMMIL"], ["THAMIL"], "asserted", "clashed")]),
    ("Armenian and Azerbaijani forces exchanged fire on the border.",
     [("ASSAULT", "193", ["ARMMIL"], ["AZEMIL"], "asserted", "exchanged"),
      ("ASSAULT", "193", ["AZEMIL"], ["ARMMIL"], "asserted", "exchanged")]),
    ("US and British warships shot down Houthi drones over the Red Sea.",
     [("ASSAULT", "190", ["USAMIL", "GBRMIL"], ["YEMREB"], "asserted", "shot down")]),
    # one state's group stays one actor
    ("Ukrainian soldiers fought in Bakhmut.",
     [("ASSAULT", "190", ["UKRMIL"], ["UKR"], "asserted", "fought")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_GROUPS)
def test_coordinated_state_adjectives_name_a_group_each(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
