"""Recording near-duplicate articles in the store (signatures, LSH bands, originals)."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from eventwire.dedup import BANDS, THRESHOLD, fingerprint, similarity
from eventwire.models import Article
from eventwire.originals import original_first

# the stored articles sharing a band key with the new one: one statement, one index probe a band
_CANDIDATES = " UNION ALL ".join(["SELECT n FROM lsh_bands WHERE band = ? AND key = ?"] * BANDS)


class Pair(NamedTuple):
    """A recorded near-duplicate pair: the original, its copy, and why it is the original
    (:data:`eventwire.originals.ORIGINAL_BASES`)."""

    original: str
    copy: str
    similarity: float
    basis: str


def record_fingerprint(db: sqlite3.Connection, article: Article) -> Pair | None:
    """Store the article's signature and band keys and, when an earlier stored article is a
    near-duplicate of it, record the pair (returned): the earliest such article is compared
    with it and the original is chosen by :func:`eventwire.originals.original_first` — the
    new article may be the original of the stored one (an original published with a time
    whose zone was assumed, placed after its copy). A reversed pair's other copies then point
    at the new original.

    Called inside the article's transaction, so every writer (sequential ingest, workers,
    the demo) compares against everything stored before it. Re-saving the same text keeps the
    article's place and original; a changed text (same URL) is fingerprinted anew."""
    article_id = article.id
    fp = fingerprint(article.text)
    row = db.execute("SELECT n, signature FROM fingerprints WHERE article_id = ?",
                     (article_id,)).fetchone()
    if row is not None:
        if fp is not None and row[1] == fp.signature:
            found = db.execute(f"SELECT original_id, article_id, similarity, {_basis(db)} "
                               "FROM near_duplicates WHERE article_id = ?",
                               (article_id,)).fetchone()
            return Pair(*found) if found else None
        db.execute("DELETE FROM lsh_bands WHERE n = ?", (row[0],))
        db.execute("DELETE FROM fingerprints WHERE n = ?", (row[0],))
        db.execute("DELETE FROM near_duplicates WHERE article_id = ?", (article_id,))
    if fp is None:
        return None
    candidates = {r[0] for r in db.execute(_CANDIDATES, [
        value for band, key in enumerate(fp.bands) for value in (band, key)])}
    match: tuple[str, float] | None = None
    for n in sorted(candidates):  # storing order: the earliest match is the one compared
        other_id, signature = db.execute(
            "SELECT article_id, signature FROM fingerprints WHERE n = ?", (n,)).fetchone()
        score = similarity(fp.signature, signature)
        if score >= THRESHOLD:
            match = (other_id, score)
            break
    cursor = db.execute("INSERT INTO fingerprints (article_id, signature) VALUES (?, ?)",
                        (article_id, fp.signature))
    db.executemany("INSERT OR IGNORE INTO lsh_bands (band, key, n) VALUES (?, ?, ?)",
                   [(band, key, cursor.lastrowid) for band, key in enumerate(fp.bands)])
    if match is None:
        return None
    other_id, score = match
    root = db.execute("SELECT d.original_id, f.signature FROM near_duplicates d JOIN "
                      "fingerprints f ON f.article_id = d.original_id WHERE d.article_id = ?",
                      (other_id,)).fetchone()
    if root is not None:  # a copy stored before its original: compared with the original
        other_id, score = root[0], similarity(fp.signature, root[1])
    stored = db.execute("SELECT text, title, published, timezone_basis FROM articles "
                        "WHERE id = ?", (other_id,)).fetchone()
    first_is_original, basis = True, "stored"
    if stored is not None:
        earlier = Article(other_id, stored[0], title=stored[1], published=stored[2],
                          timezone_basis=stored[3])
        first_is_original, basis = original_first(earlier, article)
    pair = (Pair(other_id, article_id, round(score, 4), basis) if first_is_original
            else Pair(article_id, other_id, round(score, 4), basis))
    if not first_is_original:
        db.execute("DELETE FROM near_duplicates WHERE article_id = ?", (other_id,))
        db.execute("UPDATE near_duplicates SET original_id = ? WHERE original_id = ?",
                   (article_id, other_id))
        if _basis(db) == "basis":
            db.execute("UPDATE near_duplicates SET basis = ? WHERE original_id = ?",
                       (basis, article_id))
    if _basis(db) == "basis":
        db.execute("INSERT INTO near_duplicates (article_id, original_id, similarity, basis) "
                   "VALUES (?, ?, ?, ?)", (pair.copy, pair.original, pair.similarity, pair.basis))
    else:
        db.execute("INSERT INTO near_duplicates (article_id, original_id, similarity) "
                   "VALUES (?, ?, ?)", (pair.copy, pair.original, pair.similarity))
    return pair


def _basis(db: sqlite3.Connection) -> str:
    """The basis column of near_duplicates (migration 19), or 'stored' as a constant in a store
    of an older schema (a test writing a store as an old version did)."""
    columns = {r[1] for r in db.execute("PRAGMA table_info(near_duplicates)")}
    return "basis" if "basis" in columns else "'stored'"
