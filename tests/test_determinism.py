"""An article's report depends on its text alone: not on the other articles in its batch,
nor on what the process analysed before it (so a resumed ingest, another batch size or
another number of workers gives the same records)."""

from __future__ import annotations

import dataclasses
import json

from eventwire.api import Engine, default_stages
from eventwire.lexicon.patterns import VectorNeighbours
from eventwire.pipeline import Pipeline
from eventwire.readers.build import RawArticle, build_article

# Written for this test. "pummel" is in no lexicon and no PETRARCH2 pattern, so it is coded
# by the word-vector fallback; its forms have different vectors in en_core_web_md.
TARGET = "Somali militants pummeled two Kenyan police officers in Mandera on Monday.\n"
NEIGHBOURS = [
    "Ghana's parliament appoints two Nigerian judges, the speaker said on Friday.\n",
    "Germany is appointing two French diplomats to the commission, Berlin said.\n",
    "Turkish police arrested three Syrian activists in Istanbul on Sunday.\n",
]


def fresh_engine(engine: Engine) -> Engine:
    """The shared engine's model and data, with an empty vector-neighbour cache."""
    triggers = engine.resources.triggers
    assert triggers.neighbours is not None
    neighbours = VectorNeighbours(triggers.neighbours.coded,
                                  families=triggers.neighbours.families)
    resources = dataclasses.replace(
        engine.resources, triggers=dataclasses.replace(triggers, neighbours=neighbours))
    return Engine(resources, Pipeline(tuple(default_stages(resources))))


def report_json(engine: Engine, texts: list[str], index: int) -> str:
    items = [build_article(RawArticle(body=text, origin=f"{text.split()[0]}.txt", format="text"),
                           engine.reader_context) for text in texts]
    reports = list(engine.analyse(items))
    return json.dumps(reports[index].to_dict(), sort_keys=True)


def test_an_article_alone_and_after_other_articles_gives_the_same_report(engine: Engine) -> None:
    alone = report_json(fresh_engine(engine), [TARGET], 0)
    after = report_json(fresh_engine(engine), [*NEIGHBOURS, TARGET], len(NEIGHBOURS))
    before = report_json(fresh_engine(engine), [TARGET, *NEIGHBOURS[::-1]], 0)
    assert '"pummeled"' in alone
    assert after == alone
    assert before == alone


def test_vector_fallback_gives_every_form_of_a_verb_one_answer(engine: Engine) -> None:
    """The lemma's vector is compared, not the form's ("pummeled" and "pummel" have different
    vectors in en_core_web_md), so the answer does not depend on which form came first."""
    nlp = engine.resources.nlp
    neighbours = engine.resources.triggers.neighbours
    assert neighbours is not None
    pummels = nlp("Gunmen pummel a guard.")[1]
    pummeled = nlp("Gunmen pummeled two guards.")[1]
    assert pummeled.lemma_ == pummels.lemma_ == "pummel"
    assert not (pummeled.vector == pummels.vector).all()
    first = VectorNeighbours(neighbours.coded, families=neighbours.families)
    expected = first.nearest(pummeled)
    later = VectorNeighbours(neighbours.coded, families=neighbours.families)
    assert later.nearest(pummels) == expected == ("clobber", "190", 1.0)
