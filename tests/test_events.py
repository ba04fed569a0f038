"""Event coding: composed sentences for each PLOVER type, negation and modality form,
passive voice, compound actors, metonyms, membership groups and no-event cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.api import Engine
from eventwire.evaluation.plover import evaluate_plover
from eventwire.models import Article, Event

SHARED = Path(__file__).resolve().parents[2] / "shared"
PUBLISHED = "2025-02-26T00:09:00+03:30"


def summary(event: Event) -> dict[str, Any]:
    return {
        "plover": event.plover, "cameo": event.cameo,
        "source": [r.country for r in event.source], "target": [r.country for r in event.target],
        "negated": event.negated, "modality": event.modality,
        "trigger": event.evidence.trigger.text,
    }


def code(engine: Engine, text: str) -> list[dict[str, Any]]:
    """Events of one composed sentence (language given: short texts fool the detector)."""
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    return [summary(e) for e in engine.document(article).events]


def one(plover: str, cameo: str, source: list[str], target: list[str], trigger: str,
        negated: bool = False, modality: str = "asserted") -> list[dict[str, Any]]:
    return [{"plover": plover, "cameo": cameo, "source": source, "target": target,
             "negated": negated, "modality": modality, "trigger": trigger}]


PLOVER_TYPES = [
    ("France and Germany agreed to resume talks with Iran next month.",
     one("AGREE", "036", ["FRA", "DEU"], ["IRN"], "agreed")),
    ("The Japanese foreign minister visited Seoul on Thursday.",
     one("CONSULT", "042", ["JPN"], ["KOR"], "visited")),
    ("Turkey praised Egypt for its role in the ceasefire talks.",
     one("SUPPORT", "051", ["TUR"], ["EGY"], "praised")),
    ("Canada signed a defence cooperation agreement with Poland.",
     one("SUPPORT", "057", ["CAN"], ["POL"], "agreement")),
    ("Norway sent humanitarian aid to Sudan.", one("AID", "073", ["NOR"], ["SDN"], "aid")),
    ("Ukraine handed over the bodies of 50 soldiers to Russia.",
     one("RETREAT", "084", ["UKR"], ["RUS"], "handed over")),
    ("India lifted sanctions on Nepal.", one("RETREAT", "085", ["IND"], ["NPL"], "lifted")),
    ("Serbia asked Hungary to extradite the suspect.",
     one("REQUEST", "021", ["SRB"], ["HUN"], "asked")),
    ("Pakistan accused India of sponsoring the bombing.",
     one("ACCUSE", "112", ["PAK"], ["IND"], "accused")),
    ("Venezuela rejected a Colombian proposal for talks.",
     one("REJECT", "120", ["VEN"], ["COL"], "rejected")),
    ("Russia threatened to cut gas supplies to Moldova.",
     one("THREATEN", "130", ["RUS"], ["MDA"], "threatened")),
    ("Thousands of Kenyans protested against the government in Nairobi.",
     one("PROTEST", "141", ["KEN"], ["KEN"], "protested")),
    ("Sweden imposed sanctions on Belarus.", one("SANCTION", "163", ["SWE"], ["BLR"], "sanctions")),
    # a deployment on a border shared with a neighbour is aimed at it (roles.border_partners)
    ("Greece mobilized troops along its border with Turkey.",
     one("MOBILIZE", "154", ["GRC"], ["TUR"], "mobilized")),
    ("Nigerian police arrested ten Ghanaian traders.",
     one("COERCE", "173", ["NGA"], ["GHA"], "arrested")),
    ("Israeli jets bombed targets in Lebanon on Sunday.",
     one("ASSAULT", "195", ["ISR"], ["LBN"], "bombed")),
    ("Qatar mediated between Israel and Egypt.",
     one("CONSULT", "045", ["QAT"], ["ISR", "EGY"], "mediated")),
]


@pytest.mark.parametrize(("text", "expected"), PLOVER_TYPES)
def test_each_plover_type(engine: Engine, text: str, expected: list[dict[str, Any]]) -> None:
    assert code(engine, text) == expected


NEGATION_AND_MODALITY = [
    ("Armenia and Azerbaijan did not meet in Geneva.",
     one("CONSULT", "040", ["ARM", "AZE"], [], "meet", negated=True)),
    ("Iran refused to meet American envoys.",
     one("REJECT", "125", ["IRN"], ["USA"], "refused")),
    ("Egypt ruled out talks with Ethiopia.", one("REJECT", "125", ["EGY"], ["ETH"], "ruled out")),
    ("There is no possibility of talks with Kyiv, the Kremlin said.",
     one("REJECT", "125", ["RUS"], ["UKR"], "talks", modality="reported")),
    ("Germany will visit Italy next week.",
     one("AGREE", "036", ["DEU"], ["ITA"], "visit", modality="future")),
    ("Spain plans to host Moroccan officials in June.",
     one("AGREE", "036", ["ESP"], ["MAR"], "plans", modality="intended")),
    ("Saudi Arabia would attack Yemen if the talks failed.",
     one("THREATEN", "138", ["SAU"], ["YEM"], "attack", modality="hypothetical")),
    # a question about a deed is the deed, asked (a threat needs a threat: PLOVER THREATEN)
    ("Will Washington impose sanctions on Caracas?",
     one("SANCTION", "163", ["USA"], ["VEN"], "sanctions", modality="question")),
    ("Brazil could sanction Argentina.",
     one("SANCTION", "163", ["BRA"], ["ARG"], "sanction", modality="hypothetical")),
    ("Poland said Russia had attacked Ukrainian ports.",
     one("ASSAULT", "190", ["RUS"], ["UKR"], "attacked", modality="reported")),
    ("Chile will not attack Peru.",
     one("ASSAULT", "190", ["CHL"], ["PER"], "attack", negated=True, modality="future")),
    ("Mali will not negotiate with Niger.",
     one("REJECT", "125", ["MLI"], ["NER"], "negotiate")),  # refused now
]


@pytest.mark.parametrize(("text", "expected"), NEGATION_AND_MODALITY)
def test_negation_and_modality(engine: Engine, text: str, expected: list[dict[str, Any]]) -> None:
    assert code(engine, text) == expected


ARGUMENTS = [
    ("Ethiopia was attacked by Eritrean forces.",
     one("ASSAULT", "190", ["ERI"], ["ETH"], "attacked")),
    ("Libyan rebels were arrested by Tunisian police.",
     one("COERCE", "173", ["TUN"], ["LBY"], "arrested")),
    ("Washington and London imposed sanctions on Pyongyang.",
     one("SANCTION", "163", ["USA", "GBR"], ["PRK"], "sanctions")),
    ("The Kremlin criticised Washington.", one("ACCUSE", "111", ["RUS"], ["USA"], "criticised")),
    # an informal grouping expands to its members and stays visible (no country of its own)
    ("The E3 held talks with Tehran.",
     one("CONSULT", "040", [None, "DEU", "FRA", "GBR"], ["IRN"], "talks")),
    ("On Monday, Iran held a new round of talks with Germany, France and Britain.",
     one("CONSULT", "040", ["IRN"], ["DEU", "FRA", "GBR"], "talks")),
    ("During a visit to Cairo, the Jordanian king signed a trade deal with Egypt.",
     [{"plover": "CONSULT", "cameo": "042", "source": ["JOR"], "target": ["EGY"],
       "negated": False, "modality": "asserted", "trigger": "visit"},
      {"plover": "SUPPORT", "cameo": "057", "source": ["JOR"], "target": ["EGY"],
       "negated": False, "modality": "asserted", "trigger": "deal"}]),
]


@pytest.mark.parametrize(("text", "expected"), ARGUMENTS)
def test_arguments(engine: Engine, text: str, expected: list[dict[str, Any]]) -> None:
    assert code(engine, text) == expected


@pytest.mark.parametrize("text", [
    "The weather in Paris was pleasant on Monday.",
    "The talks were long.",
    "Officials met to discuss the budget.",
    "Iran's economy grew by three percent last year.",
])
def test_no_event(engine: Engine, text: str) -> None:
    assert code(engine, text) == []


def test_repeated_mentions_merge_into_one_event(engine: Engine) -> None:
    text = ("Cuba Rejects Talks With U.S.\n\nHAVANA – Cuba on Monday rejected talks with the "
            "United States. Officials said Havana would not negotiate with Washington.")
    events = engine.analyse_text(text, published=PUBLISHED).events
    assert [summary(e)["plover"] for e in events] == ["REJECT"]
    assert [r.country for r in events[0].source] == ["CUB"]
    assert [r.country for r in events[0].target] == ["USA"]
    assert len(events[0].mentions) >= 1


def test_event_ids_are_deterministic(engine: Engine) -> None:
    article = Article(id="t", text="Sweden imposed sanctions on Belarus.", language="en")
    first = engine.document(article).events
    second = engine.document(article).events
    assert [e.id for e in first] == [e.id for e in second]
    assert first[0].id.startswith("ev")


def test_event_carries_ontology_fields(engine: Engine) -> None:
    text = "Sweden imposed sanctions on Belarus."
    event = engine.document(Article(id="t", text=text, language="en")).events[0]
    assert (event.quad_class, event.goldstein, event.mode, event.context) == (
        4, -8.0, "discontinue", "diplomatic")
    assert event.evidence.trigger == type(event.evidence.trigger)(15, 24, "sanctions")
    assert text[event.evidence.sentence.start:event.evidence.sentence.end] == text


KAYHAN = SHARED / "samples" / "kayhan-137320.txt"


@pytest.mark.skipif(not KAYHAN.exists(), reason="shared sample not available")
def test_kayhan_sample_key_events(engine: Engine) -> None:
    report = next(engine.extract([KAYHAN]))
    found = {(e.plover, tuple(sorted({r.country for r in e.source if r.country})),
              tuple(sorted({r.country for r in e.target if r.country})))
             for e in report.events if not e.negated}
    assert ("SANCTION", ("USA",), ("IRN",)) in found
    assert ("REJECT", ("IRN",), ("USA",)) in found
    assert ("CONSULT", ("RUS",), ("IRN",)) in found
    assert ("CONSULT", ("IRN",), ("DEU", "FRA", "GBR")) in found
    assert ("SUPPORT", ("USA",), ("RUS",)) in found
    assert not any(p == "CONSULT" and s == ("IRN",) and t == ("USA",) for p, s, t in found)


PLOVER_DEV = SHARED / "eval" / "plover-gsr-dev.jsonl"


@pytest.mark.skipif(not PLOVER_DEV.exists(), reason="PLOVER dev file not available")
def test_plover_dev_scores_stay_above_floors(engine: Engine) -> None:
    result = evaluate_plover(PLOVER_DEV, engine)
    # the whole PETRARCH2 dictionary trades a little dev precision for breadth on unseen text;
    # so do generic actors (police, rebels, protesters, people): the events of subordinate
    # clauses they take part in ("rebels fighting to topple his government") are coded, and
    # this file annotates one event per sentence (dev type P 0.826 → 0.78, R 0.84 → 0.85;
    # own whole reports: core dyad recall 0.42 → 0.51, precision over all events up);
    # session 3 (vector fallback over agreeing rows) gave back some precision: whole file
    # type P 0.797 R 0.860 F1 0.827, extra 0.220; session 5 removed spurious events for
    # codebook reasons (purpose clauses of the same act, simple-present relative clauses as
    # states, catenative "help"): whole file type P 0.835 R 0.866, extra 0.171, and the
    # original floors (P 0.82, extra 0.20) hold again
    assert result.scores["type"].f1 >= 0.82
    assert result.scores["type"].precision >= 0.82
    # announced conflictual deeds are the deed with future modality (issue 10, failure kind
    # 2: THREATEN needs a threat verb, a warning or a condition); this file's annotators
    # code three such sentences THREATEN (a boycott, a blockade, a withdrawal of
    # inspectors), so whole-file type recall is 0.848 rather than 0.866
    assert result.scores["type"].recall >= 0.84
    assert result.scores["type+source"].recall >= 0.80
    assert result.scores["type+source"].f1 >= 0.70
    assert result.scores["type+source+target"].f1 >= 0.60
    assert result.extra_per_gold <= 0.20
