"""Evaluation of place recognition and resolution against annotated passages (JSON Lines).

Each record: ``id``, optional ``half`` ("A" or "B": read errors from one half only, report
both), ``text`` and ``places`` — the gold toponyms, each ``start``/``end`` (offsets into
``text``), optional ``text`` (checked against the slice), and where it is: ``lat``/``lon``
and/or a GeoNames ``geonameid``; optionally a ``kind`` (what the place is a test of:
"dateline", "us-local", "island", ...), scored separately. An optional ``not_places`` list
holds spans (``start``/``end``/``text``) that look like places and are not ("Washington"
the government, "Sydney Smith"): a predicted place overlapping one is counted as a trap hit
(it is also an extra prediction, so it lowers precision).

Match rules. Per passage, gold and predicted places are paired one-to-one, each gold place
taking the unpaired prediction that overlaps it most (a predicted place without offsets
cannot match). Precision = matched / predicted, recall = matched / gold. A matched place is
**right** when both carry the same GeoNames id or its point lies within 161 km (100 miles)
of the gold point; accuracy@161 = right / matched. Error km: great-circle distance between
the points of matched pairs that both have one (mean and median).
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluation import Score, TextEngine, gold_lines
from eventwire.lexicon.yamlfile import package_file
from eventwire.models import Place

RIGHT_KM = 161.0
EARTH_KM = 6371.0088


@dataclass(frozen=True)
class GoldPlace:
    start: int
    end: int
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str | None = None


@dataclass(frozen=True)
class Passage:
    id: str
    half: str | None
    text: str
    places: tuple[GoldPlace, ...]
    not_places: tuple[tuple[int, int], ...] = ()


@dataclass
class KindScores:
    """Recall and accuracy of the gold places of one ``kind``."""

    gold: int = 0
    matched: int = 0
    right: int = 0


@dataclass
class PlaceScores:
    passages: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right: int = 0
    errors_km: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    kinds: dict[str, KindScores] = field(default_factory=dict)
    traps: int = 0  # spans annotated as not places
    trap_hits: int = 0  # of which a place was predicted

    @property
    def score(self) -> Score:
        return Score(self.matched, self.predicted, self.gold)

    @property
    def accuracy(self) -> float:
        return self.right / self.matched if self.matched else 0.0

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors_km) if self.errors_km else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0


def default_path() -> Path:
    return package_file("eval", "places.jsonl")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def read_passages(path: Path, half: str | None = None) -> list[Passage]:
    items = [passage(line, where) for where, line in gold_lines(path)]
    return [item for item in items if half is None or item.half == half]


def passage(line: str, where: str) -> Passage:
    try:
        data = json.loads(line)
        text = data["text"]
        places = tuple(gold_place(p, text, where) for p in data.get("places", ()))
        half = data.get("half")
        traps = tuple(trap_span(t, text, where) for t in data.get("not_places", ()))
        return Passage(str(data.get("id", where)), str(half) if half else None, text, places,
                       traps)
    except (ValueError, KeyError, TypeError) as exc:
        raise EvaluationError(f"{where}: malformed place record: {exc}") from exc


def gold_place(data: dict[str, Any], text: str, where: str) -> GoldPlace:
    start, end = int(data["start"]), int(data["end"])
    if not 0 <= start < end <= len(text):
        raise EvaluationError(f"{where}: offsets {start}-{end} are outside the text")
    if "text" in data and text[start:end] != data["text"]:
        raise EvaluationError(f"{where}: offsets {start}-{end} do not slice {data['text']!r}")
    lat, lon = data.get("lat"), data.get("lon")
    gid = data.get("geonameid")
    if (lat is None) != (lon is None) or (lat is None and gid is None):
        raise EvaluationError(f"{where}: place {text[start:end]!r} needs lat and lon "
                              "and/or a geonameid")
    kind = data.get("kind")
    return GoldPlace(start, end, None if lat is None else float(lat),
                     None if lon is None else float(lon), None if gid is None else int(gid),
                     str(kind) if kind else None)


def trap_span(data: dict[str, Any], text: str, where: str) -> tuple[int, int]:
    start, end = int(data["start"]), int(data["end"])
    if not 0 <= start < end <= len(text):
        raise EvaluationError(f"{where}: not-place offsets {start}-{end} are outside the text")
    if "text" in data and text[start:end] != data["text"]:
        raise EvaluationError(f"{where}: offsets {start}-{end} do not slice {data['text']!r}")
    return start, end


def _overlap(place: Place, gold: GoldPlace) -> int:
    if place.start is None or place.end is None:
        return 0
    return min(place.end, gold.end) - max(place.start, gold.start)


def pair_up(gold: tuple[GoldPlace, ...], predicted: list[Place]
            ) -> list[tuple[GoldPlace, Place | None]]:
    free = [p for p in predicted if p.start is not None]
    pairs: list[tuple[GoldPlace, Place | None]] = []
    for want in gold:
        best = max(free, key=lambda p: _overlap(p, want), default=None)
        if best is not None and _overlap(best, want) > 0:
            free.remove(best)
            pairs.append((want, best))
        else:
            pairs.append((want, None))
    return pairs


def unique_places(places: tuple[Place, ...] | list[Place]) -> list[Place]:
    """One place per span (a report may list the dateline place and the same span twice)."""
    seen: dict[tuple[int | None, int | None], Place] = {}
    for place in places:
        seen.setdefault((place.start, place.end), place)
    return list(seen.values())


def _describe(place: Place) -> str:
    where = f"{place.lat:.2f},{place.lon:.2f}" if place.lat is not None and place.lon is not None \
        else "no point"
    return f"{place.name} ({place.country or '-'}, {place.precision}, {where}, {place.basis})"


def judge(scores: PlaceScores, item: Passage, want: GoldPlace, got: Place) -> bool:
    """Count a matched pair; whether its point is right."""
    scores.matched += 1
    km = None
    if None not in (want.lat, want.lon, got.lat, got.lon):
        km = distance_km(want.lat, want.lon, got.lat, got.lon)  # type: ignore[arg-type]
        scores.errors_km.append(km)
    same_id = want.geonameid is not None and want.geonameid == got.geonameid
    if same_id or (km is not None and km <= RIGHT_KM):
        scores.right += 1
        return True
    span = item.text[want.start:want.end]
    off = f"{km:.0f} km off" if km is not None else "no point to compare"
    scores.errors.append(f"{item.id}: wrong {span!r} -> {_describe(got)}, {off}")
    return False


def score_passage(scores: PlaceScores, item: Passage, predicted: list[Place]) -> None:
    places = unique_places(predicted)
    scores.passages += 1
    scores.gold += len(item.places)
    scores.predicted += len(places)
    pairs = pair_up(item.places, places)
    for want, got in pairs:
        kind = scores.kinds.setdefault(want.kind, KindScores()) if want.kind else None
        if kind is not None:
            kind.gold += 1
        if got is None:
            scores.errors.append(f"{item.id}: missed {item.text[want.start:want.end]!r}")
        else:
            right = judge(scores, item, want, got)
            if kind is not None:
                kind.matched += 1
                kind.right += right
    paired = {id(got) for _, got in pairs}
    for got in places:
        if id(got) not in paired:
            span = item.text[got.start:got.end] if got.start is not None else got.name
            scores.errors.append(f"{item.id}: extra {span!r} -> {_describe(got)}")
    for start, end in item.not_places:
        scores.traps += 1
        if any(p.start is not None and p.end is not None and p.start < end and start < p.end
               for p in places):
            scores.trap_hits += 1
            scores.errors.append(f"{item.id}: not a place {item.text[start:end]!r} was placed")


def evaluate_places(path: str | Path | None, engine: TextEngine,
                    half: str | None = None) -> PlaceScores:
    """Score ``engine`` on the annotated passages in ``path`` (default: the packaged set),
    only those of ``half`` ("A" or "B") when given."""
    scores = PlaceScores()
    for item in read_passages(Path(path) if path else default_path(), half):
        report = engine.analyse_text(item.text, origin=f"eval:{item.id}")
        score_passage(scores, item, list(report.places))
    return scores


class NerOnlyEngine:
    """The baseline the issue measures beside eventwire: every GPE/LOC/FAC span the stock
    spaCy model finds, as an unresolved place (no point), so only precision and recall mean
    anything."""

    LABELS = frozenset({"GPE", "LOC", "FAC"})

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def analyse_text(self, text: str, **meta: object) -> Any:
        doc = self.nlp(text)
        places = tuple(Place(e.text, None, None, None, "city", start=e.start_char,
                             end=e.end_char, basis="ner")
                       for e in doc.ents if e.label_ in self.LABELS)
        return _PlacesOnly(places)


@dataclass(frozen=True)
class _PlacesOnly:
    places: tuple[Place, ...]


def format_place_scores(scores: PlaceScores, errors: bool = True) -> str:
    s = scores.score
    lines = [
        f"passages {scores.passages}  gold places {scores.gold}  predicted {scores.predicted}  "
        f"matched {scores.matched}",
        f"precision        {s.precision:.3f}",
        f"recall           {s.recall:.3f}",
        f"F1               {s.f1:.3f}",
        f"accuracy@161 km  {scores.accuracy:.3f} ({scores.right}/{scores.matched} matched)",
        f"error km         mean {scores.mean_km:.0f}  median {scores.median_km:.0f}",
    ]
    if scores.kinds:
        lines += ["", "by kind           gold  recall  accuracy@161"]
        for name, kind in sorted(scores.kinds.items()):
            recall = kind.matched / kind.gold if kind.gold else 0.0
            accuracy = kind.right / kind.matched if kind.matched else 0.0
            lines.append(f"  {name:<15} {kind.gold:>4}  {recall:.3f}   {accuracy:.3f}")
    if scores.traps:
        lines.append(f"not-places placed {scores.trap_hits}/{scores.traps}")
    if errors and scores.errors:
        lines += ["", "errors:"] + [f"  {e}" for e in scores.errors]
    return "\n".join(lines)
