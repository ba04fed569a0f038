"""Given names → gender, for pronoun resolution ("Abbas Araghchi" … "he").

Reads ``data/actors/given_names.tsv`` (a header line, then ``name<TAB>gender`` with gender
male, female or unisex — m/f/u; unisex names give no gender; ``#`` comments and further
columns ignored) and any user files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from eventwire.errors import LexiconError
from eventwire.lexicon.yamlfile import package_file

GENDERS = {"m": "male", "male": "male", "f": "female", "female": "female", "u": None,
           "unisex": None}


@dataclass(frozen=True)
class GivenNames:
    genders: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def gender(self, name: str) -> str | None:
        """Gender of a given name, or of a full name's first word ("Abbas Araghchi" → male)."""
        words = name.replace(".", " ").split()
        if not words:
            return None
        return self.genders.get(words[0].lower())

    @classmethod
    def load(cls, extra_files: Iterable[Path] = ()) -> GivenNames:
        genders: dict[str, str] = {}
        default = package_file("actors", "given_names.tsv")
        for path in ([default] if default.exists() else []) + [Path(p) for p in extra_files]:
            genders.update(read_tsv(path))
        return cls(MappingProxyType(genders))


def read_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError as exc:
        raise LexiconError(f"{path}: file not found") from exc
    header = True
    for number, line in enumerate(lines, start=1):
        cells = [c.strip() for c in line.split("\t")]
        if not line.strip() or line.startswith("#"):
            continue
        if header and (len(cells) < 2 or cells[1].lower() not in GENDERS):
            header = False
            continue
        header = False
        if len(cells) < 2 or cells[1].lower() not in GENDERS:
            raise LexiconError(f"{path}: line {number}: expected 'name<TAB>male|female|unisex', "
                               f"got {line!r}")
        gender = GENDERS[cells[1].lower()]
        if gender is not None:
            out[cells[0].lower()] = gender
    return out
