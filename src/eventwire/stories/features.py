"""What a story is recognised by, taken from one analysed report: content words, actors,
event signatures (type, participants, day) and the publication day. Pure functions."""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from pathlib import Path

from eventwire.datevalues import plausible_publication
from eventwire.events.compatible import INHERITED, INHERITED_SLACK
from eventwire.models import ActorRef, Event, Report
from eventwire.stories.dates import interval

_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]+[^\W\d_]", re.UNICODE)
# words of news prose that say nothing about which happening a report is about
NEWS_WORDS = frozenset("""said says told reported according officials official added
statement people including week weeks day days year years time monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september
october november december earlier later today yesterday tomorrow news reporters""".split())
TITLE_WEIGHT = 3  # a headline word counts like three body words
MAX_TERMS = 60  # content words kept per article (by weight)
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # either side may come first


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words with :data:`NEWS_WORDS`, read when first needed from spaCy's
    ``lang/en/stop_words.py`` alone: importing the ``spacy`` package for them costs seconds
    where no model runs (a Ray driver placing a lake's articles, `lake stories`)."""
    module = sys.modules.get("spacy.lang.en.stop_words")
    if module is None:
        spec = importlib.util.find_spec("spacy")  # locates the package, does not import it
        assert spec is not None and spec.submodule_search_locations
        path = Path(next(iter(spec.submodule_search_locations)), "lang", "en", "stop_words.py")
        words = importlib.util.spec_from_file_location("_eventwire_en_stop_words", path)
        assert words is not None and words.loader is not None
        module = importlib.util.module_from_spec(words)
        words.loader.exec_module(module)
    return frozenset(module.STOP_WORDS) | NEWS_WORDS


def content_words(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text):
        w = _content_word(word)
        if w is not None:
            out.append(w)
    return out


def content_word_counts(text: str, weight: int = 1) -> Counter[str]:
    """How often each content word occurs (times ``weight``): what ``Counter(content_words(
    text))`` gives, each distinct word form normalised once."""
    counts: Counter[str] = Counter()
    for word, n in Counter(_WORD.findall(text)).items():
        w = _content_word(word)
        if w is not None:
            counts[w] += n * weight
    return counts


@lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> str | None:
    """The word form as a content word (casefolded, possessive off), None for a stop word or
    a word under three letters; remembered per form (pure: news repeats its words)."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w if len(w) > 2 and w not in _stop_words() else None


def term_weights(title: str | None, text: str) -> dict[str, float]:
    """Sub-linear term frequencies of the article's content words (headline words weigh
    :data:`TITLE_WEIGHT`), the :data:`MAX_TERMS` heaviest."""
    counts = content_word_counts(text)
    counts.update(content_word_counts(title or "", TITLE_WEIGHT))
    weights = {w: 1.0 + math.log(n) for w, n in counts.items()}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
    return dict(top)


def ref_keys(ref: ActorRef) -> set[str]:
    """Lookup keys of an event participant: its actor id and its country, or for an actor
    without a country (the EU, the UN) the first six letters of its CAMEO-style code."""
    keys = {ref.actor}
    if ref.country:
        keys.add(ref.country)
    elif ref.code and len(ref.code) >= 6:
        keys.add(ref.code[:6])
    return keys


def countries(refs: Iterable[ActorRef]) -> frozenset[str]:
    out = set()
    for ref in refs:
        if ref.country:
            out.add(ref.country)
        elif ref.code and len(ref.code) >= 6:
            out.add(ref.code[:6])
    return frozenset(out)


def event_signatures(events: Iterable[Event]) -> set[str]:
    """``TYPE|A|B|day`` for each asserted, dated-to-the-day event with known participants on
    both sides (or two co-participants of a symmetric type): the same deed on the same day by
    the same countries, whichever outlet reports it."""
    out: set[str] = set()
    for e in events:
        if (e.negated or e.modality not in ("asserted", "reported") or e.date is None
                or e.date.mod in OPEN_ENDED):
            continue
        span = interval(e.date.value)
        if span is None or span[0] != span[1]:
            continue
        src, tgt = countries(e.source), countries(e.target)
        # a date the clause does not state (inherited from the publication, the narrative or
        # a governing clause) says the deed was done by that day: on it or the day before,
        # as fusion reads it (eventwire.events.compatible.date_range)
        days = [span[0].isoformat()]
        if e.date.basis in INHERITED:
            days.append((span[0] - INHERITED_SLACK).isoformat())
        if e.plover in SYMMETRIC:
            both = sorted(src | tgt)
            pairs = {(a, b) for a in both for b in both if a < b}
        else:
            pairs = {(a, b) for a in src for b in tgt if a != b}
        out.update(f"{e.plover}|{a}|{b}|{day}" for a, b in pairs for day in days)
    return out


def half_signatures(events: Iterable[Event]) -> set[str]:
    """``TYPE|A|*|day`` and ``TYPE|*|B|day`` for each directed deed :func:`event_signatures`
    signs (not the symmetric types): the deed with one side, as outlets of one story that
    name the other side differently still share it (the struck building's country against
    its owner: eventwire.stories.within)."""
    out: set[str] = set()
    for sig in event_signatures(e for e in events if e.plover not in SYMMETRIC):
        plover, a, b, day = sig.split("|")
        out.update((f"{plover}|{a}|*|{day}", f"{plover}|*|{b}|{day}"))
    return out


LEAD_CHARS = 400  # a text without a paragraph break: its lead is at most its first 400 chars


def lead_end(title: str | None, text: str) -> int:
    """Where the article's lead ends: the headline (when the text starts with it) and the first
    paragraph after it — what news writing puts first is what the report is about (the
    inverted pyramid); background comes in later paragraphs. A text with no paragraph break
    within :data:`LEAD_CHARS` of its start has that much as its lead."""
    i = len(text) - len(text.lstrip())
    head = (title or "").strip()
    if head and text.startswith(head, i):
        i += len(head)
    while i < len(text) and text[i].isspace():
        i += 1
    end = text.find("\n", i)
    return min(len(text) if end == -1 else end, i + LEAD_CHARS)


LEAD_DAYS = 2  # days a lead's news may span before its latest dated deed
# date modifiers of a time that bounds an event on one side only ("since October 7", "before
# 2021"): no day the deed happened on
OPEN_ENDED = frozenset({"AFTER", "ON_OR_AFTER", "BEFORE", "ON_OR_BEFORE"})


@dataclass(frozen=True)
class Happenings:
    """What the article's lead reports happened when: the days its lead events are dated to
    (each by the dating stage: a date the clause states is that day; one inherited from the
    narrative or the publication is that day or the day before, as fusion reads it) and the
    meetings it reports: the pairs of countries of its lead consultations (PLOVER CONSULT:
    talks, visits, hosting, mediation), each with its days. A meeting is known by who met
    when; other deeds' sides are left out of that test (a reaction names the other party
    as its target, a retaliation reverses the sides)."""

    span: tuple[str, str] | None  # first and last day of the lead's dated events
    pairs: frozenset[str]  # "A|B|first|last" (A < B): two parties and the days they met


def happenings(events: Iterable[Event], lead: int) -> Happenings:
    """The :class:`Happenings` of the events whose sentence starts before offset ``lead``
    (the headline and lead paragraph) — or, when none of those counts, of the first sentence
    that has one: the first happening the report tells. An event counts when it is asserted
    or reported, not negated, and dated to a day. Events dated from a governing clause are
    left out: a subordinate deed ("in response to the US attack", "after the talks") is what
    led to the news, not the news (TimeML: the governed event precedes its governor)."""
    top = lead_events(events, lead)
    first: date | None = None
    last: date | None = None
    pairs: set[str] = set()
    for e, day in top:
        d0 = day - INHERITED_SLACK if e.date is not None and e.date.basis in INHERITED else day
        first = d0 if first is None else min(first, d0)
        last = day if last is None else max(last, day)
        if e.plover != "CONSULT":
            continue
        both = sorted(countries(e.source) | countries(e.target))
        parties = {(a, b) for a in both for b in both if a < b}
        pairs.update(f"{a}|{b}|{d0.isoformat()}|{day.isoformat()}" for a, b in parties)
    span_ = (first.isoformat(), last.isoformat()) if first and last else None
    return Happenings(span_, frozenset(pairs))


def lead_events(events: Iterable[Event], lead: int) -> list[tuple[Event, date]]:
    """The events :func:`happenings` reads as the lead's news, each with its day."""
    told = []
    for e in events:
        if (e.negated or e.modality not in ("asserted", "reported") or e.date is None
                or e.date.basis in ("governing", "none") or e.date.mod in OPEN_ENDED):
            continue  # a state since a day ("held hostage since October 7") is background
        span = interval(e.date.value)
        if span is not None and span[0] == span[1]:
            told.append((e, span[0]))
    first_told = min((e.evidence.sentence.start for e, _ in told), default=0)
    top = [(e, day) for e, day in told
           if e.evidence.sentence.start < lead or e.evidence.sentence.start == first_told]
    # a lead that also dates an earlier deed ("on Monday, weeks after the January 27 truce")
    # reports the latest; what lies more than LEAD_DAYS before it is recalled, not the news
    latest = max((day for _, day in top), default=None)
    if latest is not None:
        top = [(e, day) for e, day in top if (latest - day).days <= LEAD_DAYS]
    return top


@dataclass(frozen=True)
class ArticleFeatures:
    terms: dict[str, float]
    actors: frozenset[str]  # actor ids and countries the report names
    events: frozenset[str]  # event signatures
    day: str | None  # publication day
    lead: Happenings = Happenings(None, frozenset())  # what its lead reports happened when
    # the event signatures of its lead's news (its headline event: see stories.clusters)
    headline: frozenset[str] = frozenset()
    # who and where, by name (:func:`named_entities`): what outlets share however they word
    # a happening, and the pairs of countries its events are between (:func:`dyads`)
    entities: frozenset[str] = frozenset()
    dyads: frozenset[str] = frozenset()


def article_features(report: Report) -> ArticleFeatures:
    a = report.article
    actors = set()
    for actor in report.actors:
        actors.add(actor.id)
        if actor.country:
            actors.add(actor.country)
    lead = lead_end(a.title, a.text)
    told = [e for e, _ in lead_events(report.events, lead)]
    return ArticleFeatures(term_weights(a.title, a.text), frozenset(actors),
                           frozenset(event_signatures(report.events)),
                           publication_day(a.published),
                           happenings(report.events, lead),
                           frozenset(headline_signatures(told)
                                     | place_signatures(told, lead_places(report, lead))),
                           named_entities(report), dyads(report.events))


SPECIFIC_KINDS = ("person",)  # actors named as themselves (institutions such as "the White
# House", "the Kremlin" stand for their government in every story of it)
PLACE_PRECISIONS = ("city", "site")  # places named below the country


def named_entities(report: Report) -> frozenset[str]:
    """The people the report names (``n:`` + actor id) and the towns and sites its lead
    (headline and first paragraph: :func:`lead_places`) places things in (``g:`` + GeoNames
    id, else name; not its dateline, which says where the outlet filed from): what a reaction
    lead or a report told in quotes shares with other outlets' reports of the same happening
    when it shares few of their words — the same minister, the same city. A town named further
    down is often another happening's (the summit in another city the next day, the capital a
    reaction came from). Countries and institutions are left out: every story of a region
    names them."""
    out = {f"n:{a.id}" for a in report.actors if a.kind in SPECIFIC_KINDS}
    a = report.article
    out.update(f"g:{p}" for p in lead_places(report, lead_end(a.title, a.text)))
    return frozenset(out)


def dyads(events: Iterable[Event]) -> frozenset[str]:
    """``A|B`` (A < B) for each pair of countries on the two sides of an asserted, not negated
    event, whatever its type and day: who dealt with whom (candidate retrieval only)."""
    out: set[str] = set()
    for e in events:
        if e.negated or e.modality not in ("asserted", "reported"):
            continue
        for a in countries(e.source):
            for b in countries(e.target):
                if a != b:
                    out.add(f"{min(a, b)}|{max(a, b)}")
    return frozenset(out)


def headline_signatures(events: list[Event]) -> set[str]:
    """The signatures of the lead's news: whole (:func:`event_signatures`) and with one side
    (:func:`half_signatures`)."""
    return event_signatures(events) | half_signatures(events)


def lead_places(report: Report, lead: int) -> frozenset[str]:
    """The towns and sites the article's lead (headline and first paragraph, ending at offset
    ``lead``) names as places, by GeoNames id (else name) — not its dateline, which says where
    the outlet filed from."""
    return frozenset(str(p.geonameid) if p.geonameid is not None else p.name.casefold()
                     for p in report.places
                     if p.precision in PLACE_PRECISIONS and p.basis != "dateline"
                     and p.start is not None and p.start < lead)


def place_signatures(events: list[Event], places: frozenset[str]) -> set[str]:
    """``TYPE|*|@PLACE|day`` for each type and day of the lead's news (``events``, as
    :func:`lead_events` reads them) and each town its lead names: a deed of one type in one
    town on one day, as leads that word it differently still tell it — a follow-up whose lead
    is the funerals after the strike, a rewrite naming the army for the state, an outlet whose
    coder read the sides another way. Signed as a half signature (no dyad):
    eventwire.stories.clusters counts it once, as its ``EVENT_BONUS``."""
    out: set[str] = set()
    if not places:
        return out
    for e in events:
        if e.negated or e.modality not in ("asserted", "reported") or e.date is None:
            continue
        span = interval(e.date.value)
        if span is None or span[0] != span[1]:
            continue
        days = [span[0].isoformat()]
        if e.date.basis in INHERITED:
            days.append((span[0] - INHERITED_SLACK).isoformat())
        out.update(f"{e.plover}|*|@{p}|{day}" for p in places for day in days)
    return out


def publication_day(published: str | None) -> str | None:
    """The publication day, when the article has a plausible one (placeholders such as
    9999-12-31 are no day: a story window cannot be built around them)."""
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return day.isoformat() if plausible_publication(day) else None


def cosine(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """Cosine of two term-weight vectors after weighting each term by its idf."""
    dot = sum(w * b[t] * idf.get(t, 1.0) ** 2 for t, w in a.items() if t in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum((w * idf.get(t, 1.0)) ** 2 for t, w in a.items()))
    nb = math.sqrt(sum((w * idf.get(t, 1.0)) ** 2 for t, w in b.items()))
    return dot / (na * nb)


def publication_order(article_id: str, published: str | None) -> tuple[int, str, str]:
    """Sort key putting articles in the order they were published (as instants: offsets are
    taken into account), those without a readable time last, ties by id — the order a
    rebuilt store or the lake places articles into stories and fused events, so the result
    does not depend on file names or the order files were written in."""
    try:
        moment = datetime.fromisoformat(published or "")
    except ValueError:
        return (1, "", article_id)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (0, moment.astimezone(UTC).isoformat(), article_id)
