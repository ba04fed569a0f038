"""Stages and the pipeline that runs them in a checked order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventwire.document import Document
from eventwire.errors import PipelineError


@dataclass(frozen=True)
class Stage:
    """A small function over one document, declaring what it needs and what it adds.

    Names in ``needs``/``adds`` are annotation names on :class:`Document`:
    text, structure, doc (the spaCy parse), actors, coref, quotes, events, times, places, dates.
    """

    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Document], None]
    batch: Callable[[list[Document]], None] | None = None  # e.g. nlp.pipe over many documents

    def __call__(self, document: Document) -> None:
        self.run(document)
        document.provided.update(self.adds)

    def run_many(self, documents: list[Document]) -> None:
        if self.batch is not None:
            self.batch(documents)
            for document in documents:
                document.provided.update(self.adds)
        else:
            for document in documents:
                self(document)


def check_order(stages: Sequence[Stage], given: Sequence[str] = ("text",)) -> None:
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


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[Stage, ...]

    def __post_init__(self) -> None:
        check_order(self.stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def run(self, documents: list[Document]) -> list[Document]:
        """Run every stage over the batch, in order (batched stages see all documents)."""
        for document in documents:
            document.provided.add("text")
        for stage in self.stages:
            stage.run_many(documents)
        return documents
