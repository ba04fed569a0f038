"""Coreference: pronouns, role descriptions, surnames and pair phrases → actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import KAYHAN, need
from eventwire.api import Engine
from eventwire.document import Document
from eventwire.errors import LexiconError
from eventwire.lexicon.names import GivenNames
from eventwire.pipeline import Pipeline
from eventwire.readers.build import RawArticle, build_article
from eventwire.stages.coref import make_coref_stage

ADDED = ("pronoun", "role", "alias", "pair")


def run_to_coref(engine: Engine, document: Document) -> Document:
    stages = engine.pipeline.stages
    Pipeline(stages[:[s.name for s in stages].index("coref") + 1]).run([document])
    return document


def analyse(engine: Engine, text: str) -> Document:
    raw = RawArticle(body=text, origin="<test>", format="text",
                     published="2025-03-01T12:00:00+00:00")
    article = build_article(raw, engine.reader_context)
    return run_to_coref(engine, Document(article))


def resolved(document: Document, how: tuple[str, ...] = ("pronoun", "role", "pair")
             ) -> list[tuple[str, str]]:
    """(mention text, actor surname or id) for pronoun/description/pair mentions, in order."""
    out = []
    for m in document.mentions:
        if m.how in how:
            actor = document.actors[m.actor]
            out.append((m.text, actor.name.split()[-1] if actor.kind == "person" else actor.id))
    return out


@pytest.fixture(scope="module")
def kayhan(engine: Engine) -> Document:
    article = next(a for a in engine.read([need(KAYHAN)]))
    return run_to_coref(engine, Document(article))


def around(document: Document, needle: str, word: str) -> set[str]:
    """Actors (surname or id) of the coref mentions of ``word`` inside the sentence ``needle``."""
    start = document.text.index(needle)
    end = start + len(needle)
    return {document.actors[m.actor].name.split()[-1]
            if document.actors[m.actor].kind == "person" else m.actor
            for m in document.mentions
            if start <= m.start < end and m.text == word and m.how in ADDED}


def test_stage_contract(engine: Engine) -> None:
    stage = make_coref_stage(engine.resources.actors, engine.resources.names)
    assert (stage.name, stage.needs, stage.adds) == (
        "coref", ("doc", "actors", "mentions", "segments"), ("actors", "mentions"))


def test_kayhan_descriptions(kayhan: Document) -> None:
    assert around(kayhan, "The Iranian foreign minister praised", "The Iranian foreign minister") \
        == {"Araghchi"}
    assert around(kayhan, "The Russian diplomat’s visit", "The Russian diplomat") == {"Lavrov"}
    assert around(kayhan, "The Russian foreign minister said", "The Russian foreign minister") \
        == {"Lavrov"}
    assert around(kayhan, "The Russian minister also", "The Russian minister") == {"Lavrov"}


def test_kayhan_pronouns(kayhan: Document) -> None:
    assert around(kayhan, "Araghchi said he had briefed", "he") == {"Araghchi"}
    assert around(kayhan, "comes one week after he met", "he") == {"Lavrov"}
    assert around(kayhan, "He praised the rapid progress", "He") == {"Araghchi"}
    assert around(kayhan, "Lavrov, for his part", "his") == {"Lavrov"}
    assert around(kayhan, "facing sanctions over its war", "its") == {"RUS"}
    assert around(kayhan, "underpinning their economic", "their") == {"Pezeshkian", "Putin"}


def test_kayhan_pair_and_surnames(kayhan: Document) -> None:
    assert around(kayhan, "said both sides agreed", "both sides") == {"IRN", "RUS"}
    assert around(kayhan, "Araghchi said Iran and Russia", "Araghchi") == {"Araghchi"}


def test_pronouns_inside_quotes_are_left_alone(kayhan: Document) -> None:
    quote = "“We’re convinced that the tool of diplomacy remains,”"
    start = kayhan.text.index(quote)
    assert not [m for m in kayhan.mentions
                if start <= m.start < start + len(quote) and m.how == "pronoun"]


def test_she_goes_to_the_woman_he_to_the_man(engine: Engine) -> None:
    doc = analyse(engine, "Australian Foreign Minister Penny Wong met Chinese Foreign Minister "
                          "Wang Yi in Canberra. She said the talks were useful. He said China "
                          "valued the relationship.")
    assert resolved(doc) == [("She", "Wong"), ("He", "Yi")]


def test_object_pronoun_is_not_its_own_subject(engine: Engine) -> None:
    doc = analyse(engine, "Hakan Fidan met Abbas Araghchi in Ankara. Fidan praised him.")
    assert resolved(doc) == [("him", "Araghchi")]


def test_possessive_state_description(engine: Engine) -> None:
    doc = analyse(engine, "Abbas Araghchi travelled to Muscat on Sunday. Iran's foreign "
                          "minister said the talks would continue.")
    assert ("Iran's foreign minister", "Araghchi") in resolved(doc)


def test_two_countries_is_the_pair_in_focus(engine: Engine) -> None:
    doc = analyse(engine, "Iran and Russia signed a treaty in Moscow. The two countries will "
                          "expand trade.")
    assert around(doc, "The two countries will", "The two countries") == {"IRN", "RUS"}


def test_no_antecedent_no_mention(engine: Engine) -> None:
    doc = analyse(engine, "He said the talks had failed. They will meet again.")
    assert resolved(doc) == []


def test_given_names_loader(tmp_path: Path) -> None:
    names = GivenNames.load()
    assert names.gender("Abbas Araghchi") == "male"
    assert names.gender("Penny Wong") == "female"
    path = tmp_path / "names.tsv"
    path.write_text("name\tgender\nKim\tunisex\nZara\tf\n", encoding="utf-8")
    extra = GivenNames.load([path])
    assert (extra.gender("Kim"), extra.gender("Zara Smith")) == (None, "female")
    path.write_text("name\tgender\nZara\tfemale\nBob\tyes\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="line 3"):
        GivenNames.load([path])
