"""The reporting-cue lexicon (``data/cues.yaml``): verbs, phrases, speech acts, naming words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import LexiconError
from eventwire.lexicon.yamlfile import load_yaml, package_file


@dataclass(frozen=True)
class CueLexicon:
    verbs: frozenset[str]  # lemmas whose subject is the speaker
    indirect: frozenset[str]  # verbs that take reported speech as a clausal complement
    continues: frozenset[str]  # "he added": carry on the previous speaker
    phrases: tuple[tuple[str, ...], ...]  # ("according", "to")
    acts: frozenset[str]  # "called the plan 'unacceptable'"
    naming_before: tuple[tuple[str, ...], ...]
    naming_after: frozenset[str]

    @classmethod
    def load(cls, path: Path | None = None) -> CueLexicon:
        path = path or package_file("cues.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("verbs"), list):
            raise LexiconError(f"{path}: expected a mapping with a 'verbs' list")
        verbs = [_verb(item, path) for item in data["verbs"]]
        return cls(
            verbs=frozenset(str(v["lemma"]) for v in verbs),
            indirect=frozenset(str(v["lemma"]) for v in verbs if v.get("indirect")),
            continues=frozenset(str(v["lemma"]) for v in verbs if v.get("continues")),
            phrases=_phrases(data.get("phrases"), path, "phrases"),
            acts=frozenset(_words(data.get("acts"), path, "acts")),
            naming_before=_phrases(data.get("naming_before"), path, "naming_before"),
            naming_after=frozenset(_words(data.get("naming_after"), path, "naming_after")),
        )

    def is_verb(self, lemma: str) -> bool:
        return lemma in self.verbs


def _verb(item: object, path: Path) -> dict[str, object]:
    if isinstance(item, str):
        return {"lemma": item.lower()}
    if not isinstance(item, dict) or not item.get("lemma"):
        raise LexiconError(f"{path}: verb entry {item!r} needs a 'lemma'")
    return {**item, "lemma": str(item["lemma"]).lower()}


def _words(items: object, path: Path, key: str) -> list[str]:
    if items is None:
        return []
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise LexiconError(f"{path}: '{key}' must be a list of strings")
    return [x.lower() for x in items]


def _phrases(items: object, path: Path, key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(x.split()) for x in _words(items, path, key))
