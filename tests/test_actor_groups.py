"""Plural group anaphora ("the three governments", "the juntas", "the two neighbours") and
titles with modifiers ("acting", "former", "deputy") on sentences we wrote: exact actor codes
in the event JSON a user sees."""

from __future__ import annotations


def sides(report: dict) -> list[tuple[str, list[str], list[str]]]:
    return [(e["plover"], [s["code"] for s in e["source"]], [t["code"] for t in e["target"]])
            for e in report["events"]]


def mentions(report: dict, actor_id: str) -> list[str]:
    actor = next(a for a in report["actors"] if a["id"] == actor_id)
    return [m["text"] for m in actor["mentions"]]


def test_a_plural_government_noun_is_the_set_of_states_named_before(analyse) -> None:
    """ "the juntas" (a government noun of the role vocabulary, in the plural) after three
    coordinated states is those states, not a junta of the speaker's country (was SEN→SEN)."""
    report = analyse("Mali, Burkina Faso and Niger left the bloc in January. Senegal's "
                     "president urged the juntas to stay.")
    assert ("REQUEST", ["SEN"], ["BFA", "MLI", "NER"]) in sides(report)
    assert mentions(report, "BFA") == ["Burkina Faso", "the juntas"]
    assert not any(a["id"].startswith("group:") for a in report["actors"])


def test_a_number_word_picks_the_set_of_that_size(analyse) -> None:
    report = analyse("Mali, Burkina Faso and Niger announced their withdrawal on Sunday. The "
                     "three governments accused ECOWAS of serving foreign interests.")
    assert ("ACCUSE", ["BFA", "MLI", "NER"], ["IGOWAFBUSWAS"]) in sides(report)
    report = analyse("Poland, Lithuania, Latvia and Estonia said they would leave the treaty. "
                     "Russia accused the four states of preparing for war.")
    assert sides(report)[-1] == ("ACCUSE", ["RUS"], ["EST", "LTU", "LVA", "POL"])
    # a pair named first and a triple named later: "the three neighbours" is the triple
    report = analyse("Kenya and Uganda signed a trade deal in March. Later Ethiopia, Eritrea "
                     "and Djibouti met in Asmara. The three neighbours agreed to reopen the "
                     "border.")
    assert sides(report)[-1] == ("AGREE", ["DJI", "ERI", "ETH"], [])
    assert mentions(report, "KEN") == ["Kenya"]
    # "all three governments"
    report = analyse("Chile, Peru and Bolivia signed a water pact. Argentina welcomed the "
                     "accord and congratulated all three governments.")
    assert mentions(report, "PER") == ["Peru", "all three governments"]


def test_relational_state_nouns_stand_for_the_pair_in_focus(analyse) -> None:
    report = analyse("India and Pakistan exchanged fire across the Line of Control on "
                     "Tuesday. The United States urged the two neighbours to show restraint.")
    assert sides(report)[-1] == ("REQUEST", ["USA"], ["IND", "PAK"])
    report = analyse("Japan and Australia signed a defence pact on Monday. The two allies "
                     "also urged Beijing to show restraint.")
    assert sides(report)[-1] == ("REQUEST", ["AUS", "JPN"], ["CHN"])


def test_they_after_a_coordinated_set_is_every_member(analyse) -> None:
    report = analyse("Poland, Lithuania, Latvia and Estonia said they would leave the treaty.")
    for code, name in (("POL", "Poland"), ("LTU", "Lithuania"), ("LVA", "Latvia"),
                       ("EST", "Estonia")):
        assert mentions(report, code) == [name, "they"]


def test_a_phrase_that_names_its_own_set_is_not_an_anaphor(analyse) -> None:
    """ "the Gulf states" (a modifier of its own) is not the Iran–Iraq–Syria set; "the
    authorities" (no singular) stays one state."""
    report = analyse("Iran, Iraq and Syria held talks in Baghdad. The Gulf states criticised "
                     "the meeting.")
    assert mentions(report, "IRQ") == ["Iraq", "Baghdad"]
    assert sides(report) == [("CONSULT", ["IRN", "IRQ", "SYR"], [])]


def test_titles_with_acting_former_and_deputy(analyse) -> None:
    """The title's country with "acting"/"deputy" (the government) and "former" (an elite of
    that country, CAMEO ELI, even for a registry person with a dated office); a later short
    name is the same person."""
    report = analyse("Thai acting Prime Minister Somchai Wongsawat said on Monday that Bangkok "
                     "would reopen the border. Somchai also urged Cambodia to withdraw its "
                     "troops.")
    assert ("REQUEST", ["THAGOV"], ["KHM"]) in sides(report)
    report = analyse("Nigeria's former president Olusegun Obasanjo criticised ECOWAS on "
                     "Monday.")
    assert sides(report) == [("ACCUSE", ["NGAELI"], ["IGOWAFBUSWAS"])]
    report = analyse("Former Brazilian president Fernando Collor was arrested in Maceio on "
                     "Friday. Collor denied wrongdoing.")
    assert mentions(report, "person:fernando-collor") == ["Fernando Collor", "Collor"]
    assert sides(report)[0][2] == ["BRAELI"]
    report = analyse("Malaysia's acting foreign minister, Amir Hamzah Azizan, met his Chinese "
                     "counterpart in Beijing.")
    assert sides(report) == [("CONSULT", ["MYSGOV"], ["CHN"])]
    report = analyse("Ghanaian Deputy Defence Minister Ernest Brogya Genfi visited troops in "
                     "Bawku. Genfi said the army would restore order.")
    assert mentions(report, "person:ernest-brogya-genfi") == ["Ernest Brogya Genfi", "Genfi"]
    assert sides(report)[0][:2] == ("CONSULT", ["GHAGOV"])


def test_a_former_officials_title_is_not_a_description_of_the_office_holder(analyse) -> None:
    """ "Japan's former prime minister Fumio Kishida": the title belongs to Kishida; it is not
    a further mention of the prime minister in office (the source was JPNGOV → JPNGOV)."""
    report = analyse("Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping "
                     "in Lima. Japan's former prime minister Fumio Kishida criticised the "
                     "meeting.")
    assert mentions(report, "person:shigeru-ishiba") == ["Shigeru Ishiba"]
    assert sides(report)[1][:2] == ("ACCUSE", ["JPNELI"])


def test_a_korean_family_name_alone_is_the_person_named_in_full(analyse) -> None:
    report = analyse("South Korean acting President Han Duck-soo spoke with US President Joe "
                     "Biden on Sunday. Japanese Prime Minister Shigeru Ishiba also spoke with "
                     "Han on Monday.")
    assert mentions(report, "person:han-duck-soo") == ["Han Duck-soo", "Han"]
    assert sides(report) == [("CONSULT", ["KORGOV"], ["USAGOV"]),
                             ("CONSULT", ["JPNGOV"], ["KORGOV"])]


def test_a_city_in_a_treatys_name_is_not_the_state(analyse) -> None:
    report = analyse("Poland and Estonia said they would withdraw from the Ottawa Convention. "
                     "Russia violated the Minsk agreements, Kyiv said.")
    assert sorted(a["id"] for a in report["actors"]) == ["EST", "POL", "RUS", "UKR"]


def test_organs_and_descriptions_of_named_bodies(analyse) -> None:
    """An organ named with an international body's name is coded as that body ("the ECOWAS
    Commission"); "the commission", "the court" are the one body named before whose name ends
    in that noun, and a person titled with it serves it; "the bloc", "the alliance" are the
    international body named last (was: the president of the commission coded as Mali's
    government, the one state in the text)."""
    report = analyse("The ECOWAS Commission said it would keep its doors open. The "
                     "commission's president, Omar Alieu Touray, called on Mali to keep "
                     "cooperating with the bloc.")
    assert sides(report) == [("REQUEST", ["IGOWAFBUSWAS"], ["MLI"])]
    report = analyse("South Korea's Constitutional Court began hearings on Friday. The "
                     "opposition urged the court to rule quickly.")
    assert sides(report) == [("REQUEST", ["KOROPP"], ["KORJUD"])]
    report = analyse("NATO said it would send more jets to Poland. Moscow warned the alliance "
                     "against escalation.")
    assert sides(report)[-1] == ("THREATEN", ["RUS"], ["IGOWSTNAT"])
    report = analyse("The ECOWAS Commission met in Abuja. Nigeria's former president Olusegun "
                     "Obasanjo criticised the regional bloc's handling of the crisis.")
    assert sides(report)[-1] == ("ACCUSE", ["NGAELI"], ["IGOWAFBUSWAS"])
    report = analyse("The African Union Commission condemned the coup in Gabon. AU Commission "
                     "chairman Moussa Faki Mahamat urged the army to return to barracks.")
    assert sides(report) == [("ACCUSE", ["IGOAFRAFU"], ["GAB"]),
                             ("REQUEST", ["IGOAFRAFU"], ["GABMIL"])]


def test_former_in_an_apposition_makes_an_elite_too(analyse) -> None:
    report = analyse("Yoon's former defence minister, Kim Yong-hyun, was arrested on Sunday.")
    assert sides(report) == [("COERCE", [], ["KORELI"])]
    report = analyse("Peru's former president, Pedro Castillo, was sentenced on Thursday. "
                     "Lima's prosecutors had accused him of rebellion.")
    assert sides(report)[-1] == ("ACCUSE", ["PERJUD"], ["PERELI"])
    # the office holder in an apposition stays the government
    report = analyse("Serbia's president, Aleksandar Vucic, rejected the demands of Kosovo "
                     "on Monday.")
    assert sides(report) == [("REJECT", ["SRBGOV"], ["XKX"])]
