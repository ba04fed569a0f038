"""Temporal tagger and normaliser: find time expressions, give them TimeML values.

Conventions (where TimeML or the TempEval-3 gold leaves a choice):

* Output records are :class:`eventwire.models.TimeRef`, sorted, non-overlapping, with
  ``text[start:end] == ref.text``.
* Spans follow the TempEval-3 gold: "on"/"in" are outside ("on Tuesday" -> "Tuesday"),
  "the" is inside for "the last week", "the past two years"; approximators ("about a
  month") stay outside the span but set ``mod`` (APPROX, MORE_THAN, ...).
* Mods are TimeML's (START, MID, END, APPROX, ...): "early 2024" -> START, "mid-2025"
  -> MID, "late last year" -> END. The dev gold carries no mod attribute to decide
  otherwise.
* "earlier this month" / "later this year" keep the value of the enclosing period
  (2025-02 / 2025) with no mod: TimeML has no mod for "the part after now", and the
  period is what event dating needs.
* Weekdays: past tense -> the most recent such day on or before the publication date
  (a Friday paper's "said Friday" is that Friday, as in the gold); future -> the next on
  or after; "last"/"next" Tuesday -> strictly before/after.
* Bare months: past -> the most recent such month (this one included), future -> the next.
* "recent years", "recent weeks" are DURATION PXY / PXW (the gold's convention);
  "recently", "the past" -> PAST_REF; "now", "currently" -> PRESENT_REF;
  "the future", "soon" -> FUTURE_REF.
* Years used as names ("the 2015 nuclear deal", "Vision 2030") are not emitted (the gold
  does not tag "the 1953 team"); :func:`is_name_year` is the test.
* Relative-to-event expressions ("two days later", "the next day") have
  ``anchor="event"``, ``relation``, ``offset`` and ``value=None``.
"""

from eventwire.timex.names import is_name_year
from eventwire.timex.tagger import absolute_times, tag_times

__all__ = ["absolute_times", "is_name_year", "tag_times"]
