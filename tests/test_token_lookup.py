"""The per-document look-ups the stages share give what spaCy's own properties give."""

from __future__ import annotations

from eventwire.api import Engine
from eventwire.token_lookup import children_of, read_sentences_once, sentence_bounds

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
