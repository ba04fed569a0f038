"""A city that names where a meeting is held ("the Istanbul talks") or where something is
headed ("a Gaza-bound ship") is no side of an event; "talks yield a deal" is no concession.
Sentences we wrote; exact codes in the event JSON a user sees."""

from __future__ import annotations


def events(report: dict) -> list[tuple[str, str, list[str], list[str], str]]:
    return [(e["plover"], e["cameo"], [s["code"] for s in e["source"]],
             [t["code"] for t in e["target"]], e["modality"]) for e in report["events"]]


def test_a_city_naming_a_meeting_is_its_place_not_a_party(analyse) -> None:
    # was: CONSULT 040 CHE->() and CONCEDE 080 CHE->ARM,AZE (the host city as the source)
    assert events(analyse("A second round of Geneva talks yields a new prisoner swap for "
                          "Armenia and Azerbaijan.")) == []
    # was: the host's state among the guests (TUR->TUR,RUS,UKR)
    assert events(analyse("Turkish mediators hosted the Istanbul talks between Russia and "
                          "Ukraine on Friday.")) == [
        ("CONSULT", "043", ["TUR"], ["RUS", "UKR"], "asserted")]
    # was: ACCUSE RUS->AUT (Vienna as the conference's owner)
    assert events(analyse("Moscow criticised the Vienna peace conference on Tuesday.")) == [
        ("ACCUSE", "111", ["RUS"], [], "asserted")]
    # neutral: a capital as the subject is still its government
    assert events(analyse("Vienna criticised Hungary on Tuesday.")) == [
        ("ACCUSE", "111", ["AUT"], ["HUN"], "asserted")]


def test_yield_is_a_concession_only_when_an_actor_yields(analyse) -> None:
    # yield = produce: a thing as subject (was: CONCEDE 080 TUR->RUS,UKR; QAT->ISR,HMS)
    assert events(analyse("Turkish mediation yielded a prisoner exchange between Russia and "
                          "Ukraine.")) == []
    assert events(analyse("Qatari diplomacy yielded a truce between Israel and Hamas on "
                          "Friday.")) == []
    # neutral: states and bodies that give way still concede
    assert events(analyse("Israel yielded to American pressure on Sunday.")) == [
        ("CONCEDE", "080", ["ISR"], ["USA"], "asserted")]
    assert events(analyse("The Afghan government yielded control of Kunduz to the "
                          "Taliban.")) == [("CONCEDE", "080", ["AFG"], ["AFGREB"], "asserted")]


def test_a_destination_adjective_names_no_actor(analyse) -> None:
    # was: COERCE 171 PSEMIL->PSE ("Gaza-bound" as the navy's state and the yacht's)
    report = analyse("Greta Thunberg deported after navy seizes Gaza-bound 'selfie yacht'")
    assert "PSE" not in [a["code"] for a in report["actors"]]
    # was: POLCOP->RUS (the driver's destination as his state)
    assert events(analyse("Polish police detained a Moscow-bound truck driver at the "
                          "border.")) == [("COERCE", "173", ["POLCOP"], ["POL"], "asserted")]
    # was: UKR->UKR (the drone's destination as its owner); a named owner stays the target
    assert events(analyse("Ukrainian air defences shot down a Kyiv-bound drone on "
                          "Sunday.")) == [("ASSAULT", "190", ["UKR"], [], "asserted")]
    assert events(analyse("Ukraine said its air force shot down a Kyiv-bound Russian "
                          "drone.")) == [("ASSAULT", "195", ["UKRMIL"], ["RUS"], "reported")]
    # neutral: the same place as a real target stays one
    assert events(analyse("Israeli forces struck Gaza on Monday.")) == [
        ("ASSAULT", "190", ["ISRMIL"], ["PSE"], "asserted")]
