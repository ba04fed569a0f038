"""One event worded differently by different outlets (issue 15, session 7): signing is coded
whatever verb says it (ink, initial, seal: what is signed decides the code, as for "sign"),
a place on the thing signed is no target, a continuative relative clause ("..., where the
leaders held talks") is news,
a signing and an agreeing of the same day are one fused event (the PETRARCH2 SIGN entry codes
the one deed 057, 031x, 033x or 06x; PLOVER SUPPORT "finalize" is what AGREE announces), and
a visit elsewhere is not an unplaced report of talks (a meeting's venue is its host only where
the other report places its meeting). Sentences and events are our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine
from eventwire.events.compatible import same_event
from eventwire.models import Article, Report
from eventwire.store import Store
from hand_records import INFO, fused_events
from test_fusion_across import event, place

PUBLISHED = "2025-03-04T12:00:00+00:00"

SIGNING = [
    ("Chile and Argentina inked a gas treaty on Friday.",
     [("SUPPORT", "057", ["CHL"], ["ARG"], "asserted", "treaty"),
      ("SUPPORT", "057", ["ARG"], ["CHL"], "asserted", "treaty")]),
    ("Chile and Argentina sealed a gas deal on Friday.",
     [("SUPPORT", "057", ["CHL"], ["ARG"], "asserted", "deal"),
      ("SUPPORT", "057", ["ARG"], ["CHL"], "asserted", "deal")]),
    # initialling a text: the signing of an agreed text
    ("Serbia and Kosovo initialled the text of the accord on Monday.",
     [("SUPPORT", "057", ["SRB"], ["XKX"], "asserted", "initialled"),
      ("SUPPORT", "057", ["XKX"], ["SRB"], "asserted", "initialled")]),
    # a place on the thing signed is where, not whom
    ("Chile and Bolivia signed the water declaration in Brasilia on Monday.",
     [("SUPPORT", "057", ["CHL"], ["BOL"], "asserted", "signed"),
      ("SUPPORT", "057", ["BOL"], ["CHL"], "asserted", "signed")]),
    # ... unless a slot names it too
    ("Chile signed the water declaration with Brazil in Brasilia on Monday.",
     [("SUPPORT", "057", ["CHL"], ["BRA"], "asserted", "signed")]),
    # a relative clause opened by "where" with its own subject tells news, as a main clause
    ("The document was signed at the Itamaraty Palace, where Chile and Bolivia held talks "
     "on Monday.",
     [("CONSULT", "040", ["CHL"], ["BOL"], "asserted", "talks"),
      ("CONSULT", "040", ["BOL"], ["CHL"], "asserted", "talks")]),
    # one describing a participant stays background
    ("The Chilean delegation, which had held talks with Bolivia in May, left on Monday.", []),
    # sealing a border is closing it, not signing: no agreement noun, no signing
    ("The two prime ministers sealed the border on Friday.", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNING)
def test_signing_is_coded_whatever_verb_says_it(engine: Engine, text: str,
                                                expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED) == expected


def test_signing_and_agreeing_the_same_day_are_one_deed_across_articles() -> None:
    # "Ecuador and Peru signed a fisheries pact in Lima on Monday"
    signed = event("SUPPORT", "057", ["ECU"], ["PER"])
    # another outlet: "Ecuador and Peru agreed on Monday to share fishing grounds"
    agreed = event("AGREE", "030", ["PER"], ["ECU"])
    assert same_event(signed, agreed, across=True) and same_event(agreed, signed, across=True)
    assert not same_event(signed, agreed)  # within one article they stay two records
    # "... reached a deal to cooperate on fisheries" (031) and a contract (060) too
    assert same_event(signed, event("AGREE", "031", ["ECU", "PER"], []), across=True)
    assert same_event(signed, event("COOPERATE", "061", ["PER"], ["ECU"]), across=True)
    # agreeing to meet again (036) is not the signing; nor a signing of another day
    assert not same_event(signed, event("AGREE", "036", ["ECU"], ["PER"]), across=True)
    assert not same_event(signed, event("AGREE", "030", ["ECU"], ["PER"], "2025-03-10"),
                          across=True)
    # nor an agreement with a third party
    assert not same_event(signed, event("AGREE", "030", ["ECU"], ["COL"]), across=True)
    # two AGREE branches and COOPERATE/AGREE without a signing stay apart
    assert not same_event(event("AGREE", "036", ["ECU"], ["PER"]),
                          event("AGREE", "0312", ["ECU"], ["PER"]), across=True)
    assert not same_event(event("AGREE", "030", ["ECU"], ["PER"]),
                          event("COOPERATE", "061", ["ECU"], ["PER"]), across=True)


def test_a_visit_elsewhere_is_not_an_unplaced_report_of_the_talks() -> None:
    # "Lula and Milei held talks for three hours" (no place), and the next day "Lula
    # arrived in Montevideo after his talks with Milei" (a visit to Uruguay)
    talks = event("CONSULT", "040", ["BRA"], ["ARG"])
    visit = event("CONSULT", "042", ["BRA"], ["URY"],
                  where=place("Montevideo", "URY"))
    assert not same_event(talks, visit, across=True)
    assert not same_event(visit, talks, across=True)
    # the visit to the talks' own host is one with them ("Lula flew to Buenos Aires")
    assert same_event(talks, event("CONSULT", "042", ["BRA"], ["ARG"]), across=True)
    # and a visit to the country where the other report places the talks
    in_uruguay = event("CONSULT", "040", ["BRA"], ["ARG"], where=place("Montevideo", "URY"))
    assert same_event(in_uruguay, event("CONSULT", "042", ["BRA"], ["URY"]), across=True)


def _report(aid: str, hour: int, text: str, *events: Any) -> Report:
    return Report(Article(aid, text, source=f"{aid}.example", title=aid,
                          published=f"2025-03-03T{hour:02d}:00:00+00:00"), INFO,
                  events=events)


SIGNED = "Ecuador and Peru signed a fisheries pact in Lima on Monday."
INKED = "Peru and Ecuador inked the fisheries pact on Monday, officials said."
AGREED = "Ecuador and Peru agreed on Monday to share their fishing grounds."
AGAIN = "Ecuador and Peru agreed on Friday to hold another round on fishing quotas."


def test_a_fused_signing_lists_the_outlet_that_calls_it_an_agreement(tmp_path: Path) -> None:
    db = tmp_path / "fused.db"
    with Store(db) as store:
        store.save(_report("a-sign", 10, SIGNED, event(
            "SUPPORT", "057", ["ECU"], ["PER"], text=SIGNED, eid="ev-sign", trigger="pact")))
        store.save(_report("b-agree", 11, AGREED, event(
            "AGREE", "030", ["ECU", "PER"], ["PER"], text=AGREED, eid="ev-agree",
            trigger="agreed")))
        store.save(_report("c-ink", 12, INKED, event(
            "SUPPORT", "057", ["PER"], ["ECU"], text=INKED, eid="ev-ink", trigger="pact")))
        store.save(_report("d-again", 13, AGAIN, event(
            "AGREE", "030", ["ECU"], ["PER"], "2025-03-07", text=AGAIN, eid="ev-again",
            trigger="agreed")))
    rows = fused_events(db)
    # the type most articles give it (two call it a signing), every article listed
    assert [(r["id"], r["plover"], r["cameo"], r["articles"], r["num_articles"],
             [e["trigger"]["text"] for e in r["evidence"]]) for r in rows] == [
        ("fev-sign", "SUPPORT", "057", ["a-sign", "b-agree", "c-ink"], 3,
         ["pact", "agreed", "pact"]),
        ("fev-again", "AGREE", "030", ["d-again"], 1, ["agreed"])]


# review s7 §6: a pledge of aid is not the signing of a deal by the same two parties that day
PLEDGED = "Norway agreed on Tuesday to provide new patrol boats to Ghana."
G_SIGNED = "Norway and Ghana signed a fisheries agreement in Accra on Tuesday."
G_INKED = "Ghana and Norway inked a fisheries accord on Tuesday."
G_AGREED = "Ghana and Norway agreed on Tuesday to manage their fish stocks together."
# two outlets' signing of the fisheries deal, as their events are coded
G_SIGNING = event("SUPPORT", "057", ["NOR"], ["GHA"], text=G_SIGNED, eid="ev-sign",
                  trigger="agreement")
G_INKING = event("SUPPORT", "057", ["GHA"], ["NOR"], text=G_INKED, eid="ev-ink",
                 trigger="accord")


def _fused_rows(db: Path) -> list[tuple[Any, ...]]:
    return [(r["id"], r["plover"], r["cameo"], r["articles"],
             [e["trigger"]["text"] for e in r["evidence"]])
            for r in fused_events(db)]


def test_an_aid_pledge_is_not_a_signing_of_the_same_day(tmp_path: Path) -> None:
    assert not same_event(event("SUPPORT", "057", ["NOR"], ["GHA"]),
                          event("AGREE", "033", ["NOR"], ["GHA"]), across=True)
    assert not same_event(event("AGREE", "032", ["GHA"], ["NOR"]),
                          event("SUPPORT", "057", ["NOR"], ["GHA"]), across=True)
    db = tmp_path / "fused.db"
    with Store(db) as store:
        store.save(_report("a-pledge", 9, PLEDGED, event(
            "AGREE", "033", ["NOR"], ["GHA"], text=PLEDGED, eid="ev-pledge",
            trigger="agreed")))
        store.save(_report("b-sign", 10, G_SIGNED, G_SIGNING))
        store.save(_report("c-ink", 11, G_INKED, G_INKING))
    assert _fused_rows(db) == [
        ("fev-pledge", "AGREE", "033", ["a-pledge"], ["agreed"]),
        ("fev-sign", "SUPPORT", "057", ["b-sign", "c-ink"], ["agreement", "accord"])]


def test_the_fused_type_is_the_one_most_articles_give(tmp_path: Path) -> None:
    # the agreeing is stored first, two outlets call it a signing: SUPPORT 057 is shown
    db = tmp_path / "fused.db"
    with Store(db) as store:
        store.save(_report("a-agree", 9, G_AGREED, event(
            "AGREE", "030", ["GHA"], ["NOR"], text=G_AGREED, eid="ev-agree",
            trigger="agreed")))
        store.save(_report("b-sign", 10, G_SIGNED, G_SIGNING))
        store.save(_report("c-ink", 11, G_INKED, G_INKING))
    assert _fused_rows(db) == [
        ("fev-agree", "SUPPORT", "057", ["a-agree", "b-sign", "c-ink"],
         ["agreed", "agreement", "accord"])]


def test_a_tie_of_articles_gives_the_earliest_type(tmp_path: Path) -> None:
    # one outlet calls it a signing (first), one an agreeing naming more parties: SUPPORT
    db = tmp_path / "fused.db"
    with Store(db) as store:
        store.save(_report("a-sign", 9, G_SIGNED, G_SIGNING))
        store.save(_report("b-agree", 10, G_AGREED, event(
            "AGREE", "030", ["GHA", "NOR"], ["NOR"], text=G_AGREED, eid="ev-agree",
            trigger="agreed")))
    assert _fused_rows(db) == [
        ("fev-sign", "SUPPORT", "057", ["a-sign", "b-agree"], ["agreement", "agreed"])]
