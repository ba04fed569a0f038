"""Dump `eventwire extract` JSON for the demo corpus, the Kayhan sample and the 120 Wikinews texts
of MEANTIME, one file per input, to check that a refactoring (or compiling the stage code with
mypyc) leaves every report byte-identical.

    python scripts/snapshot_reports.py OUT_DIR            # snapshot with the installed code
    PYTHONPATH=/path/to/other/checkout/src python scripts/snapshot_reports.py OUT_DIR
    diff -r BEFORE_DIR AFTER_DIR                           # no output: identical

Each input gets OUT_DIR/<file name>.json (the report as `eventwire extract --format json`
prints it). The Kayhan sample is read from ../shared/samples beside the checkout, if present, and
the texts of ../shared/eval/meantime-timex.jsonl (if present) are written to
$TMPDIR/eventwire-snapshot-meantime/<doc id>.txt (a fixed path, so that both snapshots read the
same files) and reported as meantime-<doc id>.txt.json.

    EVENTWIRE_PURE=1 python scripts/snapshot_reports.py OUT_DIR   # ignore compiled modules
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "eventwire" / "data" / "demo"
KAYHAN = ROOT.parent / "shared" / "samples" / "kayhan-137320.txt"
MEANTIME = ROOT.parent / "shared" / "eval" / "meantime-timex.jsonl"
MEANTIME_DIR = Path(tempfile.gettempdir()) / "eventwire-snapshot-meantime"


def meantime_inputs() -> list[Path]:
    """Each MEANTIME text as a .txt file (rewritten each time with the same content)."""
    if not MEANTIME.exists():
        return []
    MEANTIME_DIR.mkdir(parents=True, exist_ok=True)
    paths = []
    for line in MEANTIME.read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            path = MEANTIME_DIR / f"{record['doc_id']}.txt"
            path.write_text(record["text"], "utf-8")
            paths.append(path)
    return paths


def inputs() -> list[Path]:
    files = sorted(p for p in DEMO.iterdir() if p.suffix in (".txt", ".html"))
    files += sorted(p for p in (DEMO / "bad").iterdir()) if (DEMO / "bad").is_dir() else []
    return files + ([KAYHAN] if KAYHAN.exists() else []) + meantime_inputs()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    files = inputs()
    run = subprocess.run([sys.executable, "-m", "eventwire", "extract", "--format", "jsonl",
                          *map(str, files)], capture_output=True, text=True, check=False)
    lines = run.stdout.splitlines()
    if len(lines) != len(files):
        sys.exit(f"expected {len(files)} reports, got {len(lines)}:\n{run.stderr}")
    args.out.mkdir(parents=True, exist_ok=True)
    for path, line in zip(files, lines, strict=True):
        report = json.loads(line)
        prefix = {"bad": "bad-", MEANTIME_DIR.name: "meantime-"}.get(path.parent.name, "")
        name = prefix + path.name
        (args.out / f"{name}.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(files)} reports in {args.out}")


if __name__ == "__main__":
    main()
