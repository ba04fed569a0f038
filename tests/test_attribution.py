"""Attribution beyond speech verbs (issue 13): one statement per attribution, cue classes,
parenthetical and sentence-final cues, noun cues, headline colons, nearest speakers, bylines.

Every sentence here is our own and differs from the evaluation passages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.api import Engine
from eventwire.document import Document
from test_quotes import analyse


def rows(document: Document) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker.name if q.speaker else None,
             q.cue.text if q.cue else None, q.cue_class) for q in document.quotes]


def parts(document: Document) -> list[list[str]]:
    return [[p.text for p in q.parts] for q in document.quotes]


def test_split_quote_is_one_statement_with_parts(engine: Engine) -> None:
    doc = analyse(engine, "Mayor Karen Bass toured the shelter on Monday.\n"
                          "“We will find the money,” Bass told reporters. “Nobody should "
                          "doubt that.”")
    assert [(q.kind, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
            for q in doc.quotes] == [("direct", "Karen Bass", "told")]
    assert parts(doc) == [["We will find the money", "Nobody should doubt that."]]
    quote = doc.quotes[0]
    assert doc.text[quote.start:quote.end] == quote.text and quote.text.startswith("We will")


def test_parenthetical_cue_keeps_both_pieces(engine: Engine) -> None:
    doc = analyse(engine, "Buying the rival airline, Mr. Okafor argued, would double the "
                          "company's routes in Asia.")
    assert rows(doc) == [("indirect", doc.text[:doc.text.rindex(".")], "Okafor", "argued",
                          "speech")]
    assert parts(doc) == [["Buying the rival airline",
                           "would double the company's routes in Asia"]]


def test_sentence_final_cue(engine: Engine) -> None:
    doc = analyse(engine, "The mine will reopen in April, two union officials said.")
    assert rows(doc) == [("indirect", "The mine will reopen in April", "two union officials",
                          "said", "speech")]


@pytest.mark.parametrize(("text", "content", "speaker", "cue", "cue_class"), [
    ("A Gallup survey published Friday shows the governor trailing among older voters.",
     "the governor trailing among older voters", "A Gallup survey", "shows", "evidence"),
    ("An audit by the state comptroller found that the agency overpaid vendors by $3 million.",
     "the agency overpaid vendors by $3 million", "An audit by the state comptroller", "found",
     "evidence"),
    ("Most economists expect the central bank to raise rates again in June.",
     "the central bank to raise rates again in June", "Most economists", "expect", "belief"),
    ("A federal judge ordered the county to count the remaining ballots by Friday.",
     "the county to count the remaining ballots by Friday", "A federal judge", "ordered",
     "order"),
    ("The senator wrote in a letter to the board that the merger would hurt rural patients.",
     "the merger would hurt rural patients", "The senator", "wrote", "writing"),
])
def test_attribution_beyond_speech(engine: Engine, text: str, content: str, speaker: str,
                                   cue: str, cue_class: str) -> None:
    doc = analyse(engine, text)
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None,
             q.cue_class) for q in doc.quotes] == [(content, speaker, cue, cue_class)]


def test_noun_cue(engine: Engine) -> None:
    doc = analyse(engine, "The warning from the health ministry that hospitals were running out "
                          "of oxygen prompted an emergency session.")
    assert rows(doc) == [("indirect", "hospitals were running out of oxygen", "the health ministry",
                          "warning", "speech")]


def test_headline_colon(engine: Engine) -> None:
    doc = analyse(engine, "Pentagon: carrier group will stay in the Gulf\n\n"
                          "WASHINGTON — The aircraft carrier will remain in the region through "
                          "the summer.")
    first = doc.quotes[0]
    assert (first.kind, first.text, first.speaker.name if first.speaker else None,
            first.cue.text if first.cue else None) == \
        ("indirect", "carrier group will stay in the Gulf", "Pentagon", ":")
    assert first.speaker is not None and first.speaker.reason == "headline colon"


def test_headline_labels_are_not_sources(engine: Engine) -> None:
    doc = analyse(engine, "EXCLUSIVE: Mayor plans to sell the old stadium\n\n"
                          "The city council will vote on the sale next month.")
    assert not [q for q in doc.quotes if q.cue is not None and q.cue.text == ":"]


def test_pronoun_goes_to_the_nearest_compatible_subject(engine: Engine) -> None:
    doc = analyse(engine, "Senator Elizabeth Warren will campaign in Iowa this week. Her "
                          "spokeswoman, Claire Dunn, said the senator would hold three town "
                          "halls. She also said that tickets would be free.")
    added = next(q for q in doc.quotes if q.text == "tickets would be free")
    assert added.speaker is not None and added.speaker.name == "Claire Dunn"
    assert added.speaker.reason == "pronoun: nearest compatible subject"


def test_byline_is_never_a_statement_or_speaker(engine: Engine) -> None:
    doc = analyse(engine, "The council approved the budget on Tuesday, the clerk said.\n"
                          "Mark Hollis reports for the Harbor City Ledger.\n"
                          "(Reporting by Ana Silva; Editing by Peter Graff)")
    assert rows(doc) == [("indirect", "The council approved the budget on Tuesday", "the clerk",
                          "said", "speech")]


def test_withheld_statements_are_not_attributions(engine: Engine) -> None:
    doc = analyse(engine, "The coach declined to say whether he would resign. The club has not "
                          "said when the new stadium will open.")
    assert rows(doc) == []


def test_partial_quote_makes_a_mixed_statement(engine: Engine) -> None:
    doc = analyse(engine, "The union said the offer was “an insult to every nurse” and urged "
                          "members to reject it.")
    assert rows(doc)[0] == ("mixed", "the offer was “an insult to every nurse”", "The union",
                            "said", "speech")
    assert not [q for q in doc.quotes if q.kind == "partial"]


def test_cli_quotes_filter_by_cue_class(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    (tmp_path / "a.txt").write_text(
        "Polls tighten in Ohio\n\nA Marist poll released on Tuesday shows the two candidates "
        "tied among likely voters. The governor told supporters that he would win by five "
        "points.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(tmp_path)]).exit_code == 0
    result = runner.invoke(main, ["--db", db, "quotes", "--cue-class", "evidence",
                                  "--format", "json"], catch_exceptions=False)
    rows = json.loads(result.output)
    assert [(r["text"], r["speaker"]["name"], r["kind"], r["cue_class"]) for r in rows] == \
        [("the two candidates tied among likely voters", "A Marist poll", "indirect", "evidence")]
    result = runner.invoke(main, ["--db", db, "quotes", "--cue-class", "speech",
                                  "--format", "json"], catch_exceptions=False)
    assert [r["text"] for r in json.loads(result.output)] == ["he would win by five points"]
    result = runner.invoke(main, ["--db", db, "quotes", "--cue-class", "rumour"])
    assert result.exit_code == 2 and "Invalid value for '--cue-class'" in result.output


def test_reporting_pronoun_skips_names_inside_the_quote(engine: Engine) -> None:
    doc = analyse(engine, "Chancellor Olaf Scholz spoke in Berlin on Monday.\n"
                          "“Nothing moves in Moscow without Vladimir Putin,” he said.")
    assert [(q.speaker.name if q.speaker else None) for q in doc.quotes] == ["Olaf Scholz"]


def test_they_in_reported_speech_is_the_reporting_subject(engine: Engine) -> None:
    doc = analyse(engine, "The Kremlin announced new drills. Western diplomats say they doubt "
                          "the drills are routine.")
    doubt = next(q for q in doc.quotes if q.cue is not None and q.cue.text == "doubt")
    assert doubt.speaker is not None and \
        (doubt.speaker.name, doubt.speaker.reason, doubt.cue_class) == \
        ("Western diplomats", "pronoun: subject of the reporting clause, as written", "belief")


def test_continuity_records_its_reason(engine: Engine) -> None:
    doc = analyse(engine, "Mayor Karen Bass toured the shelter on Monday.\n"
                          "“We will find the money,” Bass told reporters.\n"
                          "“Nobody should doubt that, not for a second.”")
    assert [(q.speaker.name, q.speaker.reason) for q in doc.quotes if q.speaker] == [
        ("Karen Bass", "subject"), ("Karen Bass", "continues the previous quote")]


def speakers(document: Document) -> list[tuple[str, str | None, str | None]]:
    actors = {a.id: a.name for a in document.actors.values()}
    return [(q.speaker.name, actors.get(q.speaker.actor) if q.speaker.actor else None,
             q.speaker.reason) for q in document.quotes if q.speaker is not None]


def test_relative_pronoun_speaker_is_the_noun_its_clause_modifies(engine: Engine) -> None:
    doc = analyse(engine, "Prime Minister Mark Carney, who said the tariffs were unjustified, "
                          "met union leaders in Windsor on Friday.\n"
                          "Pyongyang, which called the exercise a rehearsal for invasion, fired "
                          "two missiles into the sea on Sunday.")
    assert speakers(doc) == [
        ("Mark Carney", "Mark Carney", "subject: relative clause"),
        ("North Korea", "North Korea", "subject: relative clause")]


def test_a_body_of_a_named_state_speaks_for_that_state(engine: Engine) -> None:
    doc = analyse(engine, "Peru's foreign ministry said the ambassador had been recalled.\n"
                          "Ghana's opposition leader said the vote was rigged.\n"
                          "Nigeria's government said the border would reopen on Monday.")
    assert speakers(doc) == [
        ("Peru's foreign ministry", "Peru", "subject, a body of its state"),
        ("Ghanaian opposition leader", "Ghanaian opposition leader", "subject"),
        ("Nigeria's government", "Nigeria", "subject, a body of its state")]
