"""Places benchmark (not a test): gazetteer load time and memory, and the places stage's
time per article inside the whole pipeline.

    python benchmarks/places.py                 # demo corpus + our place passages
    python benchmarks/places.py --meantime      # + the 120 Wikinews articles in ../shared

Prints the gazetteer's load time and the RSS it adds (measured in a fresh interpreter),
then ms/article of the places stage and of the whole pipeline (best of --repeat runs).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "eventwire" / "data" / "demo"
PASSAGES = ROOT / "src" / "eventwire" / "data" / "eval" / "places.jsonl"
MEANTIME = ROOT.parent / "shared" / "eval" / "meantime-timex.jsonl"


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * 4096 / 2**20


def measure_load() -> dict:
    from eventwire.geo import Gazetteer

    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    gazetteer = Gazetteer.load()
    elapsed = time.perf_counter() - start
    gc.collect()
    return {"load_s": elapsed, "rss_added_mb": rss_mb() - before, "entries": len(gazetteer)}


def texts(meantime: bool) -> list[str]:
    out = [p.read_text("utf-8") for p in sorted(DEMO.glob("*.txt"))]
    out += [json.loads(line)["text"] for line in PASSAGES.read_text("utf-8").splitlines()
            if line.strip()]
    if meantime and MEANTIME.is_file():
        out += [json.loads(line)["text"] for line in MEANTIME.read_text("utf-8").splitlines()
                if line.strip()]
    return out


def measure_stage(meantime: bool, repeat: int) -> dict:
    from eventwire.api import Engine
    from eventwire.pipeline import Pipeline

    engine = Engine.load()
    spent = {"places": 0.0}

    def timed(run):  # type: ignore[no-untyped-def]
        def wrapper(document):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            run(document)
            spent["places"] += time.perf_counter() - start
        return wrapper

    stages = tuple(dataclasses.replace(s, run=timed(s.run)) if s.name == "places" else s
                   for s in engine.pipeline.stages)
    engine = dataclasses.replace(engine, pipeline=Pipeline(stages))
    corpus = texts(meantime)
    best_stage, best_total, places = float("inf"), float("inf"), 0
    for _ in range(repeat):
        spent["places"] = 0.0
        start = time.perf_counter()
        places = sum(len(engine.analyse_text(t).places) for t in corpus)
        best_total = min(best_total, time.perf_counter() - start)
        best_stage = min(best_stage, spent["places"])
    n = len(corpus)
    return {"articles": n, "places": places, "places_ms": 1000 * best_stage / n,
            "pipeline_ms": 1000 * best_total / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--meantime", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=["load", "stage"])
    args = parser.parse_args()
    if args.child == "load":
        print(json.dumps(measure_load()))
        return
    if args.child == "stage":
        print(json.dumps(measure_stage(args.meantime, args.repeat)))
        return
    def child(kind: str) -> dict:
        cmd = [sys.executable, __file__, "--child", kind, "--repeat", str(args.repeat)]
        cmd += ["--meantime"] if args.meantime else []
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])
    load = child("load")
    print(f"gazetteer: {load['entries']} main-tier entries, load {load['load_s']:.2f} s, "
          f"+{load['rss_added_mb']:.0f} MB RSS")
    stage = child("stage")
    print(f"{stage['articles']} articles, {stage['places']} places: places stage "
          f"{stage['places_ms']:.2f} ms/article, whole pipeline {stage['pipeline_ms']:.1f} "
          f"ms/article ({100 * stage['places_ms'] / stage['pipeline_ms']:.1f}%)")


if __name__ == "__main__":
    main()
