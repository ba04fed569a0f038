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

from datetime import UTC, datetime, timedelta

from eventwire.dedup import SHINGLE, shingles, words
from eventwire.models import Article

ZONE_UNCERTAINTY = timedelta(hours=14)  # UTC-12 .. UTC+14: an assumed zone's possible error
DATE_ONLY = timedelta(days=1)  # a date without a time: any hour of it
MARGIN = 0.1  # how much more of one body the other must hold to be the original
WHOLLY = 0.97  # a body this much inside the other lies wholly in it (a shingle may span a trim)
CUT = 8  # shingles of its own the original must have more: a short sentence cut from the end
SHINGLE_SPAN = 3  # shingles one edited word changes (each shingle holds three words)
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
    original), when one body lies wholly inside the other and the other has at least a short
    sentence more: a copy desk's cut of a last paragraph is a few per cent of a long story,
    under :data:`MARGIN`. None when neither holds."""
    mine, theirs = shingles(a), shingles(b)
    if not mine or not theirs:
        return None
    only_mine, only_theirs = len(mine - theirs), len(theirs - mine)
    if (len(theirs & mine) / len(theirs) >= WHOLLY and only_mine - only_theirs >= CUT
            and _tail(a, theirs, only_theirs)):
        return True
    if (len(mine & theirs) / len(mine) >= WHOLLY and only_theirs - only_mine >= CUT
            and _tail(b, mine, only_mine)):
        return False
    return None


def _tail(longer: str, kept: set[bytes], edits: int) -> bool:
    """Whether what ``longer`` has beyond the ``kept`` shingles of the shorter body is its end:
    a copy desk cuts from the bottom, so the cut text follows the last kept shingle; a
    sentence inserted before it (a republisher's local paragraph: "The Saudi foreign minister
    welcomed both delegations") is an addition, which makes the longer the copy. Inside the
    kept text the longer may differ by about as much as the shorter's own edits (``edits``:
    its shingles the longer lacks)."""
    order = [s.encode() for s in _ordered(longer)]
    last = max((i for i, s in enumerate(order) if s in kept), default=-1)
    inside = sum(1 for s in order[:last] if s not in kept)
    return inside <= edits + SHINGLE_SPAN


def _ordered(text: str) -> list[str]:
    tokens = words(text)
    return [" ".join(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]


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


def _error(first: Article, second: Article, error_a: timedelta,
           error_b: timedelta) -> timedelta:
    """How far off the difference of two publication times may be. Two times of one outlet
    read in the same assumed zone are off alike, so their difference is exact (a first take at
    09:10 and its update at 18:40: the update is the later, whatever the zone); otherwise the
    larger of the two times' errors."""
    if (first.source and first.source == second.source and first.timezone == second.timezone
            and first.timezone_basis == second.timezone_basis != "input"):
        return max(error_a, error_b) - ZONE_UNCERTAINTY  # a date alone keeps its day
    return max(error_a, error_b)


def original_first(first: Article, second: Article) -> tuple[bool, str]:
    """Whether ``first`` (the one stored earlier) is the original of the near-duplicate pair,
    and the basis of the answer (module doc)."""
    a, b = instant(first), instant(second)
    if a is not None and b is not None and abs(a[0] - b[0]) > _error(first, second, a[1], b[1]):
        return a[0] < b[0], "earlier"
    body_a, body_b = body_of(first.text, first.title), body_of(second.text, second.title)
    held_b, held_a = containment(body_b, body_a), containment(body_a, body_b)
    if abs(held_b - held_a) >= MARGIN:
        return held_b > held_a, "contains"
    cut = cut_from(body_a, body_b)
    if cut is not None:
        return cut, "contains"
    if a is not None and b is not None and a[0] != b[0]:
        return a[0] < b[0], "earlier"
    return True, "stored"
