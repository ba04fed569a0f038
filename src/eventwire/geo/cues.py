"""Cue words around a toponym: "Washington state", "the province of Aleppo", "Gaza city"."""

from __future__ import annotations

import re

WINDOW = 40
REGION_WORDS = frozenset({"state", "province", "region", "oblast", "governorate",
                          "prefecture"})
CITY_WORDS = frozenset({"city"})
_NOT_A_CUE = (r"(?!\s*[-‐]|\s+(?:media|television|tv|news|broadcaster|radio|department|"
              r"secretary|agency|visit|dinner|banquet|funeral|council|company|firm|run|"
              r"owned|security|prosecutors?|officials?\s+said|capital|university))")
_REGION_AFTER = re.compile(
    r"^\s*(?:state|province|region|oblast|governorate|prefecture)\b" + _NOT_A_CUE, re.I)
_REGION_BEFORE = re.compile(
    r"\b(?:state|province|region|oblast|governorate|prefecture)\s+of\s+(?:the\s+)?$", re.I)
_CITY_AFTER = re.compile(r"^\s*city\b", re.I)
_CITY_BEFORE = re.compile(r"\bcity\s+of\s+$", re.I)


def cue_in_text(text: str, start: int, end: int) -> str | None:
    """"region" or "city" when the words next to ``text[start:end]`` say so."""
    if not text or not 0 <= start <= end <= len(text):
        return None
    before, after = text[max(0, start - WINDOW):start], text[end:end + WINDOW]
    if _REGION_AFTER.match(after) or _REGION_BEFORE.search(before):
        return "region"
    if _CITY_AFTER.match(after) or _CITY_BEFORE.search(before):
        return "city"
    return None


def split_cue(key: str) -> tuple[str, str | None]:
    """("washington", "region") for the folded span "washington state"."""
    head, _, last = key.rpartition(" ")
    if head and last in REGION_WORDS:
        return head, "region"
    if head and last in CITY_WORDS:
        return head, "city"
    return key, None

