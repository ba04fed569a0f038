"""Temporal tagger speed (not a test): milliseconds per article of ``tag_times`` on the demo
corpus and on MEANTIME, next to bare spaCy parsing of the same texts.

Each text is parsed once (untimed) so the tagger sees the same Doc the pipeline gives it;
then tagger and spaCy runs alternate ``--rounds`` times (the machine may be shared) and the
median of each is reported.

    python benchmarks/timex.py            # 5 rounds
    python benchmarks/timex.py --quick    # 2 rounds
Last line: tagger_ms_per_article=T spacy_ms_per_article=S share=T/S
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from eventwire.nlp import load_nlp
from eventwire.timex import tag_times

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "eventwire" / "data" / "demo"
MEANTIME = ROOT.parent / "shared" / "eval" / "meantime-timex.jsonl"
ANCHOR = datetime(2025, 2, 26, 12, tzinfo=UTC)


def texts() -> list[str]:
    out = []
    for path in sorted(DEMO.iterdir()):
        if path.suffix == ".txt":
            out.append(path.read_text("utf-8"))
        elif path.suffix == ".html":
            out.append(re.sub(r"<[^>]+>", " ", path.read_text("utf-8")))
    if MEANTIME.exists():
        out += [json.loads(line)["text"] for line in MEANTIME.read_text("utf-8").splitlines()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rounds = 2 if args.quick else args.rounds
    nlp = load_nlp()
    corpus = texts()
    docs = [nlp(t) for t in corpus]
    tagger, spacy_ms = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        for text, doc in zip(corpus, docs, strict=True):
            tag_times(text, ANCHOR, doc=doc)
        tagger.append((time.perf_counter() - started) * 1000 / len(corpus))
        started = time.perf_counter()
        for _ in nlp.pipe(corpus, batch_size=32):
            pass
        spacy_ms.append((time.perf_counter() - started) * 1000 / len(corpus))
    t, s = statistics.median(tagger), statistics.median(spacy_ms)
    print(f"{len(corpus)} articles, {rounds} rounds (median)")
    print(f"tagger_ms_per_article={t:.2f} spacy_ms_per_article={s:.2f} share={t / s:.3f}")


if __name__ == "__main__":
    main()
