"""Recording near-duplicate articles in the store (signatures, LSH bands, originals)."""

from __future__ import annotations

import sqlite3

from eventwire.dedup import BANDS, THRESHOLD, fingerprint, similarity

# the stored articles sharing a band key with the new one: one statement, one index probe a band
_CANDIDATES = " UNION ALL ".join(["SELECT n FROM lsh_bands WHERE band = ? AND key = ?"] * BANDS)


def record_fingerprint(db: sqlite3.Connection, article_id: str, text: str) -> str | None:
    """Store the article's signature and band keys and, when an earlier stored article is a
    near-duplicate of it, record the earliest such article as its original (returned).

    Called inside the article's transaction, so every writer (sequential ingest, workers,
    the demo) compares against everything stored before it. Re-saving the same text keeps the
    article's place and original; a changed text (same URL) is fingerprinted anew."""
    fp = fingerprint(text)
    row = db.execute("SELECT n, signature FROM fingerprints WHERE article_id = ?",
                     (article_id,)).fetchone()
    if row is not None:
        if fp is not None and row[1] == fp.signature:
            found = db.execute("SELECT original_id FROM near_duplicates WHERE article_id = ?",
                               (article_id,)).fetchone()
            return found[0] if found else None
        db.execute("DELETE FROM lsh_bands WHERE n = ?", (row[0],))
        db.execute("DELETE FROM fingerprints WHERE n = ?", (row[0],))
        db.execute("DELETE FROM near_duplicates WHERE article_id = ?", (article_id,))
    if fp is None:
        return None
    candidates = {r[0] for r in db.execute(_CANDIDATES, [
        value for band, key in enumerate(fp.bands) for value in (band, key)])}
    original: tuple[str, float] | None = None
    for n in sorted(candidates):  # storing order: the earliest match is the original
        other_id, signature = db.execute(
            "SELECT article_id, signature FROM fingerprints WHERE n = ?", (n,)).fetchone()
        score = similarity(fp.signature, signature)
        if score >= THRESHOLD:
            original = (other_id, score)
            break
    cursor = db.execute("INSERT INTO fingerprints (article_id, signature) VALUES (?, ?)",
                        (article_id, fp.signature))
    db.executemany("INSERT OR IGNORE INTO lsh_bands (band, key, n) VALUES (?, ?, ?)",
                   [(band, key, cursor.lastrowid) for band, key in enumerate(fp.bands)])
    if original is None:
        return None
    db.execute("INSERT INTO near_duplicates (article_id, original_id, similarity) "
               "VALUES (?, ?, ?)", (article_id, original[0], round(original[1], 4)))
    return original[0]
