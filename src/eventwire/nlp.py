"""The NLP backbone: one spaCy pipeline per process, loaded behind one function."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS  # type: ignore[import-not-found]
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

from eventwire.errors import ModelError
from eventwire.settings import SPACY_MODELS

PARAGRAPH_COMPONENT = "eventwire_paragraphs"
NOMINAL_VERBS_COMPONENT = "eventwire_nominal_verbs"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence (titles and datelines have no full stop).

    spaCy keeps only a single space as a token's trailing whitespace, so every line break is
    in the text of a whitespace token: those are found in the token table, without rebuilding
    ``doc.text`` (a Token object per word)."""
    count = len(doc)
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 < count and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
            # nor does a paragraph's first word make a sentence of its own: after a blanked
            # dateline ("PARIS – France will withdraw …" → spaces) the parser otherwise may
            # cut "France" off its verb
            if i + 2 < count and not doc[i + 2].is_space:
                doc[i + 2].is_sent_start = False
    return doc


# spaCy sometimes tags an event noun as a verb ("rejected a United Nations appeal",
# "appeal/VERB/dobj"): a "verb" that fills a nominal slot and has a determiner or a compound
# is a noun. Fixed once, as the last component, so every stage reads the same parse.
NOMINAL_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos"}
BARE_TAGS = {"VB", "VBP", "VBZ", "NN"}
PARTICIPLE_TAGS = {"VBN", "VBD"}
NOUN_MARKERS = {"det", "compound", "poss", "amod", "nummod"}
VERB_POS = POS_IDS["VERB"]


@Language.component(NOMINAL_VERBS_COMPONENT)
def retag_nominal_verbs(doc: Doc) -> Doc:
    """Re-tag as NOUN the "verbs" that fill a nominal slot with a determiner or compound."""
    strings = doc.vocab.strings
    tags = {strings.add(t) for t in BARE_TAGS | PARTICIPLE_TAGS}
    deps = {strings.add(d) for d in NOMINAL_DEPS}
    rows = doc.to_array([TAG, POS, DEP]).tolist()  # one read, not a Token per word
    for i, (tag, pos, dep) in enumerate(rows):
        if tag not in tags or pos != VERB_POS or dep not in deps:
            continue
        token = doc[i]
        left = [c for c in token.children if c.i < token.i]
        if any(c.dep_ in NOUN_MARKERS and c.pos_ != "AUX" for c in left) and not any(
                c.dep_ in ("aux", "nsubj", "dobj") for c in token.children):
            token.pos_ = "NOUN"
        elif token.tag_ in PARTICIPLE_TAGS and any(c.dep_ == "det" and c.lower_ == "the"
                                                   for c in left) and not list(token.rights):
            token.pos_ = "NOUN"  # "evacuated the wounded"
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
        column = numpy.array(lemmas, dtype="uint64").reshape(-1, 1)
        doc.from_array([LEMMA], column)  # type: ignore[arg-type]  # a uint64 array is Ints2d
        return doc

    def lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        found = self.cache.get(key)
        if found is None:
            found = doc.vocab.strings.add(self.inner.lemmatize(doc[i])[0])  # type: ignore[attr-defined]
            self.cache[key] = found
        return found


class CachedAttributeRuler:
    """spaCy's attribute ruler (tag → POS, morphology, lemma exceptions), computed once per
    (word, tag, dependency) and set in one array operation. Single-token patterns look at that
    token only (LOWER, TAG, DEP, IS_SPACE), so their result is cached; the few multi-token
    patterns ("there is" → VERB, "gon na") run afterwards in a small ruler of their own.
    A document's new keys are computed together: its first token of each new key, one word
    each, in one small document through the single-token patterns (what each word alone
    gets: no pattern spans two tokens there, and each match sets only its own token).

    The multi-token patterns run only on a document where one of them can start: each key
    also caches whether its word, as the single-token patterns leave it, fits the first token
    of some multi-token pattern (a match needs its first token). That test is exact when
    every such first token is required (no ``OP``) and reads only attributes the key decides
    (:data:`START_ATTRS`); otherwise every document goes through them, as before.

    A new key whose :class:`WordClass` was seen before takes that class's result without a
    pass through the patterns: words that every pattern tests alike get the same attributes
    (the patterns set constants). Most keys of a document after the first few are new words
    of known classes."""

    MAX_CACHE = 500_000
    KEYS = (LOWER, TAG, DEP)
    # what a word's key decides once the single-token patterns have run on it (whitespace is
    # whitespace in either case); not ORTH, NORM or shape, which differ within one key
    START_ATTRS = frozenset({"LOWER", "TAG", "DEP", "POS", "MORPH", "LEMMA", "IS_SPACE"})

    def __init__(self, inner: Callable[[Doc], Doc]) -> None:
        self.inner = inner
        self.single: Callable[[Doc], Doc] = inner
        self.multi: Callable[[Doc], Doc] = lambda doc: doc
        # the multi-token patterns' first tokens (None: cannot tell, every document is matched)
        self.starts: Matcher | None = None
        self.cache: dict[tuple[int, int, int], tuple[tuple[int, int, int], str, bool]] = {}
        self.classes: WordClass | None = None  # None: every new key goes through the patterns
        self.by_class: dict[tuple[object, ...], tuple[tuple[int, int, int], str, bool]] = {}

    def learn_patterns(self, nlp: Language, patterns: list[dict]) -> None:  # type: ignore[type-arg]
        multi = [p for p in patterns if any(len(pattern) > 1 for pattern in p["patterns"])]
        single = [p for p in patterns if p not in multi]  # in their order: later ones win
        ruler = AttributeRuler(nlp.vocab)
        ruler.add_patterns(multi)
        self.multi = ruler
        alone = AttributeRuler(nlp.vocab)
        alone.add_patterns(single)
        self.single = alone
        firsts = [pattern[0] for p in multi for pattern in p["patterns"]]
        self.starts = None
        if firsts and all(isinstance(first, dict) and first and {
                str(k).upper() for k in first} <= self.START_ATTRS for first in firsts):
            self.starts = Matcher(nlp.vocab)
            self.starts.add("start", [[first] for first in firsts])
        specs = [pattern[0] for p in single for pattern in p["patterns"]]
        self.classes = WordClass.of(nlp.vocab.strings, specs + firsts)
        self.cache.clear()
        self.by_class.clear()

    def __call__(self, doc: Doc) -> Doc:
        if len(self.cache) > self.MAX_CACHE:
            self.cache.clear()
        if not len(doc):
            return doc if self.starts is not None else self.multi(doc)
        table = doc.to_array(list(self.KEYS))
        # each distinct key once, in the order of its first token (the rest is numpy)
        distinct, first, inverse = numpy.unique(table, axis=0, return_index=True,
                                                return_inverse=True)
        order = numpy.argsort(first, kind="stable")
        rank = numpy.empty(len(order), dtype=numpy.intp)
        rank[order] = numpy.arange(len(order))
        keys: list[tuple[int, int, int]] = list(map(tuple, distinct[order].tolist()))
        new = {key: i for key, i in zip(keys, first[order].tolist(), strict=True)
               if key not in self.cache}
        if new:
            self.compute(doc, new)
        found = [self.cache[key] for key in keys]
        token_rows = rank[inverse.reshape(-1)]  # each token's row in ``found``
        values = numpy.array([f[0] for f in found], dtype="uint64")[token_rows]
        doc.from_array([POS, MORPH, LEMMA], values)  # type: ignore[arg-type]  # Ints2d
        strings = doc.vocab.strings
        deps = numpy.array([strings[f[1]] if f[1] else 0 for f in found], dtype="uint64")
        # whitespace tokens get the label "dep" (a key's label is the same for all its tokens)
        relabel = (deps != 0) & (deps != distinct[order][:, 2])
        if relabel.any():
            for i in numpy.flatnonzero(relabel[token_rows]).tolist():
                doc[i].dep_ = found[token_rows[i]][1]
        if self.starts is not None and not any(f[2] for f in found):
            return doc  # no multi-token pattern can start anywhere: none matches
        return self.multi(doc)

    def compute(self, doc: Doc, new: dict[tuple[int, int, int], int]) -> None:
        """Cache the single-token patterns' result for each new key (key → a token with it):
        from its word class when that was seen, else from one word of each unseen class."""
        classes = self.classes
        if len(self.by_class) > self.MAX_CACHE:
            self.by_class.clear()
        todo: dict[tuple[int, int, int], int] = {}  # keys to put through the patterns
        later: list[tuple[tuple[int, int, int], tuple[object, ...]]] = []
        pending: dict[tuple[object, ...], tuple[int, int, int]] = {}
        for key, i in new.items():
            if classes is None:
                todo[key] = i
                continue
            kind = classes(key)
            if kind in self.by_class:
                self.cache[key] = self.by_class[kind]
            elif kind in pending:
                later.append((key, kind))  # another key of a class this document brings
            else:
                pending[kind] = key
                todo[key] = i
        tokens = [doc[i] for i in todo.values()]
        words = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[False] * len(tokens))
        for word, token in zip(words, tokens, strict=True):
            word.tag_, word.dep_ = token.tag_, token.dep_
        self.single(words)
        starts = ({start for _, start, _ in self.starts(words)} if self.starts is not None
                  else set())
        for i, (key, word) in enumerate(zip(todo, words, strict=True)):
            morph: int = word.morph.key  # type: ignore[attr-defined]  # (no stub for .key)
            self.cache[key] = ((word.pos, morph, word.lemma), word.dep_, i in starts)
        for kind, key in pending.items():
            self.by_class[kind] = self.cache[key]
        for key, kind in later:
            self.cache[key] = self.by_class[kind]


class WordClass:
    """The class of a (LOWER, TAG, DEP) key that decides every given single-token pattern:
    its tag, its dependency, whether it is whitespace, its lower-case form when a pattern
    names that form (``LOWER`` equal to, IN or NOT_IN a list) and the answer of each
    ``LOWER`` REGEX (searched as spaCy's matcher does, with :func:`re.search`). Two keys of
    one class fit the same patterns. :meth:`of` gives None when a pattern tests anything
    else (ORTH, NORM, shape, length, an operator...): no classes then."""

    TESTED = frozenset({"TAG", "DEP", "IS_SPACE", "POS", "MORPH", "LEMMA"})  # see below

    def __init__(self, strings: StringStore, forms: frozenset[str],
                 searches: tuple[re.Pattern[str], ...]) -> None:
        self.strings, self.forms, self.searches = strings, forms, searches

    @classmethod
    def of(cls, strings: StringStore, specs: list[object]) -> WordClass | None:
        forms: set[str] = set()
        searches: list[re.Pattern[str]] = []
        for spec in specs:
            if not isinstance(spec, dict) or not spec:
                return None
            for name, value in spec.items():
                name = str(name).upper()
                if name in cls.TESTED:
                    # TAG, DEP and IS_SPACE are the class's own; POS, MORPH and LEMMA are unset
                    # on a word before the patterns run, and set by them (constants) after,
                    # where the multi-token patterns' first tokens read them
                    continue
                if name != "LOWER":
                    return None
                if isinstance(value, str):
                    forms.add(value)
                    continue
                if not isinstance(value, dict):
                    return None
                for op, arg in value.items():
                    op = str(op).upper()
                    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(
                            isinstance(a, str) for a in arg):
                        forms.update(arg)
                    elif op == "REGEX" and isinstance(arg, str):
                        searches.append(re.compile(arg))
                    else:
                        return None
        return cls(strings, frozenset(forms), tuple(searches))

    def __call__(self, key: tuple[int, int, int]) -> tuple[object, ...]:
        lower_id, tag, dep = key
        lower = self.strings[lower_id]
        return (tag, dep, lower.isspace(), lower if lower in self.forms else None,
                *(bool(search.search(lower)) for search in self.searches))


def replace_pipe(nlp: Language, stock_name: str, ours: str) -> Callable[[Doc], Doc] | None:
    """Put component ``ours`` where ``stock_name`` was, wrapping the stock component."""
    if stock_name not in nlp.pipe_names:
        return None
    stock = nlp.get_pipe(stock_name)
    previous = nlp.pipe_names[nlp.pipe_names.index(stock_name) - 1]
    nlp.remove_pipe(stock_name)
    nlp.add_pipe(ours, after=previous)
    component = nlp.get_pipe(ours)
    component.inner = stock  # type: ignore[attr-defined]
    return component


def use_cached_attributes(nlp: Language) -> None:
    ruler = replace_pipe(nlp, "attribute_ruler", CACHED_ATTRIBUTES_COMPONENT)
    if isinstance(ruler, CachedAttributeRuler):
        ruler.learn_patterns(nlp, ruler.inner.patterns)  # type: ignore[attr-defined]


CACHED_ATTRIBUTES_COMPONENT = "eventwire_attributes"


@Language.factory(CACHED_ATTRIBUTES_COMPONENT)
def make_cached_attributes(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler(inner=lambda doc: doc)  # the stock ruler is set after adding


def use_cached_lemmas(nlp: Language) -> None:
    lemmatizer = replace_pipe(nlp, "lemmatizer", CACHED_LEMMAS_COMPONENT)
    if isinstance(lemmatizer, CachedLemmatizer):
        index_as_sets(lemmatizer.inner)


def index_as_sets(lemmatizer: object) -> None:
    """The rule lemmatizer asks only ``form in index`` of its per-POS word lists (up to 57,000
    nouns, searched one by one): the same lists as sets answer the same, at once."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        table[key] = frozenset(table[key])


CACHED_LEMMAS_COMPONENT = "eventwire_lemmatizer"


@Language.factory(CACHED_LEMMAS_COMPONENT)
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(inner=lambda doc: doc)  # the stock lemmatizer is set after adding


def load_stock(model: str = "md") -> Language:
    """The pinned model exactly as its package ships it (for comparisons; never downloads)."""
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
    return spacy.load(path) if path else module.load()


@lru_cache(maxsize=2)
def load_nlp(model: str = "md") -> Language:
    """eventwire's pipeline: the pinned model, loaded once per process, with line breaks
    ending sentences, cached rule lemmas and nominal "verbs" retagged as nouns."""
    nlp = load_stock(model)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    use_cached_attributes(nlp)
    use_cached_lemmas(nlp)
    nlp.add_pipe(NOMINAL_VERBS_COMPONENT, last=True)
    return nlp


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
