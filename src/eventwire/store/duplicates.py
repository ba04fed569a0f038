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
            found = db.execute("SELECT * FROM near_duplicates WHERE article_id = ?",
                               (article_id,)).fetchone()
            return (Pair(found[1], found[0], found[2], found[3] if len(found) > 3 else "stored")
                    if found else None)
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
    stored = db.execute("SELECT text, title, published, timezone, timezone_basis, source "
                        "FROM articles WHERE id = ?", (other_id,)).fetchone()
    first_is_original, basis = True, "stored"
    if stored is not None:
        earlier = Article(other_id, stored[0], title=stored[1], published=stored[2],
                          timezone=stored[3], timezone_basis=stored[4], source=stored[5])
        first_is_original, basis = original_first(earlier, article)
    pair = (Pair(other_id, article_id, round(score, 4), basis) if first_is_original
            else Pair(article_id, other_id, round(score, 4), basis))
    if not first_is_original:
        # the stored article is a copy of the new one, and so are its own copies: each
        # compared with its new original for its own basis
        db.execute("DELETE FROM near_duplicates WHERE article_id = ?", (other_id,))
        copies = db.execute(
            "SELECT c.id, c.text, c.title, c.published, c.timezone, c.timezone_basis, "
            "c.source FROM near_duplicates d JOIN articles c ON c.id = d.article_id "
            "WHERE d.original_id = ?", (other_id,)).fetchall()
        for c in copies:
            copy = Article(c[0], c[1], title=c[2], published=c[3], timezone=c[4],
                           timezone_basis=c[5], source=c[6])
            first, own = original_first(article, copy)
            _write(db, Pair(article_id, c[0], 0.0, own if first else "stored"), repoint=True)
    _write(db, pair)
    return pair


def _write(db: sqlite3.Connection, pair: Pair, repoint: bool = False) -> None:
    """Record ``pair`` with its basis (``repoint``: point the copy's stored row at its new
    original, keeping its similarity). A store written by this code at an older schema
    version (the migration tests write one, then migrate it) has no basis column (migration
    19): the row is written as that version wrote it."""
    try:
        _execute(db, pair, repoint, with_basis=True)
    except sqlite3.OperationalError as exc:
        if "basis" not in str(exc):
            raise
        _execute(db, pair, repoint, with_basis=False)


def _execute(db: sqlite3.Connection, pair: Pair, repoint: bool, with_basis: bool) -> None:
    basis = ", basis" if with_basis else ""  # the column of migration 19
    extra = (pair.basis,) if with_basis else ()
    if repoint:
        sets = "original_id = ?, basis = ?" if with_basis else "original_id = ?"
        db.execute(f"UPDATE near_duplicates SET {sets} WHERE article_id = ?",
                   (pair.original, *extra, pair.copy))
    else:
        db.execute(f"INSERT INTO near_duplicates (article_id, original_id, similarity{basis}) "
                   f"VALUES (?, ?, ?{', ?' if with_basis else ''})",
                   (pair.copy, pair.original, pair.similarity, *extra))
