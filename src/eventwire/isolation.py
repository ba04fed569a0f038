"""Reports for inputs that are not analysed, built without loading the NLP model.

- Skips found by the readers and non-English articles never need spaCy: their reports are
  made here, so queries and skip-only inputs do not pay 6-12 s and ~550 MB for the model.
- An unexpected error while analysing one article becomes a skip with reason
  ``internal error: <Type>: <message>`` (code ``internal``) that keeps the article and its
  origin: one bad article never takes down a batch.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from eventwire.models import Article, PipelineInfo, Report, Skip
from eventwire.report import placeholder_article, skip_report
from eventwire.settings import SPACY_MODELS, Settings
from eventwire.versioning import pipeline_version

ReadItem = Article | Skip
MAX_MESSAGE = 300


@lru_cache(maxsize=4)
def model_label(model: str) -> str:
    """``en_core_web_md-3.8.0``, read from the model package's meta.json (not loaded)."""
    package = SPACY_MODELS.get(model, model)
    spec = importlib.util.find_spec(package)
    folders = list(spec.submodule_search_locations or ()) if spec else []
    for folder in folders:
        for meta_file in sorted(Path(folder).glob("**/meta.json")):
            meta = json.loads(meta_file.read_text("utf-8"))
            return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    return package


def skip_info(settings: Settings) -> PipelineInfo:
    """The pipeline of a report that was not analysed: no stage ran on it."""
    return PipelineInfo(version=pipeline_version(settings), spacy_model=model_label(settings.model),
                        spacy_version=metadata.version("spacy"), stages=())


def needs_analysis(item: ReadItem) -> bool:
    return isinstance(item, Article) and item.language == "en"


def language_skip(article: Article) -> Skip:
    return Skip(reason=f"language detected as {article.language!r}, not English: eventwire "
                "analyses English text only", code="language", origin=article.origin,
                article_id=article.id)


def unanalysed_report(item: ReadItem, settings: Settings) -> Report:
    """The report of a reader skip or a non-English article."""
    info = skip_info(settings)
    if isinstance(item, Skip):
        return skip_report(placeholder_article(item), item, info)
    return skip_report(item, language_skip(item), info)


def internal_skip(item: ReadItem, exc: BaseException) -> Skip:
    """The skip recorded when analysing (or storing) an item raised an unexpected error."""
    message = " ".join(str(exc).split())
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE] + "..."
    article_id = item.id if isinstance(item, Article) else item.article_id
    return Skip(reason=f"internal error: {type(exc).__name__}: {message}", code="internal",
                origin=item.origin, article_id=article_id)


def internal_error_report(item: ReadItem, exc: BaseException, info: PipelineInfo) -> Report:
    """A skip report that keeps the article (and its text) when analysis failed."""
    article = item if isinstance(item, Article) else placeholder_article(item)
    return skip_report(article, internal_skip(item, exc), info)
