"""Loaded data every stage may need: passed in, never module-level state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.settings import Settings
from eventwire.sources import SourceTable

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.geo import Gazetteer
    from eventwire.lexicon.actors import ActorLexicon
    from eventwire.lexicon.names import GivenNames
    from eventwire.lexicon.triggers import TriggerLexicon
    from eventwire.ontology import Ontology


@dataclass
class Resources:
    """Everything loaded once per process: the NLP model, lexicons, ontology, gazetteer."""

    settings: Settings
    nlp: Language
    sources: SourceTable
    ontology: Ontology | None = None
    actors: ActorLexicon | None = None
    triggers: TriggerLexicon | None = None
    gazetteer: Gazetteer | None = None
    names: GivenNames | None = None

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        from eventwire.nlp import load_nlp

        return cls(settings=settings, nlp=load_nlp(settings.model),
                   sources=SourceTable.load(settings.sources_files))
