"""Vectorised token look-ups (one numpy pass instead of a Python loop over every token)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import cast
from weakref import WeakKeyDictionary

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc


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
