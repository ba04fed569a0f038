"""Quotation marks → quoted segments (pure text; no parse needed).

Double marks (curly “ ”, straight ", guillemets « ») delimit quotes; a paragraph that ends
inside a quote and a next paragraph that opens with a mark continue the same quotation.
Single marks (‘ ’ and ') delimit quotes only at top level (headlines, British style):
inside a double-quoted stretch they are nested quotes and stay part of the content, and an
apostrophe ("don’t", "Iran’s") is never a mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.models import Offsets

DOUBLE = re.compile(r"[“”\"«»„]")
SINGLE = re.compile(r"[‘’']")
OPENERS = "“„«"
CLOSERS = "”»"
OPEN_BEFORE = "([{—–-/:"
TRAILING = " \t\n,"


@dataclass(frozen=True)
class Segment:
    """One quoted stretch: ``start``/``end`` bound the content, without the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the paragraph ends first
    para: int  # index into the paragraph list
    continues: bool = False  # continues a quote left open at the end of the previous paragraph
    single: bool = False

    @property
    def outer_end(self) -> int:
        """End offset including the closing mark."""
        return self.close_at + 1 if self.close_at is not None else self.end


def opens_here(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isspace() or before in OPEN_BEFORE) and not after.isspace()


def closes_here(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and not after.isalnum()


def double_role(text: str, i: int, lo: int, hi: int, is_open: bool) -> str | None:
    """'open', 'close' or None (a stray mark) for the double mark at ``i``."""
    ch = text[i]
    if ch in OPENERS:
        return "close" if is_open and closes_here(text, i, lo, hi) else "open"
    if ch in CLOSERS:
        return "open" if not is_open and opens_here(text, i, lo, hi) else "close"
    if is_open:
        return "close"
    return "open" if opens_here(text, i, lo, hi) or not closes_here(text, i, lo, hi) else None


def content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and a trailing comma from a quoted stretch."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return start, end


def double_segments(text: str, para: Offsets, index: int) -> list[Segment]:
    lo, hi = para.start, para.end
    found: list[Segment] = []
    opened: int | None = None
    for match in DOUBLE.finditer(text, lo, hi):
        i = match.start()
        role = double_role(text, i, lo, hi, opened is not None)
        if role == "open":
            opened = i
        elif role == "close" and opened is not None:
            found.append(Segment(*content(text, opened + 1, i), opened, i, index))
            opened = None
    if opened is not None:
        found.append(Segment(*content(text, opened + 1, hi), opened, None, index))
    return [s for s in found if s.end > s.start]


def single_segments(text: str, para: Offsets, index: int, taken: list[Segment]) -> list[Segment]:
    """Top-level single-quoted stretches outside the double-quoted ones."""
    lo, hi = para.start, para.end
    found: list[Segment] = []
    opened: int | None = None
    for match in SINGLE.finditer(text, lo, hi):
        i = match.start()
        if any(s.open_at <= i < s.outer_end for s in taken):
            continue
        if opened is None:
            if text[i] != "’" and opens_here(text, i, lo, hi) and text[i + 1].isalnum():
                opened = i
        elif text[i] != "‘" and closes_here(text, i, lo, hi):
            found.append(Segment(*content(text, opened + 1, i), opened, i, index, single=True))
            opened = None
    return [s for s in found if s.end > s.start]


def find_segments(text: str, paragraphs: Sequence[Offsets]) -> list[Segment]:
    """Every quoted segment in the text, in order, with paragraph continuations marked."""
    segments: list[Segment] = []
    for index, para in enumerate(paragraphs):
        doubles = double_segments(text, para, index)
        if doubles and segments and segments[-1].close_at is None and \
                segments[-1].para == index - 1 and doubles[0].open_at == para.start:
            first = doubles[0]
            doubles[0] = Segment(first.start, first.end, first.open_at, first.close_at, index,
                                 continues=True)
        found = doubles + single_segments(text, para, index, doubles)
        segments.extend(sorted(found, key=lambda s: s.start))
    return segments
