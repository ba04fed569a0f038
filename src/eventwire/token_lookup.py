"""Vectorised token look-ups (one numpy pass instead of a Python loop over every token)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, cast
from weakref import WeakKeyDictionary

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token


def token_indices(doc: Doc, attr: int, values: Iterable[str]) -> list[int]:
    """Indices of tokens whose ``attr`` (LOWER, LEMMA, DEP, ...) is one of ``values``."""
    if not len(doc):
        return []
    if isinstance(values, (frozenset, tuple)):
        wanted = _keys(values)  # the cue lexicons are frozen: looked up once, not per document
    else:
        wanted = frozenset(_STRINGS[v] for v in values)
    return [i for i, value in enumerate(column(doc, attr)) if value in wanted]


# Columns already read, per document: the stages after the parse read but never change a
# parse, so each column is read once per document however many stages look it up.
_COLUMNS: WeakKeyDictionary[Doc, dict[int, list[int]]] = WeakKeyDictionary()


def column(doc: Doc, attr: int) -> list[int]:
    """``attr`` (LOWER, LEMMA, DEP, ...) of every token as a list, read once per document.
    Only for a finished parse: a doc changed after its first look-up would read stale."""
    columns = _COLUMNS.get(doc)
    if columns is None:
        columns = _COLUMNS[doc] = {}
    values = columns.get(attr)
    if values is None:
        values = columns[attr] = cast(list[int], doc.to_array([attr]).reshape(-1).tolist())
    return values


# The text of each document looked at (``Doc.text`` joins every token's text on each read).
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document (a finished parse: tokens never change)."""
    found = _TEXTS.get(doc)
    if found is None:
        found = _TEXTS[doc] = doc.text
    return found


def conjuncts_of(token: Token) -> tuple[Token, ...]:
    """``token.conjuncts``, read once per token of a finished parse (spaCy walks the
    coordination on every read). spaCy's stub types it as a one-token tuple
    (``Tuple[Token]``); code compiled with mypyc checks that at run time, so it is read
    through ``Any`` here."""
    table = doc_memo(token.doc, "conjuncts", _STRINGS)
    known = table.get(token.i)
    if known is None:
        found: Any = token
        known = table[token.i] = cast(tuple[Token, ...], found.conjuncts)
    return cast(tuple[Token, ...], known)


_STRINGS = StringStore()  # a string's key (symbol id or hash) is the same in every store


@lru_cache(maxsize=64)
def _keys(values: frozenset[str] | tuple[str, ...]) -> frozenset[int]:
    return frozenset(_STRINGS[v] for v in values)


def sentence_numbers(doc: Doc) -> list[int]:
    """The sentence number of every token."""
    if not len(doc):
        return []
    starts = doc.to_array([SENT_START]).reshape(-1).astype(np.int64) == 1
    starts[0] = True
    return cast(list[int], (np.cumsum(starts) - 1).tolist())


def token_starts(doc: Doc) -> list[int]:
    return cast(list[int], doc.to_array([IDX]).reshape(-1).tolist()) if len(doc) else []


# The children of the tokens looked at so far, for the one document being read. A stage asks
# for the same token's children again and again (every target slot of every trigger walks
# them), and spaCy builds new Token objects on each walk. Only the latest document is kept:
# the cached Tokens hold their Doc, so a cache per document would keep every Doc alive.
_CHILDREN: tuple[Doc | None, dict[int, tuple[Token, ...]]] = (None, {})


def children_of(token: Token) -> tuple[Token, ...]:
    """``token.children`` (in the same order), read once per token of a finished parse."""
    global _CHILDREN
    doc, table = _CHILDREN
    if doc is not token.doc:
        table = {}
        _CHILDREN = (token.doc, table)
    found = table.get(token.i)
    if found is None:
        found = table[token.i] = tuple(token.children)
    return found


# What a stage works out per token, for the one document being read (like the children
# above): a table per (name, owner), ``owner`` being what else the answer depends on (a
# lexicon), kept beside the table so that its id is never reused while the table lives.
_MEMOS: tuple[Doc | None, dict[tuple[str, int], tuple[object, dict[int, Any]]]] = (None, {})


def doc_memo(doc: Doc, name: str, owner: object) -> dict[int, Any]:
    """The table ``name`` of ``owner`` for the latest document (token index -> answer):
    for answers that depend only on a finished parse and ``owner``. Emptied when another
    document is read and by :func:`release`."""
    global _MEMOS
    current, tables = _MEMOS
    if current is not doc:
        tables = {}
        _MEMOS = (doc, tables)
    key = (name, id(owner))
    found = tables.get(key)
    if found is None or found[0] is not owner:
        found = tables[key] = (owner, {})
    return found[1]


# Sentence bounds per document: for each token, the first token of its sentence and the end
# of it. spaCy's Token.sent walks the sentence and checks the whole document's annotation on
# every call (~9 µs); the stages ask for it thousands of times per batch.
_SENTENCES: WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = WeakKeyDictionary()


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """``(first, end)``: token ``i``'s sentence is ``doc[first[i]:end[i]]`` (spaCy's rule:
    a sentence starts at token 0 or at a token whose SENT_START is 1)."""
    found = _SENTENCES.get(doc)
    if found is None:
        starts = cast(list[int], doc.to_array([SENT_START]).reshape(-1).tolist())
        first, end = [0] * len(starts), [0] * len(starts)
        current = 0
        for i, start in enumerate(starts):
            if start == 1:
                current = i
            first[i] = current
        current = len(starts)
        for i in range(len(starts) - 1, -1, -1):
            end[i] = current
            if starts[i] == 1 and i > 0:
                current = i
        found = _SENTENCES[doc] = (first, end)
    return found


def token_sentence(token: Token) -> Span:
    """``Token.sent`` from the sentence bounds read once per document (a user token hook)."""
    doc = token.doc
    first, end = sentence_bounds(doc)
    return doc[first[token.i]:end[token.i]]


def read_sentences_once(doc: Doc) -> None:
    """Make ``token.sent`` read the sentence bounds once per document (same spans). For a
    finished parse only: the bounds are read on the first call. The pipeline removes the
    hook (:func:`release`) when it is done with the document."""
    if len(doc) and doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
        doc.user_token_hooks["sent"] = token_sentence


def release(doc: Doc) -> None:
    """Forget everything read from ``doc`` and give ``token.sent`` back to spaCy: called when
    the pipeline is done with a document, so that a Doc handed to a caller, who may change
    its parse (``doc.retokenize()``), never reads bounds, columns or children cached before."""
    global _CHILDREN, _MEMOS
    if doc.user_token_hooks.get("sent") is token_sentence:
        del doc.user_token_hooks["sent"]
    _SENTENCES.pop(doc, None)
    _COLUMNS.pop(doc, None)
    _TEXTS.pop(doc, None)
    if _CHILDREN[0] is doc:
        _CHILDREN = (None, {})
    if _MEMOS[0] is doc:
        _MEMOS = (None, {})


TEMPORAL_ENTITIES = frozenset({"DATE", "TIME"})


def temporal_phrase(prep: Token) -> bool:
    """A prepositional phrase whose objects are all dates or times ("on Monday", "at 3.35
    p.m."): a temporal adjunct (TimeML), never the preposition of a phrasal verb ("call on")
    or a pattern's prepositional slot (review F7)."""
    if prep.dep_ != "prep":
        return False
    objects = [g for g in children_of(prep) if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in TEMPORAL_ENTITIES for g in objects)
