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

# Written for this test. "appoint" is in no lexicon and no PETRARCH2 pattern, so it is coded
# by the word-vector fallback; its forms have different vectors in en_core_web_md.
TARGET = ("Kenyan President William Ruto appointed Uganda's former army chief as mediator "
          "on Monday.\n")
NEIGHBOURS = [
    "Ghana's parliament appoints two Nigerian judges, the speaker said on Friday.\n",
    "Germany is appointing two French diplomats to the commission, Berlin said.\n",
    "Turkish police arrested three Syrian activists in Istanbul on Sunday.\n",
]


def fresh_engine(engine: Engine) -> Engine:
    """The shared engine's model and data, with an empty vector-neighbour cache."""
    triggers = engine.resources.triggers
    assert triggers.neighbours is not None
    neighbours = VectorNeighbours(triggers.neighbours.coded)
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
    assert '"appointed"' in alone
    assert after == alone
    assert before == alone


def test_vector_fallback_answers_each_verb_form_as_if_it_were_the_first(engine: Engine) -> None:
    nlp = engine.resources.nlp
    neighbours = engine.resources.triggers.neighbours
    assert neighbours is not None
    appoints = nlp("The council appoints two judges.")[2]
    appointed = nlp("The president appointed a judge.")[2]
    first = VectorNeighbours(neighbours.coded)
    expected = first.nearest(appointed)
    later = VectorNeighbours(neighbours.coded)
    later.nearest(appoints)
    assert later.nearest(appointed) == expected
    assert first.nearest(appoints) == VectorNeighbours(neighbours.coded).nearest(appoints)
    assert expected != first.nearest(appoints)  # the forms differ, so a per-lemma cache fails
