"""Actor-match measure: for each gold event, is there an actor the actors stage found whose code
matches the gold source / target at all (in the evidence sentence; in the whole report)?

This scores the ACTOR stage alone, whatever the event coder made of the sentence. Codes compare
as in ``eventwire eval plover`` (country, else the first three letters; IGO and NGO one class).

    python scripts/actor_match.py reports tests/fixtures/reports --half odd|even [--misses]
    python scripts/actor_match.py plover ../../shared/eval/plover-gsr-dev.jsonl --half a|b
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from eventwire.api import Engine
from eventwire.evaluation.plover import PUBLISHED, numbered_lines, overlap, quirk_table
from eventwire.models import Report

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z])")


def actor_codes(report: Report) -> list[tuple[str, list[tuple[int, int]], str]]:
    out = []
    for a in report.actors:
        code = a.country or (a.code or "")[:3]
        if code:
            out.append((code, [(m.start, m.end) for m in a.mentions], a.name))
    return out


def sentence_of(text: str, needle: str) -> tuple[int, int] | None:
    words = needle.split()
    at = text.find(needle)
    if at < 0 and words:
        at = text.find(words[0] + " " + words[1]) if len(words) > 1 else text.find(words[0])
    if at < 0:
        return None
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    start = max(s for s in starts if s <= at)
    later = [s for s in starts if s > at]
    return start, (later[0] if later else len(text))


def found(codes: list[tuple[str, list[tuple[int, int]], str]], gold: frozenset[str],
          span: tuple[int, int] | None) -> bool:
    for code, mentions, _ in codes:
        if not overlap(frozenset({code}), gold):
            continue
        if span is None or any(span[0] <= s < span[1] for s, _ in mentions):
            return True
    return False


def in_span(codes: list[tuple[str, list[tuple[int, int]], str]], span: tuple[int, int]
            ) -> list[str]:
    return [f"{name}={code}" for code, mentions, name in codes
            if any(span[0] <= s < span[1] for s, _ in mentions)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["reports", "plover"])
    ap.add_argument("path")
    ap.add_argument("--half", required=True)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    engine = Engine.load()
    quirks = quirk_table()
    n = {"src": 0, "tgt": 0}
    hit_sent = {"src": 0, "tgt": 0}
    hit_doc = {"src": 0, "tgt": 0}
    misses: list[str] = []
    items: list[tuple[str, str, Report | None, list[dict]]] = []
    if args.kind == "plover":
        for _, line in numbered_lines(Path(args.path), args.half):
            rec = json.loads(line)
            report = engine.analyse_text(rec["text"], published=PUBLISHED)

            def codes(side: list[dict]) -> frozenset[str]:
                return frozenset(quirks.get(a["code"], a["code"]) for a in side if a.get("code"))
            ev = {"src": codes(rec["source"]), "tgt": codes(rec.get("target") or []),
                  "trigger": rec["text"][:30], "label": rec["id"]}
            items.append((rec["id"], rec["text"], report, [ev]))
    else:
        folder = Path(args.path)
        for line in (folder / "gold.jsonl").read_text().splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            number = int(rec["file"][1:3])
            if (number % 2 == 1) != (args.half == "odd"):
                continue
            report = next(iter(engine.extract([folder / rec["file"]])))

            def codes3(values: list[str]) -> frozenset[str]:
                return frozenset(quirks.get(c[:3], c[:3]) for c in values if c)
            evs = [{"src": codes3(e["source"]) | codes3(e.get("alt_source") or []),
                    "tgt": codes3(e.get("target") or []), "trigger": e.get("trigger", ""),
                    "label": f"{rec['file'][:3]} {e['plover']}"} for e in rec["events"]]
            items.append((rec["file"], "", report, evs))
    for _, _, report, evs in items:
        assert report is not None
        text = report.article.text
        codes = actor_codes(report)
        for ev in evs:
            span = sentence_of(text, ev["trigger"]) if args.kind == "reports" else (0, len(text))
            for side in ("src", "tgt"):
                gold = ev[side]
                if not gold:
                    continue
                n[side] += 1
                s = found(codes, gold, span) if span else False
                d = found(codes, gold, None)
                hit_sent[side] += s
                hit_doc[side] += d
                if not s and args.misses:
                    sent = text[span[0]:span[1]].strip() if span else "(trigger not found)"
                    where = "y" if d else "n"
                    misses.append(f"{ev['label']} {side} gold={sorted(gold)} doc={where}"
                                  f"\n   {sent[:300]}\n   have: "
                                  f"{', '.join(in_span(codes, span)) if span else ''}")
    for side in ("src", "tgt"):
        print(f"{args.kind} {args.half} {side}: sentence {hit_sent[side]}/{n[side]} = "
              f"{hit_sent[side] / max(n[side], 1):.3f}   report {hit_doc[side]}/{n[side]} = "
              f"{hit_doc[side] / max(n[side], 1):.3f}")
    tot = sum(n.values())
    print(f"{args.kind} {args.half} both: sentence {sum(hit_sent.values())}/{tot} = "
          f"{sum(hit_sent.values()) / max(tot, 1):.3f}   report {sum(hit_doc.values())}/{tot} = "
          f"{sum(hit_doc.values()) / max(tot, 1):.3f}")
    for m in misses:
        print(m)


if __name__ == "__main__":
    main()
