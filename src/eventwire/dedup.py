"""Near-duplicate articles: MinHash signatures over word shingles, banded for LSH lookup.

Pure functions; the store keeps each article's signature and band keys (store/sqlite.py), so
any later ingest — in any worker process — finds candidates with one indexed lookup instead
of rebuilding an index in memory. A wire copy republished with a new headline and a lightly
edited paragraph shares most of its word 3-shingles with the original; a different story
about the same actors shares few.

Parameters: 128 permutations in 32 bands of 4 rows. An article whose shingle-set Jaccard
similarity with an earlier one is s becomes a candidate with probability 1 - (1 - s^4)^32
(0.87 at s = 0.5, 0.99 at s = 0.6, 0.03 at s = 0.2); candidates are then kept only when
their estimated similarity reaches :data:`THRESHOLD`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 3  # words per shingle
THRESHOLD = 0.5  # estimated Jaccard similarity from which an article is a near-duplicate
MIN_WORDS = 25  # shorter texts are not compared (a few shared phrases would decide)
SEED = 1
SCHEME = "affine32"  # stored signatures depend on it: never change without a migration

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Fingerprint:
    signature: bytes  # NUM_PERM little-endian uint32 MinHash values
    bands: tuple[int, ...]  # BANDS signed 64-bit keys, one per band


def words(text: str) -> list[str]:
    """Lower-cased word tokens: punctuation, case and spacing edits do not count."""
    return [w.casefold() for w in _WORD.findall(text)]


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    return _shingles(words(text), size)


def _shingles(tokens: list[str], size: int) -> set[bytes]:
    if size == 3:  # the stored scheme's size: the same shingles, without a slice each
        return {f"{a} {b} {c}".encode() for a, b, c in
                zip(tokens, tokens[1:], tokens[2:], strict=False)}
    return {" ".join(tokens[i:i + size]).encode() for i in range(len(tokens) - size + 1)}


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


def fingerprint(text: str) -> Fingerprint | None:
    """The article text's signature and band keys; None when it has too few words."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return None
    template = _template()
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=template.permutations,
                 scheme=SCHEME)
    mh.update_batch(_shingles(tokens, SHINGLE))  # a minimum per permutation: any order
    values = mh.hashvalues.astype("<u4")
    return Fingerprint(values.tobytes(), band_keys(values))


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS:(band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little"))
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return tuple(keys)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(x == y)) / len(x)
