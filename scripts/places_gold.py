"""Turn hand-marked articles into gold lines for ``eventwire eval places`` (places3.jsonl).

A source file holds articles separated by lines ``=== id half source``. In the text a
place is marked ``[[surface|spec|kind]]`` (spec and kind optional):

* spec ``lat,lon`` — a hand-written point (counties, rivers, islands, landmarks);
* spec ``@Name/CC`` or ``@Name/CC/ADMIN1`` — look the name up in the bundled gazetteer
  (both tiers), in country CC (ISO 3166 alpha-3), most populous first; the GeoNames id
  and point are copied from the entry (the annotator checks the printed choice);
* spec ``=Other`` — the same point as the surface ``Other`` marked earlier in the article
  (short forms: "Tipperary" after "County Tipperary");
* no spec — the same as the last mention of the same surface in the article.

Non-places that look like places are marked ``{{surface}}`` (written to ``not_places``).
The script warns when a marked surface occurs again unmarked in the same article, so
repeats are not forgotten. Usage:
    python scripts/places_gold.py SOURCE.txt OUT.jsonl
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "geo"
MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]|]*))?(?:\|([^\]|]*))?\]\]|\{\{([^}]+)\}\}")


def gazetteer_rows() -> list[list[str]]:
    rows: list[list[str]] = []
    with gzip.open(DATA / "gazetteer.tsv.gz", "rt", encoding="utf-8") as fh:
        rows += [
            line.rstrip("\n").split("\t") for line in fh if not line.startswith(("#", "precision"))
        ]
    with open(DATA / "local.tsv", encoding="utf-8") as fh:  # rows, then its name index
        for line in fh:
            if line.startswith("#keys\t"):
                break
            if not line.startswith(("#", "precision")):
                rows.append(line.rstrip("\n").split("\t"))
    with open(DATA / "extra_places.tsv", encoding="utf-8") as fh:
        rows += [
            line.rstrip("\n").split("\t")
            for line in fh
            if line.strip() and not line.startswith("#")
        ]
    return rows


def norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


class Lookup:
    def __init__(self) -> None:
        self.by_name: dict[str, list[list[str]]] = {}
        for row in gazetteer_rows():
            if len(row) < 8:
                continue
            names = {norm(row[2])} | {
                norm(a) for a in (row[9].split("|") if len(row) > 9 else []) if a
            }
            for name in names:
                self.by_name.setdefault(name, []).append(row)

    def find(self, spec: str) -> dict[str, object]:
        parts = spec.split("/")
        name, country = parts[0], parts[1]
        admin1 = parts[2] if len(parts) > 2 else None
        hits = [
            r
            for r in self.by_name.get(norm(name), [])
            if r[3] == country and (admin1 is None or r[4] == admin1 or r[4].endswith("." + admin1))
        ]
        if not hits:
            print(f"MISSING no gazetteer entry for {spec}", file=sys.stderr)
            return {"lat": 0.0, "lon": 0.0}
        hits.sort(key=lambda r: -int(r[7] or 0))
        row = hits[0]
        out: dict[str, object] = {"lat": float(row[5]), "lon": float(row[6])}
        if row[1]:
            out["geonameid"] = int(row[1])
        print(
            f"  {spec} -> {row[0]} {row[2]} {row[3]} {row[4]} {row[5]},{row[6]} pop {row[7]}"
            f" ({len(hits)} hits)",
            file=sys.stderr,
        )
        return out


def build(source: str, lookup: Lookup) -> list[dict[str, object]]:
    out = []
    for block in re.split(r"^=== ", source, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        pid, half, src = head.split(" ", 2)
        body = " ".join(para.strip().replace("\n", " ") for para in body.strip().split("\n\n"))
        body = re.sub(r"[ \t]+", " ", body)
        text, places, traps = "", [], []
        seen: dict[str, dict[str, object]] = {}
        pos = 0
        for m in MARK.finditer(body):
            text += body[pos : m.start()]
            pos = m.end()
            if m.group(4):
                traps.append(
                    {"start": len(text), "end": len(text) + len(m.group(4)), "text": m.group(4)}
                )
                text += m.group(4)
                continue
            surface, spec, kind = m.group(1), (m.group(2) or "").strip(), (m.group(3) or "").strip()
            if not spec:
                if norm(surface) not in seen:
                    raise SystemExit(f"{pid}: {surface!r} has no spec and no earlier mention")
                point = dict(seen[norm(surface)])
            elif spec.startswith("="):
                point = dict(seen[norm(spec[1:])])
            elif spec.startswith("@"):
                point = lookup.find(spec[1:])
            else:
                lat, lon = (float(x) for x in spec.split(","))
                point = {"lat": lat, "lon": lon}
            kind = kind or str(point.pop("kind", "")) or "other"
            point.pop("kind", None)
            seen[norm(surface)] = {**point, "kind": kind}
            if spec.startswith("@"):
                seen.setdefault(norm(spec[1:].split("/")[0]), seen[norm(surface)])
            places.append(
                {
                    "start": len(text),
                    "end": len(text) + len(surface),
                    "text": surface,
                    "kind": kind,
                    **point,
                }
            )
            text += surface
        text += body[pos:]
        marked = {p["text"] for p in places}
        spans = {(p["start"], p["end"]) for p in places} | {(t["start"], t["end"]) for t in traps}
        for name in marked:
            for hit in re.finditer(r"(?<![\w-])" + re.escape(str(name)) + r"(?![\w])", text):
                if not any(s <= hit.start() < e for s, e in spans):
                    print(
                        f"WARNING {pid}: unmarked {name!r} at {hit.start()}: "
                        f"...{text[max(0, hit.start() - 30) : hit.end() + 30]}...",
                        file=sys.stderr,
                    )
        words = len(text.split())
        print(
            f"{pid}: {words} words, {len(places)} places, {len(traps)} not-places", file=sys.stderr
        )
        item: dict[str, object] = {
            "id": pid,
            "half": half,
            "source": src,
            "text": text,
            "places": places,
        }
        if traps:
            item["not_places"] = traps
        out.append(item)
    return out


def main() -> None:
    source = Path(sys.argv[1]).read_text(encoding="utf-8")
    items = build(source, Lookup())
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
