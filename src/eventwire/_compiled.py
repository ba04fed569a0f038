"""Whether the stage code runs compiled (mypyc extensions, see setup.py) or as Python source.

`make install` compiles the modules listed in `eventwire._compiled_modules` with mypyc when it
can (`make compile` again after editing them); the import system then prefers each `.so` to
the `.py` beside it. They are used only all together, and only when every one is at least as
new as its source: a source edited (or checked out) after the build, or a missing extension,
would otherwise run old code, or mix compiled calls into old code with new source.
Otherwise, and whenever `EVENTWIRE_PURE=1` is set, a finder placed first on `sys.meta_path`
loads all of them from their `.py` files (only when extensions exist: with none, no finder is
added).
The reports are the same either way; only the speed differs. `STATUS` says which it is.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Mapping, Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

from eventwire._compiled_modules import COMPILED_MODULES

_PACKAGE = Path(__file__).resolve().parent


def _source(name: str, package: Path = _PACKAGE) -> Path:
    return package.joinpath(*name.split(".")[1:]).with_suffix(".py")


def _extension(source: Path) -> Path | None:
    for suffix in EXTENSION_SUFFIXES:
        candidate = source.with_name(source.stem + suffix)
        if candidate.exists():
            return candidate
    return None


def status(names: Sequence[str] = COMPILED_MODULES, package: Path = _PACKAGE,
           environ: Mapping[str, str] = os.environ) -> str:
    """Whether the modules ``names`` of ``package`` can run compiled ("compiled (...)") or
    must run as source ("pure (why)")."""
    if environ.get("EVENTWIRE_PURE", "").strip().lower() not in ("", "0", "no", "false"):
        return "pure (EVENTWIRE_PURE is set)"
    extensions = [_extension(_source(name, package)) for name in names]
    if not any(extensions):
        return "pure (not compiled)"
    if not all(extensions):
        return "pure (some compiled modules are missing: run `make compile`)"
    # Staleness is checked only in a source checkout (an editable install: src/eventwire
    # beside a pyproject.toml); an installed wheel's files are written in no particular order.
    if (package.parents[1] / "pyproject.toml").exists():
        # The code itself is in the group's shared library beside the package (the module's
        # own extension is a shim that a rebuild leaves alone when nothing but code changed).
        built = max((p.stat().st_mtime for suffix in EXTENSION_SUFFIXES
                     for p in package.parent.glob(f"*__mypyc{suffix}")), default=0.0)
        for name in names:
            if _source(name, package).stat().st_mtime > built:
                return (f"pure (the compiled {name} is older than its source: run "
                        "`make compile`)")
    return f"compiled ({len(names)} modules, mypyc)"


class _SourceFinder(MetaPathFinder):
    """Loads the listed modules from their .py files, never from an extension beside them."""

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname not in _NAMES:
            return None
        source = _source(fullname)
        return importlib.util.spec_from_file_location(fullname, source) if source.exists() else None


_NAMES = frozenset(COMPILED_MODULES)
STATUS = status()
COMPILED = STATUS.startswith("compiled")
# The finder is needed only where extensions exist but must not be used (stale, partial, or
# EVENTWIRE_PURE): without any, the normal import already loads the sources, and a library
# user's interpreter gets no import hook.
if (not COMPILED and STATUS != "pure (not compiled)"
        and not any(isinstance(f, _SourceFinder) for f in sys.meta_path)):
    sys.meta_path.insert(0, _SourceFinder())
