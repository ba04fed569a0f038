"""Evaluation against PARC-style attributions (``data/eval/attributions.jsonl``, see its README).

What is compared. A *predicted attribution* is a reported quote that is not attached to another
(``parent`` unset); its content is the union of its ``parts`` when it has them, else its
``start``–``end`` span. A gold attribution's content is the union of its content spans. Only
letters and digits count, so quote marks, spaces and edge punctuation never decide a match.

Match rules. Per passage, gold and predicted attributions are paired one-to-one, largest
overlap first; a pair counts when the prediction covers at least half of the gold content
(**content-overlap**). **Exact**: a matched pair whose content characters are the same.
**Token overlap** (as in citron's evaluation): over matched pairs, shared word tokens, with
precision over all predicted tokens and recall over all gold tokens. **Speaker right on
matched**: the speaker names agree under :func:`eventwire.evaluation.quotes.same_speaker`.

Breakdown: direct vs indirect+mixed (gold ``kind``; an unmatched prediction by its own kind:
direct, or anything else) and speech-verb vs other cues (gold ``speech_verb``; an unmatched
prediction by its cue: a verb of the speech class, else not). Also counted: predictions inside
a gold scare quote or name (``not_statements``) and speakers that are a byline or dateline
name (``no_speakers``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluation import Score, TextEngine, gold_lines
from eventwire.evaluation.quotes import fold, same_speaker
from eventwire.lexicon.yamlfile import package_file
from eventwire.models import Quote

WORD = re.compile(r"\w+")
GROUPS = ("all", "direct", "indirect+mixed", "speech verb", "other cues")
NON_VERB_CUES = frozenset({"according", ":", "—", "–"})


@dataclass(frozen=True)
class GoldAttribution:
    id: str
    kind: str
    cue_class: str
    speech_verb: bool
    content: tuple[tuple[int, int], ...]
    speakers: tuple[str, ...]


@dataclass(frozen=True)
class AttributionPassage:
    id: str
    half: str
    style: str
    text: str
    published: str | None
    attributions: tuple[GoldAttribution, ...]
    negatives: tuple[tuple[int, int], ...]
    no_speakers: tuple[str, ...]


@dataclass
class GroupCounts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_right: int = 0
    gold_tokens: int = 0
    predicted_tokens: int = 0
    shared_tokens: int = 0

    @property
    def overlap(self) -> Score:
        return Score(self.matched, self.predicted, self.gold)

    @property
    def exact_score(self) -> Score:
        return Score(self.exact, self.predicted, self.gold)

    @property
    def tokens(self) -> Score:
        return Score(self.shared_tokens, self.predicted_tokens, self.gold_tokens)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0


@dataclass
class AttributionScores:
    passages: int = 0
    groups: dict[str, GroupCounts] = field(
        default_factory=lambda: {g: GroupCounts() for g in GROUPS})
    scare_reported: int = 0
    byline_speakers: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def all(self) -> GroupCounts:
        return self.groups["all"]


def default_attributions_path() -> Path:
    return package_file("eval", "attributions.jsonl")


def is_attribution_file(path: Path) -> bool:
    """True when the first record of ``path`` is in this module's format."""
    try:
        with path.open(encoding="utf-8") as f:
            first = next((line for line in f if line.strip()), "")
        return "attributions" in json.loads(first) if first else False
    except (OSError, ValueError):
        return False


def read_attribution_passages(path: Path) -> list[AttributionPassage]:
    return [attribution_passage(line, where) for where, line in gold_lines(path)]


def _spans(items: Iterable[dict[str, Any]], text: str, where: str) -> tuple[tuple[int, int], ...]:
    out = []
    for item in items:
        start, end = int(item["start"]), int(item["end"])
        if "text" in item and text[start:end] != item["text"]:
            raise EvaluationError(f"{where}: offsets {start}-{end} do not slice {item['text']!r}")
        out.append((start, end))
    return tuple(out)


def attribution_passage(line: str, where: str) -> AttributionPassage:
    try:
        data = json.loads(line)
        text = data["text"]
        gold = []
        for item in data["attributions"]:
            speaker = item.get("speaker")
            speakers = tuple(speaker) if isinstance(speaker, list) else \
                (speaker,) if speaker else ()
            content = _spans(item["content"], text, where)
            if not content:
                raise EvaluationError(f"{where}: attribution {item.get('id')} has no content")
            gold.append(GoldAttribution(str(item.get("id", where)), str(item["kind"]),
                                        str(item.get("cue_class", "speech")),
                                        bool(item.get("speech_verb")), content, speakers))
        return AttributionPassage(
            str(data.get("id", where)), str(data.get("half", "A")), str(data.get("style", "")),
            text, data.get("published"), tuple(gold),
            _spans(data.get("not_statements", ()), text, where),
            tuple(data.get("no_speakers", ())))
    except (ValueError, KeyError, TypeError) as exc:
        raise EvaluationError(f"{where}: malformed attribution record: {exc}") from exc


def letters(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Offsets of the letters and digits inside ``spans``."""
    return frozenset(i for start, end in spans for i in range(start, end) if text[i].isalnum())


def words(text: str, chars: frozenset[int]) -> frozenset[int]:
    """Start offsets of the word tokens that have a character in ``chars``."""
    if not chars:
        return frozenset()
    lo, hi = min(chars), max(chars) + 1
    return frozenset(m.start() for m in WORD.finditer(text, lo, hi)
                     if any(i in chars for i in range(m.start(), m.end())))


def predicted_spans(quote: Quote) -> tuple[tuple[int, int], ...]:
    parts = getattr(quote, "parts", None) or ()
    return tuple((p.start, p.end) for p in parts) or ((quote.start, quote.end),)


def statements(quotes: Iterable[Quote]) -> list[Quote]:
    """Quotes that are attributions of their own (attached partial quotes are not)."""
    return [q for q in quotes if q.parent is None]


def predicted_groups(quote: Quote) -> tuple[str, str]:
    kind = "direct" if quote.kind == "direct" else "indirect+mixed"
    cue_class = getattr(quote, "cue_class", None) or "speech"
    cue = quote.cue.text.split()[0].casefold() if quote.cue and quote.cue.text.split() else None
    verbal = cue is not None and cue not in NON_VERB_CUES and cue_class == "speech" and \
        getattr(quote, "cue_pos", "VERB") == "VERB"
    return kind, "speech verb" if verbal else "other cues"


def gold_groups(gold: GoldAttribution) -> tuple[str, str]:
    kind = "direct" if gold.kind == "direct" else "indirect+mixed"
    return kind, "speech verb" if gold.speech_verb else "other cues"


def pair_attributions(text: str, gold: tuple[GoldAttribution, ...], predicted: list[Quote]
                      ) -> list[tuple[GoldAttribution, Quote]]:
    """One-to-one pairs where the prediction covers at least half of the gold content."""
    gold_chars = [letters(text, g.content) for g in gold]
    pred_chars = [letters(text, predicted_spans(q)) for q in predicted]
    candidates = []
    for gi, want in enumerate(gold_chars):
        for pi, got in enumerate(pred_chars):
            shared = len(want & got)
            if want and shared * 2 >= len(want):
                candidates.append((shared / len(want), shared / max(len(got), 1), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def score_attribution_passage(scores: AttributionScores, item: AttributionPassage,
                              quotes: Iterable[Quote]) -> None:
    scores.passages += 1
    text = item.text
    predicted = statements(quotes)
    pairs = pair_attributions(text, item.attributions, predicted)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(q) for _, q in pairs}
    for gold in item.attributions:
        chars = letters(text, gold.content)
        for group in ("all", *gold_groups(gold)):
            scores.groups[group].gold += 1
            scores.groups[group].gold_tokens += len(words(text, chars))
        if id(gold) not in matched_gold:
            shown = " … ".join(text[s:e] for s, e in gold.content)
            scores.errors.append(f"{gold.id}: missed {gold.kind}/{gold.cue_class} {shown[:70]!r}")
    for quote in predicted:
        chars = letters(text, predicted_spans(quote))
        if id(quote) not in matched_pred:
            groups = predicted_groups(quote)
            for group in ("all", *groups):
                scores.groups[group].predicted += 1
                scores.groups[group].predicted_tokens += len(words(text, chars))
            scores.errors.append(f"{item.id}: extra {quote.kind} {quote.text[:70]!r}")
    for gold, quote in pairs:
        score_pair(scores, item, gold, quote)
    for start, end in item.negatives:
        for quote in predicted:
            if start - 1 <= quote.start and quote.end <= end + 1:
                scores.scare_reported += 1
                scores.errors.append(f"{item.id}: scare quote reported as {quote.kind} "
                                     f"{quote.text!r}")
    for quote in quotes:
        name = quote.speaker.name if quote.speaker else None
        if name and any(fold(bad)[-1:] == fold(name)[-1:] for bad in item.no_speakers):
            scores.byline_speakers += 1
            scores.errors.append(f"{item.id}: byline/dateline {name!r} reported as a speaker")


def score_pair(scores: AttributionScores, item: AttributionPassage, gold: GoldAttribution,
               quote: Quote) -> None:
    text = item.text
    want = letters(text, gold.content)
    got = letters(text, predicted_spans(quote))
    want_words, got_words = words(text, want), words(text, got)
    exact = want == got
    right = same_speaker(gold.speakers, quote)
    for group in ("all", *gold_groups(gold)):
        counts = scores.groups[group]
        counts.predicted += 1
        counts.matched += 1
        counts.exact += exact
        counts.speaker_right += right
        counts.predicted_tokens += len(got_words)
        counts.shared_tokens += len(want_words & got_words)
    where = f"{gold.id}: {gold.kind}/{gold.cue_class}"
    if not exact:
        shown = " … ".join(text[s:e] for s, e in gold.content)
        scores.errors.append(f"{where} span {quote.text[:60]!r}, want {shown[:60]!r}")
    if not right:
        name = quote.speaker.name if quote.speaker else None
        scores.errors.append(f"{where} speaker {name!r}, want {list(gold.speakers) or None}")


def evaluate_attributions(path: str | Path | None, engine: TextEngine,
                          halves: Iterable[str] = ("A", "B")) -> dict[str, AttributionScores]:
    """Scores per half (``"A"``, ``"B"``) of the PARC-style set in ``path`` (default: ours)."""
    wanted = tuple(halves)
    out = {h: AttributionScores() for h in wanted}
    items = read_attribution_passages(Path(path) if path else default_attributions_path())
    for item in items:
        if item.half not in out:
            continue
        meta: dict[str, object] = {"origin": f"eval:{item.id}"}
        if item.published:
            meta["published"] = item.published
        report = engine.analyse_text(item.text, **meta)
        score_attribution_passage(out[item.half], item, report.quotes)
    return out


def format_attribution_scores(name: str, scores: AttributionScores, errors: bool = False) -> str:
    total = scores.all
    lines = [f"{name}: {scores.passages} passages, {total.gold} gold attributions, "
             f"{total.predicted} predicted",
             f"  {'':<15}{'overlap P':>10}{'R':>7}{'F1':>7}{'exact F1':>10}{'token F1':>10}"
             f"{'speaker':>9}{'gold':>6}"]
    for group in GROUPS:
        c = scores.groups[group]
        o = c.overlap
        lines.append(f"  {group:<15}{o.precision:>10.3f}{o.recall:>7.3f}{o.f1:>7.3f}"
                     f"{c.exact_score.f1:>10.3f}{c.tokens.f1:>10.3f}{c.speaker_accuracy:>9.3f}"
                     f"{c.gold:>6}")
    lines.append(f"  scare quotes reported as statements: {scores.scare_reported}; "
                 f"bylines/datelines as speakers: {scores.byline_speakers}")
    if errors and scores.errors:
        lines += ["  errors:"] + [f"    {e}" for e in scores.errors]
    return "\n".join(lines)
