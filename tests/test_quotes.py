"""Quotes: marks, direct/indirect/partial statements, speakers, scare quotes, first person."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import KAYHAN, need
from eventwire.api import Engine
from eventwire.document import Document
from eventwire.errors import LexiconError
from eventwire.pipeline import Pipeline
from eventwire.quotes.cues import CueLexicon
from eventwire.readers.build import RawArticle, build_article
from eventwire.stages.quotes import make_quote_stage
from eventwire.structure.layout import paragraphs as text_paragraphs
from eventwire.structure.marks import find_segments


def analyse(engine: Engine, text: str, published: str = "2025-03-01T12:00:00+00:00") -> Document:
    """Run the engine's stages up to and including quotes on one text."""
    stages = engine.pipeline.stages
    upto = [s.name for s in stages].index("quotes") + 1
    raw = RawArticle(body=text, origin="<test>", format="text", published=published)
    document = Document(build_article(raw, engine.reader_context))
    Pipeline(stages[:upto]).run([document])
    return document


def rows(document: Document) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
            for q in document.quotes]


def segments(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_segments(text, text_paragraphs(text))]


# --- marks -----------------------------------------------------------------------------------

def test_marks_ignore_apostrophes_and_keep_nested_single_quotes() -> None:
    text = "He said: “We won’t accept ‘peace’ on their terms.” Iran’s ministers’ view differs."
    assert segments(text) == ["We won’t accept ‘peace’ on their terms."]


def test_marks_straight_quotes_and_trailing_comma() -> None:
    assert segments('"We are ready," he said, "to talk."') == ["We are ready", "to talk."]


def test_marks_continue_over_paragraphs() -> None:
    text = "“First part.\n“Second part,” she said."
    found = find_segments(text, text_paragraphs(text))
    assert [text[s.start:s.end] for s in found] == ["First part.", "Second part"]
    assert found[0].close_at is None and found[1].continues


def test_marks_top_level_single_quotes_in_headline() -> None:
    assert segments("Iran says 'no possibility' of direct talks with US") == ["no possibility"]


def test_cue_lexicon_rejects_malformed_file(tmp_path: Path) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text("classes:\n  speaking: {verbs: [say]}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="class 'speaking' must be one of"):
        CueLexicon.load(path)
    path.write_text("classes:\n  speech: {verbs: say}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="'speech.verbs' must be a list of strings"):
        CueLexicon.load(path)


def test_stage_contract(engine: Engine) -> None:
    stage = make_quote_stage(engine.resources.cues, engine.resources.actors)
    assert (stage.name, stage.needs, stage.adds) == (
        "quotes", ("doc", "actors", "mentions", "paragraphs", "segments", "nlp_text"),
        ("quotes", "actors", "mentions"))


# --- the Kayhan sample ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def kayhan(engine: Engine) -> Document:
    stages = engine.pipeline.stages
    upto = [s.name for s in stages].index("quotes") + 1
    article = next(a for a in engine.read([need(KAYHAN)]))
    document = Document(article)
    Pipeline(stages[:upto]).run([document])
    return document


def test_kayhan_direct_quotes_and_speakers(kayhan: Document) -> None:
    # ten quoted stretches; “A,” Lavrov said. “B.” is one statement with two parts
    direct = [(p.text[:30], q.speaker.name.split()[-1] if q.speaker and q.speaker.name else None)
              for q in kayhan.quotes if q.kind == "direct" for p in q.parts]
    assert len([q for q in kayhan.quotes if q.kind == "direct"]) == 9
    assert direct == [
        ("There will be no possibility o", "Araghchi"),
        ("Regarding the nuclear negotiat", "Araghchi"),
        ("We’re convinced that the tool ", "Lavrov"),
        ("It cannot be neglected — it mu", "Lavrov"),
        ("On the nuclear issue, we will ", "Araghchi"),
        ("Iran wants peace, stability, p", "Araghchi"),
        ("we will do our utmost to ensur", "Lavrov"),
        ("Yesterday’s event at the UN Ge", "Lavrov"),
        ("Trade exchanges between Iran a", "Lavrov"),
        ("Construction has begun, suppor", "Lavrov"),
    ]


def test_kayhan_cues_and_text_slices(kayhan: Document) -> None:
    for quote in kayhan.quotes:
        assert kayhan.text[quote.start:quote.end] == quote.text
        if quote.cue is not None:
            assert kayhan.text[quote.cue.start:quote.cue.end] == quote.cue.text
    added = next(q for q in kayhan.quotes if q.text.startswith("On the nuclear issue"))
    assert added.cue is not None and added.cue.text == "added"


def test_kayhan_scare_quote_is_not_a_statement(kayhan: Document) -> None:
    assert not any("maximum pressure" == q.text for q in kayhan.quotes)


def test_kayhan_partial_quote_makes_its_statement_mixed(kayhan: Document) -> None:
    mixed = next(q for q in kayhan.quotes if "“very close”" in q.text)
    assert (mixed.kind, mixed.text) == \
        ("mixed", "Iran and Russia’s positions on Syria remain “very close”")
    assert mixed.speaker is not None and mixed.speaker.name == "Abbas Araghchi"
    # a partial quote left is one no statement holds: “detailed and constructive” discussions
    assert [(q.text, q.parent) for q in kayhan.quotes if q.kind == "partial"] == \
        [("detailed and constructive", None)]


def test_kayhan_first_person_resolves_to_speakers_state(kayhan: Document) -> None:
    first = [(m.text, m.actor) for m in kayhan.mentions if m.how == "first_person"]
    assert first[:3] == [("us", "IRN"), ("We", "IRN"), ("We", "RUS")]
    assert ("our", "RUS") in first


def test_quote_ids_are_stable(engine: Engine, kayhan: Document) -> None:
    article = next(a for a in engine.read([need(KAYHAN)]))
    again = Document(article)
    stages = engine.pipeline.stages
    Pipeline(stages[:[s.name for s in stages].index("quotes") + 1]).run([again])
    assert [q.id for q in again.quotes] == [q.id for q in kayhan.quotes]


# --- patterns --------------------------------------------------------------------------------

def parts(document: Document) -> list[tuple[str, list[str], str | None]]:
    return [(q.kind, [p.text for p in q.parts], q.speaker.name if q.speaker else None)
            for q in document.quotes]


def test_split_quote_with_cue_inside(engine: Engine) -> None:
    doc = analyse(engine, "US Secretary of State Antony Blinken visited Cairo on Monday.\n"
                          "“The ceasefire must hold,” Blinken said, “and every party must "
                          "make sure it does.”", published="2024-06-10T12:00:00+00:00")
    assert parts(doc) == [("direct", ["The ceasefire must hold",
                                      "and every party must make sure it does."],
                           "Antony Blinken")]
    assert doc.quotes[0].cue is not None and doc.quotes[0].cue.text == "said"


def test_split_quote_over_two_sentences(engine: Engine) -> None:
    doc = analyse(engine, '"We have made progress," Rafael Grossi said. "But the road is long."')
    assert parts(doc) == [("direct", ["We have made progress", "But the road is long."],
                           "Rafael Grossi")]
    assert doc.quotes[0].text == 'We have made progress," Rafael Grossi said. "But the road ' \
        'is long.'


def test_quote_continued_over_paragraphs_takes_the_closing_cue(engine: Engine) -> None:
    doc = analyse(engine, "Turkish Foreign Minister Hakan Fidan spoke in Ankara.\n"
                          "“Our region has suffered enough.\n“We call for talks,” Fidan said.")
    assert parts(doc) == [("direct", ["Our region has suffered enough.", "We call for talks"],
                           "Hakan Fidan")]


def test_colon_cue_and_pronoun_speaker(engine: Engine) -> None:
    doc = analyse(engine, "Chinese Foreign Minister Wang Yi spoke in Beijing. He told them: "
                          "“China opposes sanctions. Dialogue is the way.”")
    assert rows(doc) == [("direct", "China opposes sanctions. Dialogue is the way.", "Wang Yi",
                          "told")]


def test_he_added_continues_the_previous_speaker(engine: Engine) -> None:
    doc = analyse(engine, "Russian President Vladimir Putin received Indian Prime Minister "
                          "Narendra Modi.\n\"India and Russia stand together,\" Modi said. "
                          "\"This friendship depends on no one,\" he added.")
    assert [r[2] for r in rows(doc)] == ["Narendra Modi", "Narendra Modi"]


def test_continuity_needs_a_speaker_a_reader_can_name(engine: Engine) -> None:
    doc = analyse(engine, "Protesters gathered outside the parliament in Tbilisi on Sunday.\n"
                          "\"We are not going home until our voices are heard.\"")
    assert rows(doc) == [("direct", "We are not going home until our voices are heard.",
                          None, None)]


def test_according_to_and_unknown_speaker_named_as_written(engine: Engine) -> None:
    doc = analyse(engine, "The two leaders will meet in Riyadh next month, according to a "
                          "senior Saudi official.")
    assert rows(doc) == [("indirect", "The two leaders will meet in Riyadh next month",
                          "a senior Saudi official", "according to")]


def test_indirect_said_that_and_adding_that(engine: Engine) -> None:
    doc = analyse(engine, "Hakan Fidan said that Turkey would host the next round, adding that "
                          "both delegations had accepted.")
    assert rows(doc) == [
        ("indirect", "Turkey would host the next round", "Hakan Fidan", "said"),
        ("indirect", "both delegations had accepted", "Hakan Fidan", "adding"),
    ]


@pytest.mark.parametrize("text", [
    "The sanctions followed Washington's “maximum pressure” campaign against Tehran.",
    "The memoir, “The Long Road to Vienna”, sold out in London.",
    "The so-called “humanitarian pause” lasted three hours.",
    "For the villagers, the “ceasefire” has meant nightly drone attacks.",
    "Crowds in Tehran chanted “Death to America” outside the former US embassy.",
    "Donald Trump said the “deal of the century” was still on the table.",
])
def test_scare_quotes_and_titles_are_never_statements(engine: Engine, text: str) -> None:
    doc = analyse(engine, text)
    assert not [q for q in doc.quotes if q.kind in ("direct", "partial")]


def test_speech_act_partial(engine: Engine) -> None:
    doc = analyse(engine, "British Foreign Secretary David Lammy called the strike “a reckless "
                          "escalation” that endangered civilians.")
    assert rows(doc) == [("mixed", "the strike “a reckless escalation” that endangered civilians",
                          "David Lammy", "called")]
