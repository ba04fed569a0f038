"""Rules for expressions relative to the publication date and for times of day.

Times of day without a date get the placeholder value ``T10:00``; the tagger then
prefixes the date of an adjacent day expression, or the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from eventwire.models import TimeRef
from eventwire.timex import calendar as cal
from eventwire.timex.anchoring import Shift
from eventwire.timex.context import Context
from eventwire.timex.lexicon import DAY_PARTS, SEASONS, VAGUE_REFS, WEEKDAYS
from eventwire.timex.patterns import PRE_MOD
from eventwire.timex.triggers import in_quote

Refs = Iterator[TimeRef]

_DAY_OFFSETS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1, "last": -1}
_PRE_OFFSETS = {"before": -1, "after": 1}
_PERIOD_DELTAS = {
    "last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "present": 0,
    "next": 1, "coming": 1,
}
_PART_MODS = {
    "end": "END", "close": "END", "beginning": "START", "start": "START", "turn": "START",
    "middle": "MID", "first half": None, "second half": None,
}
_SEASON_CUES = frozenset({
    "in", "during", "over", "since", "until", "till", "by", "through", "throughout", "of",
    "early", "late", "mid", "this", "last", "next", "that", "before", "after", "for",
})


def day_word(m: re.Match[str], ctx: Context) -> Refs:
    word = m["w"].lower()
    part = m["part"].lower() if m["part"] else None
    if word in ("this", "last") and part is None:
        return
    if word == "last" and part not in ("night", "evening"):
        return
    offset = _DAY_OFFSETS[word]
    if m["pre"]:
        offset += _PRE_OFFSETS[m["pre"].split()[-1].lower()]
    day = ctx.anchor + timedelta(days=offset)
    part = part or ("night" if word == "tonight" else None)
    if part:
        ref = ctx.ref(m.start(), m.end(), "TIME", f"{day.isoformat()}T{DAY_PARTS[part]}")
    else:
        ref = ctx.ref(m.start(), m.end(), "DATE", day.isoformat())
    if in_quote(ctx.text, m.start()):
        # A speaker's "yesterday" is the day before the speech, not before publication.
        suffix = f"T{DAY_PARTS[part]}" if part else ""
        ref = ctx.shifted(ref, Shift("D", abs(offset), -1 if offset < 0 else 1,
                                     grain="speech", suffix=suffix))
    yield ref


def _clock_hour(m: re.Match[str]) -> int | None:
    hour = int(m["H"])
    ampm = (m["ampm"] or m["ampm2"] or "").lower().replace(".", "").strip()
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm == "pm" and hour != 12:
        return hour + 12
    if ampm == "am" and hour == 12:
        return 0
    return hour


_ZONES = {"GMT": "Z", "UTC": "Z", "Z": "Z", "BST": "+01", "CET": "+01", "CEST": "+02",
          "EST": "-05", "EDT": "-04", "CST": "-06", "CDT": "-05", "PST": "-08", "PDT": "-07",
          "IRST": "+03:30", "MSK": "+03"}
_OFFSET = re.compile(r"(?:GMT|UTC)\s?(?P<sign>[+-])\s?(?P<h>\d{1,2})(?::?(?P<m>[0-5]\d))?")


def zone_suffix(zone: str | None) -> str:
    """TimeML zone of a clock time: Z for UTC/GMT, the offset of a named zone or of
    "GMT+8"; nothing for zones whose offset depends on the date ("ET") or is unknown."""
    if not zone:
        return ""
    offset = _OFFSET.fullmatch(zone.strip())
    if offset:
        hours, minutes = int(offset["h"]), offset["m"]
        if hours == 0 and not minutes:
            return "Z"
        return f"{offset['sign']}{hours:02d}" + (f":{minutes}" if minutes else "")
    return _ZONES.get(zone.strip().upper(), "")


def clock(m: re.Match[str], ctx: Context) -> Refs:
    hour = _clock_hour(m)
    if hour is None:
        return
    minute = m["M"] or m["M2"]
    clock_value = f"T{hour:02d}:{minute}" if minute else f"T{hour:02d}"
    clock_value += zone_suffix(m["tz"])
    if m["wd"]:
        tense = ctx.tense(m.start(), m.end(), near=True)
        day = cal.resolve_weekday(ctx.anchor, WEEKDAYS[m["wd"].lower()], tense or "past")
        clock_value = day.isoformat() + clock_value
    yield ctx.ref(m.start(), m.end(), "TIME", clock_value)


def military(m: re.Match[str], ctx: Context) -> Refs:
    """"0800 UTC", "1430 hours"."""
    yield ctx.ref(m.start(), m.end(), "TIME", f"T{m['H']}:{m['M']}" + zone_suffix(m["tz"]))


def noon(m: re.Match[str], ctx: Context) -> Refs:
    """"noon", "midnight Friday", "Tuesday at noon": one TIME on that day."""
    value = "T24:00" if m["w"].lower() == "midnight" else "T12:00"
    weekday = m["wd"] or m["wd0"]
    if weekday:
        tense = ctx.tense(m.start(), m.end(), near=True)
        day = cal.resolve_weekday(ctx.anchor, WEEKDAYS[weekday.lower()], tense or "past")
        value = day.isoformat() + value
    yield ctx.ref(m.start(), m.end(), "TIME", value)


def rel_period(m: re.Match[str], ctx: Context) -> Refs:
    rel, unit = re.sub(r"\s+", " ", m["rel"].lower()), m["unit"].lower()
    rel = "last" if rel == "this past" else rel  # "this past weekend"
    if m["the"] and rel in ("past", "coming", "next"):
        yield ctx.ref(m.start(), m.end(), "DURATION", _one_unit(unit))
        return
    if rel == "present" and not m["the"]:
        return
    value = cal.shift_period(ctx.anchor, unit, _PERIOD_DELTAS[rel])
    yield ctx.ref(m.start(), m.end(), "DATE", value)


def _one_unit(unit: str) -> str:
    return {"week": "P1W", "weekend": "P2D", "month": "P1M", "year": "P1Y",
            "quarter": "P1Q", "decade": "P10Y", "century": "P100Y"}[unit]


def _part_delta(ctx: Context, m: re.Match[str], unit: str, part: str) -> int:
    """Past-tense "the end of the year" said early in a year means last year's end."""
    rel = (m["rel"] or "the").lower()
    if rel != "the":
        return {"this": 0, "last": -1, "next": 1}[rel]
    if part not in ("end", "close", "second half") or ctx.tense(m.start(), m.end()) != "past":
        return 0
    early = {"year": ctx.anchor.month <= 9, "month": ctx.anchor.day <= 20,
             "week": ctx.anchor.isoweekday() <= 3}.get(unit, False)
    return -1 if early else 0


def part_of(m: re.Match[str], ctx: Context) -> Refs:
    if m["rel"] and m["rel"].lower() == "that":
        return
    unit = m["unit"].lower()
    part = re.sub(r"\s+", " ", m["part"].lower())
    value = cal.shift_period(ctx.anchor, unit, _part_delta(ctx, m, unit, part))
    mod = _PART_MODS[part]
    if part in ("first half", "second half") and unit == "year":
        value += "-H1" if part == "first half" else "-H2"
    yield ctx.ref(m.start(), m.end(), "DATE", value, mod=mod)


def day_of_month(m: re.Match[str], ctx: Context) -> Refs:
    """"on the 14th": that day of the publication month (of the previous month when it is
    still ahead and the clause is past)."""
    day = int(m["d"])
    tense = ctx.tense(m.start("x"), m.end("x"), near=True) or "past"
    year, month = ctx.anchor.year, ctx.anchor.month
    if tense == "past" and day > ctx.anchor.day:
        year, month = cal.add_months(year, month, -1)
    elif tense == "future" and day < ctx.anchor.day:
        year, month = cal.add_months(year, month, 1)
    found = cal.safe_date(year, month, day)
    if found is not None:
        yield ctx.ref(m.start("x"), m.end("x"), "DATE", found.isoformat())


def the_weekend(m: re.Match[str], ctx: Context) -> Refs:
    """"over the weekend": the latest weekend (past) or the coming one (future)."""
    group = "x" if m["x"] else "y"
    tense = ctx.tense(m.start(group), m.end(group), near=True)
    saturday = cal.resolve_weekday(ctx.anchor, 6, tense or "past")
    if ctx.anchor.isoweekday() == 7 and saturday > ctx.anchor:
        saturday = ctx.anchor - timedelta(days=1)
    yield ctx.ref(m.start(group), m.end(group), "DATE", cal.fmt_week(saturday) + "-WE")


def the_years(m: re.Match[str], ctx: Context) -> Refs:
    yield ctx.ref(m.start(), m.end(), "DATE", cal.shift_period(ctx.anchor, m["unit"].lower(), 0))


def _season_cued(m: re.Match[str], ctx: Context) -> bool:
    rel = (m["rel"] or "").lower()
    if m["y"] or rel not in ("", "the"):
        return True
    if PRE_MOD.search(ctx.text, max(0, m.start() - 30), m.start()):
        return m["s"].lower() != "fall" or rel == "the"
    cued = ctx.prev_word(m.start()).lower() in _SEASON_CUES
    return cued and (m["s"].lower() != "fall" or rel == "the")


def season(m: re.Match[str], ctx: Context) -> Refs:
    if not _season_cued(m, ctx):
        return
    code = SEASONS[m["s"].lower()]
    rel = (m["rel"] or "").lower()
    if m["y"]:
        year = int(m["y"])
    else:
        tense = ctx.tense(m.start(), m.end()) if rel in ("", "the") else None
        year = cal.resolve_season(ctx.anchor, code, rel if rel not in ("", "the") else None, tense)
    yield ctx.ref(m.start(), m.end(), "DATE", f"{year}-{code}")


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4, "final": 4}


def _quarter_year(m: re.Match[str], ctx: Context, number: int) -> int:
    if m["y"] or m["y2"]:
        return int(m["y"] or m["y2"])
    rel = (m["rel"] or "").lower()
    if rel in ("this", "last", "next"):
        return ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[rel]
    return cal.resolve_quarter_year(ctx.anchor, number, ctx.tense(m.start(), m.end()))


def quarter(m: re.Match[str], ctx: Context) -> Refs:
    number = _QUARTERS[m["ord"].lower()]
    year = _quarter_year(m, ctx, number)
    yield ctx.ref(m.start(), m.end(), "DATE", f"{year}-Q{number}")


def quarter_code(m: re.Match[str], ctx: Context) -> Refs:
    number = int(m["q"])
    if m["y"]:
        year = int(m["y"])
    elif m["yy"]:
        year = 2000 + int(m["yy"])
    else:
        year = cal.resolve_quarter_year(ctx.anchor, number, ctx.tense(m.start(), m.end()))
    yield ctx.ref(m.start(), m.end(), "DATE", f"{year}-Q{number}")


def half_code(m: re.Match[str], ctx: Context) -> Refs:
    yield ctx.ref(m.start(), m.end(), "DATE", f"{m['y']}-H{m['h']}")


def vague(m: re.Match[str], ctx: Context) -> Refs:
    words = re.sub(r"\s+", " ", m["w"].lower())
    start = m.start()
    if words.startswith("in "):
        start += 3
    value = VAGUE_REFS.get(words)
    if value is None and words.endswith((" term", " ahead")):
        value = "FUTURE_REF"  # "the near term", "the weeks ahead"
    if value is not None:
        yield ctx.ref(start, m.end(), "DATE", value)
