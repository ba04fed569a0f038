"""The NLP backbone: pinned model, our components give the stock annotations faster."""

from __future__ import annotations

import pytest

from conftest import DEMO
from eventwire.nlp import (
    CACHED_ATTRIBUTES_COMPONENT,
    CACHED_LEMMAS_COMPONENT,
    NOMINAL_VERBS_COMPONENT,
    PARAGRAPH_COMPONENT,
    load_nlp,
    load_stock,
)


def test_pipeline_components_and_model() -> None:
    nlp = load_nlp("md")
    assert nlp.pipe_names == ["tok2vec", "tagger", PARAGRAPH_COMPONENT, "parser",
                              CACHED_ATTRIBUTES_COMPONENT, CACHED_LEMMAS_COMPONENT, "ner",
                              NOMINAL_VERBS_COMPONENT]
    assert (nlp.meta["name"], nlp.meta["version"]) == ("core_web_md", "3.8.0")
    assert load_nlp("md") is nlp  # loaded once per process


def test_cached_lemmas_equal_the_stock_lemmatizer() -> None:
    nlp = load_nlp("md")
    cached = nlp.get_pipe(CACHED_LEMMAS_COMPONENT)
    texts = [p.read_text("utf-8") for p in sorted(DEMO.glob("*.txt"))[:6]]
    with nlp.select_pipes(disable=[CACHED_LEMMAS_COMPONENT]):
        stock = [[t.lemma_ for t in cached.inner(d)] for d in nlp.pipe(texts)]
        ours = [[t.lemma_ for t in cached(d)] for d in nlp.pipe(texts)]
    assert ours == stock


def annotations(doc) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_type_)
            for t in doc]


@pytest.mark.slow  # loads a second, stock model and parses twelve articles: 15-30 s
def test_cached_components_give_the_stock_annotations() -> None:
    stock = load_stock("md")
    stock.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    stock.add_pipe(NOMINAL_VERBS_COMPONENT, last=True)
    texts = [p.read_text("utf-8") for p in sorted(DEMO.glob("*.txt"))[6:12]]
    texts.append("There is no deal. I ain't gonna sign it, we wanna talk, she said.")
    ours = [annotations(d) for d in load_nlp("md").pipe(texts)]
    assert ours == [annotations(d) for d in stock.pipe(texts)]


def test_line_breaks_end_sentences() -> None:
    doc = load_nlp("md")("Talks Resume In Geneva\n\nNegotiators met again on Monday")
    assert [s.text.strip() for s in doc.sents] == ["Talks Resume In Geneva",
                                                   "Negotiators met again on Monday"]


def test_line_breaks_found_in_whitespace_tokens_of_every_kind() -> None:
    # a line break alone, doubled, after a space, before a space, after a carriage return,
    # at the very end and at the very start: each starts the next word's sentence
    text = ("\nHeadline Here\nFirst line ends\n\nSecond starts \nThird\r\nFourth\n Fifth "
            "goes on\n")
    doc = load_nlp("md")(text)
    starts = [t.text for t in doc if t.is_sent_start and not t.is_space]
    assert starts == ["Headline", "First", "Second", "Third", "Fourth", "Fifth"]


def test_nominal_verbs_are_nouns_for_every_stage() -> None:
    nlp = load_nlp("md")
    text = ("The Foreign Office summoned India’s chargé d’affaires to lodge a protest. "
            "Rescuers evacuated the wounded.")
    with nlp.select_pipes(disable=[NOMINAL_VERBS_COMPONENT]):
        parsed = nlp(text)
    fixed = nlp(text)
    assert [(t.text, t.tag_, t.pos_, f.pos_) for t, f in zip(parsed, fixed, strict=True)
            if t.pos_ != f.pos_] == [("d’affaires", "VBZ", "VERB", "NOUN"),
                                     ("wounded", "VBN", "VERB", "NOUN")]


def test_multi_token_patterns_run_only_where_one_can_start() -> None:
    nlp = load_nlp("md")
    ruler = nlp.get_pipe(CACHED_ATTRIBUTES_COMPONENT)
    assert ruler.starts is not None  # the pinned model's first tokens are all required
    seen: list[str] = []
    multi = ruler.multi
    ruler.multi = lambda doc: seen.append(doc.text) or multi(doc)
    try:
        plain = nlp("Negotiators met in Geneva on Monday.")
        there = nlp("There is no deal, and I ain't gonna sign it.")
    finally:
        ruler.multi = multi
    assert seen == ["There is no deal, and I ain't gonna sign it."]
    assert [(t.text, t.lemma_, t.pos_) for t in plain][:2] == [("Negotiators", "negotiator",
                                                                "NOUN"), ("met", "meet", "VERB")]
    # what the multi-token patterns set: "There is" → VERB, "ai" → be, "gon na" → go to
    assert [(t.text, t.lemma_, t.pos_) for t in there if t.text in ("is", "ai", "gon", "na")] == [
        ("is", "be", "VERB"), ("ai", "be", "AUX"), ("gon", "go", "VERB"), ("na", "to", "PART")]


def test_word_classes_give_what_the_patterns_give() -> None:
    """Keys taken from a class seen before get what putting each word through the patterns
    gives (a fresh ruler without classes), token for token."""
    nlp = load_nlp("md")
    ruler = nlp.get_pipe(CACHED_ATTRIBUTES_COMPONENT)
    texts = [p.read_text("utf-8") for p in sorted(DEMO.glob("*.txt"))[:4]]
    texts.append("Y'all ain't seen nothin' yet: the Lords' vote came in at 10:30 p.m.\n\n"
                 "That's it.")
    with nlp.select_pipes(disable=[CACHED_ATTRIBUTES_COMPONENT, CACHED_LEMMAS_COMPONENT,
                                   "ner", NOMINAL_VERBS_COMPONENT]):
        parsed = list(nlp.pipe(texts))
    classes, cache, by_class = ruler.classes, dict(ruler.cache), dict(ruler.by_class)
    assert classes is not None
    try:
        ruler.cache.clear()
        ruler.by_class.clear()
        with_classes = [annotations(ruler(d.copy())) for d in parsed]
        assert ruler.by_class and len(ruler.by_class) < len(ruler.cache)  # classes were shared
        ruler.classes = None
        ruler.cache.clear()
        one_by_one = [annotations(ruler(d.copy())) for d in parsed]
    finally:
        ruler.classes = classes
        ruler.cache.clear()
        ruler.cache.update(cache)
        ruler.by_class.clear()
        ruler.by_class.update(by_class)
    assert with_classes == one_by_one


def test_word_classes_only_for_patterns_they_decide() -> None:
    from eventwire.nlp import WordClass

    strings = load_nlp("md").vocab.strings
    decided = WordClass.of(strings, [{"TAG": "NN"}, {"LOWER": {"IN": ["us", "them"]}},
                                     {"LOWER": {"REGEX": "^y'?$"}, "DEP": "nsubj"}])
    assert decided is not None and decided.forms == {"us", "them"}
    assert WordClass.of(strings, [{"TAG": "NN"}, {"ORTH": "US"}]) is None  # case differs in a key
    assert WordClass.of(strings, [{"LOWER": {"FUZZY": "them"}}]) is None
    assert WordClass.of(strings, [{"LOWER": "us", "OP": "?"}]) is None
    key = (strings.add("y'"), strings.add("PRP"), strings.add("nsubj"))
    assert decided(key) == (strings["PRP"], strings["nsubj"], False, None, True)
