"""The temporal tagger: run every rule, keep the best non-overlapping refs, post-edit.

Post-editing adds the TimeML mod of a prefix ("late last year" -> END, "mid-2025" -> MID)
and the date of a bare time of day ("10 a.m." next to "on Tuesday", else the anchor day).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from eventwire.models import TimeRef
from eventwire.timex import patterns as P
from eventwire.timex import rules_dates as D
from eventwire.timex import rules_durations as U
from eventwire.timex import rules_periods as F
from eventwire.timex import rules_relative as R
from eventwire.timex import triggers as T
from eventwire.timex.anchoring import FOCUS_WINDOW, is_calendar, resolve
from eventwire.timex.context import Context
from eventwire.timex.lexicon import MOD_PREFIXES

if TYPE_CHECKING:
    from spacy.tokens import Doc

Handler = Callable[[re.Match[str], Context], Iterable[TimeRef]]
Rule = tuple[re.Pattern[str], Handler, frozenset[str]]

_MONTHS, _DIGITS, _UNITS = T.MONTH_WORDS, T.DIGIT_WORDS, T.UNIT_WORDS
# Order = priority between candidates of the same length (earlier wins).
RULES: tuple[Rule, ...] = (
    (P.ISO_DATE, D.iso_date, _DIGITS), (P.NUMERIC_DATE, D.numeric_date, _DIGITS),
    (P.DAY_MONTH, D.day_month, _MONTHS), (P.MONTH_DAY, D.month_day, _MONTHS),
    (P.MONTH_YEAR, D.month_year, _MONTHS), (P.QUARTER, R.quarter, T.QUARTER_WORDS),
    (P.QUARTER_CODE, R.quarter_code, _DIGITS), (P.HALF_CODE, R.half_code, _DIGITS),
    (P.EVENT_THE, U.event_the, _UNITS), (P.EVENT_REL, U.event_rel, _UNITS),
    (P.SET_EVERY, U.set_every, _UNITS | T.WEEKDAY_WORDS),
    (P.SET_ADVERB, U.set_adverb, T.ADVERB_WORDS),
    (P.WEEKDAY_SET, D.weekday_set, T.WEEKDAY_WORDS), (P.CLOCK, R.clock, _DIGITS),
    (P.NOON, R.noon, T.NOON_WORDS), (P.DAY_WORD, R.day_word, T.DAY_WORDS),
    (P.PART_OF, R.part_of, T.PERIOD_WORDS), (P.REL_PERIOD, R.rel_period, T.PERIOD_WORDS),
    (P.THE_YEARS, R.the_years, T.PERIOD_WORDS), (P.DAY_OF_MONTH, R.day_of_month, _DIGITS),
    (P.THE_WEEKEND, R.the_weekend, T.PERIOD_WORDS), (P.SEASON, R.season, T.SEASON_WORDS),
    (P.DECADE, D.decade, _DIGITS), (P.DECADE_WORD, D.decade_word, T.DECADE_WORDS),
    (P.CENTURY, D.century, T.CENTURY_WORDS), (P.WEEKDAY_REF, D.weekday_ref, T.WEEKDAY_WORDS),
    (P.MONTH_BARE, D.month_bare, _MONTHS), (P.YEAR_RANGE, D.year_range, _DIGITS),
    (P.YEAR_ALONE, D.year_alone, _DIGITS), (P.DURATION, U.duration, _UNITS),
    (P.BARE_UNITS, U.bare_units, _UNITS), (P.VAGUE, R.vague, T.VAGUE_WORDS),
    (P.YEAR_QUARTER, F.year_quarter, T.QUARTER_WORDS),
    (P.LATEST_QUARTER, F.latest, T.QUARTER_WORDS),
    (P.YEAR_EARLIER, F.year_earlier, T.PERIOD_WORDS | T.EARLIER_WORDS),
    (P.SAME_PERIOD, F.same_period, T.SAME_WORDS), (P.FISCAL, F.fiscal, T.FISCAL_WORDS),
    (P.YEAR_WORDS, F.year_words, T.YEAR_NUMBER_WORDS), (P.MILITARY, R.military, _DIGITS),
    (P.YEAR_HALF, F.year_half, T.HALF_WORDS), (P.YEAR_END, F.year_end, T.PERIOD_WORDS),
)
_NO_PREFIX_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(?=$|T)")
_BEFORE_GAP = re.compile(r",?\s+(?:at|from|around|by)?\s*|\s*,\s*", re.IGNORECASE)
_AFTER_GAP = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)


def _candidates(ctx: Context) -> Iterator[tuple[int, TimeRef]]:
    found = T.trigger_positions(ctx.text)
    for priority, (pattern, handler, words) in enumerate(RULES):
        for lo, hi in T.windows(found, words, len(ctx.text)):
            for match in pattern.finditer(ctx.text, lo, hi):
                try:
                    refs = list(handler(match, ctx))
                except OverflowError:  # calendar arithmetic past year 1 or 9999: no value
                    continue
                for ref in refs:
                    if ref.end > ref.start:
                        yield priority, ref


def _select(candidates: Iterable[tuple[int, TimeRef]]) -> list[TimeRef]:
    """Longest first, then rule priority, then leftmost; drop anything overlapping."""
    ranked = sorted(candidates, key=lambda c: (c[1].start - c[1].end, c[0], c[1].start))
    taken: list[TimeRef] = []
    for _, ref in ranked:
        if all(ref.end <= t.start or ref.start >= t.end for t in taken):
            taken.append(ref)
    return sorted(taken, key=lambda r: r.start)


def _with_prefix(ref: TimeRef, ctx: Context, floor: int) -> TimeRef:
    """Extend a date over an "early"/"mid-"/"the end of" prefix and set its mod."""
    if ref.type != "DATE" or ref.anchor != "publication" or ref.value in _NO_PREFIX_VALUES:
        return ref
    match = P.PRE_MOD.search(ctx.text, max(floor, ref.start - 30), ref.start)
    if match is None:
        return ref
    mod, half = MOD_PREFIXES[re.sub(r"\s+", " ", match["m"].lower())]
    value = ref.value
    if half and value is not None and re.fullmatch(r"\d{4}", value):
        value = f"{value}-{half}"
    start = match.start("m")
    return replace(ref, start=start, text=ctx.text[start:ref.end], value=value,
                   mod=ref.mod or mod)


def _apply_prefixes(refs: list[TimeRef], ctx: Context) -> list[TimeRef]:
    out: list[TimeRef] = []
    for ref in refs:
        floor = out[-1].end if out else 0
        out.append(_with_prefix(ref, ctx, floor))
    return out


def _day_near(refs: list[TimeRef], index: int, ctx: Context) -> str:
    """Date of the day expression right before ("Tuesday at 10 a.m.") or right after
    ("10 a.m. on Tuesday") refs[index], else the anchor date."""
    ref = refs[index]
    if index > 0 and _BEFORE_GAP.fullmatch(ctx.text[refs[index - 1].end:ref.start]):
        found = _DAY_VALUE.match(refs[index - 1].value or "")
        if found:
            return found.group(0)
    if index + 1 < len(refs) and _AFTER_GAP.fullmatch(ctx.text[ref.end:refs[index + 1].start]):
        found = _DAY_VALUE.match(refs[index + 1].value or "")
        if found:
            return found.group(0)
    return ctx.anchor.isoformat()


def _date_times(refs: list[TimeRef], ctx: Context) -> list[TimeRef]:
    out = list(refs)
    for i, ref in enumerate(refs):
        if ref.type == "TIME" and ref.value and ref.value.startswith("T"):
            out[i] = replace(ref, value=_day_near(refs, i, ctx) + ref.value)
    return out


def _calendar_day(ref: TimeRef) -> str | None:
    """The calendar part of a DATE/TIME value that can be a focus ("2025-03-05T18:00Z"
    -> "2025-03-05"), else None."""
    if ref.type not in ("DATE", "TIME") or not ref.value:
        return None
    value = ref.value.split("T")[0]
    return value if is_calendar(value) else None


def _focus(refs: list[TimeRef], ctx: Context, start: int) -> str | None:
    """The latest calendar date mentioned shortly before ``start`` (paragraphs of news are
    short, so the window crosses them)."""
    floor = start - FOCUS_WINDOW
    for ref in reversed(refs):
        if ref.end <= start and ref.start >= floor:
            value = _calendar_day(ref)
            if value:
                return value
    return None


def _speech_focus(refs: list[TimeRef], ctx: Context, start: int) -> str | None:
    """The day a quotation was spoken: a day named outside the quotes in its paragraph
    ("..., he said on Monday"), else the day of the lead's event when it lies in the three
    days before publication (news quotes come from the event the article reports), else
    None (the document date)."""
    lo = ctx.text.rfind("\n", 0, start) + 1
    hi = ctx.text.find("\n", start)
    hi = len(ctx.text) if hi < 0 else hi
    for ref in refs:
        value = _calendar_day(ref)
        outside = not T.in_quote(ctx.text, ref.start)
        if lo <= ref.start < hi and value and len(value) == 10 and outside:
            return value
    days = [v for v in map(_calendar_day, refs) if v and len(v) == 10]
    if days and 0 < (ctx.anchor - date.fromisoformat(days[0])).days <= 3:
        return days[0]
    return None


def _anchor_shifts(refs: list[TimeRef], ctx: Context) -> list[TimeRef]:
    """Give each ref registered with a Shift its value, in text order (a resolved ref is
    the focus of the next ones: "in 2019 ... the following year ... two years later")."""
    if not ctx.pending:
        return refs
    out: list[TimeRef] = []
    for ref in refs:
        shift = ctx.pending.get(ref)
        if shift is not None:
            focus = (_speech_focus(refs, ctx, ref.start) if shift.grain == "speech"
                     else _focus(out, ctx, ref.start))
            # Counting forward from the document date is a guess about the future: "two
            # days later" with no date in focus stays relative to its event.
            if focus is not None or shift.sign < 0 or shift.grain in ("speech", "quarter"):
                ref = replace(ref, value=resolve(shift, focus, ctx.anchor))
        out.append(ref)
    return out


def tag_times(text: str, anchor: datetime, *, doc: Doc | None = None,
              trust_doc: bool = False) -> list[TimeRef]:
    """Find and normalise the time expressions of ``text``, published at ``anchor``.

    ``anchor`` is the publication time in the outlet's local zone; relative expressions
    resolve against its local date. ``doc`` (a spaCy Doc over exactly ``text``) lets
    the tense of governing verbs decide weekdays and bare months. ``trust_doc``: the
    caller made ``doc`` from ``text`` itself (the pipeline) and the check that it did,
    which rebuilds the text from every token, is skipped.
    """
    if not trust_doc:
        _check_doc(text, doc)
    local_day = anchor.date() if isinstance(anchor, datetime) else date.fromisoformat(str(anchor))
    ctx = Context(text=text, anchor=local_day, doc=doc)
    refs = _anchor_shifts(_select(_candidates(ctx)), ctx)
    return _date_times(_apply_prefixes(refs, ctx), ctx)


def _check_doc(text: str, doc: Doc | None) -> None:
    if doc is not None and doc.text != text:
        raise ValueError("tag_times: doc must be a parse of exactly the given text")


_PROBES = (datetime(1970, 1, 7, 12), datetime(1983, 8, 17, 12))


def absolute_times(text: str, *, doc: Doc | None = None,
                   trust_doc: bool = False) -> list[TimeRef]:
    """The expressions whose value does not depend on the document date ("26 February
    2025", "2019", "three days"): tagged against two unrelated anchors, kept when equal."""
    if not trust_doc:
        _check_doc(text, doc)
    first, second = (tag_times(text, probe, doc=doc, trust_doc=True) for probe in _PROBES)
    kept = set(second)
    return [ref for ref in first if ref in kept]
