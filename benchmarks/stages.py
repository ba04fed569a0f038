"""Stage-time benchmark (not a test): CPU ms/article of every stage after the parse.

Parses the corpus once (the demo corpus, repeated to N articles as in throughput.py), then
runs the stages after the parse over fresh copies of the parsed documents R times and prints,
per stage, the fewest CPU (process) milliseconds per article over the R runs, plus the time
spent in Python's garbage collector and building the reports. Process time is steadier than
wall time on a shared machine; the minimum of several runs is the figure least touched by
other people's jobs.

    python benchmarks/stages.py                 # 100 articles, 5 runs
    python benchmarks/stages.py --articles 44 --repeat 3
"""

from __future__ import annotations

import argparse
import gc
import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from throughput import build_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--model", default="md")
    args = parser.parse_args()

    from eventwire.api import Engine
    from eventwire.document import Document
    from eventwire.models import Article
    from eventwire.report import build_report
    from eventwire.settings import Settings

    engine = Engine.load(Settings(model=args.model))
    with tempfile.TemporaryDirectory() as tmp:
        build_corpus(Path(tmp), args.articles)
        articles = [a for a in engine.read([tmp]) if isinstance(a, Article)]
    stages = engine.pipeline.stages
    split = [s.name for s in stages].index("parse") + 1
    parsed = [Document(a) for a in articles]
    for stage in stages[:split]:
        stage.run_many(parsed)

    gc_time = [0.0]
    started = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            gc_time[0] += time.process_time() - started[0]

    gc.callbacks.append(on_gc)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        # a fresh copy of each parse, so that nothing cached per Doc carries over between runs
        documents = [replace(d, doc=d.doc.copy() if d.doc is not None else None, actors={},
                             mentions=[], quotes=[], events=[], times=[], places=[], warnings=[])
                     for d in parsed]
        gc_time[0] = 0.0
        took: dict[str, float] = {}
        for stage in stages[split:]:
            start = time.process_time()
            stage.run_many(documents)
            took[stage.name] = time.process_time() - start
        start = time.process_time()
        reports = [build_report(d, engine.info) for d in documents]
        took["report"] = time.process_time() - start
        start = time.process_time()
        for report in reports:
            json.dumps(report.to_dict(), ensure_ascii=False)
        took["to JSON"] = time.process_time() - start
        took["total"] = sum(took.values())
        took["(gc inside)"] = gc_time[0]
        for name, seconds in took.items():
            best[name] = min(best.get(name, seconds), seconds)
    gc.callbacks.remove(on_gc)
    n = len(articles)
    from eventwire._compiled import STATUS
    print(f"stage code: {STATUS}")
    print(f"{n} articles, best of {args.repeat} runs, CPU ms/article: "
          + ", ".join(f"{name} {1000 * s / n:.2f}" for name, s in best.items()))


if __name__ == "__main__":
    main()
