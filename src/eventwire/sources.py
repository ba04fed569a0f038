"""The table of known outlets: publication time zone and country, editable data."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from eventwire.errors import LexiconError


@dataclass(frozen=True)
class Source:
    domain: str
    timezone: str
    country: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class SourceTable:
    sources: dict[str, Source]

    def lookup(self, domain: str | None) -> Source | None:
        """Match the domain or any parent domain (www.kayhan.ir → kayhan.ir)."""
        if not domain:
            return None
        parts = domain.lower().strip().removeprefix("www.").split(".")
        for i in range(len(parts) - 1):
            found = self.sources.get(".".join(parts[i:]))
            if found:
                return found
        return None

    @classmethod
    def load(cls, extra_files: tuple[Path, ...] = ()) -> SourceTable:
        text = (resources.files("eventwire") / "data" / "sources.yaml").read_text("utf-8")
        table = _parse(text, "sources.yaml")
        for path in extra_files:
            table.update(_parse(Path(path).read_text("utf-8"), str(path)))
        return cls(table)


def _parse(text: str, name: str) -> dict[str, Source]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: not valid YAML: {exc}") from exc
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise LexiconError(f"{name}: expected a mapping 'sources: {{domain: {{timezone: ...}}}}'")
    return {domain.lower(): _source(domain, value, name) for domain, value in entries.items()}


def _source(domain: str, value: object, name: str) -> Source:
    if not isinstance(value, dict) or "timezone" not in value:
        raise LexiconError(f"{name}: source {domain!r} needs a 'timezone' (an IANA zone name)")
    try:
        ZoneInfo(str(value["timezone"]))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise LexiconError(
            f"{name}: source {domain!r} has unknown time zone {value['timezone']!r}: "
            "use an IANA name such as Asia/Tehran"
        ) from exc
    return Source(domain.lower(), str(value["timezone"]), value.get("country"), value.get("name"))
