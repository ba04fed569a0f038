"""Cities, provinces and regions of a state (PETRARCH2's country entries, generated into
data/actors/places_phoenix.tsv) name that state's territory, as CAMEO codes them, on sentences we
wrote: exact codes in the event JSON a user sees."""

from __future__ import annotations

from eventwire.api import Engine


def events(report: dict) -> list[tuple[str, str, list[str], list[str], str]]:
    return [(e["plover"], e["cameo"], [s["code"] for s in e["source"]],
             [t["code"] for t in e["target"]], e["modality"]) for e in report["events"]]


def test_the_generated_places_are_looked_up_by_name_and_curated_names_win(engine: Engine
                                                                          ) -> None:
    lexicon = engine.resources.actors
    assert lexicon.place("Karachi") == "PAK"
    assert lexicon.place("the Balochistan") == "PAK"
    assert lexicon.place("Darfur") == "SDN"
    assert lexicon.place("Punjab") is None  # listed under India and Pakistan: left out
    assert lexicon.place("Tehran") is None  # a capital: countries.yaml's (the government)
    assert lexicon.place("Us") is None  # "The Us" (PETRARCH) is no place name: "Us, the donors"
    assert len(lexicon.places) > 3000


def test_a_city_or_region_gives_the_state_of_the_people_acting_there(analyse) -> None:
    # "police in <city>": the police of that city's state (was: no police actor, no event)
    report = analyse("Police in Karachi arrested twelve protesters on Sunday.")
    assert events(report) == [("COERCE", "173", ["PAKCOP"], ["PAKCVL"], "asserted")]
    report = analyse("Rebels attacked an army base in Darfur on Monday, killing six soldiers.")
    assert events(report)[0] == ("ASSAULT", "190", ["SDNREB"], ["SDN"], "asserted")
    report = analyse("Protesters in Peshawar burned tyres and blocked roads on Friday.")
    assert events(report)[0] == ("PROTEST", "144", ["PAKCVL"], ["PAK"], "asserted")


def test_a_place_is_read_only_where_the_ner_saw_a_place(analyse) -> None:
    # a given name that is also a city stays a person
    report = analyse("Sydney Sweeney thanked her fans on Monday.")
    assert [a["name"] for a in report["actors"]] == ["Sydney Sweeney"]
    # the venue of a meeting is no side of it
    report = analyse("The foreign ministers of India and China met in Sydney on Monday.")
    assert events(report) == [("CONSULT", "040", ["IND"], ["CHN"], "asserted"),
                              ("CONSULT", "040", ["CHN"], ["IND"], "asserted")]


def test_a_former_official_the_text_gives_no_country_is_the_settings_elite(analyse) -> None:
    """CAMEO codes a former official as the elite (ELI) of their state; with no state in the
    phrase or sentence, the report's clear setting gives it, as for officials in office (was:
    a bare "ELI")."""
    report = analyse("DAKAR, Feb 6 (WAD) - Senegal's parliament delayed the election. Aminata "
                     "Touré, a former prime minister who now backs the opposition, accused the "
                     "president of a coup.")
    assert events(report) == [("ACCUSE", "112", ["SENELI"], [], "asserted")]
    report = analyse("LIMA, March 3 (AWN) - Peru's congress removed the president on Thursday. "
                     "Maria Fernanda Quispe, a former interior minister, urged lawmakers to call "
                     "early elections.")
    assert ("REQUEST", "020", ["PERELI"], ["PERLEG"], "asserted") in events(report)
    # no dateline and no state named: left without a country
    report = analyse("Ahmed Hassan, a former defence minister, criticised the decision.")
    assert events(report) == [("ACCUSE", "111", ["ELI"], [], "asserted")]


def test_a_lower_case_congress_is_the_legislature_of_its_own_state(analyse) -> None:
    """ "Congress" is the US Congress (a seat of the United States); "Guatemala's congress",
    "the Philippine congress" are the legislatures of those states (was: USALEG, or no actor
    at all where the NER called the common noun a name)."""
    report = analyse("Guatemala's congress rejected the budget proposed by President Bernardo "
                     "Arevalo.")
    assert events(report)[0] == ("REJECT", "120", ["GTMLEG"], [], "asserted")
    # "the president" names no one: the office holder of the sentence's state (session 12)
    report = analyse("Honduras's congress accused the president of violating the constitution.")
    assert events(report) == [("ACCUSE", "112", ["HNDLEG"], ["HNDGOV"], "asserted")]
    report = analyse("The Philippine congress voted to impeach the vice president.")
    assert [(a["name"], a["code"]) for a in report["actors"]] == [
        ("Philippines", "PHL"), ("Filipino congress", "PHLLEG"), ("vice president", "PHLGOV")]
    # the proper name stays the US Congress
    report = analyse("Congress passed the bill and the White House welcomed the vote.")
    assert events(report) == [("SUPPORT", "051", ["USALEG"], [], "asserted")]
    # a capitalised name the NER holds ("Sahel juntas" in a headline) is no common noun of the
    # dateline's state (was, for a moment: "Nigerian juntas", NGAGOVMIL, from ABUJA)
    report = analyse("Sahel juntas complete exit from ECOWAS, reject mediators' last appeal\n\n"
                     "ABUJA, Jan 29 (WAW) - Mali, Burkina Faso and Niger formally left the bloc "
                     "on Wednesday.")
    assert not any(a["country"] == "NGA" for a in report["actors"])


def test_a_town_the_ner_took_for_a_person_is_the_town_where_a_place_goes(analyse) -> None:
    """ "Goma" was a Congo-Brazzaville official of the registry (COGGOV, a person) wherever
    the NER called it PERSON; as the object of "entered" or "from" it is the town (COD)."""
    for text in ("Rwandan troops entered Goma on Tuesday.",
                 "Congolese soldiers fled from Goma as the rebels advanced."):
        actors = {a["name"]: a["code"] for a in analyse(text)["actors"]}
        assert actors.get("Democratic Republic of the Congo") == "COD"
        assert "Goma" not in actors
    # neutral: as a subject with no place slot the name keeps the registry's reading
    actors = {a["name"]: (a["kind"], a["code"]) for a in
              analyse("Goma said the talks had failed.")["actors"]}
    assert actors == {"Goma": ("person", "COGGOV")}
