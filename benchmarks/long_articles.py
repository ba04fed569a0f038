"""Time and peak memory of one long article (not a test; run on demand).

    python benchmarks/long_articles.py [--quick] [--sizes 100000 500000 ...] [--chunk N]

The article is built from the bundled demo corpus: the bodies of its text articles, one
after another, repeated until the size is reached (real news prose, several thousand
paragraphs at 2 MB). Each size runs in a fresh process: the model is loaded first, then the
article is analysed once; the time is the analysis alone, ``peak`` the process's maximum
resident set size and ``growth`` the peak minus the resident size after loading.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "demo"
SIZES = (100_000, 500_000, 1_000_000, 2_000_000)


def corpus_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(DEMO.glob("*.txt")):
        lines = path.read_text("utf-8").split("\n")
        body = [ln.strip() for ln in lines[6:] if len(ln.strip()) > 40]  # after the header
        paragraphs.extend(body)
    return paragraphs


def long_text(size: int) -> str:
    paragraphs, out, total, i = corpus_paragraphs(), ["A long report"], 0, 0
    while total < size:
        para = paragraphs[i % len(paragraphs)]
        out.append(para)
        total += len(para.encode("utf-8")) + 1
        i += 1
    return "\n".join(out)[:size]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(size: int, chunk: int | None) -> dict[str, object]:
    """In this process: load, analyse one article of ``size`` bytes, report."""
    from eventwire.api import Engine
    from eventwire.settings import Settings

    settings = Settings() if chunk is None else Settings(chunk_chars=chunk)
    engine = Engine.load(settings)
    engine.analyse_text("Warm-up: Iran and Russia signed an agreement on Tuesday.")
    loaded = rss_mb()
    text = long_text(size)
    started, cpu = time.perf_counter(), time.process_time()
    report = engine.analyse_text(text, published="2025-03-01T12:00:00+00:00")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ok = all(text[e.evidence.trigger.start:e.evidence.trigger.end] == e.evidence.trigger.text
             for e in report.events)
    return {"bytes": size, "chars": len(report.article.text), "seconds": round(seconds, 1),
            "cpu": round(cpu, 1),
            "peak_mb": round(peak), "growth_mb": round(peak - loaded),
            "events": len(report.events), "quotes": len(report.quotes),
            "skip": report.skip.reason if report.skip else None, "offsets_ok": ok}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--quick", action="store_true", help="100 KB and 500 KB only")
    parser.add_argument("--chunk", type=int, default=None, help="Settings.chunk_chars")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.chunk)))
        return
    sizes = SIZES[:2] if args.quick else args.sizes
    print(f"{'bytes':>9} {'seconds':>8} {'cpu s':>6} {'peak MB':>8} {'growth MB':>10} "
          f"{'events':>7} {'quotes':>7}  offsets")
    for size in sizes:
        command = [sys.executable, __file__, "--one", str(size)]
        if args.chunk:
            command += ["--chunk", str(args.chunk)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{size:>9} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{r['bytes']:>9} {r['seconds']:>8} {r['cpu']:>6} {r['peak_mb']:>8} "
              f"{r['growth_mb']:>10} "
              f"{r['events']:>7} {r['quotes']:>7}  {'ok' if r['offsets_ok'] else 'WRONG'}"
              + (f"  skipped: {r['skip']}" if r['skip'] else ""))


if __name__ == "__main__":
    main()
