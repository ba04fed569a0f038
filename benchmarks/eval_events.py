"""Score event coding on a PLOVER gold file: ``python benchmarks/eval_events.py FILE [-v]``.

Uses the standard engine.
With ``-v`` it lists every record that is not matched at all three levels.
"""

from __future__ import annotations

import sys
import time

from eventwire.api import Engine
from eventwire.evaluation.plover import evaluate_plover, format_scores


def main(argv: list[str]) -> None:
    path = argv[0] if argv else "../shared/eval/plover-gsr-dev.jsonl"
    engine = Engine.load()
    began = time.perf_counter()
    result = evaluate_plover(path, engine)
    print(format_scores(result))
    print(f"time: {time.perf_counter() - began:.1f}s")
    if "-v" in argv:
        for r in result.records:
            if not all(r.levels):
                got = "; ".join(f"{p.plover} {sorted(p.source)}->{sorted(p.target)}"
                                for p in r.predicted) or "-"
                print(f"{''.join('x' if m else '.' for m in r.levels)} {r.gold.plover} "
                      f"{sorted(r.gold.source)}->{sorted(r.gold.target)} | got {got} | "
                      f"{r.gold.text[:110]}")


if __name__ == "__main__":
    main(sys.argv[1:])
