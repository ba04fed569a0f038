"""Rules for reporting periods of business and economic news: quarters with a year,
"the latest quarter", "the year-earlier quarter", "the same period last year", fiscal
years, and years written out in words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventwire.models import TimeRef
from eventwire.timex.anchoring import Shift, latest_quarter
from eventwire.timex.context import Context
from eventwire.timex.lexicon import NUMBER_WORDS, YEAR_CUES
from eventwire.timex.names import is_name_year

Refs = Iterator[TimeRef]

_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4, "final": 4}
_PERIOD_GRAIN = {"quarter": "quarter", "three months": "quarter"}


def year_quarter(m: re.Match[str], ctx: Context) -> Refs:
    """"the 2023 second quarter" -> 2023-Q2; "the 2023 quarter" -> 2023-QX (TimeML: the
    year is known, the quarter is not)."""
    number = _QUARTERS[m["ord"].lower()] if m["ord"] else None
    value = f"{m['y']}-Q{number}" if number else f"{m['y']}-QX"
    yield ctx.ref(m.start(), m.end(), "DATE", value)


def latest(m: re.Match[str], ctx: Context) -> Refs:
    """"the latest quarter": the last quarter already over at the document date."""
    yield ctx.ref(m.start(), m.end(), "DATE", latest_quarter(ctx.anchor))


def year_earlier(m: re.Match[str], ctx: Context) -> Refs:
    """"the year-earlier quarter", "the year-ago period": the period in focus (or the latest
    quarter) a year before."""
    what = re.sub(r"\s+", " ", m["what"].lower())
    grain = _PERIOD_GRAIN.get(what, "period")
    ref = ctx.ref(m.start(), m.end(), "DATE", None)
    yield ctx.shifted(ref, Shift("Y", 1, -1, grain=grain if grain == "quarter" else None))


def same_period(m: re.Match[str], ctx: Context) -> Refs:
    """"the same period last year", "the same month a year ago": the period in focus a
    year before (the year before the document year when no period is in focus)."""
    grain = "quarter" if m["what"].lower() == "quarter" else None
    ref = ctx.ref(m.start(), m.end(), "DATE", None)
    yield ctx.shifted(ref, Shift("Y", 1, -1, grain=grain))


def fiscal(m: re.Match[str], ctx: Context) -> Refs:
    """"fiscal 2024", "the 2024 fiscal year", "FY24" -> FY2024 (TimeML)."""
    year = m["y1"] or m["y2"] or m["y3"]
    if len(year) == 2:
        year = f"{2000 + int(year) if int(year) <= ctx.anchor.year % 100 + 5 else 1900 + int(year)}"
    yield ctx.ref(m.start(), m.end(), "DATE", f"FY{year}")


def _words_number(words: str) -> int:
    return sum(NUMBER_WORDS[w] for w in re.split(r"[\s-]+", words.lower()) if w in NUMBER_WORDS)


def year_words(m: re.Match[str], ctx: Context) -> Refs:
    """"nineteen seventy-nine" -> 1979, "two thousand and five" -> 2005, after a word that
    makes a year a date ("in", "since", "the year") and not before a counted noun."""
    previous = ctx.prev_word(m.start()).lower()
    if previous not in YEAR_CUES or is_name_year(ctx.text, m.start(), m.end()):
        return
    if m["c"]:
        century = NUMBER_WORDS[m["c"].lower()]
        rest = m["t"].lower()
        if rest == "hundred":
            year = century * 100
        else:
            year = century * 100 + _words_number(re.sub(r"^(?:oh|o)[\s-]+", "", rest))
    else:
        year = 2000 + (_words_number(m["k"]) if m["k"] else 0)
    yield ctx.ref(m.start(), m.end(), "DATE", f"{year:04d}")


def year_half(m: re.Match[str], ctx: Context) -> Refs:
    """"next year's first half" -> 1990-H1, "1990's second half" -> 1990-H2."""
    if m["y"]:
        year = int(m["y"])
    else:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    half = 1 if m["ord"].lower() == "first" else 2
    yield ctx.ref(m.start(), m.end(), "DATE", f"{year:04d}-H{half}")


def year_end(m: re.Match[str], ctx: Context) -> Refs:
    """"at year-end": the end of the current year (of the last one when said in the past
    tense before October: the accounts of the year just closed)."""
    year = ctx.anchor.year
    if ctx.tense(m.start(), m.end()) == "past" and ctx.anchor.month <= 9:
        year -= 1
    yield ctx.ref(m.start("x"), m.end("x"), "DATE", str(year), mod="END")
