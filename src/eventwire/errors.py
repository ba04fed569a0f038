"""One exception hierarchy. Every message says what went wrong and what to do."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class ConfigError(EventwireError):
    """A setting, option or pipeline definition is wrong."""


class ModelError(ConfigError):
    """The spaCy model cannot be loaded."""


class LexiconError(ConfigError):
    """A lexicon, ontology or actor file is malformed (message names file and line)."""


class GazetteerError(ConfigError):
    """The generated gazetteer files are missing, or a build did not reproduce their recorded
    sha256 (the message says which file and what to run)."""


class PipelineError(ConfigError):
    """Stages are in an order that cannot work (a stage needs what no earlier stage adds)."""


class InputError(EventwireError):
    """An input cannot be read as an article. ``code`` is machine-readable."""

    def __init__(self, message: str, code: str = "unreadable") -> None:
        super().__init__(message)
        self.code = code


class StoreError(EventwireError):
    """The store cannot be opened, migrated or written."""


class RecordError(StoreError, ValueError):
    """A record cannot be stored as it is: one of its fields is not in the stored format."""


class NotFoundError(StoreError):
    """A requested record is not in the store."""


class EvaluationError(EventwireError):
    """An evaluation file is malformed."""
