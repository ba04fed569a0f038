"""Fused events (issue 15): the same real-world event across articles becomes one fused event
with all its mentions; copies are not counted twice; background and negated mentions stay
apart; `events --fused` and `summary --count events` show them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.models import ActorRef, Article, Event, EventDate, Evidence, Offsets, Report, Span
from eventwire.store import Store
from hand_records import INFO, fused_events, save_all, state

IRN = state("IRN", "Iran")
USA = state("USA", "United States")
ARAGHCHI = ActorRef("person:abbas-araghchi", "Abbas Araghchi", "IRN", "GOV", "IRNGOV")

WIRE = ("Iran and the United States held talks in Muscat on Saturday, the first negotiations "
        "between the two governments since the new administration took office in Washington. "
        "Omani mediators carried messages between the two delegations in separate rooms. "
        "Washington left the 2015 nuclear deal three years after it was signed by both sides.")
COPY = WIRE.replace("Omani mediators carried", "Mediators from Oman carried")
REWRITE = ("Iranian Foreign Minister Abbas Araghchi met the American envoy in Muscat on "
           "Saturday. He said the sides did not hold direct talks. The meeting in the Omani "
           "capital was calm, Araghchi said.")
ROME = ("Iran and the United States held a second round of talks in Rome on Saturday. "
        "Both sides signed the 2015 nuclear deal after years of negotiations.")


def _event(text: str, eid: str, trigger: str, plover: str, cameo: str,
           source: tuple[ActorRef, ...], target: tuple[ActorRef, ...], date: str,
           precision: str = "day", negated: bool = False, nth: int = 0,
           mentions: tuple[str, ...] = ()) -> Event:
    def evidence(word: str, n: int = 0) -> Evidence:
        start = -1
        for _ in range(n + 1):
            start = text.index(word, start + 1)
        sent_start = text.rfind(". ", 0, start)
        sent_start = 0 if sent_start < 0 else sent_start + 2
        sent_end = text.index(".", start) + 1
        return Evidence(Offsets(sent_start, sent_end),
                        Span(start, start + len(word), word))

    return Event(eid, plover, cameo, 1, 1.0, source, target, evidence(trigger, nth),
                 negated=negated, date=EventDate(date, precision, None, "text"),  # type: ignore[arg-type]
                 mentions=tuple(evidence(m) for m in mentions))


def _report(aid: str, source: str, published: str, text: str,
            events: tuple[Event, ...]) -> Report:
    return Report(Article(aid, text, source=source, title=aid, published=published), INFO,
                  events=events)


def reports() -> list[Report]:
    return [
        _report("a-wire", "apnews.com", "2025-04-12T15:20:00+00:00", WIRE, (
            _event(WIRE, "ev-wire-talks", "held talks", "CONSULT", "040", (IRN, USA), (),
                   "2025-04-12"),
            _event(WIRE, "ev-wire-deal", "signed", "AGREE", "057", (IRN, USA), (), "2015",
                   "year"))),
        _report("a-copy", "dailysabah.com", "2025-04-12T23:05:00+00:00", COPY, (
            _event(COPY, "ev-copy-talks", "held talks", "CONSULT", "040", (IRN, USA), (),
                   "2025-04-12"),)),
        _report("a-rewrite", "aljazeera.com", "2025-04-12T19:40:00+00:00", REWRITE, (
            _event(REWRITE, "ev-rw-met", "met", "CONSULT", "040", (ARAGHCHI,), (USA,),
                   "2025-04-12", mentions=("meeting",)),
            _event(REWRITE, "ev-rw-direct", "hold direct talks", "CONSULT", "040", (IRN,),
                   (USA,), "2025-04-12", negated=True))),
        _report("a-rome", "reuters.com", "2025-04-19T18:00:00+00:00", ROME, (
            _event(ROME, "ev-rome-talks", "held", "CONSULT", "040", (IRN, USA), (),
                   "2025-04-19"),
            _event(ROME, "ev-rome-deal", "signed", "AGREE", "057", (IRN, USA), (), "2015",
                   "year"))),
    ]


def _store(path: Path) -> Path:
    return save_all(path / "fused.db", reports())


IRN_D = {"actor": "IRN", "name": "Iran", "country": "IRN", "sector": None, "code": "IRN"}
USA_D = {"actor": "USA", "name": "United States", "country": "USA", "sector": None,
         "code": "USA"}
ARAGHCHI_D = {"actor": "person:abbas-araghchi", "name": "Abbas Araghchi", "country": "IRN",
              "sector": "GOV", "code": "IRNGOV"}


def _day(value: str, precision: str = "day") -> dict:
    return {"value": value, "precision": precision, "text": None, "basis": "text", "mod": None,
            "start": None, "end": None}


def _evidence(aid: str, outlet: str, published: str, eid: str, sentence: str, start: int,
              trigger: str) -> dict:
    return {"article_id": aid, "source_outlet": outlet, "published": published,
            "event_id": eid, "modality": "asserted", "negated": False, "passing": False,
            "sentence": sentence,
            "trigger": {"start": start, "end": start + len(trigger), "text": trigger}}


WIRE_SENTENCE = ("Iran and the United States held talks in Muscat on Saturday, the first "
                 "negotiations between the two governments since the new administration took "
                 "office in Washington.")
TALKS = {
    "id": "fev-wire-talks", "plover": "CONSULT", "cameo": "040", "quad_class": 1,
    "goldstein": 1.0,
    # the mention that says most: both sides named
    "source": [ARAGHCHI_D], "target": [USA_D], "date": _day("2025-04-12"), "place": None,
    "modality": "asserted", "negated": False,
    "articles": ["a-wire", "a-rewrite", "a-copy"], "near_duplicates": [["a-wire", "a-copy"]],
    # the copy adds nothing: two articles from two outlets, three mentions (the rewrite's two)
    "num_articles": 2, "num_sources": 2, "num_mentions": 3,
    # no article of another story only recalls it (see test_stories_recall.py and
    # test_fused_passing_home.py)
    "mentioned_in": [], "num_background_mentions": 0,
    "first_report": "2025-04-12T15:20:00+00:00", "latest_report": "2025-04-12T23:05:00+00:00",
    "evidence": [
        _evidence("a-wire", "apnews.com", "2025-04-12T15:20:00+00:00", "ev-wire-talks",
                  WIRE_SENTENCE, 27, "held talks"),
        _evidence("a-rewrite", "aljazeera.com", "2025-04-12T19:40:00+00:00", "ev-rw-met",
                  "Iranian Foreign Minister Abbas Araghchi met the American envoy in Muscat on "
                  "Saturday.", 40, "met"),
        _evidence("a-rewrite", "aljazeera.com", "2025-04-12T19:40:00+00:00", "ev-rw-met",
                  "The meeting in the Omani capital was calm, Araghchi said.", 135, "meeting"),
        _evidence("a-copy", "dailysabah.com", "2025-04-12T23:05:00+00:00", "ev-copy-talks",
                  WIRE_SENTENCE, 27, "held talks")]}


def test_one_fused_event_per_real_event_with_every_mention(tmp_path: Path) -> None:
    db = _store(tmp_path)
    rows = fused_events(db)
    assert [(r["id"], r["plover"], (r["date"] or {}).get("value"), r["articles"],
             r["num_articles"]) for r in rows] == [
        # background: the 2015 deal of two reports fuses with itself, never with today's news
        # (the copy carries the wire's sentence on it: listed, not counted)
        ("fev-wire-deal", "AGREE", "2015", ["a-wire", "a-rome", "a-copy"], 2),
        ("fev-wire-talks", "CONSULT", "2025-04-12", ["a-wire", "a-rewrite", "a-copy"], 2),
        # the Rome round a week later, same actors: an event of its own
        ("fev-rome-talks", "CONSULT", "2025-04-19", ["a-rome"], 1)]
    assert rows[1] == TALKS


def test_negated_mentions_are_kept_but_never_asserted(tmp_path: Path) -> None:
    db = _store(tmp_path)
    assert "fev-rw-direct" not in [r["id"] for r in fused_events(db)]
    negated = [r for r in fused_events(db, "--include-negated") if r["negated"]]
    assert [(r["id"], r["articles"], r["num_mentions"]) for r in negated] == [
        ("fev-rw-direct", ["a-rewrite"], 1)]


def test_filters_and_min_articles(tmp_path: Path) -> None:
    db = _store(tmp_path)
    assert [r["id"] for r in fused_events(db, "--min-articles", "2", "--type", "CONSULT")] == [
        "fev-wire-talks"]
    assert [r["id"] for r in fused_events(db, "--since", "2025-04-13")] == ["fev-rome-talks"]
    assert [r["id"] for r in fused_events(db, "--source", "dailysabah.com")] == ["fev-wire-talks"]
    assert [r["id"] for r in fused_events(db, "--pair", "IRN,USA")] == ["fev-wire-talks"]
    assert [r["id"] for r in fused_events(db, "--actor", "IRN", "--until", "2020")] == [
        "fev-wire-deal"]
    result = CliRunner().invoke(main, ["--db", str(db), "events", "--fused", "--format",
                                       "table", "--min-articles", "2", "--width", "100"])
    assert result.output.splitlines()[2:] == [
        "fev-wire-deal   2015        AGREE    Iran(IRN), United States(USA)                 "
        "     2         2        2",
        "fev-wire-talks  2025-04-12  CONSULT  Abbas Araghchi(IRNGOV)         United "
        "States(USA)  2         2        3"]


def test_resaving_an_article_does_not_count_it_twice(tmp_path: Path) -> None:
    db = _store(tmp_path)
    with Store(db) as store:
        store.save(reports()[2])  # the rewrite, analysed again
    assert fused_events(db)[1] == TALKS


def test_summary_counts_per_event_or_per_report(tmp_path: Path) -> None:
    db = _store(tmp_path)
    per_report = CliRunner().invoke(main, ["--db", str(db), "summary"]).output.splitlines()
    per_event = CliRunner().invoke(main, ["--db", str(db), "summary", "--count",
                                          "events"]).output.splitlines()
    assert "events 7 (negated 1)" in per_report[1]
    # as per report: every event, of which negated; types of the ones not negated
    assert "events 4 (negated 1)" in per_event[1]
    assert per_event[2] == ("events counted once per real-world event (fused across articles "
                            "and outlets; --count reports: once per article)")
    assert per_event[7] == "event types: CONSULT 2, AGREE 1"


def test_fused_pages_and_text_search_on_the_cli(tmp_path: Path) -> None:
    db = _store(tmp_path)
    first = CliRunner().invoke(main, ["--db", str(db), "events", "--fused", "--format",
                                      "jsonl", "--limit", "2", "--order", "newest"])
    assert [json.loads(line)["id"] for line in first.stdout.splitlines()] == [
        "fev-rome-talks", "fev-wire-talks"]
    cursor = first.stderr.strip().rsplit(" ", 1)[1]
    assert first.stderr.startswith("more fused events: add --cursor ")
    rest = fused_events(db, "--limit", "2", "--order", "newest", "--cursor", cursor)
    assert [r["id"] for r in rest] == ["fev-wire-deal"]
    # a fused event is found by the text of any of its mentions' evidence sentences
    assert [r["id"] for r in fused_events(db, "--search", "envoy")] == ["fev-wire-talks"]


def test_a_copy_reporting_the_event_lists_its_original_too(tmp_path: Path) -> None:
    # the copy's new headline codes the talks; the original's own text (quotes) codes none:
    # the copy republishes the original's report, so the original is listed (and counted)
    original = ("Officials in both capitals described Saturday's meeting in Muscat as a useful "
                "first step, and said the delegations would meet again next week.")
    copy = "Iran and US hold talks in Oman\n\n" + original
    with Store(tmp_path / "copy.db") as store:
        store.save(_report("a-orig", "apnews.com", "2025-04-12T15:20:00+00:00", original, ()))
        store.save(_report("a-copy", "abcnews.go.com", "2025-04-12T16:05:00+00:00", copy, (
            _event(copy, "ev-copy-talks", "hold talks", "CONSULT", "040", (IRN, USA), (),
                   "2025-04-12"),)))
        store.db.execute("INSERT OR REPLACE INTO near_duplicates (original_id, article_id, "
                         "similarity, basis) VALUES ('a-orig', 'a-copy', 0.9, 'contains')")
    rows = fused_events(tmp_path / "copy.db")
    assert [(r["articles"], r["near_duplicates"], r["num_articles"], r["num_sources"])
            for r in rows] == [(["a-orig", "a-copy"], [["a-orig", "a-copy"]], 1, 1)]
