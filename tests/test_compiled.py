"""The compiled (mypyc) stage code is used only when it is complete and up to date, and
EVENTWIRE_PURE=1 always runs the Python source."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import eventwire
from eventwire import _compiled
from eventwire._compiled_modules import COMPILED_MODULES

SUFFIX = EXTENSION_SUFFIXES[0]
NAMES = ("eventwire.events.alpha", "eventwire.beta")


def checkout(tmp_path: Path, compiled: bool = True) -> Path:
    """A source checkout with two listed modules, compiled at time 2000 when asked."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "pyproject.toml").write_text("")
    package = tmp_path / "src" / "eventwire"
    (package / "events").mkdir(parents=True)
    for source in (package / "events" / "alpha.py", package / "beta.py"):
        source.write_text("")
        os.utime(source, (1000, 1000))
        if compiled:
            shim = source.with_name(source.stem + SUFFIX)
            shim.write_bytes(b"")
            os.utime(shim, (500, 500))  # shims keep their old time: only the library counts
    if compiled:
        library = tmp_path / "src" / f"0123abcd__mypyc{SUFFIX}"
        library.write_bytes(b"")
        os.utime(library, (2000, 2000))
    return package


def test_listed_modules_are_sources_of_the_package() -> None:
    root = Path(eventwire.__file__).parent
    assert len(COMPILED_MODULES) == len(set(COMPILED_MODULES))
    for name in COMPILED_MODULES:
        assert name.startswith("eventwire.")
        assert root.joinpath(*name.split(".")[1:]).with_suffix(".py").is_file(), name


def test_status_of_an_up_to_date_build(tmp_path: Path) -> None:
    package = checkout(tmp_path)
    assert _compiled.status(NAMES, package, {}) == "compiled (2 modules, mypyc)"
    assert _compiled.status(NAMES, package, {"EVENTWIRE_PURE": "0"}) == \
        "compiled (2 modules, mypyc)"


def test_pure_when_asked_or_not_compiled(tmp_path: Path) -> None:
    package = checkout(tmp_path)
    assert _compiled.status(NAMES, package, {"EVENTWIRE_PURE": "1"}) == \
        "pure (EVENTWIRE_PURE is set)"
    assert _compiled.status(NAMES, checkout(tmp_path / "plain", compiled=False), {}) == \
        "pure (not compiled)"


def test_pure_when_a_source_is_newer_or_an_extension_missing(tmp_path: Path) -> None:
    package = checkout(tmp_path)
    os.utime(package / "beta.py", (3000, 3000))  # edited (or checked out) after the build
    assert _compiled.status(NAMES, package, {}) == (
        "pure (the compiled eventwire.beta is older than its source: run `make compile`)")
    os.utime(package / "beta.py", (1000, 1000))
    (package / "events" / f"alpha{SUFFIX}").unlink()
    assert _compiled.status(NAMES, package, {}) == \
        "pure (some compiled modules are missing: run `make compile`)"


def test_an_installed_package_is_not_checked_for_staleness(tmp_path: Path) -> None:
    package = checkout(tmp_path)
    (tmp_path / "pyproject.toml").unlink()  # site-packages: no checkout around the package
    os.utime(package / "beta.py", (3000, 3000))
    assert _compiled.status(NAMES, package, {}) == "compiled (2 modules, mypyc)"


def test_eventwire_pure_loads_every_listed_module_from_its_source() -> None:
    code = ("import importlib, eventwire._compiled as c; print(c.STATUS); "
            "from eventwire._compiled_modules import COMPILED_MODULES as M; "
            "print(sorted({importlib.import_module(m).__file__.rsplit('.', 1)[1] for m in M}))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "EVENTWIRE_PURE": "1"}, check=True)
    assert run.stdout == "pure (EVENTWIRE_PURE is set)\n['py']\n"


def test_this_installation_uses_what_its_status_says() -> None:
    code = ("import importlib, eventwire._compiled as c; print(c.COMPILED); "
            "from eventwire._compiled_modules import COMPILED_MODULES as M; "
            "print(sorted({importlib.import_module(m).__file__.endswith('.py') for m in M}))")
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_PURE"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True)
    compiled = _compiled.status(environ=env).startswith("compiled")
    assert run.stdout == f"{compiled}\n[{not compiled}]\n"


# The packages whose code runs for every article after the parse (or as it is stored): each of
# their modules is compiled, so a new one is not silently left interpreted in the hot path.
HOT_PACKAGES = ("actors", "coref", "events", "geo", "lexicon", "quotes", "stages", "stories",
                "structure", "timex")
# Modules of the hot path outside those packages (near-duplicates and token look-ups).
HOT_MODULES = ("eventwire.dedup", "eventwire.originals", "eventwire.token_lookup")
# Modules of the hot packages that stay interpreted, each for its reason.
NOT_COMPILED = {
    # the learned event classifier: off unless EVENTWIRE_LEARNED=1, and its own loop is numpy's
    "eventwire.events.learned.candidates": "optional classifier",
    "eventwire.events.learned.features": "optional classifier",
    "eventwire.events.learned.model": "optional classifier",
    # `eventwire gazetteer build`: writes the gazetteer files once, never runs at ingest
    "eventwire.geo.build": "gazetteer build",
    "eventwire.geo.install": "gazetteer build",
    "eventwire.geo.short_names": "gazetteer build",
    "eventwire.geo.translated_names": "gazetteer build",
}


def hot_modules() -> set[str]:
    root = Path(eventwire.__file__).parent
    found = set(HOT_MODULES)
    for package in HOT_PACKAGES:
        for source in (root / package).rglob("*.py"):
            if source.name != "__init__.py":
                found.add(".".join(("eventwire", *source.relative_to(root).with_suffix("").parts)))
    return found


def test_every_module_of_the_hot_path_is_compiled_or_excluded_by_name() -> None:
    missing = sorted(hot_modules() - set(COMPILED_MODULES) - set(NOT_COMPILED))
    assert missing == [], (
        "add these to eventwire/_compiled_modules.py (or to NOT_COMPILED with the reason): "
        f"{missing}")
    assert sorted(set(NOT_COMPILED) & set(COMPILED_MODULES)) == []
    assert sorted(set(NOT_COMPILED) - hot_modules()) == []  # no stale exclusion
