"""Fused events: the events of different articles that are one real-world event, joined on
ingest (inside each article's transaction) and read back with all their mentions.

An event joins the earliest stored fused event whose representative (its first mention) is
the same event by :func:`eventwire.events.compatible.same_event` — same type family,
compatible sides and direction, overlapping dates at their precision, compatible places, the
same negation and reality class — and, across articles, of the same kind: both dated or both
undated, and both background (over a week before their report) or both current, so "the 2015
deal" never fuses with today's news. A police raid or arrest fuses only with mentions in
its own article's story (:func:`police_act`): one day's police acts in a country are many.
An inherited date's day before (compatible.INHERITED_SLACK) is read only for fused events with
a mention in the article's own story: another story's deed of the day before is a precursor.
Candidates come from one indexed lookup by type and actor keys. Negated and hypothetical
mentions are kept (as fused events of their own class) and never make an asserted event.

Counting (GDELT's NumMentions/NumArticles/NumSources, done per event): a near-duplicate copy
whose original also reports the event adds nothing; ``num_articles`` counts distinct
originals, ``num_sources`` their distinct outlets, ``num_mentions`` the mentions (an event
and its within-article repeats) in those articles. Copies are listed in ``near_duplicates``.
Reported by N outlets is not mentioned in passing: the articles of another story whose news
is another day's (a retaliation recalling the first strikes) are listed in ``mentioned_in``
and counted in ``num_background_mentions`` only; their evidence is kept, flagged ``passing``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from eventwire.events.compatible import (
    ARREST,
    INHERITED,
    RAID,
    RECIPROCAL,
    actor_key,
    by_police,
    date_range,
    dates_overlap,
    family_plovers,
    keys,
    one_deed,
    overlaps,
    same_event,
    symmetric,
    within,
)
from eventwire.models import ActorRef, Event, EventDate, Report, record_from_dict
from eventwire.store.serial import record_json
from eventwire.stories.features import publication_day, publication_order
from eventwire.stories.within import same_event_in_story

BACKGROUND_DAYS = 7  # an event over this many days before its report is background
OPEN_AFTER = ("AFTER", "ON_OR_AFTER")  # a date that starts a state ("since X")
MAX_CANDIDATES = 50


def background(event: Event, published_day: str | None) -> bool:
    """Whether the event is over a week older than its report. A state dated by its start
    ("held hostage since October 7, 2023": mod ON_OR_AFTER) is as old as that start: its
    taking is what the date tells, not today's deed."""
    span = date_range(event.date)
    if span is None or published_day is None:
        return event.date is not None and event.date.value is None and event.date.mod in (
            "BEFORE", "ON_OR_BEFORE")
    assert event.date is not None
    last = span[0] if event.date.mod in OPEN_AFTER else span[1]
    return last < date.fromisoformat(published_day) - timedelta(days=BACKGROUND_DAYS)


def fuse_events(db: sqlite3.Connection, report: Report) -> None:
    """Join each event of the report to its fused event (or start one)."""
    aid = report.article.id
    db.execute("DELETE FROM fused_members WHERE article_id = ?", (aid,))
    day = publication_day(report.article.published)
    placed: dict[tuple[Any, ...], str] = {}  # each mention's fused event, see _mention
    stories = _StoryOf(db, aid)
    mixed: set[str] = set()
    speakers: dict[str, list[Event]] = {}  # this article's mentions of each fused event
    for event in report.events:
        back = background(event, day)
        dated = event.date is not None and event.date.value is not None
        keys = sorted({actor_key(r) for r in (*event.source, *event.target)})
        found = (_twin(db, placed.get(_mention(event, reverse=True)))
                 if event.source and event.target else [])
        twin = bool(found)
        if not found:
            found = _find(db, event, keys, back, dated, stories) if keys else []
            if found and police_act(event):
                found = [c for c in found if _one_story(db, aid, c[0])]
            elif found:
                found = [c for c in found if not police_act(c[1]) or _one_story(db, aid, c[0])]
            found = [c for c in found
                     if not any(other_speaker(m, event) for m in speakers.get(c[0], ()))]
        if not found:
            fused = "f" + event.id
            record = _json(event)
            db.execute("INSERT OR REPLACE INTO fused_events (id, plover, cameo, sort_date, "
                       "background, dated, asserted, record) VALUES (?,?,?,?,?,?,?,?)",
                       (fused, event.plover, event.cameo, _sort_date(event, day), int(back),
                        int(dated), int(not event.negated and event.modality in (
                            "asserted", "reported")), _remember_json(record, event)))
        else:
            (fused, whole), others = found[0], found[1:]
            joined = absorb(whole, event, twin=twin)
            for other_id, other in others:
                # the mention bridges two fused events that, knowing more, are one
                if same_event(joined, other, across=True):
                    joined = _merge(db, fused, joined, other_id, other)
            if joined.date != whole.date:
                db.execute("UPDATE fused_events SET record = ?, sort_date = ? WHERE id = ?",
                           (_remember_json(_json(joined), joined), _sort_date(joined, day),
                            fused))
            elif joined != whole:
                db.execute("UPDATE fused_events SET record = ? WHERE id = ?",
                           (_remember_json(_json(joined), joined), fused))
        placed[_mention(event)] = fused
        speakers.setdefault(fused, []).append(event)
        if len(family_plovers(event.plover, event.cameo)) > 1:
            mixed.add(fused)  # may join mentions of another type (compatible.equivalent)
        # every mention's actors find the fused event (and filter it by --actor / --pair)
        db.executemany("INSERT OR IGNORE INTO fused_keys (plover, key, role, fused_id) "
                       "VALUES (?,?,?,?)",
                       [(event.plover, actor_key(r), role, fused)
                        for role, refs in (("source", event.source),
                                           ("target", event.target)) for r in refs])
        db.execute("INSERT OR REPLACE INTO fused_members (event_id, fused_id, article_id, "
                   "mentions) VALUES (?,?,?,?)", (event.id, fused, aid, 1 + len(event.mentions)))
    for fused in sorted(mixed):
        _vote(db, fused)


def other_speaker(a: Event, b: Event) -> bool:
    """Whether two mentions of one article name disjoint doers of a directed deed: "Egypt
    condemned the strike" and "Jordan condemned it" are two events with one target (CAMEO codes
    each source's act; review F10: a fused row listed Israel's accusation under Qatar's
    condemnation). One article names its actors consistently, so within it a doer named
    differently is another doer; other outlets' wordings are judged by the story
    (:func:`eventwire.stories.within.same_event_in_story`). A deed without direction (talks,
    agreements) names its parties in either order, and a visit is its hosting with the sides
    swapped (CAMEO 042/043): no doer to tell apart."""
    sa, sb = keys(a.source), keys(b.source)
    return bool(sa and sb and not overlaps(sa, sb, True)
                and not symmetric(a.cameo, across=True) and not symmetric(b.cameo, across=True)
                and not (a.cameo[:3] in RECIPROCAL and b.cameo[:3] in RECIPROCAL))


def police_act(event: Event) -> bool:
    """A raid or an arrest by the police or a security service (CAMEO 190/175, 173; sectors
    COP, SPY): a country's police raid and arrest many people on one day, and the clusterer
    keeps their stories apart (a news agency raided, a drug gang arrested, activists held at
    a protest), so such deeds fuse only within one story (see :func:`_one_story`)."""
    return (event.cameo in RAID or event.cameo == ARREST) and by_police(event.source)


def _one_story(db: sqlite3.Connection, article: str, fused: str) -> bool:
    """Whether an article of the fused event is in the story of ``article`` (or neither has a
    story: an article placed without one)."""
    row = db.execute("SELECT story_id FROM story_articles WHERE article_id = ?",
                     (article,)).fetchone()
    if row is None:
        return True
    return db.execute("SELECT 1 FROM fused_members m JOIN story_articles s "
                      "ON s.article_id = m.article_id WHERE m.fused_id = ? AND s.story_id = ? "
                      "LIMIT 1", (fused, row[0])).fetchone() is not None


def _vote(db: sqlite3.Connection, fused: str) -> None:
    """Keep the fused event's ``plover`` the type most of its articles give it (ties: the
    earliest published mention's), as :func:`_most_specific` shows it, so that per-type
    counts, timelines and the type filter count it as it is shown."""
    rows = db.execute("SELECT e.plover, m.article_id, a.published FROM fused_members m "
                      "JOIN events e ON e.id = m.event_id JOIN articles a "
                      "ON a.id = m.article_id WHERE m.fused_id = ?", (fused,)).fetchall()
    if len({r[0] for r in rows}) < 2:
        return
    rows.sort(key=lambda r: publication_order(r[1], r[2]))
    votes: dict[str, set[str]] = {}
    for plover, article, _ in rows:
        votes.setdefault(plover, set()).add(article)
    most = max(len(v) for v in votes.values())
    chosen = next(r[0] for r in rows if len(votes[r[0]]) == most)
    db.execute("UPDATE fused_events SET plover = ? WHERE id = ? AND plover != ?",
               (chosen, fused, chosen))


def _mention(event: Event, reverse: bool = False) -> tuple[Any, ...]:
    """One trigger's event as the coder words it, sides swapped with ``reverse``. "Thailand
    and Cambodia agreed to a ceasefire" is coded as two records of one trigger, THA→KHM and
    KHM→THA: one mutual event (PLOVER: a joint action of conjoined actors), not two events
    in opposite directions. The second record joins the first's fused event, whose sides
    then name both parties, so another outlet's record in either direction joins it too."""
    source = frozenset(map(actor_key, event.source))
    target = frozenset(map(actor_key, event.target))
    if reverse:
        source, target = target, source
    trigger = event.evidence.trigger
    return (trigger.start, trigger.end, event.plover, event.cameo, event.negated,
            event.modality, event.date, source, target)


def _twin(db: sqlite3.Connection, fused: str | None) -> list[tuple[str, Event]]:
    """The fused event of this mention's other direction (none when there is none, or when
    it was folded into another fused event meanwhile)."""
    if fused is None:
        return []
    row = db.execute("SELECT record FROM fused_events WHERE id = ?", (fused,)).fetchone()
    return [(fused, _representative(row[0]))] if row else []


def _sort_date(event: Event, day: str | None) -> str:
    span = date_range(event.date)
    if span is not None and span[0] != date.min:
        return span[0].isoformat()
    return day or ""


class _StoryOf:
    """Whether a fused event has a mention in the story of the article being placed (asked
    once per fused event and article)."""

    def __init__(self, db: sqlite3.Connection, article: str) -> None:
        self.db = db
        row = db.execute("SELECT story_id FROM story_articles WHERE article_id = ?",
                         (article,)).fetchone()
        self.story: str | None = None if row is None else str(row[0])
        self.known: dict[str, bool] = {}

    def holds(self, fused: str) -> bool:
        if self.story is None:
            return False
        if fused not in self.known:
            self.known[fused] = self.db.execute(
                "SELECT 1 FROM fused_members m JOIN story_articles s ON s.article_id = "
                "m.article_id WHERE m.fused_id = ? AND s.story_id = ? LIMIT 1",
                (fused, self.story)).fetchone() is not None
        return self.known[fused]


def _find(db: sqlite3.Connection, event: Event, keys: list[str], back: bool,
          dated: bool, stories: _StoryOf | None = None) -> list[tuple[str, Event]]:
    """The fused events ``event`` can be a mention of, earliest started first: those it is
    the same event as (:func:`same_event`) and, when a mention of the fused event is in the
    article's own story, those it is one deed of by :func:`same_event_in_story` (within a
    story one side agreeing is enough)."""
    plovers = family_plovers(event.plover, event.cameo)
    rows = db.execute(
        f"SELECT DISTINCT f.id, f.record FROM fused_keys k JOIN fused_events f "
        f"ON f.id = k.fused_id WHERE k.plover IN ({','.join('?' * len(plovers))}) "
        f"AND k.key IN ({','.join('?' * len(keys))}) "
        f"AND f.background = ? AND f.dated = ? ORDER BY f.rowid LIMIT {MAX_CANDIDATES}",
        [*plovers, *keys, int(back), int(dated)]).fetchall()
    out = []
    for fused_id, record in rows:
        whole = _representative(record)
        # the dates first: a cheap test that most candidates of another day fail (same_event
        # tests them too; its parts are pure, so the order changes nothing but the time)
        if not dates_overlap(whole.date, event.date, across=True):
            continue
        fid = str(fused_id)
        if not dates_overlap(whole.date, event.date) and not (
                stories is not None and stories.holds(fid)):
            # an inherited date's day before (compatible.INHERITED_SLACK: "after Japan seized
            # the boat", a follow-up dated by its publication) is read inside the story only:
            # another story's deed of the day before is a precursor, not this event
            continue
        if untargeted(whole) or untargeted(event):
            # an attack with no target says too little to be found in another story: the
            # same day's strikes by one side are many (see :func:`untargeted`)
            if (stories is None or stories.story is None or stories.holds(fid)) and (
                    same_event(whole, event, across=True) or same_event_in_story(whole, event)):
                out.append((fid, whole))
            continue
        # the pure tests first: a lookup of the fused event's stories only when it decides
        if same_event(whole, event, across=True) or (
                stories is not None and same_event_in_story(whole, event)
                and stories.holds(fid)):
            out.append((fid, whole))
    return out


def untargeted(event: Event) -> bool:
    """A one-way deed whose target the mention does not name ("Israeli jets struck
    overnight", "Iran condemned the move", "the ministry summoned the ambassador"): only its
    source and day are known, and one side's deeds of a type on one day are many (its strikes
    on Khan Younis and on Nabatieh, its condemnations of two other states), so such a mention
    fuses only inside its own story, and only with an event whose known side agrees. Talks,
    agreements and other deeds without direction (``compatible.symmetric``) name all their
    parties as sources and are not untargeted. (A visit with no named host is placed by its
    venue: ``compatible._hosts``.)"""
    return (bool(event.source) and not event.target
            and (one_deed(event.plover, event.cameo) or not symmetric(event.cameo, across=True)))


PARSED_MAX = 4096
_PARSED: dict[str, Event] = {}  # stored record → Event, least recently used first


def _representative(record: str) -> Event:
    """A fused event's stored record as an Event, parsed once per process (candidates recur
    for every article of a story; the record string is the whole key, so a changed record is
    parsed anew; Events are immutable, so sharing one is safe)."""
    event = _PARSED.pop(record, None)
    if event is None:
        event = record_from_dict(Event, json.loads(record))
    return _remember(record, event)


def _remember(record: str, event: Event) -> Event:
    """Keep ``event`` as what ``record`` parses to: a record this process writes is the JSON
    of an Event it holds (one serialisation, :func:`_json`, whose parse gives that Event back),
    so the next article's lookup need not parse it."""
    _PARSED[record] = event
    if len(_PARSED) > PARSED_MAX:
        del _PARSED[next(iter(_PARSED))]
    return event


def _merge(db: sqlite3.Connection, into: str, whole: Event, other_id: str,
           other: Event) -> Event:
    """Fold fused event ``other_id`` into ``into`` (the earlier started keeps its id)."""
    db.execute("UPDATE fused_members SET fused_id = ? WHERE fused_id = ?", (into, other_id))
    db.execute("INSERT OR IGNORE INTO fused_keys (plover, key, role, fused_id) "
               "SELECT plover, key, role, ? FROM fused_keys WHERE fused_id = ?",
               (into, other_id))
    db.execute("DELETE FROM fused_keys WHERE fused_id = ?", (other_id,))
    db.execute("DELETE FROM fused_events WHERE id = ?", (other_id,))
    return absorb(whole, other)


def _remember_json(record: str, event: Event) -> str:
    _remember(record, event)
    return record


def _json(event: Event) -> str:
    """``json.dumps(record_dict(event), ensure_ascii=False, separators=(",", ":"))``, the same
    bytes through orjson where they are the same (eventwire.store.serial)."""
    return record_json(event)


def absorb(whole: Event, event: Event, *, twin: bool = False) -> Event:
    """The fused event as the test compares later mentions with, once ``event`` joined it: its
    representative mention — the first — with what later mentions add without changing who
    it is: a side takes the actors of a mention that names all of that side's actors and
    more (a side the first left unnamed: "Israeli jets struck overnight", then "Israel struck
    Nabatieh"; "Russian diplomats met", then "Russian and American officials held talks"),
    and the date is the narrowest a mention states in its own clause (else the narrowest
    inherited one). A side is never widened by a mention that names only some of its actors
    and others: a fused event grown by every party any mention names takes in the next
    meeting of one of them, then the next (single-link chaining: four meetings of one day as
    one). ``twin``, the other direction of the same trigger ("Thailand and Cambodia agreed":
    THA→KHM and KHM→THA, one mutual deed), adds its parties to both sides. Type, modality,
    negation and
    place stay the first mention's (the test keeps the first three one family and one class;
    places resolved in different articles disagree too often to narrow by)."""
    # a meeting (no direction between its parties) is known by all its parties together: a
    # mention naming them all and more (its host: "Türkiye hosts Russia-Ukraine talks")
    # adds its actors to both sides
    meeting = (symmetric(whole.cameo, across=True)
               and keys((*whole.source, *whole.target)) <= keys((*event.source, *event.target)))

    def more(refs: tuple[ActorRef, ...], extra: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        # a side grows only by a mention naming all its actors and more ("Russian diplomats
        # met", then "Russian and American officials held talks"): knowing more of the same
        # deed, not another deed of one of its parties
        known = {actor_key(x) for x in refs}
        if all(actor_key(r) in known for r in extra) or not (
                twin or meeting or known <= {actor_key(r) for r in extra}):
            return refs  # nothing new, or another party than the representative's
        out = {actor_key(r): r for r in extra}
        out.update({actor_key(r): r for r in refs})
        return refs + tuple(r for k, r in out.items() if r not in refs and k not in known)

    def dating(when: EventDate | None) -> tuple[int, int, float]:
        span = date_range(when)
        if when is None or span is None:
            return (2, 0, 0.0)
        width = (span[1] - span[0]).days if span[0] != date.min and span[1] != date.max else 1e9
        return (int(when.basis in INHERITED), 0, width)

    source = more(tuple(whole.source), tuple(event.source))
    target = more(tuple(whole.target), tuple(event.target))
    changed = whole
    if source != tuple(whole.source) or target != tuple(whole.target):
        changed = replace(whole, source=source, target=target)
    if dating(event.date) < dating(whole.date):
        changed = replace(changed, date=event.date)
    return changed


# -- reading ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FusedFilter:
    actor: str | None = None
    pair: tuple[str, str] | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None  # outlet: fused events one of whose articles it published
    include_negated: bool = False  # also negated and hypothetical/future fused events
    min_articles: int = 1
    limit: int | None = 100
    offset: int = 0


def fused_events(db: sqlite3.Connection, f: FusedFilter,
                 resolve: Any = None) -> list[dict[str, Any]]:
    """Fused events matching ``f`` by date (then id), each with its articles, counts and every
    piece of evidence (see :func:`fused_page`, which this reads every page of).
    ``resolve`` is accepted for older callers; actor strings resolve as in `events`."""
    from eventwire.store import browse

    q = browse.EventQuery(actor=f.actor, pair=f.pair, type=f.type, since=f.since,
                          until=f.until, include_negated=f.include_negated,
                          newest_first=False)
    rows, _ = fused_page(db, q, source=f.source, min_articles=f.min_articles, limit=f.limit,
                         offset=f.offset)
    return rows


def _fused_row(db: sqlite3.Connection, fused_id: str, rep: dict[str, Any]) -> dict[str, Any]:
    all_members = db.execute(
        "SELECT m.event_id, m.article_id, m.mentions, a.source, a.published, a.text, "
        "d.original_id, s.story_id FROM fused_members m JOIN articles a ON a.id = m.article_id "
        "LEFT JOIN near_duplicates d ON d.article_id = m.article_id "
        "LEFT JOIN story_articles s ON s.article_id = m.article_id WHERE m.fused_id = ? "
        "ORDER BY a.published, m.article_id, m.event_id", (fused_id,)).fetchall()
    # by the instant of publication (timestamps carry different UTC offsets)
    all_members.sort(key=lambda m: (publication_order(m["article_id"], m["published"]),
                                    m["event_id"]))
    events = _event_rows(db, [m["event_id"] for m in all_members])
    first = rep
    rep = _most_specific(first, [events[m["event_id"]] for m in all_members
                                 if m["event_id"] in events],
                         [m["article_id"] for m in all_members if m["event_id"] in events],
                         [m["original_id"] or m["article_id"] for m in all_members
                          if m["event_id"] in events])
    passing = _passing(db, all_members, (rep.get("date") or {}).get("value"))
    members = [m for m in all_members if m["article_id"] not in passing]
    if passing and members:
        # shown as the articles that report it tell it: a passing mention in another day's
        # story (a retaliation recalling the strikes) gives neither its type, sides nor date
        rep = _most_specific(first, [events[m["event_id"]] for m in members
                                     if m["event_id"] in events],
                             [m["article_id"] for m in members if m["event_id"] in events],
                             [m["original_id"] or m["article_id"] for m in members
                              if m["event_id"] in events])
    in_event = {m["article_id"] for m in members}
    counted = [m for m in members if m["original_id"] is None
               or m["original_id"] not in in_event]
    roots = {m["original_id"] or m["article_id"] for m in counted}
    outlets = {r[0] for r in db.execute(
        f"SELECT DISTINCT source FROM articles WHERE id IN ({','.join('?' * len(roots))})",
        sorted(roots)) if r[0]}
    evidence = []
    for m in all_members:
        e = events.get(m["event_id"])
        if e is None:
            continue
        for ev in (e["evidence"], *e.get("mentions", ())):
            s = ev["sentence"]
            evidence.append({"article_id": m["article_id"], "source_outlet": m["source"],
                             "published": m["published"], "event_id": m["event_id"],
                             "modality": e.get("modality"), "negated": e.get("negated"),
                             "passing": m["article_id"] in passing,
                             "sentence": m["text"][s["start"]:s["end"]].strip(),
                             "trigger": ev["trigger"]})
    # a copy's mention is its original's report too (the copy republishes it): the original is
    # counted (``roots``) and listed before its copy, whether or not its own text codes the
    # event the way the copy's new headline does
    articles = list(dict.fromkeys(a for m in members for a in (
        (m["original_id"], m["article_id"]) if m["original_id"] in roots - in_event
        else (m["article_id"],))))
    # a copy republishes its original's report of the event, whether or not its own new
    # headline or cut text still codes it: listed with the event, never counted
    # (when it carries the sentence of its original's that tells it, or its original tells it
    # in the headline the copy replaced with its own)
    told: dict[str, list[str]] = {}
    for item in evidence:
        if item["article_id"] in roots and item["sentence"]:
            told.setdefault(item["article_id"], []).append(item["sentence"])
    copies = [(r[0], r[1]) for r in db.execute(
        f"SELECT d.original_id, d.article_id, a.text, o.title FROM near_duplicates d "
        f"JOIN articles a ON a.id = d.article_id JOIN articles o ON o.id = d.original_id "
        f"WHERE d.original_id IN ({','.join('?' * len(roots))}) "
        f"ORDER BY a.published, d.article_id", sorted(roots))
        if r[1] not in in_event and any(t in r[2] or (r[3] and t.startswith(r[3].strip()))
                                        for t in told.get(r[0], ()))]
    articles += [copy for _, copy in copies]
    published = [m["published"] for m in members if m["published"]]  # in order
    return {"id": fused_id, "plover": rep["plover"], "cameo": rep["cameo"],
            "quad_class": rep.get("quad_class"), "goldstein": rep.get("goldstein"),
            "source": rep["source"], "target": rep["target"], "date": rep.get("date"),
            "place": rep.get("place"), "modality": rep.get("modality"),
            "negated": rep.get("negated", False), "articles": articles,
            "near_duplicates": [list(pair) for pair in dict.fromkeys(
                [(m["original_id"], m["article_id"]) for m in members if m["original_id"]]
                + copies)],
            "num_articles": len(roots), "num_sources": len(outlets),
            "num_mentions": sum(m["mentions"] for m in counted),
            "mentioned_in": list(dict.fromkeys(m["article_id"] for m in all_members
                                               if m["article_id"] in passing)),
            "num_background_mentions": sum(m["mentions"] for m in all_members
                                           if m["article_id"] in passing),
            "first_report": published[0] if published else None,
            "latest_report": published[-1] if published else None, "evidence": evidence}


def _passing(db: sqlite3.Connection, members: Sequence[Any], when: str | None) -> set[str]:
    """The member articles that only mention the fused event in passing: articles of a story
    whose leads report another day's happening — their newest day more than
    ``DATE_TOLERANCE`` days from the event (a retaliation recalling the first strikes, a
    later lawsuit recalling the raid) — while another story's leads are of the event's days:
    the event's own story, whose news it is, however many articles the recalling story has.
    They stay members, with their evidence flagged, but are not counted among the articles
    that report it (by N outlets vs mentioned in passing). Articles of another story whose
    leads are of the event's days (a story split from its own), or that tell no dated lead,
    still report it; so do all the articles of an event that is news of none of their
    stories ("the 2015 deal")."""
    from eventwire.stories.clusters import DATE_TOLERANCE, span_gap
    from eventwire.stories.dates import interval

    stories: dict[str, set[str]] = {}
    for m in members:
        if m["story_id"] is not None:
            stories.setdefault(m["story_id"], set()).add(m["original_id"] or m["article_id"])
    days = interval(when)
    if len(stories) < 2 or days is None:
        return set()
    order = list(dict.fromkeys(m["story_id"] for m in members if m["story_id"] is not None))
    spans = {r[0]: json.loads(r[1]).get("span") for r in db.execute(
        f"SELECT id, profile FROM story_clusters WHERE id IN ({','.join('?' * len(order))})",
        order)}
    # the newest day of a story's leads is its news (a lead span reaches a day back where
    # its date is inherited from the narrative; see stories.clusters.another_happening)
    far = {s for s, span in spans.items() if span and span_gap(
        days[0].isoformat(), days[1].isoformat(), span[1], span[1]) > DATE_TOLERANCE}
    if far >= set(order):  # news of none of them ("the 2015 deal"): each recalls it alike
        return set()
    return {m["article_id"] for m in members if m["story_id"] in far}


def fused_where(q: Any, source: str | None = None) -> tuple[list[str], list[Any]]:
    """The conditions on fused events ``f`` for the events' filter ``q`` (see
    :func:`fused_page`)."""
    from dataclasses import replace as _replace

    from eventwire.store import browse, queries

    where = ["EXISTS (SELECT 1 FROM fused_members m WHERE m.fused_id = f.id)"]
    params: list[Any] = []
    queries.span_where(where, params, include_negated=q.include_negated, since=q.since,
                       until=q.until, date="f.sort_date", asserted="f.asserted = 1")
    if q.type and not q.type.isdigit():  # the type it is shown with (the voted one, _vote)
        where.append("f.plover = ?")
        params.append(q.type.upper())
    members = _replace(q, since=None, until=None, include_negated=True)
    if members != browse.EventQuery(include_negated=True, newest_first=q.newest_first):
        sql, p = browse._where(members)
        where.append(f"f.id IN (SELECT m.fused_id FROM fused_members m JOIN events e "
                     f"ON e.id = m.event_id WHERE {sql})")
        params += p
    if source:
        where.append("f.id IN (SELECT m.fused_id FROM fused_members m JOIN articles a "
                     "ON a.id = m.article_id WHERE a.source = ?)")
        params.append(queries.outlet(source))
    return where, params


PERIODS = {"day": "substr(f.sort_date, 1, 10)",
           "week": "date(f.sort_date, '-6 days', 'weekday 1')",
           "month": "substr(f.sort_date, 1, 7)", "year": "substr(f.sort_date, 1, 4)"}


def fused_timeline(db: sqlite3.Connection, q: Any, interval: str = "month",
                   by: str = "quad_class", source: str | None = None) -> dict[str, Any]:
    """Fused events per period and group — each real-world event counted once, however many
    articles report it — in the shape of :func:`eventwire.store.browse.timeline`. Periods
    are of the fused event's date (weeks named by their Monday); ``by``: quad_class, plover,
    partner (the actor keys on the other side from ``q.actor``) or none. ``source`` here
    matches any member article's outlet, one that mentions the event in passing included."""
    from eventwire.store import browse, queries

    if interval not in PERIODS:
        raise browse.QueryError(f"interval {interval!r}: use one of {', '.join(PERIODS)}")
    if by not in browse.GROUPINGS:
        raise browse.QueryError(f"by {by!r}: use one of {', '.join(browse.GROUPINGS)}")
    where, params = fused_where(q, source)
    join = ""
    group = {"quad_class": "json_extract(f.record, '$.quad_class')", "plover": "f.plover",
             "none": "'all'", "partner": "other.key"}[by]
    if by == "partner":
        if not q.actor:
            raise browse.QueryError("by=partner needs actor=CODE (the actor whose partners to "
                                    "count)")
        keys, p = queries._key_sql(q.actor)
        join = (f" JOIN fused_keys me ON me.fused_id = f.id AND me.key IN ({keys}) "
                "JOIN fused_keys other ON other.fused_id = f.id AND other.role != me.role")
        params = p + params
    sql = (f"SELECT {PERIODS[interval]} AS period, {group} AS grp, COUNT(DISTINCT f.id) AS n "
           f"FROM fused_events f{join} WHERE {' AND '.join(where)} AND f.sort_date != '' "
           "GROUP BY 1, 2 ORDER BY 1, 2")
    try:
        rows = db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if q.q:
            raise browse.QueryError(f"bad search query {q.q!r}: {exc}; quote phrases with "
                                    "double quotes, e.g. \"maximum pressure\"") from exc
        raise
    return {"interval": interval, "by": by,
            "items": [{"period": r[0], "group": r[1], "events": r[2]} for r in rows]}


# -- pages with the event filters (CLI `events --fused`, API /api/v1/fused) ---------------------

def fused_page(db: sqlite3.Connection, q: Any = None, *, source: str | None = None,
               min_articles: int = 1,
               cursor: str | None = None, limit: int | None = 50,
               offset: int = 0) -> tuple[list[dict[str, Any]], str | None]:
    """One page of fused events and the cursor of the next (None on the last).

    ``q`` is the events' filter (:class:`eventwire.store.browse.EventQuery`): a fused event
    matches when one of its mentions does, so every filter of `events` and /api/v1/events
    applies (actor, pair, partner, type, cameo, text, place, country, modality, QuadClass,
    article, confidence), except the dates, which are the fused event's own date (the one
    shown). ``source``: an outlet that published one of its articles (one that reports it,
    not one that mentions it in passing, see :func:`_passing`); ``min_articles``:
    reported by at least this many (copies not counted). Negated and hypothetical fused
    events only with ``q.include_negated``. Order: ``q.newest_first``, then id."""

    from eventwire.store import browse, queries

    q = q if q is not None else browse.EventQuery(newest_first=False)
    where, params = fused_where(q, source)
    told = _told_where(q)
    order = " DESC" if q.newest_first else ""
    if cursor:
        where.append(f"(f.sort_date, f.id) {'<' if q.newest_first else '>'} (?, ?)")
        params += list(queries.decode_cursor(cursor))
    sql = (f"SELECT f.id, f.record, f.sort_date FROM fused_events f WHERE {' AND '.join(where)} "
           f"ORDER BY f.sort_date{order}, f.id{order}")
    out: list[dict[str, Any]] = []
    last: tuple[str, str] | None = None
    skipped = 0
    try:
        for row in db.execute(sql, params):
            fused = _fused_row(db, row["id"], json.loads(row["record"]))
            if fused["num_articles"] < min_articles:
                continue
            if source and not _published_by(db, fused["articles"], queries.outlet(source)):
                continue  # the outlet only mentions it in passing (see _passing)
            if told and fused["mentioned_in"] and not _told_by(db, row["id"], fused, told):
                continue  # only a passing mention matches the filter (see _passing)
            if skipped < offset:
                skipped += 1
                continue
            if limit is not None and len(out) == limit:
                return out, queries.encode_cursor(*last) if last else None
            out.append(fused)
            last = (row["sort_date"], row["id"])
    except sqlite3.OperationalError as exc:
        if q.q:  # the only user-supplied syntax in the statement
            raise browse.QueryError(f"bad search query {q.q!r}: {exc}; quote phrases with "
                                    "double quotes, e.g. \"maximum pressure\"") from exc
        raise
    return out, None


def _told_where(q: Any) -> tuple[str, list[Any]] | None:
    """The condition on member events ``e`` of the events' filter ``q`` (actor, pair, type,
    text...: all but the dates and negation), None when it has none."""
    from dataclasses import replace as _replace

    from eventwire.store import browse

    members = _replace(q, since=None, until=None, include_negated=True)
    if members == browse.EventQuery(include_negated=True, newest_first=q.newest_first):
        return None
    sql, params = browse._where(members)
    return sql, list(params)


def _told_by(db: sqlite3.Connection, fused_id: str, fused: dict[str, Any],
             told: tuple[str, list[Any]]) -> bool:
    """Whether a mention in an article that reports the fused event (not one that mentions it
    in passing) matches the filter ``told``: a fused event is found by what its own story
    tells of it, not by another day's story recalling it."""
    passing = list(fused["mentioned_in"])
    sql, params = told
    return db.execute(
        f"SELECT 1 FROM fused_members m JOIN events e ON e.id = m.event_id WHERE "
        f"m.fused_id = ? AND m.article_id NOT IN ({','.join('?' * len(passing))}) AND {sql} "
        "LIMIT 1", [fused_id, *passing, *params]).fetchone() is not None


def _published_by(db: sqlite3.Connection, articles: Sequence[str], outlet: str) -> bool:
    """Whether ``outlet`` published one of the fused event's ``articles`` (those that report
    it and their copies: not the articles that mention it in passing)."""
    return bool(articles) and db.execute(
        f"SELECT 1 FROM articles WHERE source = ? AND id IN ({','.join('?' * len(articles))}) "
        "LIMIT 1", [outlet, *articles]).fetchone() is not None


FUSED_COLUMNS = ("id", "date", "type", "source", "target", "articles", "sources", "mentions")


def fused_flat(e: dict[str, Any]) -> dict[str, Any]:
    """A fused event as one table or CSV row (FUSED_COLUMNS)."""
    from eventwire.output import actors_text

    return {"id": e["id"], "date": (e.get("date") or {}).get("value"), "type": e["plover"],
            "source": actors_text(e["source"]), "target": actors_text(e["target"]),
            "articles": e["num_articles"], "sources": e["num_sources"],
            "mentions": e["num_mentions"]}


def _most_specific(first: dict[str, Any], events: list[dict[str, Any]],
                   articles: Sequence[str] = (), reports: Sequence[str] = ()
                   ) -> dict[str, Any]:
    """What the mentions say best, each field from the mention that states it: the type the
    most articles give it (ties: the earliest published mention's; mentions of one deed
    worded as different types, a signing and an
    agreeing, see compatible.equivalent; ``articles``: each mention's article), type and
    actors from one of that type carrying the dyad most of its reports carry (:func:`carried`;
    ``reports``: each mention's report, a copy's its original), then the most actors; the date
    from the one
    whose own clause states it (not inherited from the governing clause, the narrative or the
    publication), then the most precise (days before months); the place from the sided one,
    else the first that has one. The earliest stored wins ties."""
    if not events:
        return first
    precision = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4}

    def sides(e: dict[str, Any]) -> tuple[int, int, int]:
        return (-(bool(e["source"]) + bool(e["target"])),
                -len(e["source"]) - len(e["target"]), int(e.get("place") is None))

    def dating(e: dict[str, Any]) -> tuple[int, int]:
        # a day the clause states, then an inherited one, then the start of a state ("since")
        when = e.get("date") or {}
        return (2 if when.get("value") is None or when.get("mod") in OPEN_AFTER
                else int(when.get("basis") in INHERITED),
                precision.get(when.get("precision") or "", 9))

    typed = events
    voters = list(reports or articles)
    if articles and len({e["plover"] for e in events}) > 1:
        votes: dict[str, set[str]] = {}
        for e, article in zip(events, articles, strict=True):
            votes.setdefault(e["plover"], set()).add(article)
        most = max(len(v) for v in votes.values())
        # ties: the type of the earliest published mention among the most voted
        chosen = next(e["plover"] for e in events if len(votes[e["plover"]]) == most)
        voters = [v for e, v in zip(events, voters, strict=True) if e["plover"] == chosen]
        typed = [e for e in events if e["plover"] == chosen]
    best = min(carried(typed, voters), key=sides)
    dated = min(events, key=dating)
    place = best.get("place") or next((e["place"] for e in events if e.get("place")), None)
    return best | {"date": dated.get("date"), "place": place}


def carried(events: list[dict[str, Any]], reports: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The mentions that carry the dyad most of the fused event's reports agree with, among
    the dyads of the mentions that name the most sides (both sides over one). ``reports``:
    each mention's report (a copy's is its original's: a copy republishes its original's
    account, and casts no vote of its own); each report counts once. A report agrees with a
    dyad when one of its mentions is compatible with it (each side of one is the other's or
    a part of it: "Russian diplomats met" is part of "Russian and American officials held
    talks"; an organisation's code covers its organs'; either way round for deeds without
    direction); then the dyad most reports name
    exactly wins, then the one told first. The row is shown as most of its reports tell it,
    not as the one mention that names most actors (an outlet counting a mediator among the
    parties, the country a struck building stands in for its owner)."""
    def parties(e: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
        def side(refs: list[dict[str, Any]]) -> frozenset[str]:
            return frozenset(r.get("country") or r.get("code") or r.get("actor") or ""
                             for r in refs)
        source, target = side(e["source"]), side(e["target"])
        if symmetric(e.get("cameo") or "", across=True):
            return source | target, frozenset()
        return source, target

    def compatible(x: tuple[frozenset[str], ...], y: tuple[frozenset[str], ...]) -> bool:
        # by CAMEO's code hierarchy: an organisation and its organ or official (IGOEUR and
        # IGOEUREEC) are one side, as in the same-event test (compatible.within)
        return all(within(a, b) or within(b, a) for a, b in zip(x, y, strict=True))

    reports = list(reports) or [str(i) for i in range(len(events))]
    order = {r: i for i, r in enumerate(dict.fromkeys(reports))}
    told = list(zip(reports, map(parties, events), strict=True))
    named = max(bool(e["source"]) + bool(e["target"]) for e in events)
    sided = sorted((i for i, e in enumerate(events)
                    if bool(e["source"]) + bool(e["target"]) == named),
                   key=lambda i: (order[reports[i]], ((events[i].get("evidence") or {}).get(
                       "trigger") or {}).get("start", 0)))
    best: tuple[int, int] | None = None
    chosen = told[sided[0]][1]
    for dyad in dict.fromkeys(told[i][1] for i in sided):
        score = (len({r for r, t in told if compatible(dyad, t)}),
                 len({r for r, t in told if t == dyad}))
        if best is None or score > best:
            best, chosen = score, dyad
    return [events[i] for i in sided if told[i][1] == chosen]


def _event_rows(db: sqlite3.Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    from eventwire.store.records import EVENT_RECORD_SQL, event_record

    rows = db.execute(f"SELECT e.id AS event_id, {EVENT_RECORD_SQL} FROM events e "
                      f"WHERE e.id IN ({','.join('?' * len(ids))})", list(ids)).fetchall()
    return {r["event_id"]: event_record(r) for r in rows}


def fused_counts(db: sqlite3.Connection) -> dict[str, Any]:
    """Events counted once per real-world event, as `summary` counts them per report: every
    fused event, the negated ones, and the ones not negated per PLOVER type (most first)."""
    rows = db.execute(
        "SELECT f.plover, f.asserted, json_extract(f.record, '$.negated') AS negated, "
        "COUNT(*) AS n FROM fused_events f WHERE EXISTS (SELECT 1 FROM fused_members m "
        "WHERE m.fused_id = f.id) GROUP BY 1, 2, 3").fetchall()
    types: dict[str, int] = {}
    for r in rows:
        if not r["negated"]:
            types[r["plover"]] = types.get(r["plover"], 0) + r["n"]
    return {"events": sum(r["n"] for r in rows),
            "negated_events": sum(r["n"] for r in rows if r["negated"]),
            "types": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))}
