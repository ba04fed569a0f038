"""Is a four-digit number a calendar year used as a date, or a name / a count?

TempEval-3 gold does not tag years used as attributes of names ("the 1953 team"), while
it tags years after "in", "of", "since" etc. ("the pandemic of 2009-2010"). So the
tagger follows the gold: such name years ("the 2015 nuclear deal", "the 2022 World Cup",
"Vision 2030", "2030 Agenda") are never emitted, and :func:`is_name_year` is the test
used to skip them (exposed so that other stages can apply it to their own spans).
"""

from __future__ import annotations

import re

from eventwire.timex.lexicon import MONTHS, NUMBER_SUFFIX_WORDS, WEEKDAYS, YEAR_CUES, YEAR_FOLLOWERS

_DETERMINERS = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
    "these", "those", "whose",
})
_PREV = re.compile(r"([\w.'’]+)(\s*)$")
_NEXT = re.compile(r"^(\s*)([^\s]?)([\w'’]*)")
_DASH_PREFIX = re.compile(r"\b(?:mid|early|late)-$", re.IGNORECASE)
_NUMBERISH = re.compile(r"^[\d.,]+$")


def _prev(text: str, start: int) -> tuple[str, str]:
    match = _PREV.search(text[max(0, start - 30):start])
    return (match.group(1), match.group(2)) if match else ("", "")


def _is_calendar_word(word: str) -> bool:
    key = word.lower().rstrip(".")
    return key in MONTHS or key in WEEKDAYS


def _name_by_previous(text: str, start: int) -> bool | None:
    """True = name/count, False = clearly a date cue, None = undecided."""
    if start > 0 and text[start - 1] == "-":
        return not _DASH_PREFIX.search(text[max(0, start - 6):start])
    word, gap = _prev(text, start)
    lower = word.lower()
    if not word or "\n" in gap:
        return None
    if lower in YEAR_CUES or _is_calendar_word(word):
        return False
    if lower in _DETERMINERS or lower.endswith(("'s", "’s")) or _NUMBERISH.match(word):
        return True
    if word[0].isupper() and gap and not word.endswith("."):
        return True
    return None


def _name_by_next(text: str, end: int, cued: bool) -> bool:
    match = _NEXT.match(text[end:end + 30])
    if match is None:
        return False
    gap, punct, word = match.groups()
    if punct == "%" or (not gap and punct.isalnum()):
        return True
    if punct.isdigit():
        return True
    if not gap or not punct.isalpha():
        return False
    word = punct + word
    if word[0].isupper():
        return not cued and not _is_calendar_word(word)
    lower = word.lower()
    if lower in YEAR_FOLLOWERS:
        return False
    return not cued or lower in NUMBER_SUFFIX_WORDS or lower.endswith("s")


def is_name_year(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a 4-digit year) names or counts something rather
    than dating it: "the 2015 nuclear deal", "Vision 2030", "2030 Agenda", "2000 troops"."""
    by_prev = _name_by_previous(text, start)
    if by_prev:
        return True
    return _name_by_next(text, end, cued=by_prev is False)
