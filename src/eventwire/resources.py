"""Loaded data every stage may need: passed in, never module-level state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eventwire.settings import Settings
from eventwire.sources import SourceTable

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class Resources:
    """Everything loaded once per process: the NLP model, lexicons, ontology, gazetteer."""

    settings: Settings
    nlp: Language
    sources: SourceTable
    ontology: Any = None  # eventwire.ontology.Ontology
    actors: Any = None  # eventwire.lexicon.actors.ActorLexicon
    triggers: Any = None  # eventwire.lexicon.triggers.TriggerLexicon
    gazetteer: Any = None  # eventwire.geo.Gazetteer
    names: Any = None  # eventwire.lexicon.names.GivenNames

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        from eventwire.nlp import load_nlp

        return cls(settings=settings, nlp=load_nlp(settings.model),
                   sources=SourceTable.load(settings.sources_files))
