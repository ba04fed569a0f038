"""The trigger lexicon: event words, their frames and the stances that shift their code.

``TriggerLexicon.load()`` reads the packaged ``data/triggers/cameo.yaml`` (generated from
CAMEO.2.0.txt), ``data/triggers.yaml`` (hand-built, wins on equal keys) and then each user
YAML file in order (same format; an entry with the same key replaces the packaged one,
frames with the same name are replaced). Every problem raises
:class:`~eventwire.errors.LexiconError` naming the file, the line and the entry.
The format is documented in ``data/triggers/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import LexiconError
from eventwire.lexicon.patterns import PatternDictionary, VectorNeighbours

STANCES = ("do", "intend", "appeal", "demand", "reject", "threaten", "end")
GOVERNOR_STANCES = ("light", "intend", "appeal", "demand", "reject", "threaten", "end", "face",
                    "possible")
SECTIONS = {"verbs": "verb", "nouns": "noun", "adjectives": "adj"}
ENTRY_KEYS = ("frame", "code", "objects", "stance", "target", "source", "needs_target",
              "needs_agent")
FRAME_EXTRA_KEYS = ("preps",)
# Packaged files, in load order: verbs generated from CAMEO.2.0.txt by
# scripts/build_cameo_triggers.py, nouns derived from every verb entry by
# scripts/build_noun_triggers.py, then the hand-built lexicon (which wins on equal keys).
PACKAGED = ("triggers/cameo.yaml", "triggers/nominal.yaml", "triggers.yaml")
CODE = re.compile(r"[0-9]{2,4}")
SLOT = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Frame:
    """A kind of event with one CAMEO code per stance (``do``, ``intend``, ``reject`` …)."""

    name: str
    codes: Mapping[str, str]
    preps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a word (plus an optional second word) that signals an event."""

    key: str
    lemma: str
    pos: str  # verb|noun|adj
    second: str | None = None  # particle/preposition (verbs) or modifier (nouns)
    frame: str | None = None
    code: str | None = None
    objects: Mapping[str, str] = field(default_factory=dict)  # object lemma -> frame or code
    stance: str | None = None
    target: tuple[str, ...] | None = None
    # noun slots that name who acts ("the withdrawal [of] French troops": intransitive nouns)
    source: tuple[str, ...] | None = None
    needs_target: bool = False
    # only an actor as subject does it ("Hungary yielded"; "the talks yielded a deal" = produced)
    needs_agent: bool = False
    where: str = ""


@dataclass(frozen=True)
class TriggerLexicon:
    frames: Mapping[str, Frame]
    entries: Mapping[tuple[str, str], tuple[Trigger, ...]]  # (pos, lemma) -> entries
    # the whole PETRARCH2 dictionary as dependency patterns: verbs the entries do not list
    patterns: PatternDictionary | None = None
    # nearest coded verb by word vectors, for verbs neither lists
    neighbours: VectorNeighbours | None = None
    # WordNet's nearest coded verb (lemma → code, coded verb, relation), for verbs neither
    # lists: data/triggers/wordnet_verbs.tsv (scripts/build_wordnet_verbs.py)
    relatives: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)
    # nouns whose main WordNet sense is abstract ("plan", "report", "accusation", "contract"):
    # data/triggers/wordnet_abstract_nouns.txt (the same script)
    abstract_nouns: frozenset[str] = frozenset()

    def lookup(self, pos: str, lemma: str) -> tuple[Trigger, ...]:
        """Entries for ``lemma`` as ``pos`` (verb|noun|adj), two-word entries first."""
        return self.entries.get((pos, lemma), ())

    def frame_code(self, frame: str, stance: str) -> str | None:
        known = self.frames.get(frame)
        return known.codes.get(stance) if known else None

    @classmethod
    def load(cls, extra_files: Sequence[Path] = (), known_codes: Iterable[str] | None = None
             ) -> TriggerLexicon:
        """Read the packaged lexicon, then ``extra_files``; check codes against ``known_codes``."""
        data = files("eventwire") / "data"
        frames: dict[str, Frame] = {}
        entries: dict[tuple[str, str], Trigger] = {}
        for name in PACKAGED:  # generated first: the hand-built lexicon overrides it
            more_frames, more_entries = _read((data / name).read_text(encoding="utf-8"), name)
            frames.update(more_frames)
            entries.update(more_entries)
        for path in extra_files:
            more_frames, more_entries = _read(_read_user(Path(path)), str(path))
            frames.update(more_frames)
            entries.update(more_entries)
        codes = set(known_codes) if known_codes is not None else None
        _check_references(frames, entries, codes)
        patterns = PatternDictionary.load()
        index = _index(entries.values())
        listed = {lemma for pos, lemma in index if pos == "verb"}
        return cls(frames=frames, entries=index, patterns=patterns,
                   neighbours=VectorNeighbours.of(patterns, skip=listed),
                   relatives=_relatives((data / RELATIVES).read_text(encoding="utf-8"),
                                        listed),
                   abstract_nouns=frozenset(
                       line for line in (data / ABSTRACT_NOUNS).read_text("utf-8").splitlines()
                       if line and not line.startswith("#")))


RELATIVES = "triggers/wordnet_verbs.tsv"
ABSTRACT_NOUNS = "triggers/wordnet_abstract_nouns.txt"


def _relatives(text: str, listed: set[str]) -> dict[str, tuple[str, str, str]]:
    """The WordNet table's rows (``lemma code verb relation``) of verbs the lexicon does not
    list (a user file may add a verb the table was built without)."""
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            lemma, code, verb, relation = line.split("\t")
            if lemma not in listed:
                out[lemma] = (code, verb, relation)
    return out


def _read_user(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read trigger lexicon ({exc}); check the path") from exc


def _read(text: str, name: str) -> tuple[dict[str, Frame], dict[tuple[str, str], Trigger]]:
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: invalid YAML: {exc}") from exc
    data = _mapping(root, f"{name}: top level", name)
    if _plain(data.get("version", (None, None))[1]) != "1":
        raise LexiconError(f"{name}: expected 'version: 1' at the top of the trigger lexicon")
    unknown = set(data) - {"version", "frames", *SECTIONS}
    if unknown:
        raise LexiconError(f"{name}: unknown section(s) {sorted(unknown)}; use frames, "
                           + ", ".join(SECTIONS))
    frames = {}
    if "frames" in data:
        for key, (line, node) in _mapping(data["frames"][1], f"{name}: frames", name).items():
            frames[key] = _frame(key, node, f"{name}, line {line}, frame {key!r}", name)
    entries: dict[tuple[str, str], Trigger] = {}
    for section, pos in SECTIONS.items():
        if section not in data:
            continue
        for key, (line, node) in _mapping(data[section][1], f"{name}: {section}", name).items():
            entry = _entry(key, pos, node, f"{name}, line {line}, {section} entry {key!r}", name)
            entries[(pos, key)] = entry
    return frames, entries


def _mapping(node: Any, where: str, name: str) -> dict[str, tuple[int, Any]]:
    """A YAML mapping node as {key: (line, value node)}; duplicate keys are errors."""
    if not isinstance(node, yaml.MappingNode):
        raise LexiconError(f"{where}: expected a mapping")
    out: dict[str, tuple[int, Any]] = {}
    for key_node, value in node.value:
        key = str(key_node.value).strip().lower()
        line = key_node.start_mark.line + 1
        if key in out:
            raise LexiconError(f"{name}, line {line}: {key!r} is defined twice (first on line "
                               f"{out[key][0]}); keep one")
        out[key] = (line, value)
    return out


def _plain(node: Any) -> Any:
    """Scalars stay strings (so codes keep their leading zero); lists and maps recurse."""
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(n) for n in node.value]
    return {str(k.value).strip().lower(): _plain(v) for k, v in node.value}


def _frame(key: str, node: Any, where: str, name: str) -> Frame:
    values = _plain(node)
    if not isinstance(values, dict):
        raise LexiconError(f"{where}: expected a mapping of stance: code")
    preps = values.pop("preps", []) or []
    for stance, code in values.items():
        if stance not in STANCES:
            raise LexiconError(f"{where}: unknown stance {stance!r}; use {', '.join(STANCES)}")
        _check_code(code, where)
    if "do" not in values:
        raise LexiconError(f"{where}: every frame needs a 'do' code")
    return Frame(name=key, codes=values, preps=tuple(_slots(preps, where)))


def _entry(key: str, pos: str, node: Any, where: str, name: str) -> Trigger:
    value = _plain(node)
    if isinstance(value, str):
        value = {"code": value} if CODE.fullmatch(value) else {"frame": value}
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: expected a frame name, a code or a mapping")
    unknown = set(value) - set(ENTRY_KEYS)
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)}; "
                           f"use {', '.join(ENTRY_KEYS)}")
    words = key.split()
    if not 1 <= len(words) <= 2:
        raise LexiconError(f"{where}: keys are one word or two ('beat up', 'hunger strike')")
    lemma, second = (words[-1], words[0]) if pos == "noun" and len(words) == 2 else (
        words[0], words[1] if len(words) == 2 else None)
    stance = value.get("stance")
    if stance is not None and stance not in GOVERNOR_STANCES:
        raise LexiconError(f"{where}: unknown stance {stance!r}; use {', '.join(GOVERNOR_STANCES)}")
    if value.get("code") is not None:
        _check_code(value["code"], where)
    objects = value.get("objects") or {}
    if not isinstance(objects, dict):
        raise LexiconError(f"{where}: 'objects' must map object lemmas to a frame or code")
    if not (value.get("frame") or value.get("code") or objects or stance):
        raise LexiconError(f"{where}: give at least one of frame, code, objects or stance")
    target = value.get("target")
    source = value.get("source")
    if source is not None and pos != "noun":
        raise LexiconError(f"{where}: 'source' slots are for nouns (verbs take their subject)")
    return Trigger(
        key=key, lemma=lemma, pos=pos, second=second, frame=value.get("frame"),
        code=value.get("code"), objects=objects, stance=stance,
        target=tuple(_slots(target, where)) if target is not None else None,
        source=tuple(_slots(source, where)) if source is not None else None,
        needs_target=str(value.get("needs_target", "false")).lower() == "true", where=where,
        needs_agent=str(value.get("needs_agent", "false")).lower() == "true",
    )


def _slots(values: Any, where: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) and SLOT.fullmatch(v)
                                               for v in values):
        raise LexiconError(f"{where}: argument slots must be a list of words like [dobj, with]")
    return values


def _check_code(code: Any, where: str) -> None:
    if not isinstance(code, str) or not CODE.fullmatch(code):
        raise LexiconError(f"{where}: {code!r} is not a CAMEO code string like \"042\"")


def _check_references(frames: Mapping[str, Frame], entries: Mapping[Any, Trigger],
                      codes: set[str] | None) -> None:
    for entry in entries.values():
        meanings = [entry.frame, entry.code, *entry.objects.values()]
        for meaning in filter(None, meanings):
            if CODE.fullmatch(meaning):
                if codes is not None and meaning not in codes:
                    raise LexiconError(f"{entry.where}: CAMEO code {meaning!r} is not in the "
                                       "ontology; add it there or use a known code")
            elif meaning not in frames:
                raise LexiconError(f"{entry.where}: unknown frame {meaning!r}; define it under "
                                   "'frames' or use a CAMEO code")
    if codes is not None:
        for frame in frames.values():
            for code in frame.codes.values():
                if code not in codes:
                    raise LexiconError(f"frame {frame.name!r}: CAMEO code {code!r} is not in "
                                       "the ontology")


def _index(entries: Iterable[Trigger]) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    index: dict[tuple[str, str], list[Trigger]] = {}
    for entry in entries:
        index.setdefault((entry.pos, entry.lemma), []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: e.second is None)) for k, v in index.items()}
