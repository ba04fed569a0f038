"""Throughput benchmark (not a test): the whole ingest pipeline vs bare spaCy.

On a corpus of N articles (the demo corpus repeated with varied text, so every copy is a new
article), for 1 and 2 processes it measures:
- pipeline: `ingest` (read, all stages, store in SQLite) with the model already loaded;
- bare: `nlp.pipe` over the same texts with the same model as its package ships it (no
  eventwire components), with the same batch size and process count;
and reports articles/s, words/s, the ratio pipeline/bare and peak RSS per process. Each
measurement runs in a fresh interpreter so peak RSS is its own.

    python benchmarks/throughput.py            # 500 articles
    python benchmarks/throughput.py --quick    # 100 articles
    python benchmarks/throughput.py --quick --corpus ../shared/eval/meantime-timex.jsonl
        # distinct real articles instead of demo copies (a folder of .txt/.html files, or a
        # JSON Lines file with a "text" per line), read at run time; at most as many as it has
Last line (for the last process count, 2 by default): ratio=R articles_per_s=A peak_rss_mb=M
cpu_ratio=C ... R is the fastest pipeline run against the fastest bare run (as always); next to
it the median and range of the paired runs' ratios, the CPU ratio and the load average, so one
lucky or unlucky run shows as such. Runs alternate and swap order every run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.api import Engine

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "demo"


def build_corpus(folder: Path, count: int) -> int:
    """Write `count` articles (demo copies with a distinct closing line); return total words."""
    sources = sorted(p for p in DEMO.iterdir() if p.suffix in (".txt", ".html"))
    words = 0
    for i in range(count):
        src = sources[i % len(sources)]
        text = src.read_text("utf-8")
        marker = f"(Copy {i} of the eventwire benchmark corpus.)"
        if src.suffix == ".html":  # a distinct page: its own canonical URL and text
            text = text.replace("</article>", f"<p>{marker}</p></article>")
            text = re.sub(r'(rel="canonical" href="[^"]+?)/?"', rf'\1/copy-{i}"', text)
        else:
            text = text.rstrip() + "\n" + marker + "\n"
        (folder / f"{i:05d}-{src.name}").write_text(text, "utf-8")
        words += len(text.split())
    return words


def copy_corpus(folder: Path, source: Path, count: int) -> tuple[int, int]:
    """Write up to ``count`` articles of ``source`` into ``folder``, one file each (so the
    processes share them out as they do demo copies); return (articles, words)."""
    if source.is_dir():
        texts = [(p.name, p.read_text("utf-8")) for p in sorted(source.iterdir())
                 if p.suffix in (".txt", ".html")]
    else:
        with source.open(encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines if line.strip()]
        texts = [(f"{row.get('doc_id', i)}.txt", row["text"]) for i, row in enumerate(rows)]
    texts = texts[:count]
    for i, (name, text) in enumerate(texts):
        (folder / f"{i:05d}-{name}").write_text(text, "utf-8")
    return len(texts), sum(len(text.split()) for _, text in texts)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (worker processes): on a shared
    machine far steadier than wall time, which other people's jobs stretch."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def timed_stages(engine: Engine, seconds: dict[str, float],
                 cpu: dict[str, float] | None = None) -> Engine:
    """The engine with every stage (and storing a report) adding its wall time to
    ``seconds`` and its CPU (process) time to ``cpu``: the per-stage breakdown of a 1-process
    run (CPU time is the steadier of the two on a shared machine)."""
    cpu = {} if cpu is None else cpu

    def add(name: str, start: float, start_cpu: float) -> None:
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - start_cpu
    from dataclasses import replace

    from eventwire.api import Engine
    from eventwire.pipeline import Pipeline, Stage
    from eventwire.store import Store

    def timed(stage: Stage) -> Stage:
        def run_many(documents: list) -> None:
            start, start_cpu = time.perf_counter(), time.process_time()
            if stage.batch is not None:
                stage.batch(documents)
            else:
                for document in documents:
                    stage.run(document)
            add(stage.name, start, start_cpu)
        return replace(stage, batch=run_many)

    save, save_many = Store.save, Store.save_many

    def timed_save(self: Store, report: object) -> object:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return save(self, report)  # type: ignore[arg-type]
        finally:
            add("store", start, start_cpu)

    def timed_save_many(self: Store, *args: object, **kwargs: object) -> object:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return save_many(self, *args, **kwargs)  # type: ignore[arg-type]
        finally:
            add("store", start, start_cpu)

    place_pending = Store.place_pending

    def timed_place_pending(self: Store, *args: object, **kwargs: object) -> object:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return place_pending(self, *args, **kwargs)  # type: ignore[arg-type]
        finally:
            add("stories (in store)", start, start_cpu)

    Store.save = timed_save  # type: ignore[method-assign]
    Store.save_many = timed_save_many  # type: ignore[method-assign]
    Store.place_pending = timed_place_pending  # type: ignore[method-assign]
    # an ingest run places its articles at its end (store/placing.py)
    from eventwire.store import placing as store_module

    record = store_module.record_fingerprint

    def timed_record(*args: object) -> object:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return record(*args)  # type: ignore[arg-type]
        finally:
            took, took_cpu = time.perf_counter() - start, time.process_time() - start_cpu
            add("dedup (in store)", start, start_cpu)
            seconds["stories (in store)"] = seconds.get("stories (in store)", 0.0) - took
            cpu["stories (in store)"] = cpu.get("stories (in store)", 0.0) - took_cpu

    store_module.record_fingerprint = timed_record  # type: ignore[assignment]
    return Engine(engine.resources, Pipeline(tuple(timed(s) for s in engine.pipeline.stages)))


def measure_pipeline(folder: Path, procs: int, model: str) -> dict:
    from eventwire.api import Engine
    from eventwire.gctuning import own_process
    from eventwire.ingest import ingest
    from eventwire.settings import Settings
    from eventwire.store import Store

    settings = Settings(model=model)
    own_process()  # as the CLI does: this child process runs an ingest like `eventwire ingest`
    engine = Engine.load(settings)
    seconds: dict[str, float] = {}
    stage_cpu: dict[str, float] = {}
    if procs == 1:
        engine = timed_stages(engine, seconds, stage_cpu)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        start, cpu = time.perf_counter(), cpu_seconds()
        stats = ingest([folder], store, settings, workers=procs, engine=engine)
        elapsed, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {"elapsed": elapsed, "cpu": cpu, "articles": stats.analysed, "events": stats.events,
            "quotes": stats.quotes, "peak_rss_mb": peak_rss_mb(), "stages": seconds,
            "stage_cpu": stage_cpu}


def measure_bare(folder: Path, procs: int, model: str) -> dict:
    from eventwire.ingest import reader_context
    from eventwire.models import Article
    from eventwire.nlp import load_stock
    from eventwire.readers import read_paths
    from eventwire.settings import Settings
    from eventwire.stages.parse import BATCH_SIZE

    settings = Settings(model=model)
    texts = [a.text for a in read_paths([folder], reader_context(settings))
             if isinstance(a, Article)]
    nlp = load_stock(model)  # the model as shipped: no eventwire components
    start, cpu = time.perf_counter(), cpu_seconds()
    docs = sum(1 for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=procs))
    elapsed, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {"elapsed": elapsed, "cpu": cpu, "articles": docs, "peak_rss_mb": peak_rss_mb()}


def run_child(kind: str, folder: Path, procs: int, model: str) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--folder", str(folder),
           "--processes", str(procs), "--model", model]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 articles")
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--model", default="md")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="real articles to use instead of demo copies: a folder of "
                             ".txt/.html files or a JSON Lines file with a 'text' per line")
    parser.add_argument("--processes", default="1,2")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each measurement (interleaved); the fastest counts, the "
                             "median and range of the paired ratios are printed beside it")
    parser.add_argument("--child", choices=["pipeline", "bare"])
    parser.add_argument("--folder")
    args = parser.parse_args()
    if args.child:
        fn = measure_pipeline if args.child == "pipeline" else measure_bare
        print(json.dumps(fn(Path(args.folder), int(args.processes), args.model)))
        return
    count = args.articles or (100 if args.quick else 500)
    from eventwire._compiled import STATUS
    print(f"stage code: {STATUS}")  # compiled with mypyc or Python source (EVENTWIRE_PURE=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.corpus is None:
            words = build_corpus(folder, count)
            print(f"corpus: {count} articles, {words} words; model {args.model}")
        else:
            count, words = copy_corpus(folder, args.corpus, count)
            print(f"corpus: {count} articles of {args.corpus}, {words} words; "
                  f"model {args.model}")
        result = {}
        for procs in map(int, args.processes.split(",")):
            pipes, bares, runs = [], [], []
            for i in range(args.repeat):
                # interleaved, the order swapped every run (pipeline-bare, bare-pipeline, ...):
                # a machine getting busier or quieter hits both alike
                load = os.getloadavg()[0]
                order = ("pipeline", "bare") if i % 2 == 0 else ("bare", "pipeline")
                done = {kind: run_child(kind, folder, procs, args.model) for kind in order}
                pipes.append(done["pipeline"])
                bares.append(done["bare"])
                runs.append({"wall": done["bare"]["elapsed"] / done["pipeline"]["elapsed"],
                             "cpu": done["bare"]["cpu"] / done["pipeline"]["cpu"],
                             "load": (load, os.getloadavg()[0])})
                print(f"  run {i + 1} ({procs} process(es), {' then '.join(order)}): wall ratio "
                      f"{runs[-1]['wall']:.2f}, CPU ratio {runs[-1]['cpu']:.2f}; wall s "
                      f"{done['pipeline']['elapsed']:.1f} vs {done['bare']['elapsed']:.1f}, "
                      f"CPU s {done['pipeline']['cpu']:.1f} vs {done['bare']['cpu']:.1f}; "
                      f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}", flush=True)
            pipe = min(pipes, key=lambda r: r["elapsed"])
            bare = min(bares, key=lambda r: r["elapsed"])
            result = report(procs, count, words, pipe, bare) | spread(procs, runs)
    print(f"ratio={result['ratio']:.2f} articles_per_s={result['aps']:.1f} "
          f"peak_rss_mb={result['rss']:.0f} cpu_ratio={result['cpu_ratio']:.2f} "
          f"median_ratio={result['median']:.2f} ratio_range={result['low']:.2f}-"
          f"{result['high']:.2f} median_cpu_ratio={result['median_cpu']:.2f} runs={result['runs']} "
          f"load_average={' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def spread(procs: int, runs: list[dict]) -> dict:
    """The runs' paired ratios (each pipeline run against the bare run next to it): their
    median and range say how far one figure can be trusted on this machine at this load."""
    walls = sorted(r["wall"] for r in runs)
    cpus = sorted(r["cpu"] for r in runs)
    loads = [x for r in runs for x in r["load"]]
    summary = {"median": statistics.median(walls), "low": walls[0], "high": walls[-1],
               "median_cpu": statistics.median(cpus), "runs": len(runs)}
    print(f"  {procs} process(es), {len(runs)} paired runs: wall ratio median "
          f"{summary['median']:.2f} (range {walls[0]:.2f}-{walls[-1]:.2f}), CPU ratio median "
          f"{summary['median_cpu']:.2f} (range {cpus[0]:.2f}-{cpus[-1]:.2f}); load average "
          f"{min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    return summary


def report(procs: int, count: int, words: int, pipe: dict, bare: dict) -> dict:
    aps, bare_aps = count / pipe["elapsed"], count / bare["elapsed"]
    print(f"{procs} process(es): pipeline {aps:.1f} articles/s ({words / pipe['elapsed']:.0f} "
          f"words/s, {pipe['events']} events, {pipe['quotes']} quotes, peak RSS "
          f"{pipe['peak_rss_mb']:.0f} MB) | bare spaCy {bare_aps:.1f} articles/s "
          f"({words / bare['elapsed']:.0f} words/s, peak RSS {bare['peak_rss_mb']:.0f} MB) | "
          f"ratio {aps / bare_aps:.2f} | CPU s/article {pipe['cpu'] / count:.3f} vs "
          f"{bare['cpu'] / count:.3f}, CPU ratio {bare['cpu'] / pipe['cpu']:.2f}")
    if pipe.get("stages"):
        parts = sorted(pipe["stages"].items(), key=lambda kv: -kv[1])
        timed = sum(pipe["stages"].values())
        print("  ms/article: " + ", ".join(f"{n} {1000 * s / count:.2f}" for n, s in parts)
              + f", other (read, dedup, batching) {1000 * (pipe['elapsed'] - timed) / count:.2f}"
              + f" | bare spaCy {1000 * bare['elapsed'] / count:.2f}")
    if pipe.get("stage_cpu"):
        parts = sorted(pipe["stage_cpu"].items(), key=lambda kv: -kv[1])
        timed = sum(pipe["stage_cpu"].values())
        print("  CPU ms/article: " + ", ".join(f"{n} {1000 * s / count:.2f}" for n, s in parts)
              + f", other {1000 * (pipe['cpu'] - timed) / count:.2f}"
              + f" | bare spaCy {1000 * bare['cpu'] / count:.2f}")
    return {"ratio": aps / bare_aps, "aps": aps, "rss": pipe["peak_rss_mb"],
            "cpu_ratio": bare["cpu"] / pipe["cpu"]}


if __name__ == "__main__":
    main()
