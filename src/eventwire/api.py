"""The library API. The CLI (and any HTTP layer) are thin wrappers over :class:`Engine`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy

from eventwire.chunks import chunk_article, chunk_bounds, merge_reports
from eventwire.document import Document
from eventwire.gctuning import freeze_loaded
from eventwire.isolation import (  # noqa: F401 (language_skip, pipeline_version re-exported)
    internal_error_report,
    language_skip,
    needs_analysis,
    pipeline_version,
    unanalysed_report,
)
from eventwire.models import Article, PipelineInfo, Report
from eventwire.nlp import model_name
from eventwire.pipeline import Pipeline, Stage
from eventwire.readers import ReadItem, read_bytes, read_paths
from eventwire.readers.build import RawArticle, ReaderContext, build_article
from eventwire.report import build_report
from eventwire.resources import Resources
from eventwire.settings import Settings
from eventwire.stages.actors import make_actor_stage
from eventwire.stages.coref import make_coref_stage
from eventwire.stages.dating import make_dating_stage
from eventwire.stages.events import make_event_stage, make_merge_stage
from eventwire.stages.parse import make_parse_stage
from eventwire.stages.places import make_place_stage
from eventwire.stages.quotes import make_quote_stage
from eventwire.stages.structure import make_structure_stage
from eventwire.stages.times import make_time_stage

BATCH = 16


def default_stages(r: Resources) -> list[Stage]:
    """The standard pipeline, in order; each stage gets only the resources it uses."""
    return [
        make_structure_stage(),
        make_parse_stage(r.nlp),
        make_actor_stage(r.actors, r.names),
        make_coref_stage(r.actors, r.names),
        make_quote_stage(r.cues, r.actors),
        # places before events: an act on a place is aimed at the place's state
        make_place_stage(r.gazetteer, r.sources),
        make_event_stage(r.triggers, r.ontology, r.actors, r.gazetteer,
                         r.learned if r.settings.learned_events else None),
        make_time_stage(),
        make_dating_stage(),
        make_merge_stage(),
    ]


def load_resources(settings: Settings) -> Resources:
    """Load the model and every data file once (user files are validated here)."""
    resources = Resources.load(settings)
    # the language identifier (py3langid, ~75 MB) loads on first need: an article whose
    # English function words settle its language never needs it (language.language_code)
    freeze_loaded()  # only where eventwire owns the process (the CLI, ingest's workers)
    return resources


@dataclass
class Engine:
    resources: Resources
    pipeline: Pipeline

    @classmethod
    def load(cls, settings: Settings | None = None) -> Engine:
        resources = load_resources(settings or Settings())
        return cls(resources, Pipeline(tuple(default_stages(resources))))

    @property
    def settings(self) -> Settings:
        return self.resources.settings

    @property
    def info(self) -> PipelineInfo:
        return PipelineInfo(version=pipeline_version(self.settings),
                            spacy_model=model_name(self.resources.nlp),
                            spacy_version=spacy.__version__, stages=self.pipeline.names)

    @property
    def reader_context(self) -> ReaderContext:
        return ReaderContext(self.settings, self.resources.sources)

    def read(self, paths: Iterable[str | Path]) -> Iterator[ReadItem]:
        return read_paths(paths, self.reader_context)

    def read_bytes(self, data: bytes, origin: str) -> Iterator[ReadItem]:
        return read_bytes(data, origin, self.reader_context)

    def analyse(self, items: Iterable[ReadItem], batch: int = BATCH) -> Iterator[Report]:
        """One report per item, in input order; unreadable or non-English items are skips."""
        pending: list[ReadItem] = []
        for item in items:
            pending.append(item)
            if len(pending) >= batch:
                yield from self._analyse_batch(pending)
                pending = []
        if pending:
            yield from self._analyse_batch(pending)

    def _analyse_batch(self, items: list[ReadItem]) -> list[Report]:
        """The batch at once; if anything in it fails, each item on its own (isolated)."""
        try:
            return self._run_batch(items)
        except Exception:  # noqa: BLE001 - one bad article must not take the batch down
            return [self.analyse_one(item) for item in items]

    def analyse_one(self, item: ReadItem) -> Report:
        """One item's report; never raises because of the item. An unexpected error becomes
        a skip (code ``internal``) that keeps the article and says what failed. Any engine
        that hands out articles (local batches, worker processes, Ray) calls this or
        :meth:`analyse`, which falls back to it."""
        try:
            return self._run_batch([item])[0]
        except Exception as exc:  # noqa: BLE001
            return internal_error_report(item, exc, self.info)

    def _run_batch(self, items: list[ReadItem]) -> list[Report]:
        info = self.info
        articles = [item for item in items if isinstance(item, Article) and needs_analysis(item)]
        long = [a for a in articles if len(a.text) > self.settings.chunk_chars]
        documents = [Document(a) for a in articles if len(a.text) <= self.settings.chunk_chars]
        self.pipeline.run(documents)
        done = {d.article.id: build_report(d, info) for d in documents}
        done.update((a.id, self._analyse_long(a, info)) for a in long)
        return [self._report_for(item, done, info) for item in items]

    def _analyse_long(self, article: Article, info: PipelineInfo) -> Report:
        """An article longer than ``settings.chunk_chars``, one chunk at a time (see
        :mod:`eventwire.chunks`): offsets intact, memory bounded by the chunk size."""
        nlp = self.resources.nlp
        nlp.max_length = max(nlp.max_length, len(article.text) + 1)  # the blanks are free
        parts = []
        for start, end in chunk_bounds(article.text, self.settings.chunk_chars):
            document = Document(chunk_article(article, start, end))
            self.pipeline.run([document])
            parts.append(build_report(document, info))
        return merge_reports(article, parts)

    def _report_for(self, item: ReadItem, done: dict[str, Report], info: PipelineInfo) -> Report:
        if not needs_analysis(item):
            return unanalysed_report(item, self.settings)
        assert isinstance(item, Article)
        return done[item.id]

    def extract(self, paths: Iterable[str | Path]) -> Iterator[Report]:
        return self.analyse(self.read(paths))

    def analyse_text(self, text: str, **meta: object) -> Report:
        """Analyse one text given directly (metadata as in the report's article object)."""
        raw = RawArticle(body=text, origin=str(meta.pop("origin", "<text>")), format="text",
                         **meta)  # type: ignore[arg-type]
        item = build_article(raw, self.reader_context)
        return next(self.analyse([item]))

    def document(self, article: Article) -> Document:
        """Run the pipeline on one article and return the Document (for debugging and eval)."""
        document = Document(article)
        self.pipeline.run([document])
        return document
