"""Train the learned event classifier (eventwire.events.learned) on our whole reports.

Data: the reports in ``tests/fixtures/reports`` and their ``gold.jsonl`` (MIT, written for
this project). Every predicate token of a report (see ``features.is_candidate``) is an
example; its label is the gold PLOVER type when it is the head of a gold event's trigger
words in the text, NONE otherwise. Model: multinomial logistic regression (numpy, full-batch
Adam from zero weights, L2, class weights), so the same data gives the same file byte for
byte.

    python scripts/train_event_classifier.py            # writes data/learned/event_classifier.json
    python scripts/train_event_classifier.py --cv       # 2-fold cross-validation by report file
    python scripts/train_event_classifier.py --check    # exit 1 if the shipped file differs
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy

from eventwire.api import Engine, default_stages
from eventwire.evaluation.reports import match_report, predictions, read_gold
from eventwire.events.arguments import MentionIndex
from eventwire.events.learned.candidates import sentence_numbers
from eventwire.events.learned.features import dense, indicators, is_candidate, negated
from eventwire.events.learned.model import FORMAT, NONE, EventClassifier, packaged_weights
from eventwire.events.matching import candidate_at
from eventwire.pipeline import Pipeline
from eventwire.report import build_report
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"
SEED_FLOOR = 0.2  # the shipped floor: the only one that added a found event on the folds (README)
L2 = 1e-3
STEPS = 300
RATE = 0.05
MIN_COUNT = 3  # an indicator seen fewer times in training is left out
DIGITS = 4
PROPAGATE = True


@dataclass
class Example:
    file: str
    label: str
    covered: bool  # a rule candidate sits on the token (the classifier is not asked there)
    vector: numpy.ndarray
    names: list[str]


def data_digest(folder: Path) -> str:
    """sha256 over gold.jsonl and the report files, in name order."""
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if path.suffix in (".txt", ".jsonl"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def trigger_heads(doc, triggers: list[tuple[str, str]]) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Token index of each gold trigger's head → its PLOVER type (first gold event wins).
    A noun head also labels the other uses of its lemma in the report (the gold lists an
    event once; "the sanctions" told again later is the same event, not NONE)."""
    text = doc.text.lower()
    out: dict[int, str] = {}
    for words, plover in triggers:
        at = text.find(words.lower()) if words else -1
        if at < 0:
            continue
        span = doc.char_span(at, at + len(words), alignment_mode="expand")
        if span is None:
            continue
        inside = {t.i for t in span}
        roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
        heads = [t for t in roots if t.pos_ in ("VERB", "NOUN", "ADJ")] or roots
        if heads and heads[0].i not in out:
            out[heads[0].i] = plover
    nouns = {doc[i].lemma_.lower(): t for i, t in sorted(out.items(), reverse=True)
             if doc[i].pos_ == "NOUN"}
    if PROPAGATE:
        for token in doc:
            if token.pos_ == "NOUN" and token.i not in out and token.lemma_.lower() in nouns:
                out[token.i] = nouns[token.lemma_.lower()]
    return out


def collect(engine: Engine, folder: Path) -> tuple[list[Example], Counter[str]]:
    """Examples of every report in ``folder`` (gold.jsonl order) and alignment counts."""
    examples: list[Example] = []
    counts: Counter[str] = Counter()
    lexicon = engine.resources.triggers
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        name = str(raw["file"])
        triggers = [(str(e.get("trigger", "")), str(e["plover"])) for e in raw["events"]]
        item = next(iter(engine.read([folder / name])))
        document = engine.document(item)  # type: ignore[arg-type]
        doc = document.doc
        assert doc is not None
        index = MentionIndex.build(document)

        def actor_at(token, index=index) -> bool:  # type: ignore[no-untyped-def]
            return index.at(token) is not None

        heads = trigger_heads(doc, triggers)
        tokens = [t for t in doc if t.pos_ in ("VERB", "NOUN", "ADJ") and is_candidate(t, actor_at)
                  and not negated(t)]
        numbers = sentence_numbers(doc, tokens)
        labelled = 0
        for token, number in zip(tokens, numbers, strict=True):
            label = heads.get(token.i, NONE)
            labelled += label != NONE
            examples.append(Example(name, label, candidate_at(token, lexicon) is not None,
                                    dense(token), indicators(token, actor_at, number)))
        counts["gold"] += len(triggers)
        counts["aligned"] += len(heads)
        counts["labelled"] += labelled
    return examples, counts


def train(examples: list[Example], gold_codes: dict[str, str], digest: str,
          floor: float = SEED_FLOOR) -> dict[str, object]:
    name_counts = Counter(n for e in examples for n in set(e.names))
    features = sorted(n for n, c in name_counts.items() if c >= MIN_COUNT)
    column = {f: i for i, f in enumerate(features)}
    classes = sorted({e.label for e in examples} - {NONE}) + [NONE]
    label_of = {c: i for i, c in enumerate(classes)}
    width = examples[0].vector.shape[0]
    x = numpy.zeros((len(examples), width + len(features)), dtype=numpy.float64)
    y = numpy.zeros(len(examples), dtype=numpy.int64)
    for row, example in enumerate(examples):
        x[row, :width] = example.vector
        for n in example.names:
            if (c := column.get(n)) is not None:
                x[row, width + c] = 1.0
        y[row] = label_of[example.label]
    count = numpy.bincount(y, minlength=len(classes)).astype(numpy.float64)
    class_weight = numpy.sqrt(len(y) / (len(classes) * numpy.maximum(count, 1)))
    sample = class_weight[y]
    sample /= sample.sum()
    onehot = numpy.eye(len(classes))[y]
    w = numpy.zeros((x.shape[1], len(classes)))
    b = numpy.zeros(len(classes))
    m_w, v_w = numpy.zeros_like(w), numpy.zeros_like(w)
    m_b, v_b = numpy.zeros_like(b), numpy.zeros_like(b)
    for step in range(1, STEPS + 1):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = numpy.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) * sample[:, None]
        g_w = x.T @ err + L2 * w
        g_b = err.sum(axis=0)
        for g, m, v, param in ((g_w, m_w, v_w, w), (g_b, m_b, v_b, b)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            param -= RATE * (m / (1 - 0.9 ** step)) / (numpy.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    codes = {c: gold_codes[c] for c in classes if c in gold_codes}

    def rounded(a: numpy.ndarray) -> list[object]:
        return numpy.round(a, DIGITS).tolist()  # type: ignore[no-any-return]

    return {"format": FORMAT, "script": "scripts/train_event_classifier.py",
            "data": "tests/fixtures/reports (gold.jsonl and the reports; MIT)",
            "data_sha256": digest, "examples": len(examples),
            "class_counts": {c: int(count[i]) for i, c in enumerate(classes)},
            "floor": floor, "classes": classes, "codes": codes, "features": features,
            "bias": rounded(b), "dense": rounded(w[:width].T), "sparse": rounded(w[width:].T)}


def type_codes(engine: Engine, folder: Path, files: set[str] | None = None) -> dict[str, str]:
    """Each PLOVER type's code: the root of its most common gold CAMEO code when the root
    has that type, else that code."""
    ontology = engine.resources.ontology
    seen: dict[str, Counter[str]] = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if files is not None and data["file"] not in files:
            continue
        for e in data["events"]:
            seen.setdefault(e["plover"], Counter())[str(e["cameo"])] += 1
    out = {}
    for plover, counter in seen.items():
        code = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        root = code[:2]
        known = ontology.cameo.get(root)
        out[plover] = root if known is not None and known.plover == plover else code
    return out


def dump(model: dict[str, object]) -> str:
    return json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n"


def score(engine: Engine, folder: Path, files: list[str]) -> dict[str, float]:
    gold = dict(read_gold(folder))
    results = []
    for name in files:
        item = next(iter(engine.read([folder / name])))
        document = engine.document(item)  # type: ignore[arg-type]
        report = build_report(document, engine.info)
        results.append(match_report(name, gold[name], predictions(report)))
    n_pred = sum(len(r.predicted) for r in results)

    def recall(core: bool, level: int) -> float:
        pairs = [f for r in results for g, f in zip(r.gold, r.found, strict=True)
                 if g.core or not core]
        return sum(p[level] for p in pairs) / max(len(pairs), 1)

    matched = sum(f[1] for r in results for f in r.found)
    learned = sum(1 for r in results for p in r.predicted)  # (all predictions)
    return {"core_type": recall(True, 0), "core_dyad": recall(True, 1),
            "all_type": recall(False, 0), "all_dyad": recall(False, 1),
            "precision": matched / max(n_pred, 1), "predicted": float(learned)}


def with_classifier(engine: Engine, classifier: EventClassifier | None) -> Engine:
    """The engine's resources with ``classifier`` used by the event stage (None: rules)."""
    settings = replace(engine.settings, learned_events=classifier is not None)
    resources = replace(engine.resources, settings=settings,
                        learned=classifier or engine.resources.learned)
    return Engine(resources, Pipeline(tuple(default_stages(resources))))


def cross_validate(engine: Engine, examples: list[Example], digest: str,
                   floors: list[float], vetoes: list[float]) -> None:
    """Rules alone, then the classifier trained on the other fold: adding events at each
    floor (recall), and dropping rule triggers at each veto (precision, no learned events)."""
    files = sorted({e.file for e in examples})
    odd = [f for f in files if int(f[1:3]) % 2 == 1]
    even = [f for f in files if int(f[1:3]) % 2 == 0]
    rules = with_classifier(engine, None)
    header = f"{'fold':<14}{'floor':>6}" + "".join(
        f"{k:>10}" for k in ("core_type", "core_dyad", "all_type", "all_dyad", "precision",
                             "predicted"))
    print(header)
    totals: dict[str, Counter[str]] = {}
    for train_files, test_files, label in ((odd, even, "odd->even"), (even, odd, "even->odd")):
        part = [e for e in examples if e.file in set(train_files)]
        codes = type_codes(engine, REPORTS, set(train_files))
        model = train(part, codes, digest)
        configs: list[tuple[str, float | None, float | None]] = [("rules", None, None)]
        configs += [(f"f{f:.2f}", f, None) for f in floors]
        configs += [(f"v{v:.2f}", 1.01, v) for v in vetoes]
        for key, floor, veto in configs:
            runner = rules if floor is None else with_classifier(
                engine, EventClassifier.from_dict(json.loads(dump(model)), floor, veto))
            result = score(runner, REPORTS, test_files)
            totals.setdefault(key, Counter())
            for k, v in result.items():
                totals[key][k] += v / 2  # (mean of the two folds)
            print(f"{label:<14}{key:>6}" + "".join(f"{result[k]:>10.3f}" for k in (
                "core_type", "core_dyad", "all_type", "all_dyad", "precision")) +
                f"{result['predicted']:>10.0f}")
            sys.stdout.flush()
    for key, total in totals.items():
        print(f"{'mean':<14}{key:>6}" + "".join(f"{total[k]:>10.3f}" for k in (
            "core_type", "core_dyad", "all_type", "all_dyad", "precision")) +
            f"{total['predicted']:>10.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="2-fold cross-validation by file")
    parser.add_argument("--floors", default="0.3,0.5,0.7")
    parser.add_argument("--vetoes", default="0.9,0.95,0.98")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    parser.add_argument("--out", type=Path, default=packaged_weights())
    args = parser.parse_args()
    engine = Engine.load(Settings(learned_events=False))
    digest = data_digest(REPORTS)
    examples, counts = collect(engine, REPORTS)
    labels = Counter(e.label for e in examples)
    print(f"{len(examples)} candidate tokens; gold triggers {counts['gold']}, aligned "
          f"{counts['aligned']}, on a candidate {counts['labelled']}; covered by a rule "
          f"candidate {sum(e.covered for e in examples)}; labels {dict(labels)}",
          file=sys.stderr)
    if args.cv:
        cross_validate(engine, examples, digest, [float(f) for f in args.floors.split(",")],
                       [float(v) for v in args.vetoes.split(",") if v])
        return 0
    text = dump(train(examples, type_codes(engine, REPORTS), digest))
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("same" if same else "differs")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
