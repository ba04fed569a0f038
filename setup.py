"""Build hook: compile eventwire's pure-Python hot path with mypyc (optional, automatic fallback).

The stage code after the spaCy parse (events, actors, lexicon look-ups, coreference, times,
quotes, places and the per-document token look-ups), and the near-duplicate signatures and story
placement done as the reports are stored, are plain, fully annotated Python; mypyc
(shipped with mypy) compiles those modules to C extensions, which the import system then prefers
to the .py files beside them. Everything else (CLI, most of the store, server, ingest) stays
interpreted.

The package is the same with or without the extensions, so compilation is best-effort:
- `EVENTWIRE_COMPILE=0` (at install time) installs pure Python;
- without mypyc or a C compiler, or when compiling fails, the install goes on in pure Python
  and says so;
- at run time `EVENTWIRE_PURE=1` ignores the extensions, and extensions older than their
  sources (a source edited after `make install`) are ignored too (see eventwire/_compiled.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "src" / "eventwire"
sys.path.insert(0, str(PACKAGE))
from _compiled_modules import COMPILED_MODULES  # noqa: E402  (one list, shared with run time)

sys.path.pop(0)


class OptionalBuildExt(build_ext):
    """build_ext that uses every core and falls back to pure Python when the C build fails."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - any compiler failure means "install pure"
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)
            print(f"eventwire: compiling with mypyc failed ({exc}); installing pure Python",
                  file=sys.stderr)


def extensions() -> list:
    if os.environ.get("EVENTWIRE_COMPILE", "1").strip().lower() in ("0", "no", "false", ""):
        print("eventwire: EVENTWIRE_COMPILE=0, installing pure Python", file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("eventwire: mypyc is not available, installing pure Python", file=sys.stderr)
        return []
    paths = [f"src/{name.replace('.', '/')}.py" for name in COMPILED_MODULES]
    try:
        return mypycify(paths, opt_level=os.environ.get("EVENTWIRE_OPT_LEVEL", "3"),
                        multi_file=True, verbose=False)
    except BaseException as exc:  # mypyc exits through SystemExit on type errors
        print(f"eventwire: mypyc could not compile ({exc!r}); installing pure Python",
              file=sys.stderr)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
