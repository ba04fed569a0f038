"""The pipeline contract: stages name real Document fields, run in a checked order, write only
what they declare; resources are loaded once and frozen; domain packages never import stages."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from pathlib import Path

import pytest

from conftest import DEMO, KAYHAN, need
from eventwire.api import Engine
from eventwire.document import Document
from eventwire.errors import PipelineError
from eventwire.pipeline import Pipeline, Stage
from eventwire.resources import Resources
from eventwire.stages import actors, coref, dating, events, parse, places, quotes, structure, times

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"
DOMAIN = ("events", "quotes", "coref", "actors", "timex", "geo", "structure")


def documents(engine: Engine) -> list[Document]:
    paths = [need(KAYHAN), *sorted(DEMO.glob("*.txt"))[:4], *sorted(DEMO.glob("*.html"))[:1]]
    return [Document(item) for item in engine.read(paths)]  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def checked_run(engine: Engine) -> list[Document]:
    """Kayhan and a few demo articles through the engine's stages with every write checked
    (the checked run does the same work as the plain one, plus the checks)."""
    return Pipeline(engine.pipeline.stages, checked=True).run(documents(engine))


def test_every_stage_writes_only_what_it_declares(checked_run: list[Document]) -> None:
    kayhan = checked_run[0]
    assert kayhan.doc is not None and kayhan.dateline is not None
    assert (len(kayhan.paragraphs), len(kayhan.segments)) == (27, 14)
    assert [e.date is not None for e in kayhan.events] == [True] * len(kayhan.events)


def test_a_stage_writing_an_undeclared_field_fails(engine: Engine) -> None:
    def sneaky(document: Document) -> None:
        document.times = []
        document.warnings.append("extra")

    stages = engine.pipeline.stages + (Stage("sneaky", needs=("doc",), adds=("times",),
                                             run=sneaky),)
    with pytest.raises(PipelineError) as err:
        Pipeline(stages, checked=True).run(documents(engine)[:1])
    assert str(err.value) == ("stage 'sneaky' wrote warnings without declaring it in "
                              "adds=('times',): declare it or stop writing it")


def test_stage_names_must_be_document_fields() -> None:
    with pytest.raises(PipelineError) as err:
        Stage("old", needs=("doc",), adds=("coref",), run=lambda d: None)
    assert str(err.value).startswith("stage 'old' names coref, which are not Document fields; "
                                     "use some of actors, anchor, article, dateline, doc, ")


def test_resources_are_frozen_and_complete(engine: Engine) -> None:
    assert all(f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
               for f in dataclasses.fields(Resources))
    assert all(getattr(engine.resources, f.name) is not None
               for f in dataclasses.fields(Resources))
    with pytest.raises(dataclasses.FrozenInstanceError):
        engine.resources.actors = None  # type: ignore[misc]


def test_stage_factories_take_only_the_resources_they_use() -> None:
    factories = {
        structure.make_structure_stage: [],
        parse.make_parse_stage: ["nlp"],
        actors.make_actor_stage: ["lexicon", "names"],
        coref.make_coref_stage: ["lexicon", "names"],
        quotes.make_quote_stage: ["cues", "lexicon"],
        events.make_event_stage: ["triggers", "ontology", "actors", "gazetteer", "learned"],
        times.make_time_stage: [],
        places.make_place_stage: ["gazetteer", "sources"],
        dating.make_dating_stage: [],
        events.make_merge_stage: [],
    }
    for factory, params in factories.items():
        assert list(inspect.signature(factory).parameters) == params, factory.__name__


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_domain_packages_never_import_stages_or_the_resources() -> None:
    offenders = []
    for package in DOMAIN:
        for path in sorted((SRC / package).rglob("*.py")):
            for module in imported_modules(path):
                if module.startswith(("eventwire.stages", "eventwire.resources", "eventwire.api")):
                    offenders.append(f"{path.relative_to(SRC)}: {module}")
    assert offenders == []
    assert (SRC / "actors" / "__init__.py").exists()


def mention_list_writes(path: Path) -> list[str]:
    """Calls that change a ``.mentions`` list in place, or assignments to one."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "mentions"
                and node.func.attr in ("append", "extend", "insert", "sort", "remove", "pop",
                                       "clear", "reverse")):
            found.append(f"{path.relative_to(SRC)}:{node.lineno} .mentions.{node.func.attr}")
        targets = node.targets if isinstance(node, ast.Assign) else []
        for target in targets:
            if isinstance(target, ast.Attribute) and target.attr == "mentions" and isinstance(
                    target.value, ast.Name) and target.value.id == "document":
                found.append(f"{path.relative_to(SRC)}:{node.lineno} document.mentions =")
    return found


def test_mentions_are_added_in_one_place_and_never_resorted() -> None:
    """Actors, coref, quotes and events all add mentions through ``Document.add_mention``,
    which keeps the list in text order; nothing else appends to or re-sorts it."""
    offenders = [w for package in (*DOMAIN, "stages")
                 for path in sorted((SRC / package).rglob("*.py"))
                 for w in mention_list_writes(path)]
    offenders += [w for w in mention_list_writes(SRC / "document.py") if ".insert" not in w]
    assert offenders == []


def test_mentions_stay_in_text_order(checked_run: list[Document]) -> None:
    assert len(checked_run) == 6
    for document in checked_run:
        keys = [(m.start, m.end) for m in document.mentions]
        assert keys == sorted(keys), document.article.id
