"""Evaluation of story clusters, near-duplicates and fused events on a folder of articles.

A gold folder holds articles (any format eventwire reads; their file names are their keys,
and sorted file names are the order they arrive in) and ``gold.json``:

- ``clusters``: every article file in exactly one list — the articles of one story;
- ``near_duplicates``: ``[original, copy]`` pairs (wire copies, light republications);
- ``fused``: the main real-world events of the stories, each with ``plover`` (a type, or a
  list of the types that code the same deed, the first shown), ``source`` and
  ``target`` (lists of accepted codes: an ISO country, or the start of a CAMEO-style actor
  code such as ``IGOEUR``), ``symmetric`` (true for types where either side may come first:
  talks, agreements), ``date`` (the day it happened) and ``articles`` (every file reporting
  it, copies included).

The folder is ingested into a new temporary store, in file-name order, with the full
pipeline; what the store then holds is scored:

- **clusters**: B³ precision, recall and F1 over articles (Bagga & Baldwin 1998);
- **near-duplicates**: precision and recall of the recorded [original, copy] pairs;
- **fused events**: a gold event is *found* when one predicted fused event has its type, a
  matching dyad (either direction when symmetric), a date that overlaps the gold day, and
  exactly its articles. Precision is judged on the predicted fused events that join two or
  more articles *and* claim a gold event's type and dyad (others are about events the gold
  does not list and are counted as unjudged): such an event is correct when its date overlaps
  the gold day and all its articles report that gold event — a distractor joining, or a
  fusion of two different days, is an error. Article recall is, per gold event, the best
  share of its articles one predicted fused event holds.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluation import Score
from eventwire.stories.dates import overlap


@dataclass(frozen=True)
class GoldFused:
    name: str
    plover: str
    source: frozenset[str]
    target: frozenset[str]
    symmetric: bool
    date: str
    articles: frozenset[str]
    # other PLOVER types the gold accepts for the same deed (a police raid to arrest someone is
    # coded 190 "raid" by PETRARCH2 and 173 "arrest" by the reports that tell the arrest)
    also: frozenset[str] = frozenset()

    def accepts(self, plover: str) -> bool:
        return plover == self.plover or plover in self.also


@dataclass(frozen=True)
class StoryGold:
    clusters: tuple[frozenset[str], ...]
    near_duplicates: frozenset[tuple[str, str]]
    fused: tuple[GoldFused, ...]

    @property
    def files(self) -> frozenset[str]:
        return frozenset(f for c in self.clusters for f in c)


@dataclass(frozen=True)
class Side:
    """One actor of a predicted fused event, as the gold codes are compared with it."""

    actor: str | None
    country: str | None
    code: str | None


@dataclass(frozen=True)
class PredictedFused:
    id: str
    plover: str
    source: tuple[Side, ...]
    target: tuple[Side, ...]
    date: str | None
    articles: frozenset[str]


@dataclass
class FusedResult:
    recall: Score
    precision: Score
    article_recall: float
    unjudged: int  # multi-article fused events about events the gold does not list
    lines: list[str] = field(default_factory=list)


@dataclass
class StoryResult:
    folder: str
    articles: int
    clusters: tuple[float, float, float]  # B³ precision, recall, F1
    near_duplicates: Score
    fused: FusedResult
    predicted_clusters: list[list[str]]
    wrong_clusters: list[str] = field(default_factory=list)


def load_gold(folder: Path) -> StoryGold:
    path = folder / "gold.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}; a stories gold folder needs a "
                              "gold.json with clusters, near_duplicates and fused") from exc
    clusters = tuple(frozenset(c) for c in data["clusters"])
    files = [f for c in data["clusters"] for f in c]
    if len(files) != len(set(files)):
        raise EvaluationError(f"{path}: an article is in more than one gold cluster")
    missing = sorted(f for f in files if not (folder / f).is_file())
    if missing:
        raise EvaluationError(f"{path}: no article file {missing[0]!r} in {folder}")
    fused = tuple(GoldFused(
        name=g.get("name", _types(g["plover"])[0]), plover=_types(g["plover"])[0],
        source=frozenset(g["source"]), target=frozenset(g["target"]),
        symmetric=bool(g.get("symmetric", False)), date=g["date"],
        articles=frozenset(g["articles"]), also=frozenset(_types(g["plover"])[1:]))
        for g in data["fused"])
    for g in fused:
        unknown = sorted(g.articles - set(files))
        if unknown:
            raise EvaluationError(f"{path}: fused event {g.name!r} lists {unknown[0]!r}, "
                                  "which no cluster holds")
    return StoryGold(clusters, frozenset((a, b) for a, b in data["near_duplicates"]), fused)


def _types(value: str | list[str]) -> list[str]:
    """A gold ``plover``: one type, or a list of the types that code the same deed (the
    first is the one shown)."""
    return [value] if isinstance(value, str) else list(value)


def b_cubed(gold: Sequence[frozenset[str]], predicted: Sequence[Iterable[str]]
            ) -> tuple[float, float, float]:
    """B³ precision, recall and F1 of ``predicted`` clusters against ``gold`` (items of the
    gold missing from the prediction count as singletons)."""
    gold_of = {item: cluster for cluster in gold for item in cluster}
    pred_of: dict[str, frozenset[str]] = {}
    for cluster in predicted:
        members = frozenset(i for i in cluster if i in gold_of)
        for item in members:
            pred_of[item] = members
    if not gold_of:
        return 0.0, 0.0, 0.0
    p = r = 0.0
    for item, g in gold_of.items():
        pc = pred_of.get(item, frozenset([item]))
        both = len(g & pc)
        p += both / len(pc)
        r += both / len(g)
    p, r = p / len(gold_of), r / len(gold_of)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _side_matches(codes: frozenset[str], sides: Sequence[Side]) -> bool:
    return any(code in (s.country, s.actor) or (s.code or "").startswith(code)
               for code in codes for s in sides)


def dyad_matches(g: GoldFused, p: PredictedFused) -> bool:
    """Source with source and target with target; for a symmetric gold event (talks, an
    agreement) the two gold sides may be anywhere among the participants (co-sources
    included: "Iran and the US held talks")."""
    if _side_matches(g.source, p.source) and _side_matches(g.target, p.target):
        return True
    both = p.source + p.target
    return g.symmetric and _side_matches(g.source, both) and _side_matches(g.target, both)


def score_fused(gold: Sequence[GoldFused], predicted: Sequence[PredictedFused]) -> FusedResult:
    lines = []
    found = 0
    shares = []
    for g in gold:
        claims = [p for p in predicted if g.accepts(p.plover) and dyad_matches(g, p)
                  and overlap(p.date, g.date)]
        exact = [p for p in claims if p.articles == g.articles]
        best = max(claims, key=lambda p: (len(p.articles & g.articles), -len(p.articles)),
                   default=None)
        share = len(best.articles & g.articles) / len(g.articles) if best else 0.0
        shares.append(share)
        found += bool(exact)
        if not exact:
            held = sorted(best.articles) if best else []
            lines.append(f"  missed: {g.name} ({g.plover} {g.date}): best fused event holds "
                         f"{len(best.articles & g.articles) if best else 0} of "
                         f"{len(g.articles)} articles"
                         + (f" ({best.id}: {', '.join(held)})" if best else ""))
    judged = correct = unjudged = 0
    for p in predicted:
        if len(p.articles) < 2:
            continue
        claimed = [g for g in gold if g.accepts(p.plover) and dyad_matches(g, p)]
        if not claimed:
            unjudged += 1
            continue
        judged += 1
        if any(overlap(p.date, g.date) and p.articles <= g.articles for g in claimed):
            correct += 1
        else:
            lines.append(f"  wrong fusion: {p.id} {p.plover} {p.date}: "
                         f"{', '.join(sorted(p.articles))}")
    return FusedResult(Score(found, len(gold), len(gold)), Score(correct, judged, judged),
                       sum(shares) / len(shares) if shares else 0.0, unjudged, lines)


def evaluate_stories(folder: Path, settings: Any, engine: Any = None) -> StoryResult:
    """Ingest ``folder`` into a new temporary store and score what it holds."""
    from eventwire.ingest import ingest
    from eventwire.store.sqlite import Store

    gold = load_gold(folder)
    paths = sorted(folder / name for name in gold.files)
    with tempfile.TemporaryDirectory(prefix="eventwire-eval-stories-") as tmp:
        with Store(Path(tmp) / "eval.db") as store:
            ingest(paths, store, settings, engine=engine)
            return score_store(store, gold, str(folder))


def score_store(store: Any, gold: StoryGold, folder: str) -> StoryResult:
    from eventwire.store import queries

    name_of = {r[0]: Path(r[1]).name for r in store.db.execute(
        "SELECT id, origin FROM articles")}
    stories = queries.stories(store)
    clusters = [[name_of[a] for a in s["articles"]] for s in stories]
    pairs = {(name_of[a], name_of[b]) for s in stories for a, b in s["near_duplicates"]}
    dup = Score(len(pairs & gold.near_duplicates), len(pairs), len(gold.near_duplicates))
    fused = score_fused(gold.fused, predicted_fused(store, name_of))
    wrong = []
    gold_of = {f: c for c in gold.clusters for f in c}
    for c in clusters:
        if len({gold_of[f] for f in c if f in gold_of}) > 1 or any(
                set(gold_of[f]) - set(c) for f in c if f in gold_of):
            wrong.append("  " + " | ".join(c))
    return StoryResult(folder, len(name_of), b_cubed(gold.clusters, clusters), dup, fused,
                       clusters, wrong)


def predicted_fused(store: Any, name_of: dict[str, str]) -> list[PredictedFused]:
    """The store's asserted fused events (store/fused.py), articles by file name."""
    from eventwire.store.fused import FusedFilter, fused_events

    return [PredictedFused(e["id"], e["plover"], _sides(e["source"]), _sides(e["target"]),
                           (e.get("date") or {}).get("value"),
                           frozenset(name_of[a] for a in e["articles"]))
            for e in fused_events(store.db, FusedFilter(limit=None))]


def _sides(refs: Sequence[dict[str, Any]]) -> tuple[Side, ...]:
    return tuple(Side(r.get("actor"), r.get("country"), r.get("code")) for r in refs)


def format_stories(result: StoryResult, verbose: bool = False) -> str:
    p, r, f = result.clusters
    fu = result.fused
    lines = [f"stories: {result.folder} ({result.articles} articles)",
             f"  clusters (B³)     P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
             f"({len(result.predicted_clusters)} predicted)",
             f"  near-duplicates   P {result.near_duplicates.precision:.3f}  "
             f"R {result.near_duplicates.recall:.3f}  "
             f"({result.near_duplicates.matched}/{result.near_duplicates.gold} found, "
             f"{result.near_duplicates.predicted} predicted)",
             f"  fused events      P {fu.precision.precision:.3f} "
             f"({fu.precision.matched}/{fu.precision.predicted} judged)  "
             f"R {fu.recall.recall:.3f} ({fu.recall.matched}/{fu.recall.gold} exact)  "
             f"article recall {fu.article_recall:.3f}  unjudged {fu.unjudged}"]
    if verbose:
        if result.wrong_clusters:
            lines += ["wrong clusters:", *result.wrong_clusters]
        if fu.lines:
            lines += ["fused-event errors:", *fu.lines]
    return "\n".join(lines)
