"""Story clusters in the store: each analysed article joins a story as it is stored.

Incremental and local: a new article's candidate stories come from one indexed lookup of its
selective keys (its heaviest content words and its event signatures, see
:mod:`eventwire.stories.features`) among stories that gained an article within
:data:`WINDOW_DAYS` of its publication day; only those candidates' profiles are read and
scored. Nothing else is recomputed. A near-duplicate joins its original's story. An article
that matches no story closely enough starts one, whose id comes from that first article
("s" + its id without the "a"), so story ids are stable.

Joining rule (:func:`eventwire.stories.clusters.joins`): the idf-weighted cosine of the
article's content words with the story's summed content words, raised when the article
reports an event the story already holds (same type, countries and day); a story whose lead
events tell another happening than the article's lead (other days, or a meeting of other
parties: :func:`eventwire.stories.clusters.another_happening`) is never joined.
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import UTC, date, datetime, timedelta
from typing import Any

from eventwire.models import Report
from eventwire.store.duplicates import Pair
from eventwire.stories.clusters import (
    PROFILE_TERMS,
    joins,
    member_vocabulary,
    merge_profile,
    story_score,
)
from eventwire.stories.features import ArticleFeatures, article_features

WINDOW_DAYS = 3  # a story stays open to articles published this many days after its last key
TERM_KEYS = 10  # heaviest (tf·idf) content words an article is found by
MAX_CANDIDATES = 30  # stories scored per article, those sharing most keys


def assign_story(db: sqlite3.Connection, report: Report, pair: Pair | None) -> str:
    """Put the report's article into a story (inside the article's transaction); returns the
    story id. An article already placed (re-analysed, same id) keeps its story. One of a
    near-duplicate ``pair`` joins the story of the other: a copy its original's, as a copy;
    an original found after its copy (store/duplicates.py) takes the copy's place, and the
    copy is marked a copy."""
    aid = report.article.id
    row = db.execute("SELECT story_id FROM story_articles WHERE article_id = ?",
                     (aid,)).fetchone()
    if row is not None:
        return str(row[0])
    features = article_features(report)
    n_docs = _docs(db) + 1
    _count_terms(db, features)
    df: dict[str, int] = {}  # document frequencies read so far (none change below)
    idf = _idf(db, features.terms, n_docs, df)
    day = features.day or datetime.now(UTC).date().isoformat()
    story, basis, score = None, "first", 1.0
    twin = False  # joined through its near-duplicate, whose words the profile holds
    if pair is not None:
        other = pair.original if pair.copy == aid else pair.copy
        found = db.execute("SELECT story_id, basis, score FROM story_articles "
                           "WHERE article_id = ?", (other,)).fetchone()
        twin = found is not None
        if found is not None and pair.copy == aid:
            story, basis = str(found[0]), "copy"
        elif found is not None:
            story, basis, score = str(found[0]), str(found[1]), float(found[2])
            db.execute("UPDATE story_articles SET basis = 'copy', score = 1.0 "
                       "WHERE article_id = ?", (other,))
    keys = _keys(features, idf)
    profile: dict[str, Any] | None = None
    if story is None:
        best = _best_candidate(db, features, keys, day, n_docs, df)
        if best is not None:
            story, score, profile = best
            basis = "similar"
    if story is None:
        story = "s" + aid[1:]
        db.execute("INSERT INTO story_clusters (id, first_article, title, first_published, "
                   "articles, profile) VALUES (?, ?, ?, ?, 0, '{}')",
                   (story, aid, report.article.title, report.article.published))
        profile = {}
    if profile is None:
        profile = json.loads(db.execute("SELECT profile FROM story_clusters WHERE id = ?",
                                        (story,)).fetchone()[0])
    db.execute("UPDATE story_clusters SET articles = articles + 1, profile = ? WHERE id = ?",
               (json.dumps(merge_profile(profile, features, member=not twin),
                           sort_keys=True,
                           separators=(",", ":")), story))
    db.execute("INSERT INTO story_articles (article_id, story_id, basis, score) "
               "VALUES (?, ?, ?, ?)", (aid, story, basis, round(score, 4)))
    db.executemany("INSERT OR IGNORE INTO story_keys (key, day, story_id) VALUES (?, ?, ?)",
                   [(k, day, story) for k in keys])
    return story


def _docs(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT n FROM counts WHERE name = 'story_articles'").fetchone()
    return int(row[0]) if row else 0


def _count_terms(db: sqlite3.Connection, features: ArticleFeatures) -> None:
    """Count the article's content words and named entities (keys with a colon, which no
    word has) among the stored articles' document frequencies."""
    db.executemany("INSERT INTO term_df (term, n) VALUES (?, 1) "
                   "ON CONFLICT (term) DO UPDATE SET n = n + 1",
                   [(t,) for t in sorted({*features.terms, *features.entities})])


def _idf(db: sqlite3.Connection, terms: Any, n_docs: int,
         df: dict[str, int] | None = None) -> dict[str, float]:
    """Smoothed idf, ln((N + 1) / (df + 1)) + 1, of ``terms`` over the articles stored so far.
    ``df``: document frequencies already read (0 for a term not stored), kept up to date, so
    a term is looked up once per article."""
    df = {} if df is None else df
    todo = sorted(t for t in terms if t not in df)
    for i in range(0, len(todo), 500):
        chunk = todo[i:i + 500]
        df.update((r[0], r[1]) for r in db.execute(
            f"SELECT term, n FROM term_df WHERE term IN ({','.join('?' * len(chunk))})",
            chunk))
        for t in chunk:
            df.setdefault(t, 0)
    return {t: math.log((n_docs + 1) / (df[t] + 1)) + 1.0 for t in sorted(terms)}


def _keys(features: ArticleFeatures, idf: dict[str, float]) -> list[str]:
    """What the article is found by: its :data:`TERM_KEYS` heaviest content words, its event
    signatures, and — for a reaction lead or a report told in quotes, which shares few of
    the words other outlets tell the happening with — the people, organisations and towns
    it names (``n:``/``g:``), the pairs of countries its events are between (``d:``) and
    the days its lead reports (``l:``)."""
    heavy = sorted(features.terms, key=lambda t: (-features.terms[t] * idf.get(t, 1.0), t))
    keys = {"t:" + t for t in heavy[:TERM_KEYS]} | {"e:" + s for s in features.events}
    keys |= set(features.entities) | {"d:" + d for d in features.dyads}
    if features.lead.span:
        first, last = (date.fromisoformat(d) for d in features.lead.span)
        keys |= {"l:" + (first + timedelta(days=k)).isoformat()
                 for k in range(min((last - first).days, WINDOW_DAYS) + 1)}
    return sorted(keys)


def ranked_candidates(db: sqlite3.Connection, keys: list[str], first: str, last: str,
                      n_docs: int, limit: int = MAX_CANDIDATES) -> list[str]:
    """The stories of days ``first``..``last`` that share the most with ``keys``, best first:
    each shared key weighs its idf among those stories' keys, ln((N + 1) / (df + 1)) + 1 (N:
    the stored articles, df: the window's stories holding the key), so a key every story of
    those days holds — the days (``l:``), a busy pair of countries (``d:``) — counts for
    little next to a rare word or name (review F24: ranked by the count of shared keys, the
    same days' stories of one dyad pushed the true story out of the first :data:`limit`)."""
    marks = ",".join("?" * len(keys))
    df = dict(db.execute(
        f"SELECT key, COUNT(DISTINCT story_id) FROM story_keys WHERE key IN ({marks}) "
        "AND day BETWEEN ? AND ? GROUP BY key", [*keys, first, last]).fetchall())
    if not df:
        return []
    weights = [(k, math.log((n_docs + 1) / (n + 1)) + 1.0) for k, n in sorted(df.items())]
    values = ",".join(["(?, ?)"] * len(weights))
    rows = db.execute(
        f"WITH w(key, weight) AS (VALUES {values}) "
        f"SELECT s.story_id, SUM(w.weight) AS shared FROM (SELECT DISTINCT key, story_id "
        f"FROM story_keys WHERE key IN ({marks}) AND day BETWEEN ? AND ?) s "
        f"JOIN w ON w.key = s.key GROUP BY s.story_id ORDER BY shared DESC, s.story_id "
        f"LIMIT {int(limit)}",
        [*(x for kw in weights for x in kw), *keys, first, last]).fetchall()
    return [str(r[0]) for r in rows]


def _best_candidate(db: sqlite3.Connection, features: ArticleFeatures, keys: list[str],
                    day: str, n_docs: int, df: dict[str, int] | None = None
                    ) -> tuple[str, float, dict[str, Any]] | None:
    """The best-scoring story the article joins: its id, score and profile."""
    if not keys:
        return None
    first = (date.fromisoformat(day) - timedelta(days=WINDOW_DAYS)).isoformat()
    last = (date.fromisoformat(day) + timedelta(days=WINDOW_DAYS)).isoformat()
    rows = [(story,) for story in ranked_candidates(db, keys, first, last, n_docs)]
    if not rows:
        return None
    profiles = {r[0]: json.loads(r[1]) for r in db.execute(
        f"SELECT id, profile FROM story_clusters WHERE id IN ({','.join('?' * len(rows))})",
        [r[0] for r in rows])}
    vocabulary = set(features.terms) | set(features.entities)
    for p in profiles.values():
        vocabulary.update(p.get("terms", {}))
        vocabulary.update(member_vocabulary(p))
    idf = _idf(db, vocabulary, n_docs, df)
    best: tuple[float, str] | None = None
    for story, profile in sorted(profiles.items()):
        score = story_score(features, profile, idf)
        if joins(score) and (best is None or score > best[0]):
            best = (score, story)
    return (best[1], best[0], profiles[best[1]]) if best else None


__all__ = ["assign_story", "PROFILE_TERMS", "WINDOW_DAYS"]
