"""The reporting-cue lexicon (``data/cues.yaml``): cue verbs and nouns by class, phrases,
speech acts and naming words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import LexiconError
from eventwire.lexicon.yamlfile import load_yaml, package_file

CUE_CLASSES = ("speech", "writing", "evidence", "belief", "order")


@dataclass(frozen=True)
class CueLexicon:
    verbs: frozenset[str]  # lemmas of every cue verb (their subject is the source)
    indirect: frozenset[str]  # cue verbs whose clausal complement is reported content
    continues: frozenset[str]  # "he added": carry on the previous speaker
    phrases: tuple[tuple[str, ...], ...]  # ("according", "to")
    acts: frozenset[str]  # "called the plan 'unacceptable'"
    naming_before: tuple[tuple[str, ...], ...]
    naming_after: frozenset[str]
    verb_class: dict[str, str]  # lemma → the first class that lists it
    noun_class: dict[str, str]  # noun lemma → class ("statement", "poll", "ruling")
    object_content: frozenset[str]
    control_content: frozenset[str]
    evidence_subjects: frozenset[str]
    judicial_subjects: frozenset[str]
    ruling_verbs: frozenset[str]

    @classmethod
    def load(cls, path: Path | None = None) -> CueLexicon:
        path = path or package_file("cues.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
            raise LexiconError(f"{path}: expected a mapping with a 'classes' mapping")
        verb_class: dict[str, str] = {}
        noun_class: dict[str, str] = {}
        for name, entry in data["classes"].items():
            if name not in CUE_CLASSES or not isinstance(entry, dict):
                raise LexiconError(f"{path}: class {name!r} must be one of {CUE_CLASSES} "
                                   "with 'verbs' and 'nouns' lists")
            for verb in _words(entry.get("verbs"), path, f"{name}.verbs"):
                verb_class.setdefault(verb, name)
            for noun in _words(entry.get("nouns"), path, f"{name}.nouns"):
                noun_class.setdefault(noun, name)
        no_clause = frozenset(_words(data.get("no_clause"), path, "no_clause"))
        return cls(
            verbs=frozenset(verb_class),
            indirect=frozenset(v for v in verb_class if v not in no_clause),
            continues=frozenset(_words(data.get("continues"), path, "continues")),
            phrases=_phrases(data.get("phrases"), path, "phrases"),
            acts=frozenset(_words(data.get("acts"), path, "acts")),
            naming_before=_phrases(data.get("naming_before"), path, "naming_before"),
            naming_after=frozenset(_words(data.get("naming_after"), path, "naming_after")),
            verb_class=verb_class,
            noun_class=noun_class,
            object_content=frozenset(_words(data.get("object_content"), path,
                                            "object_content")),
            control_content=frozenset(_words(data.get("control_content"), path,
                                             "control_content")),
            evidence_subjects=frozenset(_words(data.get("evidence_subjects"), path,
                                               "evidence_subjects")),
            judicial_subjects=frozenset(_words(data.get("judicial_subjects"), path,
                                               "judicial_subjects")),
            ruling_verbs=frozenset(_words(data.get("ruling_verbs"), path, "ruling_verbs")),
        )

    def is_verb(self, lemma: str) -> bool:
        return lemma in self.verbs

    def is_speech_verb(self, lemma: str) -> bool:
        """A verb of saying or writing: the cues of direct and partial quotes."""
        return self.verb_class.get(lemma) in ("speech", "writing")

    def may_report(self, lemma: str, subject_head: str | None) -> bool:
        """A ruling verb that is only a ruling ("held", "decided") reports when a court or
        judge is its subject; every other cue verb may report whatever its subject."""
        if lemma in self.ruling_verbs and self.verb_class.get(lemma) == "order":
            return subject_head in self.judicial_subjects
        return True

    def class_of(self, lemma: str, subject_head: str | None = None) -> str:
        """The cue class of a verb, given the lemma of its subject's head when known."""
        if subject_head in self.evidence_subjects:
            return "evidence"
        if subject_head in self.judicial_subjects and lemma in self.ruling_verbs:
            return "order"
        return self.verb_class.get(lemma, "speech")


def _words(items: object, path: Path, key: str) -> list[str]:
    if items is None:
        return []
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise LexiconError(f"{path}: '{key}' must be a list of strings")
    return [x.lower() for x in items]


def _phrases(items: object, path: Path, key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(x.split()) for x in _words(items, path, key))
