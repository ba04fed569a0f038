"""Quote stage cost (not a test): ms per article for the quotes stage vs the spaCy parse.

Reads the demo corpus (and the Kayhan sample when ../shared is beside the checkout), runs the
engine's stages up to the quotes stage on fresh documents, and times the parse stage and the
quotes stage on each article. Best of ``--rounds`` rounds per article, so the figures are
steadier on a shared machine; the ratio quotes/parse is the number to compare across commits.

    python benchmarks/quotes.py            # 3 rounds
    python benchmarks/quotes.py --rounds 1
Last line: quotes_ms=Q parse_ms=P ratio=R articles=N
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "eventwire" / "data" / "demo"
KAYHAN = ROOT.parent / "shared" / "samples" / "kayhan-137320.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from eventwire.api import Engine
    from eventwire.document import Document

    engine = Engine.load()
    paths = sorted(p for p in DEMO.iterdir() if p.suffix in (".txt", ".html"))
    if KAYHAN.exists():
        paths.append(KAYHAN)
    articles = list(engine.read(paths))
    stages = list(engine.pipeline.stages)
    names = [s.name for s in stages]
    upto = names.index("quotes")
    parse = names.index("parse") if "parse" in names else None
    best_quotes = [float("inf")] * len(articles)
    best_parse = [float("inf")] * len(articles)
    for _ in range(args.rounds):
        for i, article in enumerate(articles):
            document = Document(article, engine.resources, engine.settings)
            for j, stage in enumerate(stages[:upto]):
                start = time.perf_counter()
                stage.run_many([document])
                if j == parse:
                    best_parse[i] = min(best_parse[i], time.perf_counter() - start)
            start = time.perf_counter()
            stages[upto].run_many([document])
            best_quotes[i] = min(best_quotes[i], time.perf_counter() - start)
    quotes_ms = 1000 * sum(best_quotes) / len(articles)
    parse_ms = 1000 * sum(best_parse) / len(articles) if parse is not None else float("nan")
    print(f"quotes_ms={quotes_ms:.2f} parse_ms={parse_ms:.2f} ratio={quotes_ms / parse_ms:.4f} "
          f"articles={len(articles)}")


if __name__ == "__main__":
    main()
