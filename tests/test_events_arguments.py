"""Who fills source and target (issue 10): rules of the CAMEO codebook and the PLOVER manual
over the dependency parse, each with a sentence written for it."""

from __future__ import annotations

from typing import Any

from eventwire.api import Engine
from eventwire.evaluation.plover import Predicted, predictions
from eventwire.models import Article

PUBLISHED = "2025-03-04T09:00:00+00:00"


def events(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    return [(e.plover, e.cameo, [r.actor for r in e.source], [r.actor for r in e.target],
             e.evidence.trigger.text, e.confidence) for e in engine.document(article).events]


def test_force_with_no_named_target_is_not_against_its_source(engine: Engine) -> None:
    # the home-state fallback made "Russia → Russia"; the target is simply not named
    assert events(engine, "Russia launched its largest air attack of the war on Sunday.") == [
        ("ASSAULT", "195", ["RUS"], [], "attack", 0.8)]  # aerial weapons (CAMEO 195)


def test_a_pronoun_naming_the_state_is_not_a_body_of_it(engine: Engine) -> None:
    assert events(engine, "Pakistan said it had targeted six camps linked to militants.") == [
        ("ASSAULT", "190", ["PAK"], [], "targeted", 0.6)]


def test_a_police_force_using_force_at_home_keeps_its_state_target(engine: Engine) -> None:
    # "Kenyan police" is a body of the state (KENCOP), not the state: a domestic event
    assert events(engine, "Kenyan police opened fire in Mombasa on Tuesday.")[0][:4] == (
        "ASSAULT", "193", ["group:ken-cop"], ["KEN"])


def test_an_emphatic_reflexive_does_not_make_the_source_its_target(engine: Engine) -> None:
    # "themselves" stresses who failed; it is no argument of "honour" (was E3 → E3)
    assert events(engine, "Beijing said the E3 had no standing to invoke a treaty they had "
                          "failed to honour themselves.") == []


def test_a_pronoun_source_is_not_its_own_named_target(engine: Engine) -> None:
    # binding theory (Principle B): "he" cannot be Putin when Putin is his object; the
    # nearest-antecedent guess (Putin) is rejected, not coded as Putin meeting Putin; "he"
    # is the unnamed crown prince (an office holder of the setting's state, session 12)
    assert events(engine, "Putin was in Riyadh on Monday. The crown prince said he had met "
                          "Putin twice.") == [
        ("CONSULT", "040", ["role:crown-prince"], ["person:vladimir-putin"], "met", 0.8)]
    assert events(engine, "Moscow welcomed the proposal by Putin. French President Emmanuel "
                          "Macron said afterwards that he could meet Putin in Geneva.")[1][:4] == (
        "CONSULT", "040", ["person:emmanuel-macron"], ["person:vladimir-putin"])


def test_a_domestic_arrest_keeps_its_home_target(engine: Engine) -> None:
    # CAMEO 173: a state's own arrests target its own population
    # (the police and the people are Ghana's collective actors GHACOP and GHACVL)
    assert events(engine, "Police in Ghana arrested dozens of people.") == [
        ("COERCE", "173", ["group:gha-cop"], ["group:gha-cvl"], "arrested", 0.8)]


def test_a_criticism_of_an_act_is_aimed_at_its_agent(engine: Engine) -> None:
    # CAMEO 111 / PLOVER ACCUSE: the target is who did the condemned act, not its victims;
    # the killing, told by a noun with its "by" agent, is an event of its own (ASSAULT)
    assert events(engine, "Hungary condemned the killing of two Hungarian journalists by "
                          "Serbian troops.") == [
        ("ACCUSE", "111", ["HUN"], ["group:srb-mil"], "condemned", 0.8),
        ("ASSAULT", "190", ["group:srb-mil"], ["group:hun-med"], "killing", 0.8)]
    assert events(engine, "Poland denounced the detention of Polish sailors by Russia.") == [
        ("ACCUSE", "111", ["POL"], ["RUS"], "denounced", 0.8)]


def test_praise_of_a_decision_is_aimed_at_its_maker(engine: Engine) -> None:
    assert events(engine, "Brazil praised Argentina's decision to free the prisoners.") == [
        ("SUPPORT", "051", ["BRA"], ["ARG"], "praised", 0.8)]


def test_a_protest_outside_an_embassy_is_aimed_at_its_state(engine: Engine) -> None:
    # PLOVER PROTEST: the target is whom the protest is against; not the home fallback
    assert events(engine, "Activists from Chile rallied outside the Argentine embassy in "
                          "Santiago.") == [("PROTEST", "141", ["group:chl-opp"], ["ARG"], "rallied",
                                      0.8)]


def test_mediation_between_two_parties_targets_both(engine: Engine) -> None:
    # CAMEO 045 mediate / 043 host: the parties "between" whom it is held are the targets
    assert events(engine, "Qatar launched a mediation effort between Sudan and Chad on "
                          "Friday.") == [("CONSULT", "045", ["QAT"], ["SDN", "TCD"],
                                          "mediation", 0.8)]
    assert events(engine, "Oman hosted talks between Iran and the United States.") == [
        ("CONSULT", "043", ["OMN"], ["IRN", "USA"], "hosted", 0.8)]


def test_an_intent_is_aimed_at_the_party_its_deed_is_for(engine: Engine) -> None:
    # PETRARCH: the target is the first actor in the verb phrase, here in the complement
    assert events(engine, "Ethiopia agreed to open its airspace to Eritrean airlines.") == [
        ("AGREE", "030", ["ETH"], ["group:eri-bus"], "agreed", 0.8)]  # ERIBUS


def test_an_appeal_on_someone_targets_them(engine: Engine) -> None:
    assert events(engine, "Ghana called on Burkina Faso to release the fishermen.") == [
        ("REQUEST", "025", ["GHA"], ["BFA"], "called", 0.8)]


def test_an_amount_of_aid_is_the_aid(engine: Engine) -> None:
    # "$N million in aid": the sum stands for the aid it measures (as "tonnes of food")
    found = events(engine, "Japan will provide $6 million in emergency humanitarian aid to "
                           "Myanmar after the powerful earthquake.")
    assert [(s, t, trigger) for _, _, s, t, trigger, _ in found] == [(["JPN"], ["MMR"], "aid")]


def test_a_bare_past_conjoined_to_a_reported_clause_is_the_reporters_act(
        engine: Engine) -> None:
    # coordination joins like with like: "had accepted" is the reported clause, "urged"
    # (simple past, as "said") is the speaker's own act
    found = events(engine, "Kurti said Serbia had accepted the plan and urged the EU to make "
                           "Belgrade sign it.")
    assert found[1] == ("REQUEST", "020", ["person:albin-kurti"], ["org:eu"], "urged", 0.8)


def test_a_demand_from_someone_targets_them(engine: Engine) -> None:
    # CAMEO 10: the target of a demand is the one asked ("compensation from Iraq");
    # compensation is money paid, not a release of persons or property (CAMEO 084/105 are
    # about those), so the demand keeps the general code 100 (review s7 §3)
    assert events(engine, "Kuwait demanded compensation from Iraq.") == [
        ("REQUEST", "100", ["KWT"], ["IRQ"], "demanded", 0.8)]


def test_a_reflexive_after_an_object_gap_is_emphatic(engine: Engine) -> None:
    # "a pact they had broken themselves": the pact is what was broken; coreference made
    # "themselves" the two states, and the event their own target
    assert events(engine, "Russia and China opposed the move. Moscow's envoy said the E3 "
                          "had no right to use a mechanism of a deal they had failed to "
                          "honour themselves.") == []


def test_a_fallback_never_makes_the_source_its_own_target(engine: Engine) -> None:
    # issue 10: source never equals target unless the text says so. The home-state fallback
    # gave PER → PER; a state imposing an emergency names no target
    assert events(engine, "Peru imposed a state of emergency on Tuesday.") == [
        ("COERCE", "172", ["PER"], [], "state", 0.9)]
    # a body of the state (farmers: ARGAGR) is another actor and keeps its domestic target
    assert events(engine, "Argentine farmers blockaded Buenos Aires.")[0][2:4] == (
        ["group:arg-agr"], ["ARG"])
    # a protest's source is a population, its home target that population's government
    assert events(engine, "Thousands of Bolivians rallied in La Paz on Friday.") == [
        ("PROTEST", "141", ["BOL"], ["BOL"], "rallied", 0.3)]


def test_an_actor_naming_the_instrument_is_not_the_source(engine: Engine) -> None:
    # "EU sanctions" are sanctions under an EU regime; those who launch the process act
    assert events(engine, "Norway and Sweden launched a process to restore EU sanctions on "
                          "Belarus.") == [
        ("SANCTION", "163", ["NOR", "SWE"], ["BLR"], "sanctions", 0.8)]
    assert events(engine, "Denmark launched a bid to reimpose UN sanctions on Libya.") == [
        ("SANCTION", "163", ["DNK"], ["LBY"], "sanctions", 0.8)]
    # with no agentive verb the modifier is the actor
    assert events(engine, "US sanctions on Cuba took effect on Monday.") == [
        ("SANCTION", "163", ["USA"], ["CUB"], "sanctions", 0.8)]


def test_a_predicate_of_a_condition_is_not_an_event_of_the_main_subject(engine: Engine
                                                                         ) -> None:
    # the parser conjoins "resumed" to "offered"; its form (VBD) matches the "if" clause,
    # not "had offered": it is the condition's predicate (India's), not a British CONSULT;
    # an offer to ease tariffs is an intent to ease sanctions (0354: tariffs are SANCTION 163),
    # made to the party whose act is its condition (India)
    assert events(engine, "Britain had offered to ease the tariffs if India lowered its "
                          "duties on whisky, opened its banks and resumed talks with "
                          "Canada.") == [("AGREE", "0354", ["GBR"], ["IND"], "offered", 0.8)]
    # an asserted conjunct keeps its subject
    assert [e[:4] for e in events(engine, "Chile withdrew its ambassador and resumed talks "
                                          "with Peru.")] == [
        ("SANCTION", "161", ["CHL"], []), ("CONSULT", "040", ["CHL"], ["PER"])]


def test_a_reciprocal_act_of_two_parties_is_one_event_per_direction(engine: Engine) -> None:
    # "A and B agreed" with no other party: each agreed with the other (CAMEO/PETRARCH
    # code one event per direction); neither event has its source as its target
    found = events(engine, "Thailand and Cambodia agreed to a ceasefire on Monday.")
    assert [e[:4] for e in found] == [("AGREE", "0356", ["THA"], ["KHM"]),
                                      ("AGREE", "0356", ["KHM"], ["THA"])]
    assert [e[:4] for e in events(engine, "Chile and Argentina signed a border treaty.")] == [
        ("SUPPORT", "057", ["CHL"], ["ARG"]), ("SUPPORT", "057", ["ARG"], ["CHL"])]
    assert [e[:4] for e in events(engine, "Egyptian and Israeli negotiators returned to "
                                          "Cairo for talks.")] == [
        ("CONSULT", "040", ["EGY"], ["ISR"]), ("CONSULT", "040", ["ISR"], ["EGY"])]
    # three or more parties: one event, all of them the actor (PLOVER's compound actors)
    assert [e[:4] for e in events(engine, "Germany, France and Italy agreed to a common "
                                          "position.")] == [
        ("AGREE", "030", ["DEU", "FRA", "ITA"], [])]
    # a named recipient makes it directed; an attack is not symmetric
    assert [e[:4] for e in events(engine, "The United States and Britain agreed to send aid "
                                          "to Sudan.")] == [
        ("AGREE", "033", ["USA", "GBR"], ["SDN"])]
    assert [e[:4] for e in events(engine, "Rwanda and Burundi attacked Congo.")] == [
        ("ASSAULT", "190", ["RWA", "BDI"], ["COD"])]
    # (a verb of combat with no party of its own is symmetric: "Rwanda and Burundi clashed
    # along their border" is each side's act towards the other, see
    # test_events_conflict_sides.py)


def test_the_two_directions_have_their_own_ids_and_are_not_merged(engine: Engine) -> None:
    article = Article(id="t", text="Peru and Bolivia held talks on Tuesday. Bolivia welcomed "
                      "the talks.", published=PUBLISHED, language="en")
    found = engine.document(article).events
    talks = [e for e in found if e.plover == "CONSULT"]
    assert [([r.actor for r in e.source], [r.actor for r in e.target]) for e in talks] == [
        (["PER"], ["BOL"]), (["BOL"], ["PER"])]
    assert len({e.id for e in talks}) == 2


def test_plover_scoring_counts_the_two_directions_as_one_event(engine: Engine) -> None:
    # a PLOVER record codes a reciprocal event once, with both parties as the actor list
    report = engine.analyse_text("Peru and Bolivia held talks on Tuesday.",
                                 published=PUBLISHED)
    assert predictions(report) == (
        Predicted("CONSULT", frozenset({"PER", "BOL"}), frozenset({"PER", "BOL"})),)


def test_a_stance_on_an_act_told_before_is_aimed_at_its_agent(engine: Engine) -> None:
    # "the move" refers back to the expulsion: the condemnation is aimed at India
    assert [e[:4] for e in events(engine, "India expelled a Canadian diplomat on Tuesday. "
                                          "Ottawa condemned the move.")] == [
        ("SANCTION", "166", ["IND"], ["CAN"]), ("ACCUSE", "111", ["CAN"], ["IND"])]
    assert [e[:4] for e in events(engine, "Pakistan accused India of funding militants. "
                                          "India rejected the charge.")] == [
        ("ACCUSE", "112", ["PAK"], ["IND"]), ("REJECT", "120", ["IND"], ["PAK"])]
    # not a party's own act, and not an act whose agent the phrase names
    assert [e[:4] for e in events(engine, "Chile expelled a Peruvian diplomat. Chile "
                                          "defended the decision.")][1] == (
        "SUPPORT", "052", ["CHL"], [])
    assert [e[:4] for e in events(engine, "Chile expelled a Peruvian diplomat. Argentina "
                                          "condemned the decision by Bolivia.")][1] == (
        "ACCUSE", "111", ["ARG"], ["BOL"])


def test_a_host_or_mediator_acts_towards_the_parties_that_meet(engine: Engine) -> None:
    # PLOVER CONSULT: a reduced passive ("talks hosted by X") has X as its agent, and
    # hosting or mediating is aimed at the parties of the gathering, not the gathering;
    # the parties' own talks stay a separate, reciprocal event
    assert [e[:4] for e in events(
        engine, "Peru and Chile held talks in Lima on Monday, in a meeting hosted by "
                "Brazil's foreign minister.")] == [
        ("CONSULT", "040", ["PER"], ["CHL"]), ("CONSULT", "040", ["CHL"], ["PER"]),
        ("CONSULT", "043", ["BRA"], ["PER", "CHL"])]
    assert [e[:4] for e in events(
        engine, "Talks between Ecuador and Colombia, mediated by Mexico, ended on Friday.")] == [
        ("CONSULT", "040", ["ECU"], ["COL"]), ("CONSULT", "040", ["COL"], ["ECU"]),
        ("CONSULT", "045", ["MEX"], ["ECU", "COL"])]
    # a host who is one of the parties acts towards the others (its guests)
    assert [e[:4] for e in events(
        engine, "Kenyan envoys held a meeting with Ugandan officials at a dinner hosted by "
                "Kenya's ambassador.")] == [("CONSULT", "043", ["KEN"], ["UGA"])]


def test_a_definite_act_noun_of_a_kind_refers_to_the_latest_act_of_that_kind(
        engine: Engine) -> None:
    # "the accusations" is the accusation told two sentences before (the sentence between
    # has another agent): the rejection is aimed at its accuser
    found = events(engine, "Zambia accused Malawi of sheltering smugglers on Monday. Malawian "
                           "traders were told to leave Lusaka. Malawi rejected the accusations "
                           "as baseless.")
    assert [e[:4] for e in found if e[0] == "REJECT"] == [("REJECT", "120", ["MWI"], ["ZMB"])]


def test_an_appeal_is_aimed_at_the_party_asked_not_at_the_deeds_objects(engine: Engine) -> None:
    # PLOVER REQUEST: the target is the actor asked; the asked deed's objects are not
    assert [e[:4] for e in events(engine, "The UN urged Russia to release the Ukrainian "
                                          "prisoners.")] == [
        ("REQUEST", "025", ["org:un"], ["RUS"])]
    assert [e[:4] for e in events(engine, "Ghana demanded that Nigeria release the detained "
                                          "Ghanaian fishermen.")] == [
        ("REQUEST", "105", ["GHA"], ["NGA"])]
    # a passive demanded clause names its patient: the asked party is its agent, or no one
    # (was Ghana → Ghana's fishermen)
    assert [e[:4] for e in events(engine, "Ghana demanded that the fishermen be "
                                          "released.")] == [("REQUEST", "105", ["GHA"], [])]


def test_conjoined_verbs_share_their_subject(engine: Engine) -> None:
    # "warned" has no subject of its own: it is the spokesman's, Jorge Lopez, who speaks for
    # Peru (PERGOV: an official the text gives no country serves the state named before him)
    assert [e[:4] for e in events(
        engine, "A spokesman for Peru's foreign ministry, Jorge Lopez, said the drills were "
                "legal and warned Chile against any incursion.")] == [
        ("THREATEN", "130", ["person:jorge-lopez"], ["CHL"])]
    # "the talks" accuse no one: a reported clause's conjunct with no actor for a subject
    # is the reporter's second act
    assert [e[:4] for e in events(
        engine, "Peru's foreign minister said on Tuesday that the talks had failed and "
                "accused Chile of bad faith.")] == [("ACCUSE", "112", ["PER"], ["CHL"])]


def test_a_relational_nouns_possessor_is_not_the_party_meant(engine: Engine) -> None:
    # "Ukraine's partners" are not Ukraine (was REQUEST Ukraine → Ukraine); the appeal is an
    # event even though the party asked does not resolve and the asked deed needs a target
    assert [e[:4] for e in events(engine, "Zelensky urged Ukraine's partners to step up "
                                          "pressure on Moscow.")] == [
        ("REQUEST", "020", ["person:volodymyr-zelensky"], [])]


# --- session 5: event anaphora, outcomes, hosts of a gathering told before, coordinated
# possessors, owners of the thing acted on, agentless passives of state acts ---


def test_a_bare_act_noun_refers_to_the_deed_not_to_a_reaction_to_it(engine: Engine) -> None:
    # "the restrictions" are the EU's ban, not Ukraine's welcome of it (the nearest agent
    # before: a stance is no referent of an act noun); CAMEO 111 is aimed at the act's agent
    assert events(engine, "The European Union imposed a ban on Belarusian potash on Monday. "
                          "Ukraine welcomed the step. Moscow criticised the restrictions.") == [
        ("COERCE", "172", ["org:eu"], ["BLR"], "ban", 0.8),
        ("SUPPORT", "051", ["UKR"], ["org:eu"], "welcomed", 0.8),
        ("ACCUSE", "111", ["RUS"], ["org:eu"], "criticised", 0.8)]


def test_the_ruling_refers_back_to_the_court_across_sentences(engine: Engine) -> None:
    assert events(engine, "A court in Minsk sentenced the opposition leader to ten years in "
                          "prison on Monday. Her lawyers said they would appeal. The European "
                          "Union condemned the ruling.")[-1] == (
        "ACCUSE", "111", ["org:eu"], ["group:blr-jud"], "condemned", 0.8)


def test_a_threat_to_answer_measures_is_aimed_at_who_imposed_them(engine: Engine) -> None:
    assert events(engine, "The European Union imposed new sanctions on Belarus on Monday. "
                          "Minsk vowed to retaliate against the measures.") == [
        ("SANCTION", "163", ["org:eu"], ["BLR"], "sanctions", 0.8),
        ("THREATEN", "130", ["BLR"], ["org:eu"], "vowed", 0.8)]


def test_praise_of_an_outcome_is_aimed_at_its_parties(engine: Engine) -> None:
    # PLOVER SUPPORT / CAMEO 051: the outcome of an agreement belongs to all its sides
    assert events(engine, "Armenia and Azerbaijan signed a peace agreement on Friday. China "
                          "hailed the outcome as a victory for dialogue.")[-1] == (
        "SUPPORT", "051", ["CHN"], ["ARM", "AZE"], "hailed", 0.8)
    # a party welcoming the outcome welcomes the other side's part, not its own
    assert events(engine, "Serbia and Kosovo agreed on a plan in Brussels. Serbia welcomed "
                          "the outcome.")[-1] == (
        "SUPPORT", "051", ["SRB"], ["XKX"], "welcomed", 0.8)


def test_the_host_of_a_gathering_told_before_acts_towards_its_parties(engine: Engine) -> None:
    # "It was hosted by …": the pronoun is the talks; CAMEO 043 is aimed at the guests
    assert events(engine, "Peru and Chile held talks in Lima on Monday. It was hosted by the "
                          "Brazilian foreign minister.")[-1] == (
        "CONSULT", "043", ["BRA"], ["PER", "CHL"], "hosted", 0.8)


def test_a_plural_role_of_coordinated_states_stands_for_each(engine: Engine) -> None:
    assert events(engine, "The foreign ministers of Congo and Rwanda signed a peace agreement "
                          "in Washington on Friday.") == [
        ("SUPPORT", "057", ["COD"], ["RWA"], "agreement", 0.8),
        ("SUPPORT", "057", ["RWA"], ["COD"], "agreement", 0.8)]
    # a singular role is one state's: the other is the object
    assert events(engine, "The leader of Japan met South Korea's president in Tokyo on "
                          "Saturday.") == [("CONSULT", "040", ["JPN"], ["KOR"], "met", 0.8)]


def test_the_owner_of_what_is_acted_on_is_the_target(engine: Engine) -> None:
    # PETRARCH's first actor of the verb phrase: closing Russia's consulate is aimed at Russia
    assert events(engine, "Poland closed Russia's consulate in Krakow.") == [
        ("SANCTION", "161", ["POL"], ["RUS"], "closed", 0.9)]
    assert events(engine, "Iran closed its airspace on Sunday.") == [
        ("COERCE", "191", ["IRN"], [], "closed", 0.9)]


def test_an_agentless_passive_state_act_is_the_state_s(engine: Engine) -> None:
    # arrests are a state's act: the state of the place they happen in
    assert events(engine, "Two opposition leaders were arrested in Minsk on Tuesday.") == [
        ("COERCE", "173", ["BLR"], ["group:blr-opp"], "arrested", 0.3)]
    # the dateline's state, whose police the article names, arrested its own people
    assert events(engine, "BELGRADE – Police used tear gas on Sunday. More than 500 people "
                          "have been detained since the protests began, the interior ministry "
                          "said.") == [
        ("COERCE", "173", ["group:srb-cop"], ["group:srb-cvl"], "detained", 0.3)]
    # the state the reporting voice speaks for
    assert events(engine, "The journalist was detained at the airport, Iran's judiciary "
                          "said.") == [("COERCE", "173", ["IRN"], [], "detained", 0.3)]
    # done to the states named, not by them: no source is implied
    assert events(engine, "Relations between Paris and Algiers have been frozen since "
                          "July.") == [("SANCTION", "160", [], ["FRA", "DZA"], "frozen", 0.9)]
