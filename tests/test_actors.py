"""The actors stage on sentences we wrote: exact actors and mentions in the report."""

from __future__ import annotations

import pytest


def actor_for(report: dict, mention: str) -> dict:
    return next(a for a in report["actors"] if any(m["text"] == mention for m in a["mentions"]))


def test_capital_demonym_and_name_are_one_state(analyse) -> None:
    report = analyse("Washington said the American envoy would meet officials from the "
                     "United States Treasury.")
    usa = actor_for(report, "Washington")
    assert (usa["id"], usa["kind"], usa["country"]) == ("USA", "state", "USA")
    assert [m["text"] for m in usa["mentions"]] == ["Washington", "American"]
    treasury = actor_for(report, "United States Treasury")
    assert (treasury["kind"], treasury["country"]) == ("organization", "USA")


def test_seat_of_power_is_an_actor_with_its_sector(analyse) -> None:
    pentagon = actor_for(analyse("The Pentagon said it would send more ships."), "Pentagon")
    assert (pentagon["id"], pentagon["country"], pentagon["sector"]) == (
        "org:pentagon", "USA", "MIL")


def test_acronyms_match_only_as_written(analyse) -> None:
    report = analyse("Who will pay for the reconstruction? Us, the donors said at the WHO.")
    assert [a["id"] for a in report["actors"]] == ["org:who"]


def test_title_learned_from_the_article(analyse) -> None:
    report = analyse("Kenyan Interior Minister Kipchumba Murkomen met protest leaders in "
                     "Nairobi. Murkomen said talks would continue.")
    person = actor_for(report, "Kipchumba Murkomen")
    assert (person["country"], person["sector"], person["role"]) == (
        "KEN", "GOV", "interior minister")
    assert [m["text"] for m in person["mentions"]] == ["Kipchumba Murkomen", "Murkomen"]


def test_bare_surname_takes_the_registry_country(analyse) -> None:
    person = actor_for(analyse("President Museveni addressed parliament on Tuesday."),
                       "Museveni")
    assert person["country"] == "UGA"


def test_misspelt_country_and_official(analyse) -> None:
    report = analyse("Ethopia agreed to reopen the border. President Abdelaziz Bouteflicka "
                     "welcomed the decision.")
    assert actor_for(report, "Ethopia")["id"] == "ETH"
    assert actor_for(report, "Abdelaziz Bouteflicka")["country"] == "DZA"


def test_residence_over_ethnicity(analyse) -> None:
    report = analyse("Bosnian Serbs rejected the proposal on Friday.")
    assert actor_for(report, "Serbs")["id"] == "BIH"


def test_unknown_bodies_take_country_and_sector_from_their_name(analyse) -> None:
    report = analyse("The Latvian Constitutional Court struck down the law, and the "
                     "Association of Election Monitors welcomed the ruling.")
    court = actor_for(report, "Latvian Constitutional Court")
    monitors = actor_for(report, "Association of Election Monitors")
    assert (court["country"], court["sector"]) == ("LVA", "JUD")
    assert (monitors["country"], monitors["sector"]) == (None, "NGO")


def test_of_phrase_description_is_not_another_president(analyse) -> None:
    report = analyse("Russian President Vladimir Putin spoke by phone with the president of "
                     "Armenia on Monday.")
    putin = actor_for(report, "Vladimir Putin")
    assert [m["text"] for m in putin["mentions"]] == ["Vladimir Putin"]


def test_material_act_without_named_target_hits_the_place(analyse) -> None:
    report = analyse("Israeli jets struck targets in Gaza City on Sunday, witnesses said.")
    assault = next(e for e in report["events"] if e["plover"] == "ASSAULT")
    assert [s["country"] for s in assault["source"]] == ["ISR"]
    assert [t["country"] for t in assault["target"]] == ["PSE"]


def test_curated_person_wins_over_older_registry_spelling(analyse) -> None:
    report = analyse("Sergey Lavrov met Wang Yi. Sergei Lavrov later said the talks went well.")
    lavrov = actor_for(report, "Sergey Lavrov")
    assert (lavrov["id"], lavrov["country"], lavrov["role"]) == (
        "person:sergei-lavrov", "RUS", "foreign minister")
    assert [m["text"] for m in lavrov["mentions"]] == ["Sergey Lavrov", "Sergei Lavrov"]


def test_user_actor_file_extends_and_is_validated(tmp_path, engine) -> None:
    """A user file extends the packaged lexicon (``ActorLexicon.load`` is ``packaged()``
    then ``extended(files)``; the engine's lexicon is the packaged one, so the test extends it
    rather than reading the package again) and leaves the lexicon it extends unchanged."""
    from eventwire.errors import LexiconError

    packaged = engine.resources.actors
    good = tmp_path / "mine.yaml"
    good.write_text("people:\n- name: Amina Diallo\n  aliases: [Diallo]\n  roles:\n"
                    "  - {country: SEN, sector: GOV, role: trade minister, start: 2024-04-01}\n")
    lexicon = packaged.extended([good])
    assert [(s.kind, s.key) for s in lexicon.lookup("Amina Diallo")] == [("person", "Amina Diallo")]
    role = lexicon.people["Amina Diallo"].role_on(None)
    assert (role.country, role.sector, role.role) == ("SEN", "GOV", "trade minister")
    assert [(s.kind, s.key, s.how) for s in lexicon.lookup("Diallo")] == [
        ("person", "Amina Diallo", "alias")]
    assert (packaged.lookup("Amina Diallo"), packaged.lookup("Diallo")) == ([], [])
    assert len(lexicon.people) == len(packaged.people) + 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("countries:\n- {code: Senegal, name: Senegal}\n")
    with pytest.raises(LexiconError) as err:
        packaged.extended([bad])
    assert str(err.value) == (f"{bad}: country code 'Senegal' must be ISO 3166 alpha-3 "
                              "(e.g. IRN)")


def test_description_vocabulary_is_data_and_user_files_extend_it(tmp_path, engine) -> None:
    """Heads, modifiers and what a generic head covers come from sectors.yaml
    (``descriptions:``); a user file adds heads and replaces a head's covers list."""
    vocabulary = engine.resources.actors.descriptions
    assert {"diplomat", "leader", "president"} <= vocabulary.heads
    assert {"ambassador", "envoy", "foreign minister"} <= set(vocabulary.covers["diplomat"])
    assert "prime minister" in vocabulary.covers["leader"] and "top" in vocabulary.modifiers
    mine = tmp_path / "mine.yaml"
    mine.write_text("descriptions:\n  heads: [Mediator]\n  covers:\n    mediator: [envoy]\n")
    extended = engine.resources.actors.extended([mine]).descriptions
    assert "mediator" in extended.heads and extended.covers["mediator"] == ("envoy",)
    assert extended.covers["diplomat"] == vocabulary.covers["diplomat"]


def test_one_description_chooser_for_the_actors_stage_and_coreference(engine) -> None:
    """Both the actors stage ("the Russian diplomat", any person role noun of sectors.yaml)
    and coreference ("Iran's foreign minister") choose through actors.descriptions.
    resolve_description: a modifier the person's role lacks rules them out."""
    def people(text: str) -> dict[str, list[str]]:
        report = engine.analyse_text(text, published="2025-03-05T12:00:00+00:00").to_dict()
        return {a["id"]: [m["text"] for m in a["mentions"]] for a in report["actors"]
                if a["kind"] == "person"}

    assert people("Iranian Foreign Minister Abbas Araghchi met Omani officials in Muscat on "
                  "Sunday. The defence minister did not attend the talks.") == {
        "person:abbas-araghchi": ["Abbas Araghchi"],
        # no one named fits: an unnamed office holder (session 12), not Araghchi
        "role:defence-minister": ["The defence minister"]}
    assert people("Russian Foreign Minister Sergei Lavrov arrived in Tehran on Monday. The "
                  "Russian diplomat met Iranian President Masoud Pezeshkian.") == {
        "person:sergei-lavrov": ["Sergei Lavrov", "The Russian diplomat"],
        "person:masoud-pezeshkian": ["Masoud Pezeshkian"]}
    assert people("Abbas Araghchi flew to Moscow. Iran's foreign minister said the talks "
                  "went well.") == {"person:abbas-araghchi": ["Abbas Araghchi",
                                                              "Iran's foreign minister"]}


def side_codes(report: dict) -> list[tuple[str, list[str], list[str]]]:
    return [(e["plover"], [s["code"] for s in e["source"]], [t["code"] for t in e["target"]])
            for e in report["events"]]


def test_a_title_the_article_gives_makes_the_persons_code(analyse) -> None:
    """A person the registry does not know takes country and sector from the title, and with
    them the CAMEO-style code registry people have; a capital the NER took for a person's
    name is the state."""
    report = analyse("Oman's foreign minister Badr Albusaidi hosted the two delegations in "
                     "Muscat on Saturday.")
    person = actor_for(report, "Badr Albusaidi")
    assert (person["id"], person["code"], person["country"], person["sector"],
            person["role"]) == ("person:badr-albusaidi", "OMNGOV", "OMN", "GOV",
                                "foreign minister")
    oman = actor_for(report, "Muscat")
    assert (oman["id"], [m["text"] for m in oman["mentions"]]) == ("OMN", ["Oman", "Muscat"])


def test_the_role_noun_a_name_is_in_apposition_to_is_the_person(analyse) -> None:
    """ "Serbia's president, Aleksandar Vucic, …": the role phrase heads the subject, so it is
    a mention of the person, whose title (country, role) it gives."""
    report = analyse("Serbia's president, Aleksandar Vucic, rejected the demands of Kosovo "
                     "on Monday.")
    person = actor_for(report, "Aleksandar Vucic")
    assert [m["text"] for m in person["mentions"]] == ["president", "Aleksandar Vucic"]
    assert side_codes(report) == [("REJECT", ["SRBGOV"], ["XKX"])]
    envoy = actor_for(analyse("Iran's ambassador to the United Nations, Amir Saeid Iravani, "
                              "wrote to the Security Council on Friday."), "Amir Saeid Iravani")
    assert ([m["text"] for m in envoy["mentions"]], envoy["code"], envoy["role"]) == (
        ["ambassador", "Amir Saeid Iravani"], "IRNGOV", "ambassador")
    founder = actor_for(analyse("Crowds marked the death of the founder of the Islamic "
                                "Republic, Imam Khomeini, in Tehran."), "Imam Khomeini")
    assert [m["text"] for m in founder["mentions"]] == ["Imam Khomeini"]


def test_both_countries_after_one_met_the_other(analyse) -> None:
    """Subject and object of one clause ("X met Y") are a pair that "both countries" can
    mean; people stand for their states."""
    report = analyse("Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign "
                     "Minister Wang Yi in Beijing. Both countries pledged to keep the border "
                     "calm.")
    assert {a["id"]: [m["text"] for m in a["mentions"]] for a in report["actors"]
            if a["kind"] == "state"} == {"IND": ["Indian", "Both countries"],
                                          "CHN": ["Chinese", "Beijing", "Both countries"]}
    assert ("AGREE", ["IND"], ["CHN"]) in side_codes(report)
    # "they" after "X met Y" is not the pair: the subject of its own clause is as likely
    report = analyse("Kenya accused Uganda of backing the rebels. The rebels said they would "
                     "leave the town.")
    they = actor_for(report, "they")
    assert (they["kind"], [m["text"] for m in they["mentions"]]) == (
        "group", ["The rebels", "they"])


def test_a_body_named_in_a_title_gives_the_persons_country(analyse) -> None:
    """A title naming a national body and no state ("IDF Spokesperson", "Hamas official"):
    the person serves that body, so has its country and sector — not the country of a
    registry surname one letter away."""
    report = analyse("IDF Spokesperson Rear Adm. Daniel Hagari said the army had intercepted "
                     "most of the drones.")
    person = actor_for(report, "Daniel Hagari")
    assert (person["code"], person["country"], person["sector"], person["role"]) == (
        "ISRMIL", "ISR", "MIL", "spokesperson")
    person = actor_for(analyse("Hamas official Basem Naim said the group would study the "
                               "proposal."), "Basem Naim")
    assert (person["code"], person["country"], person["role"]) == ("PSEREB", "PSE", "official")


def test_one_recogniser_for_descriptions_in_both_callers(analyse) -> None:
    """`actors.descriptions.description_at` recognises descriptions for the actors stage
    ("the interior minister") and for coreference ("Nigeria's central bank governor"): any
    person role of sectors.yaml heads one, not only the vocabulary's generic heads."""
    report = analyse("Nigerian central bank governor Olayemi Cardoso raised interest rates on "
                     "Tuesday. Nigeria's central bank governor said inflation would slow.")
    person = actor_for(report, "Olayemi Cardoso")
    assert ([m["text"] for m in person["mentions"]], person["code"]) == (
        ["Olayemi Cardoso", "Nigeria's central bank governor"], "NGAGOV")
    report = analyse("Kenyan Interior Minister Kipchumba Murkomen met protest leaders in "
                     "Nairobi. The interior minister said talks would continue.")
    assert [m["text"] for m in actor_for(report, "Kipchumba Murkomen")["mentions"]] == [
        "Kipchumba Murkomen", "The interior minister"]


def test_unqualified_actors_take_the_reports_setting_not_a_bureau_dateline(analyse) -> None:
    """Police, the government, the opposition and an appositive minister the text gives no
    country serve the state the report is set in — not the dateline's state when the text
    never names it (a regional bureau)."""
    report = analyse("NAIROBI – Police in Uganda fired tear gas at opposition supporters in "
                     "Kampala on Thursday. The government accused the opposition of planning "
                     "riots. The interior minister, Samuel Okello, said the army would patrol "
                     "the capital.")
    assert side_codes(report) == [("ASSAULT", ["UGACOP"], ["UGA"]),
                                  ("ACCUSE", ["UGA"], ["UGAOPP"]),
                                  ("MOBILIZE", ["UGAMIL"], [])]
    minister = actor_for(report, "Samuel Okello")
    assert (minister["code"], minister["role"], [m["text"] for m in minister["mentions"]]) == (
        "UGAGOV", "interior minister", ["interior minister", "Samuel Okello"])
    assert "KEN" not in {a["country"] for a in report["actors"]}
    report = analyse("Protesters in Caracas clashed with police on Monday. The foreign "
                     "minister, Yvan Gil, rejected criticism from the European Union.")
    assert ("REJECT", ["VENGOV"], ["IGOEUREEC"]) in side_codes(report)
    # the state named before the official in the sentence wins over the setting
    report = analyse("Protesters in Caracas clashed with police on Monday. After Colombia "
                     "closed the border, the foreign minister, Luis Murillo, accused "
                     "Venezuela of harbouring rebels.")
    assert actor_for(report, "Luis Murillo")["code"] == "COLGOV"


def test_a_ministry_the_text_gives_no_country_is_a_body_of_the_setting(analyse) -> None:
    report = analyse("Iran said on Monday it would respond. The foreign ministry condemned the "
                     "attack on its embassy.")
    ministry = actor_for(report, "The foreign ministry")
    assert (ministry["id"], ministry["code"], ministry["kind"]) == (
        "group:irn-gov", "IRNGOV", "group")
    assert ("ACCUSE", ["IRNGOV"], []) in side_codes(report)


def test_named_bodies_take_country_and_sector_from_their_name(analyse) -> None:
    """A body whose name holds a country's name or adjective is that country's, with the
    sector of the longest role term in the name; a body named as another body's
    ("the Army's General Staff") is that body's."""
    report = analyse("Members of the Border Guard Bangladesh fired on smugglers near the "
                     "frontier on Sunday.")
    assert side_codes(report) == [("ASSAULT", ["BGDMIL"], [])]
    report = analyse("The Royal Thai Army shelled positions in Cambodia on Monday.")
    assert side_codes(report) == [("ASSAULT", ["THAMIL"], ["KHM"])]
    report = analyse("The Mongolian Revolutionary Guards seized a tanker in the Gulf on "
                     "Friday.")
    assert side_codes(report) == [("COERCE", ["MNGMIL"], [])]
    report = analyse("The Korean People's Army's General Staff ordered artillery units to be "
                     "ready to fire.")
    staff = actor_for(report, "General Staff")
    assert (staff["code"], staff["country"], staff["sector"]) == ("PRKMIL", "PRK", "MIL")
    report = analyse("SEOUL – The army said on Monday that the Rapid Response Battalion had "
                     "moved to the border with North Korea.")
    assert actor_for(report, "Rapid Response Battalion")["code"] == "KORMIL"


def test_the_north_and_the_south_are_the_states_so_named(analyse) -> None:
    """ "the North" / "the South" in a report naming one state called "North …" / "South …"
    are those states; a region is not ("the North Atlantic")."""
    report = analyse("North Korea fired two missiles on Monday. South Korea's military said "
                     "the North had launched them from near Pyongyang. The North accused the "
                     "South of provocations in the North Atlantic.")
    states = {a["id"]: [m["text"] for m in a["mentions"]] for a in report["actors"]
              if a["kind"] == "state"}
    assert states == {"PRK": ["North Korea", "the North", "Pyongyang", "The North"],
                      "KOR": ["South Korea", "the South"]}
    assert ("ACCUSE", ["PRK"], ["KOR"]) in side_codes(report)


def test_a_registry_person_the_ner_labels_a_product_is_that_person(analyse) -> None:
    report = analyse("Putin met Trump in Alaska on Friday. Both leaders said the talks had "
                     "been useful.")
    assert side_codes(report) == [("CONSULT", ["RUSGOV"], ["USAGOV"])]
    assert [m["text"] for m in actor_for(report, "Trump")["mentions"]] == [
        "Trump", "Both leaders"]


def test_a_region_adjective_is_the_regions_body_named_before(analyse) -> None:
    """ "rejected the European step" after the E3 acted: the region's adjective refers back to
    the nearest earlier body coded IGO + that region (the E3 IGOEUR, NATO IGOWSTNAT)."""
    report = analyse("The E3 triggered the return of UN sanctions on Iran on Thursday. Russia "
                     "and China rejected the European step.")
    assert [m["text"] for m in actor_for(report, "E3")["mentions"]] == ["E3", "European"]
    assert ("REJECT", ["RUS", "CHN"], ["IGOEUR", "DEU", "FRA", "GBR"]) in side_codes(report)
    report = analyse("NATO expanded its patrols in the Baltic on Monday. Moscow condemned the "
                     "Western deployment.")
    assert side_codes(report)[-1] == ("ACCUSE", ["RUS"], ["IGOWSTNAT"])
    # no European body named before: the adjective stays a word
    report = analyse("Russia rejected the European step on Monday.")
    assert side_codes(report) == [("REJECT", ["RUS"], [])]


def test_an_organ_of_a_named_body_is_coded_as_that_body(analyse) -> None:
    report = analyse("The African Union's Peace and Security Council demanded that M23 "
                     "withdraw from the city.")
    assert side_codes(report) == [("REQUEST", ["IGOAFRAFU"], ["CODREB"])]
    report = analyse("Venezuela's National Guard fired tear gas at protesters in Caracas.")
    assert actor_for(report, "National Guard")["code"] == "VENMIL"


def test_an_official_takes_the_setting_only_when_the_report_leaves_no_doubt(analyse) -> None:
    """With no dateline and no state before him in his sentence, a titled person takes the
    state the report names most only if it is named more than all others together."""
    report = analyse("North Korea fired a missile on Monday, North Korea's state media said. "
                     "Seoul and Washington condemned the launch. He later met acting "
                     "President Lee Ho-sung.")
    person = actor_for(report, "Lee Ho-sung")
    assert (person["country"], person["code"]) == (None, None)
    report = analyse("North Korea fired a missile on Monday, North Korea's state media said. "
                     "Pyongyang called it a routine test. He later met acting President Lee "
                     "Ho-sung.")
    assert actor_for(report, "Lee Ho-sung")["code"] == "PRKGOV"


def test_the_authorities_are_the_state_of_the_setting(analyse) -> None:
    report = analyse("Protesters clashed with police in Lome on Friday. The UN human rights "
                     "office urged the authorities to investigate the deaths.")
    assert side_codes(report) == [("PROTEST", ["TGOCVL"], ["TGOCOP"]),
                                  ("REQUEST", ["IGOUNO"], ["TGO"])]
    assert [m["text"] for m in actor_for(report, "Lome")["mentions"]] == [
        "Lome", "the authorities"]
