"""An organisation's short name defined in brackets after its full name ("Azerbaijan Airlines
(AZAL)") is that organisation for the rest of the article, on sentences we wrote: exact codes
in the event JSON a user sees."""

from __future__ import annotations


def events(report: dict) -> list[tuple[str, str, list[str], list[str], str]]:
    return [(e["plover"], e["cameo"], [s["code"] for s in e["source"]],
             [t["code"] for t in e["target"]], e["modality"]) for e in report["events"]]


def mentions(report: dict, name: str) -> list[str]:
    actor = next(a for a in report["actors"] if a["name"] == name)
    return [m["text"] for m in actor["mentions"]]


def test_a_bracketed_short_name_is_the_organisation_named_before_it(analyse) -> None:
    # an airline the lexicon does not know by its short name (was: an uncoded "AZAL")
    report = analyse("Azerbaijan Airlines (AZAL) said on Friday that it had suspended flights "
                     "to ten Russian cities. AZAL cited possible interference with its aircraft.")
    assert events(report) == [("SANCTION", "161", ["AZEBUS"], ["RUS"], "reported")]
    assert mentions(report, "Azerbaijan Airlines") == [
        "Azerbaijan Airlines", "AZAL", "AZAL", "its"]
    # a national army with a French short name: its letter begins a word of the name
    report = analyse("The Armed Forces of the Democratic Republic of the Congo (FARDC) clashed "
                     "with M23 rebels near the border on Sunday. The FARDC accused Rwanda of "
                     "backing the rebels.")
    assert ("ACCUSE", "112", ["CODMIL"], ["RWA"], "asserted") in events(report)
    assert not any(a["name"] == "FARDC" for a in report["actors"])
    # an intergovernmental grouping with a digit in its short name, in the target slot
    report = analyse("The Group of Seven (G7) has pledged new loans to Ukraine. Moscow "
                     "condemned the G7 on Thursday.")
    assert events(report) == [("AGREE", "0331", ["IGOGOS"], ["UKR"], "asserted"),
                              ("ACCUSE", "111", ["RUS"], ["IGOGOS"], "asserted")]


def test_the_articles_own_definition_wins_over_the_lexicons_reading(analyse) -> None:
    """ "RSF" is Sudan's Rapid Support Forces in the lexicon; an article that defines it as
    Reporters Without Borders means the press group (was: SDNREB urged Turkey)."""
    report = analyse("Reporters Without Borders (RSF) condemned the arrest of the journalist by "
                     "Turkish police on Monday. RSF urged Turkey to release him.")
    assert ("ACCUSE", "111", ["NGOMED"], ["TURCOP"], "asserted") in events(report)
    assert ("REQUEST", "025", ["NGOMED"], ["TUR"], "asserted") in events(report)
    assert not any(a["code"] == "SDNREB" for a in report["actors"])


def test_a_bracket_that_is_no_short_name_of_the_organisation_is_left_alone(analyse) -> None:
    # a stock exchange after a company (no word of the name begins with its letter), a party
    # letter after a person: no new alias
    report = analyse("Senator Jim Risch (R) criticised the deal. The Boeing Company (NYSE) "
                     "said it would cut jobs in Seattle.")
    assert mentions(report, "Boeing Company") == ["Boeing Company"]
    assert mentions(report, "NYSE") == ["NYSE"]
    # a one-word name defines nothing
    report = analyse("Gazprom (GAZP) halted gas deliveries to Austria on Saturday. GAZP shares "
                     "fell in Moscow.")
    assert not any(a["name"] == "Gazprom" and "GAZP" in [m["text"] for m in a["mentions"]]
                   for a in report["actors"])


def test_a_short_name_the_dictionary_codes_keeps_its_code(analyse) -> None:
    """ "ILO" is in the CAMEO dictionary while the article's spelling of the long name is not:
    the joined actor takes the dictionary's entry (was: an uncoded
    org:international-labor-office as the source)."""
    report = analyse("The International Labor Office (ILO) urged Qatar on Tuesday to protect "
                     "migrant workers from extreme heat. The ILO said deaths had risen.")
    assert events(report)[0] == ("REQUEST", "020", ["IGOUNOLABILO"], ["QAT"], "asserted")
    assert mentions(report, "International Labour Organization")[:3] == [
        "International Labor Office", "ILO", "ILO"]
    assert not any(a["code"] is None and a["kind"] == "organization" for a in report["actors"])
    # the dictionary knows neither name: the organisation stays the long name's own actor
    report = analyse("The Baltic Grain Traders Association (BGTA) urged Latvia to lift the "
                     "export ban. BGTA said farmers were losing money.")
    assert events(report) == [("REQUEST", "020", ["NGO"], ["LVA"], "asserted")]
    assert mentions(report, "Baltic Grain Traders Association") == [
        "Baltic Grain Traders Association", "BGTA", "BGTA"]
