"""Evaluation of quote finding and attribution against our annotated passages (JSON Lines).

Each record: ``id``, ``pattern`` (what it tests), ``text``, ``published``, ``quotes`` (gold
statements: ``kind`` direct|indirect|partial, ``start``/``end``/``text`` of the content,
``speaker`` — a name, a list of acceptable names, or null when no reader could name one —
and ``cue``) and ``not_statements`` (quoted stretches that are names, titles or scare
quotes: reporting any quote inside one is an error).

Match rules. Per passage, gold and predicted quotes are paired one-to-one, each gold quote
taking the unpaired prediction that overlaps it most. **Exact** span: equal offsets;
**overlap**: at least one shared character. Speaker accuracy is over overlap-matched pairs
(and, stricter, over all gold quotes): a speaker is right when both are null, or the names
are equal ignoring case, accents and a leading "the", or one is the other's trailing words
("Araghchi" ~ "Abbas Araghchi"), or — for a capitalised gold name — the last words agree
(transliterations: "Sergei Lavrov" ~ "Sergey Lavrov"). Kind and cue accuracy are over
overlap-matched pairs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluation import Score, TextEngine, gold_lines
from eventwire.lexicon.yamlfile import package_file
from eventwire.models import Quote

QUOTED = re.compile(r"[“\"‘]([^”\"’]+?)[”\"’]")


@dataclass(frozen=True)
class GoldQuote:
    kind: str
    start: int
    end: int
    speakers: tuple[str, ...]  # acceptable names; empty = no speaker
    cue: str | None


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    published: str | None
    quotes: tuple[GoldQuote, ...]
    negatives: tuple[tuple[int, int], ...]


@dataclass
class QuoteScores:
    passages: int = 0
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    cue_right: int = 0
    scare_reported: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def exact_f1(self) -> float:
        return Score(self.exact, self.predicted, self.gold).f1

    @property
    def overlap_f1(self) -> float:
        return Score(self.overlap, self.predicted, self.gold).f1

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.overlap if self.overlap else 0.0

    @property
    def speaker_accuracy_all(self) -> float:
        return self.speaker_right / self.gold if self.gold else 0.0


def default_path() -> Path:
    return package_file("eval", "quotes.jsonl")


def read_passages(path: Path) -> list[Passage]:
    return [passage(line, where) for where, line in gold_lines(path)]


def passage(line: str, where: str) -> Passage:
    try:
        data = json.loads(line)
        text = data["text"]
        quotes = tuple(gold_quote(q, text, where) for q in data.get("quotes", ()))
        negatives = tuple((n["start"], n["end"]) for n in data.get("not_statements", ()))
        return Passage(str(data.get("id", where)), text, data.get("published"), quotes, negatives)
    except (ValueError, KeyError, TypeError) as exc:
        raise EvaluationError(f"{where}: malformed quote record: {exc}") from exc


def gold_quote(data: dict[str, Any], text: str, where: str) -> GoldQuote:
    start, end = int(data["start"]), int(data["end"])
    if "text" in data and text[start:end] != data["text"]:
        raise EvaluationError(f"{where}: offsets {start}-{end} do not slice {data['text']!r}")
    speaker = data.get("speaker")
    speakers = tuple(speaker) if isinstance(speaker, list) else (speaker,) if speaker else ()
    return GoldQuote(str(data["kind"]), start, end, speakers, data.get("cue"))


def fold(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = plain.replace("’", "'").casefold().split()
    return words[1:] if words[:1] == ["the"] else words


def same_speaker(gold: tuple[str, ...], quote: Quote) -> bool:
    name = quote.speaker.name if quote.speaker is not None else None
    if not gold or not name:
        return not gold and not name
    got = fold(name)
    for text in gold:
        want = fold(text)
        shorter, longer = sorted((want, got), key=len)
        if shorter and longer[len(longer) - len(shorter):] == shorter:
            return True
        if text[:1].isupper() and want[-1:] == got[-1:]:  # Sergei ~ Sergey Lavrov
            return True
    return False


def pair_up(gold: tuple[GoldQuote, ...], predicted: list[Quote]
            ) -> list[tuple[GoldQuote, Quote | None]]:
    free = list(predicted)
    pairs: list[tuple[GoldQuote, Quote | None]] = []
    for want in gold:
        best = max(free, key=lambda q: min(q.end, want.end) - max(q.start, want.start),
                   default=None)
        if best is not None and min(best.end, want.end) > max(best.start, want.start):
            free.remove(best)
            pairs.append((want, best))
        else:
            pairs.append((want, None))
    return pairs


def score_passage(scores: QuoteScores, item: Passage, predicted: list[Quote]) -> None:
    scores.passages += 1
    scores.gold += len(item.quotes)
    scores.predicted += len(predicted)
    pairs = pair_up(item.quotes, predicted)
    for want, got in pairs:
        if got is None:
            missed = item.text[want.start:want.end]
            scores.errors.append(f"{item.id}: missed {want.kind} {missed!r}")
        else:
            score_pair(scores, item, want, got)
    paired = {id(got) for _, got in pairs}
    for got in predicted:
        if id(got) not in paired:
            scores.errors.append(f"{item.id}: extra {got.kind} {got.text[:50]!r}")
    for start, end in item.negatives:
        for got in predicted:
            if start - 1 <= got.start and got.end <= end + 1:
                scores.scare_reported += 1
                scores.errors.append(f"{item.id}: scare quote reported as {got.kind} {got.text!r}")


def score_pair(scores: QuoteScores, item: Passage, want: GoldQuote, got: Quote) -> None:
    where = f"{item.id}: {got.text[:40]!r}"
    scores.overlap += 1
    if (got.start, got.end) == (want.start, want.end):
        scores.exact += 1
    else:
        scores.errors.append(f"{where} span, want {item.text[want.start:want.end][:50]!r}")
    if got.kind == want.kind:
        scores.kind_right += 1
    else:
        scores.errors.append(f"{where} kind {got.kind}, want {want.kind}")
    cue = got.cue.text if got.cue else None
    if (cue or "").casefold() == (want.cue or "").casefold():
        scores.cue_right += 1
    else:
        scores.errors.append(f"{where} cue {cue!r}, want {want.cue!r}")
    if same_speaker(want.speakers, got):
        scores.speaker_right += 1
    else:
        name = got.speaker.name if got.speaker else None
        scores.errors.append(f"{where} speaker {name!r}, want {list(want.speakers) or None}")


def as_pieces(quotes: tuple[Quote, ...] | list[Quote]) -> list[Quote]:
    """This set predates one statement per attribution: a split quote is scored as its parts,
    and a mixed statement as an indirect one plus a partial quote per quoted stretch in it."""
    out: list[Quote] = []
    for quote in quotes:
        pieces = quote.parts if len(quote.parts) > 1 else ()
        if not pieces:
            kind = "indirect" if quote.kind == "mixed" else quote.kind
            out.append(replace(quote, kind=kind))
        for part in pieces:
            out.append(replace(quote, start=part.start, end=part.end, text=part.text))
        if quote.kind == "mixed":
            for match in QUOTED.finditer(quote.text):
                start = quote.start + match.start(1)
                out.append(replace(quote, kind="partial", start=start,
                                   end=start + len(match.group(1)), text=match.group(1),
                                   parent=quote.id))
    return out


def evaluate_quotes(path: str | Path | None, engine: TextEngine) -> QuoteScores:
    """Score ``engine`` on the annotated passages in ``path`` (default: the packaged set)."""
    scores = QuoteScores()
    for item in read_passages(Path(path) if path else default_path()):
        meta: dict[str, object] = {"origin": f"eval:{item.id}"}
        if item.published:
            meta["published"] = item.published
        report = engine.analyse_text(item.text, **meta)
        score_passage(scores, item, as_pieces(report.quotes))
    return scores


def format_quote_scores(scores: QuoteScores, errors: bool = True) -> str:
    lines = [
        f"passages {scores.passages}  gold quotes {scores.gold}  predicted {scores.predicted}",
        f"span exact F1    {scores.exact_f1:.3f}",
        f"span overlap F1  {scores.overlap_f1:.3f}",
        f"speaker accuracy {scores.speaker_accuracy:.3f} (matched)  "
        f"{scores.speaker_accuracy_all:.3f} (all gold)",
        f"kind accuracy    {scores.kind_right / scores.overlap if scores.overlap else 0:.3f}",
        f"cue accuracy     {scores.cue_right / scores.overlap if scores.overlap else 0:.3f}",
        f"scare quotes reported as statements: {scores.scare_reported}",
    ]
    if errors and scores.errors:
        lines += ["", "errors:"] + [f"  {e}" for e in scores.errors]
    return "\n".join(lines)
