"""Rules for calendar dates: explicit dates, month names, weekdays, years, decades."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from eventwire.models import TimeRef
from eventwire.timex import calendar as cal
from eventwire.timex.anchoring import Shift
from eventwire.timex.context import Context
from eventwire.timex.lexicon import DAY_PARTS, MONTH_CUES, MONTHS, ORDINALS, WEEKDAYS
from eventwire.timex.names import is_name_year
from eventwire.timex.patterns import PRE_MOD

Refs = Iterator[TimeRef]
# "that January day in 2011": the year a few words on belongs to the month.
_LATER_YEAR = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:in|of)\s+(?P<y>(?:1[5-9]|20)\d\d)\b")


_AFTER_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:and|or)\s+$"
)
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def iso_date(m: re.Match[str], ctx: Context) -> Refs:
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if day is None:
        return
    if m["H"]:
        yield ctx.ref(m.start(), m.end(), "TIME", f"{day.isoformat()}T{m['H']}:{m['M']}")
    else:
        yield ctx.ref(m.start(), m.end(), "DATE", day.isoformat())


def _numeric_candidates(a: int, b: int, year: int) -> list[date]:
    options = [cal.safe_date(year, b, a), cal.safe_date(year, a, b)]  # day-first first
    return [d for d in options if d is not None]


def numeric_date(m: re.Match[str], ctx: Context) -> Refs:
    """26/02/2025 or 02/26/2025: whichever reading is valid; if both are, the one nearest
    the anchor that is not after it (day-first on a tie: most outlets outside the US)."""
    year = int(m["y"])
    if year < 100:
        year += 2000 if year <= ctx.anchor.year % 100 + 1 else 1900
    options = _numeric_candidates(int(m["a"]), int(m["b"]), year)
    if not options:
        return
    past = [d for d in options if d <= ctx.anchor]
    pool = past or options
    best = min(pool, key=lambda d: abs((ctx.anchor - d).days))
    yield ctx.ref(m.start(), m.end(), "DATE", best.isoformat())


def _day_date(m: re.Match[str], ctx: Context) -> Refs:
    month, day = month_number(m["mon"]), int(m["d"])
    if not 1 <= day <= 31:
        return
    year = int(m["y"]) if m["y"] else cal.resolve_day_year(
        ctx.anchor, month, day, ctx.tense(m.start(), m.end()))
    found = cal.safe_date(year, month, day)
    if found is not None:
        yield ctx.ref(m.start(), m.end(), "DATE", found.isoformat())


day_month: Callable[[re.Match[str], Context], Refs] = _day_date
month_day: Callable[[re.Match[str], Context], Refs] = _day_date


def month_year(m: re.Match[str], ctx: Context) -> Refs:
    yield ctx.ref(m.start(), m.end(), "DATE", cal.fmt_month(int(m["y"]), month_number(m["mon"])))


def _month_cued(m: re.Match[str], ctx: Context) -> bool:
    if m["rel"]:
        return True
    if PRE_MOD.search(ctx.text, max(0, m.start() - 30), m.start()):
        return True
    if ctx.text.startswith(("'s", "’s"), m.end()):
        return True
    previous = ctx.prev_word(m.start()).lower()
    if previous in ("and", "or"):  # "between April and June"
        return _AFTER_MONTH.search(ctx.text, max(0, m.start() - 20), m.start()) is not None
    if previous in _POSSESSIVES:  # "their January sales"
        return m["mon"].lower() != "may"
    return previous in MONTH_CUES


def month_bare(m: re.Match[str], ctx: Context) -> Refs:
    if not _month_cued(m, ctx):
        return
    month = month_number(m["mon"])
    later_year = _LATER_YEAR.match(ctx.text, m.end())
    if later_year:
        year = int(later_year["y"])
    elif m["rel"]:
        year = cal.relative_month(ctx.anchor, month, m["rel"].lower())
    else:
        tense = ctx.tense(m.start(), m.end())
        year = cal.resolve_month_year(ctx.anchor, month, tense or "past")
    yield ctx.ref(m.start(), m.end(), "DATE", cal.fmt_month(year, month))


def _weekday_date(ctx: Context, weekday: int, rel: str | None, tense: str | None) -> date:
    anchor = ctx.anchor
    if rel in ("last", "past"):
        return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7 or 7)
    if rel in ("next", "coming"):
        return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    if rel == "this":
        return anchor + timedelta(days=weekday - anchor.isoweekday())
    return cal.resolve_weekday(anchor, weekday, tense or "past")


def weekday_ref(m: re.Match[str], ctx: Context) -> Refs:
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    if rel is not None and rel.startswith("the "):
        # "the previous Friday", "the following Monday": counted from the day in focus
        sign = 1 if rel in ("the following", "the next") else -1
        weekday = WEEKDAYS[m["wd"].lower()]
        if m["part"]:
            part = f"T{DAY_PARTS[m['part'].lower()]}"
            ref = ctx.ref(m.start(), m.end(), "TIME", None)
        else:
            part = ""
            ref = ctx.ref(m.start(), m.end("wd"), "DATE", None)
        yield ctx.shifted(ref, Shift("D", 1, sign, weekday=weekday, suffix=part))
        return
    tense = None if rel else ctx.tense(m.start(), m.end(), near=True)
    day = _weekday_date(ctx, WEEKDAYS[m["wd"].lower()], rel, tense)
    if m["part"]:
        value = f"{day.isoformat()}T{DAY_PARTS[m['part'].lower()]}"
        yield ctx.ref(m.start(), m.end(), "TIME", value)
    else:
        yield ctx.ref(m.start(), m.end("wd"), "DATE", day.isoformat())


def weekday_set(m: re.Match[str], ctx: Context) -> Refs:
    yield ctx.ref(m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}")


def year_alone(m: re.Match[str], ctx: Context) -> Refs:
    if not is_name_year(ctx.text, m.start(), m.end()):
        yield ctx.ref(m.start(), m.end(), "DATE", m["y"])


def year_range(m: re.Match[str], ctx: Context) -> Refs:
    first = int(m["y1"])
    second = int(m["y2"])
    if second < 100:
        second += first - first % 100
        second += 100 if second < first else 0
    if not first < second <= first + 100 or is_name_year(ctx.text, m.start(), m.end()):
        return
    yield ctx.ref(m.start("y1"), m.end("y1"), "DATE", str(first))
    yield ctx.ref(m.start("y2"), m.end("y2"), "DATE", str(second))


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}


def decade(m: re.Match[str], ctx: Context) -> Refs:
    if m["dec"]:
        yield ctx.ref(m.start(), m.end(), "DATE", m["dec"][:3])
        return
    tens = int((m["dec2"] or m["dec3"])[0])
    century = 20 if tens <= ctx.anchor.year % 100 // 10 else 19
    yield ctx.ref(m.start(), m.end(), "DATE", f"{century}{tens}")


def decade_word(m: re.Match[str], ctx: Context) -> Refs:
    tens = _DECADE_WORDS[m["dec"].lower()]
    century = 20 if tens <= ctx.anchor.year % 100 // 10 else 19
    yield ctx.ref(m.start(), m.end(), "DATE", f"{century}{tens}")


def century(m: re.Match[str], ctx: Context) -> Refs:
    number = int(m["n"]) if m["n"] else ORDINALS[re.sub(r"[\s-]+", "-", m["w"].lower())]
    if 1 <= number <= 22:
        yield ctx.ref(m.start(), m.end(), "DATE", f"{number - 1:02d}")
