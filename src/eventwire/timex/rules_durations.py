"""Rules for durations, sets (frequencies) and expressions relative to another event.

Relative-to-event expressions ("two days later", "one week after he met ...", "the next
day") get ``anchor="event"``, a relation and an ISO offset, and ``value=None``: which
event they count from is decided by the event-dating stage, not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventwire.models import TimeRef
from eventwire.timex import calendar as cal
from eventwire.timex.anchoring import Shift
from eventwire.timex.context import Context
from eventwire.timex.lexicon import (
    APPROX_MODS,
    NUMBER_WORDS,
    SET_ADVERBS,
    UNITS,
    VAGUE_NUMBERS,
    VAGUE_UNIT_LETTERS,
    WEEKDAYS,
)
from eventwire.timex.patterns import AGO, APPROX

Refs = Iterator[TimeRef]

_AFTER = frozenset({"later", "after", "afterwards", "afterward"})
_SINGULAR = {"centuries": "century", "centurie": "century"}
_BARE_CUES = frozenset({"for", "in", "over", "within", "after", "of", "take", "took", "takes"})
_DURATION_CUES = frozenset({"for", "within", "over", "during", "lasting", "spanning"})
# A rate: an amount (a number, then at most three words: "3.1 million barrels", "$9",
# "12 cents a share") right before "a day", "an hour".
_SET_A_CUE = re.compile(
    r"(?:(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|"
    r"thousands?|dozens?|millions?|billions?))(?:\s*(?:%|[a-z]+\.?))?(?:\s+[a-z]+){0,3}|once|"
    r"twice|thrice|times)\s*$",
    re.IGNORECASE,
)
_YEARLIKE = re.compile(r"(?:1[5-9]|20)\d\d")
_ADVERBIAL = frozenset({"later", "earlier", "afterwards", "afterward", "previously",
                        "beforehand"})
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]”\"]|$|(?:and|but)\b)")
_EVENT_UNITS = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D",
                "week": "P1W", "weekend": "P1W", "month": "P1M", "year": "P1Y"}


def unit_key(word: str) -> str:
    word = word.lower()
    word = _SINGULAR.get(word, word)
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def parse_amount(words: str | None) -> float | None:
    """Number of a duration: digits, number words, or None when vague ("several")."""
    if not words:
        return None
    key = re.sub(r"\s+", " ", words.lower())
    if key in VAGUE_NUMBERS:
        return None
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    parts = re.split(r"[\s-]", key)
    if all(p in NUMBER_WORDS for p in parts):
        return sum(NUMBER_WORDS[p] for p in parts)
    try:
        return float(key)
    except ValueError:
        return None


def duration_value(amount: float | None, unit: str) -> str:
    """ISO/TimeML duration: P3Y, PT48H, P10Y for a decade, PXM when vague."""
    letter, factor, is_time = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if amount is None:
        return prefix + "X" + VAGUE_UNIT_LETTERS.get(unit, letter)
    total = amount * factor
    number = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return f"{prefix}{number}{letter}"


def _approx_mod(ctx: Context, start: int) -> str | None:
    match = APPROX.search(ctx.text, max(0, start - 20), start)
    if match is None:
        return None
    return APPROX_MODS[re.sub(r"\s+", " ", match["m"].lower())]


def _bad_amount(num: str, unit: str) -> bool:
    lower = num.lower()
    return lower in ("a", "an") and unit in ("second", "quarter", "minute", "night")


def _is_age(m: re.Match[str], ctx: Context) -> bool:
    """"ages 6 months and older", "aged 12 years", "five years old" are ages."""
    if ctx.prev_word(m.start()).lower() in ("age", "ages", "aged"):
        return True
    return ctx.next_word(m.end()).lower() in ("old", "older", "younger")


def duration(m: re.Match[str], ctx: Context) -> Refs:
    unit = unit_key(m["unit"] + (m["s"] or ""))
    if unit not in UNITS or _bad_amount(m["num"], unit) or _is_age(m, ctx):
        return
    if _YEARLIKE.fullmatch(m["num"]) and not m["unit"].lower().endswith("s"):
        return  # "the 2023 quarter", "the 2023 second" are years, not 2023 quarters
    amount = parse_amount(m["num"])
    ago = AGO.match(ctx.text, m.end())
    if ago and not m["pre"]:
        yield _ago(m, ctx, amount, unit, ago.end())
        return
    value = duration_value(amount, unit)
    mod = None if m["pre"] else _approx_mod(ctx, m.start())
    hyphenated = "-" in ctx.text[m.end("num"):m.start("unit")]  # "the 12-hour truce"
    start = m.start("num") if hyphenated else m.start()
    yield ctx.ref(start, m.end(), "DURATION", value, mod=mod)


def _ago(m: re.Match[str], ctx: Context, amount: float | None, unit: str, end: int) -> TimeRef:
    letter, factor, is_time = UNITS[unit]
    if amount is None or is_time or not float(amount).is_integer():
        return ctx.ref(m.start(), end, "DATE", "PAST_REF")
    value = cal.ago_value(ctx.anchor, int(amount) * factor, letter)
    return ctx.ref(m.start(), end, "DATE", value, mod=_approx_mod(ctx, m.start()))


def bare_units(m: re.Match[str], ctx: Context) -> Refs:
    unit = unit_key(m["unit"])
    if unit not in UNITS:
        return
    if not m["pre"] and ctx.prev_word(m.start()).lower() not in _BARE_CUES:
        return
    ago = AGO.match(ctx.text, m.end())
    if ago:
        yield ctx.ref(m.start(), ago.end(), "DATE", "PAST_REF")
        return
    yield ctx.ref(m.start(), m.end(), "DURATION", duration_value(None, unit))


def event_rel(m: re.Match[str], ctx: Context) -> Refs:
    unit = unit_key(m["unit"])
    if unit not in UNITS or (not m["num"] and not m["unit"].lower().endswith("s")):
        return
    if m["num"] and _bad_amount(m["num"], unit):
        return
    if ctx.prev_word(m.start()).lower() in _DURATION_CUES:  # "jailed for three years after"
        return
    relation = "after" if m["rel"].lower() in _AFTER else "before"
    if m["rel"].lower() == "prior" and not ctx.text.startswith(" to", m.end()):
        return
    amount = parse_amount(m["num"])
    offset = duration_value(amount, unit)
    ref = ctx.ref(m.start(), m.end(), "DATE", None, anchor="event", relation=relation,
                  offset=offset, mod=_approx_mod(ctx, m.start()))
    rel = m["rel"].lower()
    if rel in _ADVERBIAL or _CLAUSE_END.match(ctx.text, m.end()):
        # "two days later", "a year earlier": counted from the time in focus (TimeML)
        letter, factor, is_time = UNITS[unit]
        if is_time or (amount is None and factor >= 10):  # "hours later", "decades later"
            yield ref
            return
        whole = None if amount is None else int(amount * factor)
        if amount is not None and float(amount * factor) != whole:
            yield ref
            return
        yield ctx.shifted(ref, Shift(letter, whole, 1 if relation == "after" else -1))
        return
    yield ref


def event_the(m: re.Match[str], ctx: Context) -> Refs:
    rel = (m["rel"] or m["rel2"]).lower()
    unit = (m["unit"] or m["unit2"]).lower()
    if rel == "same" or (rel == "next" and unit in ("week", "month", "year", "weekend")):
        return
    if m.group(0).lower().startswith("that ") and m["rel2"]:
        return
    relation = "after" if rel in ("next", "following", "after", "later") else "before"
    suffix = {"morning": "TMO", "evening": "TEV", "night": "TNI"}.get(unit, "")
    ref = ctx.ref(m.start(), m.end(), "TIME" if suffix else "DATE", None, anchor="event",
                  relation=relation, offset=_EVENT_UNITS[unit])
    if m["rel2"] and not _CLAUSE_END.match(ctx.text, m.end()):
        yield ref  # "the day before the vote": relative to that event
        return
    letter = _EVENT_UNITS[unit][-1]
    if unit == "weekend":
        yield ref
        return
    yield ctx.shifted(ref, Shift(letter, 1, 1 if relation == "after" else -1, grain="unit",
                                 suffix=suffix))


def _set_value(m: re.Match[str], unit_word: str) -> str | None:
    lower = unit_word.lower()
    if lower in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS[lower]}"
    if lower in ("morning", "evening"):
        return f"XXXX-XX-XXT{'MO' if lower == 'morning' else 'EV'}"
    if lower == "weekend":
        return "XXXX-WXX-WE"
    unit = unit_key(lower)
    if unit not in UNITS:
        return None
    num = (m["num"] or "one").lower()
    amount = 2.0 if num == "other" else parse_amount(num)
    return duration_value(amount or 1, unit)


_NOT_RATE = frozenset({"in", "within", "for", "over", "of", "than", "on", "at", "by", "during",
                       "after", "before", "from", "into", "under", "about", "nearly"})


def _is_rate(m: re.Match[str], ctx: Context) -> bool:
    """"3.1 million barrels a day", "$9 an hour": an amount right before "a <unit>" (not
    "fell 5% in a day", not across a line, never "a Wednesday")."""
    if m["unit"].lower() in WEEKDAYS or ctx.prev_word(m.start()).lower() in _NOT_RATE:
        return False
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    return _SET_A_CUE.search(ctx.text, max(line_start, m.start() - 40), m.start()) is not None


def set_every(m: re.Match[str], ctx: Context) -> Refs:
    quant = re.sub(r"\s+", " ", m["q"].lower())
    if quant in ("a", "an") and not _is_rate(m, ctx):
        return
    if quant in ("a", "an", "per") and m["num"]:
        return
    value = _set_value(m, m["unit"])
    if value is not None:
        yield ctx.ref(m.start(), m.end(), "SET", value)


def set_adverb(m: re.Match[str], ctx: Context) -> Refs:
    yield ctx.ref(m.start(), m.end(), "SET", SET_ADVERBS[m["w"].lower()])
