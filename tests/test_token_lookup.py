"""The per-document look-ups the stages share give what spaCy's own properties give."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire import token_lookup
from eventwire.api import Engine
from eventwire.document import Document
from eventwire.events.matching import candidate_at
from eventwire.models import Article
from eventwire.pipeline import Pipeline, Stage
from eventwire.token_lookup import (
    children_of,
    conjuncts_of,
    read_sentences_once,
    sentence_bounds,
)

TEXT = ("Iran rejected direct talks on Tuesday. \"We will not negotiate under pressure,\" "
        "the foreign minister said in Tehran, adding that Moscow and Beijing had backed "
        "the plan. Talks? None.\n\nThe envoy left")


def test_sentence_hook_gives_spacys_sentences(engine: Engine) -> None:
    plain = engine.resources.nlp(TEXT)
    hooked = engine.resources.nlp(TEXT)
    read_sentences_once(hooked)
    assert "sent" in hooked.user_token_hooks and "sent" not in plain.user_token_hooks
    expected = [(t.sent.start, t.sent.end, t.sent.text) for t in plain]
    assert [(t.sent.start, t.sent.end, t.sent.text) for t in hooked] == expected
    assert [s.start for s in plain.sents] == sorted({start for start, _, _ in expected})
    first, end = sentence_bounds(hooked)
    assert first[0] == 0 and end[-1] == len(hooked)


def test_sentence_hook_needs_sentences(engine: Engine) -> None:
    doc = engine.resources.nlp.make_doc("no parse here")  # no sentence annotation
    read_sentences_once(doc)
    assert "sent" not in doc.user_token_hooks


def test_children_of_gives_spacys_children(engine: Engine) -> None:
    doc = engine.resources.nlp(TEXT)
    other = engine.resources.nlp("Moscow backed the plan.")
    for token in doc:
        assert [c.i for c in children_of(token)] == [c.i for c in token.children]
        assert children_of(token) is children_of(token)  # read once
    # another document's tokens are not mixed up with the first one's
    assert [c.text for c in children_of(other[1])] == ["Moscow", "plan", "."]
    assert [c.text for c in children_of(doc[1])] == [c.text for c in doc[1].children]


def test_conjuncts_of_gives_spacys_conjuncts_once_per_document(engine: Engine) -> None:
    doc = engine.resources.nlp("Iran, Iraq and Syria condemned the strike and the raid.")
    assert [(t.i, [c.text for c in conjuncts_of(t)]) for t in doc if conjuncts_of(t)] == [
        (0, ["Iraq", "Syria"]), (2, ["Iran", "Syria"]), (4, ["Iran", "Iraq"]),
        (7, ["raid"]), (10, ["strike"])]
    assert all(conjuncts_of(t) == t.conjuncts for t in doc)
    assert conjuncts_of(doc[0]) is conjuncts_of(doc[0])  # read once
    other = engine.resources.nlp("Peru and Chile met.")
    assert [c.text for c in conjuncts_of(other[0])] == ["Chile"]


RETOKENIZED = ("Chile recalled its envoy to Lima on Monday. The foreign ministry gave no reason. "
               "Peru said nothing.")


def _merge_first_three(doc: Doc) -> Doc:
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])  # "Chile recalled its" as one token: every index after it moves
    return doc


def test_document_from_engine_gives_spacys_sentences_after_retokenize(engine: Engine) -> None:
    """A Doc handed to a caller has no hook and no cache left from the pipeline: a caller who
    changes the parse reads spaCy's own sentences and children, not the pipeline's."""
    article = next(engine.read_bytes(RETOKENIZED.encode(), "chile.txt"))
    assert isinstance(article, Article)
    doc = engine.document(article).doc
    assert doc is not None
    _merge_first_three(doc)
    plain = _merge_first_three(engine.resources.nlp(RETOKENIZED))
    assert [(t.text, t.sent.start, t.sent.end) for t in doc] == [
        (t.text, t.sent.start, t.sent.end) for t in plain]
    assert [(t.text, t.sent.start, t.sent.end) for t in doc][5:9] == [
        ("Monday", 0, 7), (".", 0, 7), ("The", 7, 14), ("foreign", 7, 14)]
    assert [s.text for s in doc.sents] == [
        "Chile recalled its envoy to Lima on Monday.", "The foreign ministry gave no reason.",
        "Peru said nothing."]
    assert [[c.i for c in children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    assert [conjuncts_of(t) for t in doc] == [t.conjuncts for t in doc]
    assert "sent" not in doc.user_token_hooks


def test_trigger_candidates_are_read_once_per_document_and_released(engine: Engine) -> None:
    lexicon = engine.resources.triggers
    doc = engine.resources.nlp("Chile expelled the Peruvian ambassador on Monday.")
    expelled = candidate_at(doc[1], lexicon)
    assert expelled is not None and (expelled.token.text, expelled.meaning) == (
        "expelled", "expel")
    assert candidate_at(doc[1], lexicon) is expelled  # worked out once
    other = engine.resources.nlp("Peru expelled the Chilean ambassador.")
    found = candidate_at(other[1], lexicon)  # another document's own
    assert found is not expelled and found is not None and found.token.doc is other
    # a Doc handed to a caller keeps no candidate of the pipeline's: after a retokenize the
    # tokens' candidates are the changed parse's
    article = next(engine.read_bytes(RETOKENIZED.encode(), "chile.txt"))
    assert isinstance(article, Article)
    handed = engine.document(article).doc
    assert handed is not None
    _merge_first_three(handed)
    plain = _merge_first_three(engine.resources.nlp(RETOKENIZED))
    assert [(c.token.i, c.meaning) if (c := candidate_at(t, lexicon)) else None
            for t in handed] == [(c.token.i, c.meaning) if (c := candidate_at(t, lexicon))
                                  else None for t in plain]


def test_pipeline_releases_a_document_when_a_stage_fails(engine: Engine) -> None:
    stages = engine.pipeline.stages
    upto_parse = stages[:[s.name for s in stages].index("parse") + 1]

    def fail(document: Document) -> None:
        assert document.doc is not None
        children_of(document.doc[1])  # cached before the failure
        candidate_at(document.doc[1], engine.resources.triggers)
        raise RuntimeError("stage broke")

    article = next(engine.read_bytes(RETOKENIZED.encode(), "chile.txt"))
    assert isinstance(article, Article)
    document = Document(article)
    pipeline = Pipeline((*upto_parse, Stage("broken", needs=("doc",), adds=(), run=fail)))
    with pytest.raises(RuntimeError, match="stage broke"):
        pipeline.run([document])
    assert document.doc is not None and "sent" not in document.doc.user_token_hooks
    assert token_lookup._CHILDREN[0] is None
    assert token_lookup._MEMOS[0] is None


def test_compiled_stage_code_reads_conjuncts_only_through_conjuncts_of() -> None:
    # spaCy's stub types Token.conjuncts as a one-token tuple; mypyc-compiled code checks that
    # at run time and fails on any token with two or more conjuncts (seen: every article
    # with a coordinated deed failed as "internal error: TypeError: tuple[object] object
    # expected"), so the attribute is read in one place, through Any
    from pathlib import Path

    root = Path(token_lookup.__file__).parent
    offenders = sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                       if p.name != "token_lookup.py" and ".conjuncts" in p.read_text("utf-8"))
    assert offenders == []
