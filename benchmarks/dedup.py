"""Near-duplicate detection cost (not a test): what fingerprinting adds to storing an article,
against what analysing one costs.

- fingerprint: MinHash signature + band keys of each demo article (eventwire.dedup);
- record: `record_fingerprint` (signature, LSH lookup, verification, inserts) in a store that
  already holds N fingerprinted articles (synthetic distinct texts from the demo vocabulary,
  plus the demo texts, so lookups hit real candidates);
- analyse: the engine's analysis of the demo articles (model loaded beforehand).

    python benchmarks/dedup.py            # N = 20000
    python benchmarks/dedup.py --quick    # N = 2000
Last line: fingerprint_ms=F record_ms=R analyse_ms=A share=R/A
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventwire.cli import demo_corpus  # noqa: E402
from eventwire.dedup import fingerprint, words  # noqa: E402
from eventwire.ingest import reader_context  # noqa: E402
from eventwire.models import Article  # noqa: E402
from eventwire.readers import read_paths  # noqa: E402
from eventwire.settings import Settings  # noqa: E402
from eventwire.store import Store  # noqa: E402
from eventwire.store.duplicates import record_fingerprint  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    n = 2000 if args.quick else 20000
    settings = Settings()
    articles = [a for a in read_paths(demo_corpus(), reader_context(settings))
                if isinstance(a, Article) and a.text]
    texts = [a.text for a in articles]
    vocab = sorted({w for t in texts for w in words(t)})
    rng = random.Random(7)

    t0 = time.perf_counter()
    for _ in range(5):
        for text in texts:
            fingerprint(text)
    fp_ms = (time.perf_counter() - t0) * 1000 / (5 * len(texts))

    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "b.db") as store:
            db: sqlite3.Connection = store.db
            db.execute("BEGIN")
            for i in range(n):
                record_fingerprint(db, f"syn{i}", " ".join(rng.choices(vocab, k=400)))
            db.execute("COMMIT")
            db.execute("BEGIN")  # inside one transaction: ingest's own commit is not counted
            t0 = time.perf_counter()
            for rnd in range(5):
                for j, text in enumerate(texts):
                    record_fingerprint(db, f"demo{rnd}-{j}", text + f" (copy {rnd})")
            rec_ms = (time.perf_counter() - t0) * 1000 / (5 * len(texts))
            db.execute("COMMIT")
            dups = db.execute("SELECT COUNT(*) FROM near_duplicates").fetchone()[0]

    from eventwire.api import Engine

    engine = Engine.load(settings)
    list(engine.analyse(articles[:2]))
    t0 = time.perf_counter()
    list(engine.analyse(articles))
    an_ms = (time.perf_counter() - t0) * 1000 / len(articles)
    print(f"demo articles {len(texts)}, stored fingerprints {n}, near-duplicates found {dups} "
          f"(expected {4 * len(texts)}: rounds 2-5 copy round 1)")
    print(f"fingerprint_ms={fp_ms:.2f} record_ms={rec_ms:.2f} analyse_ms={an_ms:.1f} "
          f"share={rec_ms / an_ms:.4f}")


if __name__ == "__main__":
    main()
