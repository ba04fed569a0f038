"""`eventwire eval reports`: core events found on whole reports (tests/fixtures/reports)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluation.reports import (
    PredictedEvent,
    match_report,
    read_gold,
)

REPORTS = Path(__file__).parent / "fixtures" / "reports"


def test_gold_file_covers_thirty_reports_with_core_events() -> None:
    gold = [g for g in read_gold(REPORTS) if g[0] < "r34"]  # r34-r36 below
    assert len(gold) == 33
    assert sum(e.core for _, events in gold[:10] for e in events) == 45
    assert sum(e.core for _, events in gold[10:15] for e in events) == 35
    assert sum(e.core for _, events in gold[15:20] for e in events) == 20
    assert sum(len(events) for _, events in gold[15:20]) == 65
    assert sum(e.core for _, events in gold[20:26] for e in events) == 24
    assert sum(len(events) for _, events in gold[20:26]) == 62
    assert sum(e.core for _, events in gold[26:30] for e in events) == 24
    assert sum(len(events) for _, events in gold[26:30]) == 69
    # r31-r33 (session 5): aid, loans and pledges, conditional warnings, a WTO complaint
    coding = [events for name, events in gold if name[:3] in ("r31", "r32", "r33")]
    assert sum(e.core for events in coding for e in events) == 10
    assert sum(len(events) for events in coding) == 23
    first = gold[0][1][0]
    assert (first.plover, first.cameo, first.source, first.target) == (
        frozenset({"SANCTION"}), "163", frozenset({"IGO"}), frozenset({"NER"}))


def test_reports_on_unqualified_actors_and_named_bodies() -> None:
    """r34–r36 (session 5): police, soldiers, protesters, ministers and bodies the text gives
    no country, named bodies holding a country's name, "the North"/"the South", a bureau
    dateline (DAKAR for events in Togo)."""
    gold = dict(g for g in read_gold(REPORTS) if "r34" <= g[0] < "r37")
    assert sorted(gold) == ["r34-bangladesh-hasina-resigns.txt",
                            "r35-korea-roads-demolished.txt", "r36-togo-protests.txt"]
    assert sum(e.core for events in gold.values() for e in events) == 20
    assert sum(len(events) for events in gold.values()) == 30


def test_reports_on_argument_structure() -> None:
    """r37–r40 (session 6): mediators in participles and appositions, denials aimed at the
    accuser, a border closed with a neighbour, a loan received from a lender, act nouns
    referring back ("condemned the decision", "denounced the resolution")."""
    gold = dict(g for g in read_gold(REPORTS) if "r37" <= g[0] < "r41")
    assert sorted(gold) == ["r37-gaza-ceasefire-doha.txt", "r38-india-canada-nijjar.txt",
                            "r39-pakistan-afghanistan-doha.txt", "r40-ukraine-us-era-loan.txt"]
    assert sum(e.core for events in gold.values() for e in events) == 28
    assert sum(len(events) for events in gold.values()) == 54
    denial = gold["r39-pakistan-afghanistan-doha.txt"][6]
    assert (denial.plover, denial.cameo, denial.source, denial.target) == (
        frozenset({"REJECT"}), "016", frozenset({"AFG"}), frozenset({"PAK"}))


def test_match_is_one_to_one_and_levels_nest() -> None:
    (name, gold), = [g for g in read_gold(REPORTS) if g[0].startswith("r04")]
    predicted = (
        PredictedEvent("ASSAULT", "195", frozenset({"THA"}), frozenset({"KHM"}), "bombed"),
        PredictedEvent("ASSAULT", "190", frozenset({"THA"}), frozenset(), "fired"),
        PredictedEvent("RETREAT", "0871", frozenset({"THA", "KHM"}), frozenset({"KHM"}),
                       "ceasefire"),
    )
    result = match_report(name, gold, predicted)
    by_trigger = {g.trigger: f for g, f in zip(result.gold, result.found, strict=True)}
    # RETREAT is an allowed alternative for agreeing to a ceasefire; the root differs (03)
    assert by_trigger["agreed ... to an immediate and unconditional ceasefire"] == (
        True, True, False)
    assert by_trigger["bombed Cambodian military positions"] == (True, True, True)
    # the second ASSAULT has no target: type only, and it is not reused for a third gold event
    assert by_trigger["fired rockets into Thai border provinces"] == (True, False, False)


def test_missing_report_is_named(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").write_text(json.dumps({"file": "x.txt", "events": []}) + "\n")
    with pytest.raises(EvaluationError, match="report 'x.txt' is not in"):
        read_gold(tmp_path)


def test_reports_on_expulsions_withdrawals_votes_and_evaluations() -> None:
    """r41–r43 (session 6, coding): expulsions phrased as orders and persona non grata,
    states quitting an intergovernmental body, a legislature voting down the executive's
    proposal, accusations stated as evaluations ("called the strikes a violation"), crowds
    with neutral verbs ("gathered", "marched"), "sent fighter jets against", a conditional
    warning ("would pay a price if"), a conditional offer and a headline infinitive."""
    gold = dict(g for g in read_gold(REPORTS) if "r41" <= g[0] < "r44")
    assert sorted(gold) == ["r41-sahel-states-quit-icc.txt",
                            "r42-peru-expels-mexican-ambassador.txt",
                            "r43-pakistan-afghanistan-strikes.txt"]
    assert sum(e.core for events in gold.values() for e in events) == 14
    assert sum(len(events) for events in gold.values()) == 34
    sahel = gold["r41-sahel-states-quit-icc.txt"][0]
    assert (sahel.plover, sahel.cameo, sahel.source, sahel.target) == (
        frozenset({"SANCTION"}), "161", frozenset({"MLI", "BFA", "NER"}), frozenset({"IGO"}))


def test_reports_on_group_anaphora_and_modified_titles() -> None:
    """r44–r46 (session 6, actors): sets of states named once and then as "the juntas", "the
    three governments", "the four states", "the allies", "they"; titles with "acting",
    "former", "deputy"; a family name alone after the full name (Han Duck-soo)."""
    gold = dict(g for g in read_gold(REPORTS) if "r44" <= g[0] < "r47")
    assert sorted(gold) == ["r44-sahel-states-leave-ecowas.txt",
                            "r45-korea-acting-president.txt",
                            "r46-baltic-ottawa-withdrawal.txt"]
    assert sum(e.core for events in gold.values() for e in events) == 13
    assert sum(len(events) for events in gold.values()) == 25


def test_reports_on_sides_told_without_a_name() -> None:
    """r55–r58 (session 7, actors): nationality adjectives on forces and weapons, a ministry
    and its spokesperson, capitals as governments, an airline's bracketed short name, domestic
    events whose sides differ by sector, the dateline country in focus."""
    gold = dict(g for g in read_gold(REPORTS) if "r55" <= g[0] < "r59")
    assert sorted(gold) == ["r55-iran-pakistan-strikes.txt", "r56-senegal-election-delay.txt",
                            "r57-azal-crash-russia.txt", "r58-sri-lanka-protests.txt"]
    assert sum(e.core for events in gold.values() for e in events) == 17
    assert sum(len(events) for events in gold.values()) == 48


def test_reports_on_clauses_and_announced_deeds() -> None:
    """r59–r61 (session 8, clauses): participial clauses with the main subject as agent,
    mandative complements of demands, announced deeds with no condition, warnings without a
    threaten verb and the content of allegations, claims and denials."""
    gold = dict(g for g in read_gold(REPORTS) if "r59" <= g[0] < "r62")
    assert sorted(gold) == ["r59-venezuela-expels-latin-diplomats.txt",
                            "r60-poland-closes-belarus-crossing.txt",
                            "r61-algeria-suspends-spain-treaty.txt"]
    assert sum(e.core for events in gold.values() for e in events) == 12
    assert sum(len(events) for events in gold.values()) == 47
    closure = gold["r60-poland-closes-belarus-crossing.txt"][0]
    assert (closure.plover, closure.cameo, closure.source, closure.target) == (
        frozenset({"COERCE", "SANCTION"}), "191", frozenset({"POL"}), frozenset({"BLR"}))


def test_reports_on_session9_event_classes() -> None:
    """r71–r76 (session 9): court cases, summons in other words, restored ties, a backed
    group under a foreign dateline, orders to one's own forces, aid told by goods."""
    gold = dict(g for g in read_gold(REPORTS) if "r71" <= g[0] < "r77")
    assert len(gold) == 6
    assert sum(e.core for events in gold.values() for e in events) == 25
    assert sum(len(events) for events in gold.values()) == 74
    case = gold["r71-nicaragua-germany-icj.txt"][0]
    assert (case.plover, case.cameo, case.source, case.target) == (
        frozenset({"ACCUSE"}), "115", frozenset({"NIC"}), frozenset({"DEU"}))
