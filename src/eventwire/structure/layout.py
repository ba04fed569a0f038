"""Paragraphs and the dateline ("TEHRAN –"), which is kept out of the first sentence."""

from __future__ import annotations

import re

from eventwire.models import Offsets

# "TEHRAN –", "GENEVA (Reuters) -", "UNITED NATIONS, March 3 —", "Kyiv, Ukraine —",
# "SÃO PAULO (Reuters) -" (Latin-1 letters: accented place names are common datelines)
DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’-]*(?:[ ,]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’-]*){0,3})"
    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"(?: ?\([A-Za-z .]+\))?"
    r"\s*(?P<sep>[–—]|--?|:)\s+"
)


def paragraphs(text: str) -> list[Offsets]:
    spans, start = [], 0
    for match in re.finditer(r"\n+", text):
        if match.start() > start:
            spans.append(Offsets(start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append(Offsets(start, len(text)))
    return spans


def find_dateline(text: str, paras: list[Offsets]) -> tuple[int, int, str] | None:
    """The dateline at the start of one of the first three paragraphs, if any."""
    for para in paras[:3]:
        match = DATELINE.match(text, para.start, para.end)
        if match and is_dateline(match.group("place"), match.group("sep")):
            return match.start(), match.end(), match.group("place").strip(" ,")
    return None


def is_dateline(place: str, separator: str) -> bool:
    """Capitalised place words; a colon only after an all-capitals place ("WASHINGTON:")."""
    words = place.replace(",", " ").split()
    upper = sum(1 for w in words if w.isupper() and len(w) > 1)
    if separator == ":":
        return bool(words) and upper == len(words)
    return bool(words) and len(words) <= 4 and (upper >= 1 or len(words) <= 2)
