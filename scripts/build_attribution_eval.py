"""Build ``data/eval/attributions.jsonl`` from the marked-up passages in ``attributions.src``.

Run from the repository root: ``python scripts/build_attribution_eval.py``. The markup is
described at the top of the source file. Every span is written with its character offsets
into the passage text, and every offset is checked to slice its text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "eval"
OPENERS = {"{": "content", "<": "cue", "[": "source"}
CLOSERS = {"}": "content", ">": "cue", "]": "source"}
OPEN_TAG = re.compile(r"([{<\[])(\d+)\|")
KINDS = ("direct", "indirect", "mixed")
CLASSES = ("speech", "writing", "evidence", "belief", "order")


class MarkupError(ValueError):
    pass


def parse_text(marked: str, where: str) -> tuple[str, dict[str, dict[str, list]], list]:
    """Plain text, spans per attribution number and role, and not-statement spans."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, str, int]] = []
    spans: dict[str, dict[str, list]] = {}
    negatives: list[tuple[int, int]] = []
    neg_open: int | None = None
    i = 0
    while i < len(marked):
        match = OPEN_TAG.match(marked, i)
        ch = marked[i]
        if match:
            stack.append((OPENERS[match.group(1)], match.group(2), length))
            i = match.end()
            continue
        if ch in CLOSERS:
            if not stack or stack[-1][0] != CLOSERS[ch]:
                context = marked[max(0, i - 40):i]
                raise MarkupError(f"{where}: unbalanced {ch!r} at {i}: {context!r}")
            role, number, start = stack.pop()
            spans.setdefault(number, {}).setdefault(role, []).append((start, length))
            i += 1
            continue
        if ch == "~":
            if neg_open is None:
                neg_open = length
            else:
                negatives.append((neg_open, length))
                neg_open = None
            i += 1
            continue
        out.append(ch)
        length += 1
        i += 1
    if stack or neg_open is not None:
        raise MarkupError(f"{where}: unclosed markup {stack}")
    return "".join(out), spans, negatives


def span_list(text: str, pairs: list[tuple[int, int]]) -> list[dict[str, object]]:
    return [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(pairs)]


def build_passage(header: str, body: list[str], meta: list[str], number: int) -> dict:
    pid, style, published = (x.strip() for x in header[3:].split("|"))
    text, spans, negatives = parse_text("\n".join(body).strip("\n"), pid)
    attributions = []
    no_speakers = []
    seen = set()
    for line in meta:
        if line.startswith("!no_speaker "):
            no_speakers.append(line.split(" ", 1)[1].strip())
            continue
        head, _, names = line[1:].partition(" ")
        parts = names.split(None, 3)
        if len(parts) < 4:
            raise MarkupError(f"{pid}: bad attribution line {line!r}")
        kind, cue_class, verb, speaker = parts
        if kind not in KINDS or cue_class not in CLASSES or verb not in ("v", "-"):
            raise MarkupError(f"{pid}: bad attribution line {line!r}")
        roles = spans.get(head)
        if not roles or "content" not in roles:
            raise MarkupError(f"{pid}: attribution {head} has no content span")
        seen.add(head)
        names_ = [n.strip() for n in speaker.split(";") if n.strip() and n.strip() != "-"]
        attributions.append({
            "id": f"{pid}-{head}", "kind": kind, "cue_class": cue_class,
            "speech_verb": verb == "v",
            "content": span_list(text, roles["content"]),
            "cue": span_list(text, roles.get("cue", [])),
            "source": span_list(text, roles.get("source", [])),
            "speaker": names_ or None,
        })
    unused = set(spans) - seen
    if unused:
        raise MarkupError(f"{pid}: spans without an attribution line: {sorted(unused)}")
    return {"id": pid, "style": style, "published": published,
            "half": "A" if number % 2 == 1 else "B", "text": text,
            "attributions": attributions,
            "not_statements": span_list(text, negatives), "no_speakers": no_speakers}


def passages(source: str) -> list[dict]:
    out = []
    header: str | None = None
    body: list[str] = []
    meta: list[str] = []
    for line in source.splitlines() + ["=== end"]:
        if line.startswith("#") and header is None:
            continue
        if line.startswith("==="):
            if header is not None:
                out.append(build_passage(header, body, meta, len(out) + 1))
            header, body, meta = line, [], []
        elif line.startswith(("@", "!")):
            meta.append(line)
        elif header is not None:
            body.append(line)
    return out


def main() -> int:
    records = passages((HERE / "attributions.src").read_text("utf-8"))
    with (HERE / "attributions.jsonl").open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    total = sum(len(r["attributions"]) for r in records)
    halves = {h: sum(len(r["attributions"]) for r in records if r["half"] == h) for h in "AB"}
    print(f"{len(records)} passages, {total} attributions (half A {halves['A']}, B {halves['B']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
