"""The header block of a plain-text report: outlet, headline and date line above the body.

Reports pasted from a site or a wire come with a few short lines before the story: the
outlet ("aljazeera.com", "Frontier Post Online"), the headline, a date line ("Published On
23 Sep 2025", "Tue Dec 3, 2024 08:40 PM", "Dakar | 6 February 2024", "18.07.2023 14:02"),
sometimes a story id, in any order. Read as one text, the outlet becomes the title, the
headline a paragraph of the body and the date line a paragraph whose date is no publication
date, so that "on Tuesday" in the lead stays unresolved and the body's dateline ("KAZAN:")
is not found in the first paragraphs and is read as an actor.

A header is only recognised with a date line or an outlet's domain on the first line: the
short lines before the first body paragraph (a full sentence of 20 words or more, or a line
opening with a dateline), one of them a day date with few other words. The date is read
by the temporal tagger (only expressions whose value does not depend on an anchor); a line
with a date is a date line only when at most :data:`MAX_OTHER_WORDS` words besides the
date and time are left ("Published On", "By a staff correspondent |"). With neither the
text keeps the plain reading (the first line is the title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.structure.layout import DATELINE, is_dateline

MAX_HEADER_LINES = 6
MAX_OTHER_WORDS = 5
BODY_WORDS = 20  # a line this long ending a sentence is body text, not a headline
DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
STORY_ID = re.compile(r"^(?:News|Story|Article)\s*ID\s*:\s*(\S+)\s*$", re.I)
DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.I)
OUTLET_WORDS = 6
# what may stand before the date on a date line: nothing, a weekday, a date-line word, or
# anything closed by a bar ("By a staff correspondent |", "Lima |")
DATE_LINE_START = re.compile(
    r"|.*\||(?:(?:first |last )?(?:published|updated|posted|modified|created)|date[d:]?|on)"
    r"(?:\s+(?:on|at))?\s*:?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?", re.I)
SENTENCE_END = re.compile(r"[.!?][\"”’']?$")


@dataclass(frozen=True)
class Header:
    title: str | None
    source: str | None
    source_id: str | None
    published: date | None
    body: str


def body_line(line: str) -> bool:
    """The first line of the story: a long full sentence, or a line opening with a dateline."""
    words = line.split()
    if len(words) >= BODY_WORDS and line.rstrip().endswith((".", "!", "?", '"', "”")):
        return True
    match = DATELINE.match(line)
    if match is None:
        return False
    return is_dateline(match.group("place"), match.group("sep")) and (
        len(words) >= BODY_WORDS // 2)


def line_date(line: str) -> date | None:
    """The day a date line gives, when the line is (almost) nothing but a date and time: it
    starts with the date, a weekday or a date-line word ("Published On", "Updated:", "By a
    staff correspondent |", "Lima |"), is no sentence, and leaves at most
    :data:`MAX_OTHER_WORDS` other words."""
    if SENTENCE_END.search(line):
        return None
    # imported here: the temporal tagger pulls in spaCy, which reading and skipping inputs
    # must not load (test_hardening: skip-only inputs and queries never load the model)
    from eventwire.timex import absolute_times

    refs = absolute_times(line)
    first = next((r for r in refs if r.value and DAY.match(r.value)), None)
    if first is None:
        return None
    day = DAY.match(first.value or "")
    assert day is not None
    if not DATE_LINE_START.fullmatch(line[:min(r.start for r in refs)].strip()):
        return None
    rest = line
    for ref in sorted(refs, key=lambda r: -r.start):
        rest = rest[:ref.start] + " " + rest[ref.end:]
    others = [w for w in re.split(r"[\s|,:/–—-]+", rest) if re.search(r"[A-Za-z]", w)]
    if len(others) > MAX_OTHER_WORDS:
        return None
    try:
        return date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
    except ValueError:
        return None


def read_header(text: str) -> Header | None:
    """The header block of ``text`` and the body below it; None when there is no date line
    and no domain on the first line."""
    lines = text.strip().split("\n")
    header: list[tuple[int, str]] = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if body_line(line) or len(header) == MAX_HEADER_LINES:
            break
        header.append((i, line))
    else:
        return None  # no body below the short lines
    if len(header) < 2:
        return None
    body_from = header[-1][0] + 1
    dated = [(k, d) for k, (_, line) in enumerate(header) if (d := line_date(line)) is not None]
    if not dated and not DOMAIN.match(header[0][1]):
        return None
    date_at, published = dated[0] if dated else (-1, None)
    if any(SENTENCE_END.search(line) and not DOMAIN.match(line)
           for k, (_, line) in enumerate(header) if k != date_at):
        return None  # a sentence above the body: the short lines are the story's, keep them
    source_id = None
    rest: list[tuple[int, str]] = []
    for k, (_, line) in enumerate(header):
        if k == date_at:
            continue
        if m := STORY_ID.match(line):
            source_id = m.group(1)
            continue
        rest.append((k, line))
    source = None
    if len(rest) >= 2 or rest and rest[0][0] == 0 and DOMAIN.match(rest[0][1]):
        first = rest[0][1]
        if DOMAIN.match(first) or len(first.split()) <= OUTLET_WORDS:
            source = first.lower().removeprefix("www.") if DOMAIN.match(first) else first
            rest = rest[1:]
    title = max((line for _, line in rest), key=lambda s: len(s.split()), default=None)
    return Header(title=title, source=source, source_id=source_id, published=published,
                  body="\n".join(lines[body_from:]).strip())
