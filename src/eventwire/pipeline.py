"""Stages and the pipeline that runs them in a checked order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from eventwire.document import ANNOTATIONS, Document
from eventwire.errors import PipelineError
from eventwire.token_lookup import release

PARSE_ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]


@dataclass(frozen=True)
class Stage:
    """A small function over one document, declaring what it needs and what it adds.

    Names in ``needs``/``adds`` are fields of :class:`Document` (``article``, ``doc``,
    ``actors``, ``mentions``, ...). A stage writes only the fields in its ``adds``; a checked
    pipeline (``Pipeline(..., checked=True)``) raises when one writes anything else.
    """

    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Document], None]
    batch: Callable[[list[Document]], None] | None = None  # e.g. nlp.pipe over many documents

    def __post_init__(self) -> None:
        unknown = sorted(set(self.needs + self.adds) - ANNOTATIONS)
        if unknown:
            raise PipelineError(
                f"stage {self.name!r} names {', '.join(unknown)}, which are not Document fields; "
                f"use some of {', '.join(sorted(ANNOTATIONS))}"
            )

    def __call__(self, document: Document) -> None:
        self.run(document)

    def run_many(self, documents: list[Document]) -> None:
        if self.batch is not None:
            self.batch(documents)
        else:
            for document in documents:
                self.run(document)


def check_order(stages: Sequence[Stage], given: Sequence[str] = ("article",)) -> None:
    """Raise PipelineError when a stage needs something no earlier stage adds."""
    available = set(given)
    for stage in stages:
        missing = [n for n in stage.needs if n not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} needs {', '.join(missing)} but no earlier stage adds it; "
                "move it after the stage that adds it"
            )
        available.update(stage.adds)


def fingerprint(document: Document) -> dict[str, object]:
    """A comparable snapshot of every annotation (the parse by its token attributes)."""
    out: dict[str, object] = {}
    for name in sorted(ANNOTATIONS):
        value = getattr(document, name)
        if name == "doc" and value is not None:
            out[name] = (id(value), value.to_array(PARSE_ATTRS).tobytes())
        else:
            out[name] = repr(value)
    return out


def undeclared_writes(stage: Stage, before: dict[str, object], document: Document) -> list[str]:
    after = fingerprint(document)
    return [name for name in sorted(ANNOTATIONS)
            if before[name] != after[name] and name not in stage.adds]


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[Stage, ...]
    checked: bool = False  # verify that each stage writes only what it declares (slower)

    def __post_init__(self) -> None:
        check_order(self.stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def run(self, documents: list[Document]) -> list[Document]:
        """Run every stage over the batch, in order (batched stages see all documents). The
        documents' parses come back as spaCy made them: what the stages cached per Doc (see
        :mod:`eventwire.token_lookup`) is dropped, even when a stage raised."""
        try:
            self._run(documents)
        finally:
            for document in documents:
                if document.doc is not None:
                    release(document.doc)
        return documents

    def _run(self, documents: list[Document]) -> None:
        for stage in self.stages:
            if not self.checked:
                stage.run_many(documents)
                continue
            before = [fingerprint(d) for d in documents]
            stage.run_many(documents)
            for snapshot, document in zip(before, documents, strict=True):
                wrote = undeclared_writes(stage, snapshot, document)
                if wrote:
                    raise PipelineError(
                        f"stage {stage.name!r} wrote {', '.join(wrote)} without declaring it "
                        f"in adds={stage.adds}: declare it or stop writing it"
                    )
