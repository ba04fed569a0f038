"""Which of two near-duplicate articles is the original. Pure.

A wire copy is its original republished with a new headline and trimmed or cut paragraphs:
copy desks cut from the bottom and shorten paragraphs, and seldom add to a wire story. So of
two near-duplicates the article whose body holds the other's (all but what was cut) is the
original — evidence that does not depend on clocks.

Publication times decide first when they can: two times with explicit UTC offsets that differ
put the earlier first. A time whose zone was assumed (written without one and read in the
outlet's home zone or the default zone, ``Article.timezone_basis`` other than ``input``) can be
off by as much as the world's zones are apart, :data:`ZONE_UNCERTAINTY`; a date without a time
by a day more; two times of one outlet read in one assumed zone are off alike, and their
difference is exact (a first take and its later, longer update). Times closer than that, tied or
missing leave it to the text; when the text shows no such difference either (both edited), the
earlier time, else the first stored, is the original. The basis is stored with the pair
(:data:`ORIGINAL_BASES`): ``earlier`` (its publication time), ``contains`` (its body holds the
copy's), ``stored`` (stored first; nothing else told)."""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, datetime, timedelta

from eventwire.dedup import SHINGLE, shingles, words
from eventwire.models import Article

ZONE_UNCERTAINTY = timedelta(hours=14)  # UTC-12 .. UTC+14: an assumed zone's possible error
DATE_ONLY = timedelta(days=1)  # a date without a time: any hour of it
MARGIN = 0.1  # how much more of one body the other must hold to be the original
WHOLLY = 0.97  # a body this much inside the other lies wholly in it (a shingle may span a trim)
CUT = 8  # shingles of its own the original must have more: a short sentence cut from the end
ORIGINAL_BASES = ("earlier", "contains", "stored")


def body_of(text: str, title: str | None) -> str:
    """The article's body: its text without the headline paragraph a copy replaces."""
    title = (title or "").strip()
    if title and text.startswith(title):
        return text[len(title):].lstrip()
    return text


def containment(a: str, b: str) -> float:
    """The share of ``a``'s word 3-shingles that ``b`` also has (0.0 for an empty ``a``)."""
    mine = shingles(a)
    return len(mine & shingles(b)) / len(mine) if mine else 0.0


def cut_from(a: str, b: str) -> bool | None:
    """Whether ``a`` is the original that ``b`` was cut from (False: ``b`` is ``a``'s
    original): one body lies wholly inside the other, and what the other has more is its
    last paragraph(s) - a copy desk cuts from the bottom - of at least a short sentence. Such
    a cut is a few per cent of a long story, under :data:`MARGIN`; a sentence added in the
    middle is no cut. None when neither is."""
    return _cut_from(a, b, shingles(a), shingles(b))


def _cut_from(a: str, b: str, mine: set[bytes], theirs: set[bytes]) -> bool | None:
    """:func:`cut_from` with the two bodies' shingles already read."""
    if _cut_tail(a, mine, theirs):
        return True
    if _cut_tail(b, theirs, mine):
        return False
    return None


def _cut_tail(longer: str, mine: set[bytes], theirs: set[bytes]) -> bool:
    """Whether the shorter body (shingles ``theirs``) is ``longer`` (shingles ``mine``)
    without its last paragraph(s).

    The head left by a cut is a prefix of the longer body's words (no word spans a paragraph
    break), so its shingles are those that first occur before the cut: each cut is read from
    the first occurrences, not by shingling the head again. Cutting more only takes
    shingles away, so once the head holds too little of the shorter body no longer cut
    can hold enough."""
    if not theirs or len(theirs & mine) / len(theirs) < WHOLLY:
        return False
    tokens = words(longer)
    first: dict[bytes, int] = {}  # each shingle (as dedup.shingles makes it) and its position
    for j in range(len(tokens) - SHINGLE + 1):
        first.setdefault(" ".join(tokens[j:j + SHINGLE]).encode(), j)
    # shingles by where they first occur, and how many of the first k are the shorter's
    order = sorted(first.values())
    shared = sorted(j for s, j in first.items() if s in theirs)
    paragraphs = [p for p in longer.split("\n\n") if p.strip()]
    lengths = [len(words(p)) for p in paragraphs]
    kept = len(tokens)
    for cut in range(1, len(paragraphs)):
        kept -= lengths[-cut]  # the head's words: the first ``kept``
        last = kept - SHINGLE  # the head's shingles start at 0 .. kept - SHINGLE
        own = bisect_right(order, last)  # how many shingles the head has
        held = bisect_right(shared, last)  # how many of them the shorter body has
        # the head is the shorter body (each wholly in the other), the rest was cut: a longer
        # body whose head alone lies in the shorter while its later paragraphs are in it too
        # had something inserted, not cut
        if held / len(theirs) < WHOLLY:
            return False  # a shorter head holds no more of it
        if own and held / own >= WHOLLY:
            tail = shingles("\n\n".join(paragraphs[-cut:])) - theirs
            return len(tail) >= CUT
    return False


def instant(article: Article) -> tuple[datetime, timedelta] | None:
    """The article's publication instant (UTC) and how far off it may be; None without one."""
    published = article.published
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    error = timedelta(0) if article.timezone_basis == "input" else ZONE_UNCERTAINTY
    if len(published) <= 10:  # a date alone
        error += DATE_ONLY
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
        error = max(error, ZONE_UNCERTAINTY)
    return moment.astimezone(UTC), error


def _apart(first: Article, second: Article, a: tuple[datetime, timedelta],
           b: tuple[datetime, timedelta]) -> timedelta:
    """How far off the difference of the two instants may be: the larger error of the two,
    but none for two times of one outlet read in one zone (a first take and its update):
    whatever zone was assumed, it was assumed for both, so their difference is exact (a date
    without a time still leaves its day)."""
    if (first.source and first.source == second.source and first.timezone == second.timezone
            and first.timezone_basis == second.timezone_basis):
        dated_only = min(len(first.published or ""), len(second.published or "")) <= 10
        return DATE_ONLY if dated_only else timedelta(0)
    return max(a[1], b[1])


def original_first(first: Article, second: Article) -> tuple[bool, str]:
    """Whether ``first`` (the one stored earlier) is the original of the near-duplicate pair,
    and the basis of the answer (module doc)."""
    a, b = instant(first), instant(second)
    if a is not None and b is not None and abs(a[0] - b[0]) > _apart(first, second, a, b):
        return a[0] < b[0], "earlier"
    body_a, body_b = body_of(first.text, first.title), body_of(second.text, second.title)
    shingles_a, shingles_b = shingles(body_a), shingles(body_b)  # read once for every test
    shared = len(shingles_a & shingles_b)
    held_b = shared / len(shingles_b) if shingles_b else 0.0  # containment(body_b, body_a)
    held_a = shared / len(shingles_a) if shingles_a else 0.0
    if abs(held_b - held_a) >= MARGIN:
        return held_b > held_a, "contains"
    cut = _cut_from(body_a, body_b, shingles_a, shingles_b)
    if cut is not None:
        return cut, "contains"
    if a is not None and b is not None and a[0] != b[0]:
        return a[0] < b[0], "earlier"
    return True, "stored"
