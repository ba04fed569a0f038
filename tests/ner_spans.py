"""NER entities written by hand for the place tests: what the parser would hand
``find_mentions`` for a name in a text of ours.

Imported by name (``from ner_spans import ent``), like ``event_rows``."""

from __future__ import annotations

from eventwire.geo.recognise import Mention


def ent(text: str, name: str, label: str, nth: int = 0) -> Mention:
    """The entity ``(start, end, name, label)`` of the ``nth`` (from 0) ``name`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name), name, label)
