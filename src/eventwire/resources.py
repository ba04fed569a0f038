"""Loaded data the stages use: loaded once, fully, and never changed; passed in, never
module-level state. Each stage factory takes only the fields it uses."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from eventwire.events.learned.model import EventClassifier
from eventwire.geo import Gazetteer
from eventwire.lexicon.actors import ActorLexicon
from eventwire.lexicon.names import GivenNames
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.ontology import Ontology
from eventwire.quotes.cues import CueLexicon
from eventwire.settings import Settings
from eventwire.sources import SourceTable


@dataclass(frozen=True)
class Resources:
    """Everything loaded once per process: the NLP model, lexicons, ontology, gazetteer."""

    settings: Settings
    nlp: Language
    sources: SourceTable
    ontology: Ontology
    actors: ActorLexicon
    triggers: TriggerLexicon
    gazetteer: Gazetteer
    names: GivenNames
    cues: CueLexicon
    learned: EventClassifier  # used by the event stage only with settings.learned_events

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        """Load the model and every data file (user files are validated here)."""
        from eventwire.nlp import load_nlp
        from eventwire.versioning import pipeline_version

        ontology = Ontology.load()
        nlp = load_nlp(settings.model)
        sources = SourceTable.load(settings.sources_files)
        actors = ActorLexicon.load(settings.actor_files)
        triggers = TriggerLexicon.load(settings.lexicon_files, known_codes=ontology.cameo)
        # one-time work now, not inside the first batch (and so before ingest forks its
        # workers): the verb-vector rows of the vector-neighbour fallback, and the package's
        # files hashed for the pipeline version (cached per process)
        if triggers.neighbours is not None:
            triggers.neighbours.prepare(nlp.vocab)
        pipeline_version(settings)
        return cls(settings=settings, nlp=nlp, sources=sources, ontology=ontology,
                   actors=actors, triggers=triggers,
                   gazetteer=Gazetteer.load(settings.place_files), names=GivenNames.load(),
                   cues=CueLexicon.load(),
                   learned=EventClassifier.load())
