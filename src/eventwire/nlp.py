"""The NLP backbone: one spaCy pipeline per process, loaded behind one function."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ModelError
from eventwire.settings import SPACY_MODELS

PARAGRAPH_COMPONENT = "eventwire_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence (titles and datelines have no full stop)."""
    text = doc.text
    position = text.find("\n")
    while position != -1:
        span = doc.char_span(position, position + 1, alignment_mode="expand")
        if span is not None and span.end < len(doc) and doc[span.end - 1].is_space:
            doc[span.end].is_sent_start = True
        position = text.find("\n", position + 1)
    return doc


class CachedLemmatizer:
    """spaCy's rule lemmatizer, computed once per (word, POS, morphology) and set in one
    array operation: the same lemmas as the stock component, without its per-token Python
    loop. Lemmas already set (by the attribute ruler) are kept, as the stock component does."""

    MAX_CACHE = 500_000

    def __init__(self, inner: Callable[[Doc], Doc]) -> None:
        self.inner = inner
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(self.cache) > self.MAX_CACHE:
            self.cache.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [lemma or self.lemma(doc, i, (orth, pos, morph))
                  for i, (orth, pos, morph, lemma) in enumerate(rows)]
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc

    def lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        found = self.cache.get(key)
        if found is None:
            found = doc.vocab.strings.add(self.inner.lemmatize(doc[i])[0])  # type: ignore[attr-defined]
            self.cache[key] = found
        return found


def use_cached_lemmas(nlp: Language) -> None:
    if "lemmatizer" not in nlp.pipe_names:
        return
    stock = nlp.get_pipe("lemmatizer")
    previous = nlp.pipe_names[nlp.pipe_names.index("lemmatizer") - 1]
    nlp.remove_pipe("lemmatizer")
    nlp.add_pipe(CACHED_LEMMAS_COMPONENT, after=previous)
    nlp.get_pipe(CACHED_LEMMAS_COMPONENT).inner = stock


CACHED_LEMMAS_COMPONENT = "eventwire_lemmatizer"


@Language.factory(CACHED_LEMMAS_COMPONENT)
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(inner=lambda doc: doc)  # the stock lemmatizer is set after adding


@lru_cache(maxsize=2)
def load_nlp(model: str = "md") -> Language:
    """Load the pinned spaCy model package once per process (never downloads)."""
    package = SPACY_MODELS.get(model)
    if package is None:
        raise ModelError(f"unknown model {model!r}: use one of {sorted(SPACY_MODELS)}")
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ModelError(
            f"spaCy model package {package!r} is not installed: run `make install` "
            "(it installs the pinned model wheels from requirements/models.txt)"
        ) from exc
    path = module.model_path() if hasattr(module, "model_path") else None
    nlp = spacy.load(path) if path else module.load()
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    use_cached_lemmas(nlp)
    return nlp


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
