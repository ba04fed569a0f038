"""Trigger words: a rule only runs near a word that can start or anchor its expression.

Scanning the whole article with ~30 regexes is slow; one cheap tokenisation finds the
few places where each rule can match, and rules run only in windows around them.
"""

from __future__ import annotations

import re

from eventwire.timex.lexicon import MONTHS, SEASONS, SET_ADVERBS, WEEKDAYS

DIGITS = "#"
TOKEN = re.compile(r"[0-9]+|[a-z]+")
WINDOW_BEFORE = 70
WINDOW_AFTER = 50

_UNITS = frozenset({
    "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
    "year", "decade", "century", "seconds", "minutes", "hours", "days", "nights", "weeks",
    "fortnights", "months", "quarters", "years", "decades", "centuries", "weekend",
    "morning", "evening", "afternoon",
})
MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(WEEKDAYS) | frozenset(w + "s" for w in WEEKDAYS)
UNIT_WORDS = _UNITS
DIGIT_WORDS = frozenset({DIGITS})
PERIOD_WORDS = frozenset({"week", "weekend", "month", "year", "quarter", "decade", "century"})
DAY_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon",
                       "evening", "night"})
NOON_WORDS = frozenset({"noon", "midday", "midnight"})
SEASON_WORDS = frozenset(SEASONS)
DECADE_WORDS = frozenset({"twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                          "eighties", "nineties"})
CENTURY_WORDS = frozenset({"century", "centuries"})
QUARTER_WORDS = frozenset({"quarter"})
ADVERB_WORDS = frozenset(SET_ADVERBS)
VAGUE_WORDS = frozenset({"now", "currently", "present", "nowadays", "days", "moment",
                         "recently", "lately", "past", "future", "soon", "term", "ahead",
                         "being"})
EARLIER_WORDS = frozenset({"period", "half", "months"})
SAME_WORDS = frozenset({"same"})
HALF_WORDS = frozenset({"half"})
FISCAL_WORDS = frozenset({"fiscal", "fy"})
YEAR_NUMBER_WORDS = frozenset({"fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                               "twenty", "thousand"})
ALL_WORDS = (MONTH_WORDS | WEEKDAY_WORDS | UNIT_WORDS | PERIOD_WORDS | DAY_WORDS | NOON_WORDS
             | SEASON_WORDS | DECADE_WORDS | CENTURY_WORDS | QUARTER_WORDS | ADVERB_WORDS
             | VAGUE_WORDS | EARLIER_WORDS | HALF_WORDS | SAME_WORDS | FISCAL_WORDS
             | YEAR_NUMBER_WORDS)


def trigger_positions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Lower-cased trigger word (or DIGITS) -> spans where it occurs."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lower-cased
        lower = text.encode("ascii", "replace").decode("ascii").lower()
    found: dict[str, list[tuple[int, int]]] = {}
    for match in TOKEN.finditer(lower):
        word = match.group()
        if word[0] <= "9":
            word = DIGITS
        elif word not in ALL_WORDS:
            continue
        found.setdefault(word, []).append(match.span())
    return found


def windows(found: dict[str, list[tuple[int, int]]], words: frozenset[str],
            length: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows around every occurrence of ``words``."""
    spans = sorted(s for w in words for s in found.get(w, ()))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - WINDOW_BEFORE), min(length, end + WINDOW_AFTER)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"


def in_quote(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation of its paragraph (curly “...” quotes,
    or an odd number of straight double quotes before it)."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    opened = before.rfind(_OPEN_QUOTES)
    if opened >= 0 or _CLOSE_QUOTES in before:
        return opened > before.rfind(_CLOSE_QUOTES)
    return before.count('"') % 2 == 1
