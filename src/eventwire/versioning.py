"""The pipeline version: which coder wrote a report (and a stored row).

``0.1.0+md.1f0c9a7d2b3e`` is the package version, the model setting and a short content
hash of everything else that decides the output:

- the package's data files (lexicon and trigger files, ``triggers/nominal.yaml``, the actor
  dictionaries, the gazetteer build, the ontology, quote cues, source table), not the demo
  corpus, the bundled evaluation data, the JSON schema or READMEs, which the pipeline never
  reads;
- the package's Python source (the stage code, compiled or not, is built from it);
- the spaCy model's name and version (from its ``meta.json``) and spaCy's version;
- the user's extra files (``--lexicon``, ``--actors``, ``--places``, ``--sources``), by
  content, and the settings that change a report (``--max-bytes``, chunk size, time zone).

Two stores (or two rows of one store) with the same version were written by the same coder
on the same data; ``eventwire ingest --reprocess`` re-analyses every article whose stored
version differs from the running one. The package part is hashed once per process
(about 8 MB, tens of milliseconds); user files are re-hashed when their size or
modification time changes.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from eventwire import __version__
from eventwire.settings import Settings

PACKAGE_ROOT = Path(__file__).resolve().parent
# under data/: what the pipeline never reads (inputs, gold data, the report schema)
NOT_READ = ("data/demo/", "data/eval/", "data/schema/")
DIGEST_CHARS = 12


def _feed(digest: hashlib.blake2b, name: str, content: bytes) -> None:
    digest.update(f"{name}\0{len(content)}\0".encode())
    digest.update(content)


def package_files(root: Path) -> list[Path]:
    """The package files that decide output, in a fixed order: data files and Python source."""
    files = []
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        if "__pycache__" in path.parts or not path.is_file():
            continue
        if rel.startswith("data/"):
            if rel.startswith(NOT_READ) or path.suffix == ".md":
                continue
        elif path.suffix != ".py":
            continue
        files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def package_digest(root: Path) -> str:
    """Content hash of the package's data files and source under ``root``."""
    digest = hashlib.blake2b(digest_size=16)
    for path in package_files(root):
        _feed(digest, path.relative_to(root).as_posix(), path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _installed_package_digest() -> str:
    return package_digest(PACKAGE_ROOT)


@lru_cache(maxsize=4)
def model_identity(model: str) -> str:
    """``en_core_web_md-3.8.0 spacy-3.8.7``: the parser that decides every token."""
    from eventwire.isolation import model_label

    return f"{model_label(model)} spacy-{metadata.version('spacy')}"


def _user_files(settings: Settings) -> tuple[Path, ...]:
    return (*settings.lexicon_files, *settings.actor_files, *settings.place_files,
            *settings.sources_files)


def _file_key(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), stat.st_size, stat.st_mtime_ns)


def content_digest(settings: Settings, package: str) -> str:
    """The short hash over the package digest, the model and what the settings add."""
    digest = hashlib.blake2b(digest_size=16)
    _feed(digest, "package", package.encode())
    _feed(digest, "model", model_identity(settings.model).encode())
    _feed(digest, "settings", repr((settings.max_bytes, settings.min_words,
                                    settings.chunk_chars, settings.default_timezone,
                                    settings.include_negated,
                                    settings.learned_events)).encode())
    for kind, paths in (("lexicon", settings.lexicon_files), ("actors", settings.actor_files),
                        ("places", settings.place_files), ("sources", settings.sources_files)):
        for path in paths:
            try:
                content = Path(path).read_bytes()
            except OSError:  # Resources.load reports it; the version only has to differ
                content = b"\0missing\0" + str(path).encode()
            _feed(digest, kind, content)
    return digest.hexdigest()[:DIGEST_CHARS]


_VERSIONS: dict[tuple[object, ...], str] = {}


def pipeline_version(settings: Settings) -> str:
    """``0.1.0+md.1f0c9a7d2b3e``: stored with every article; see the module docstring."""
    files = _user_files(settings)
    key = (settings.model, settings.max_bytes, settings.min_words, settings.chunk_chars,
           settings.default_timezone, settings.include_negated, settings.learned_events,
           tuple(_file_key(Path(p)) for p in files))
    version = _VERSIONS.get(key)
    if version is None:
        digest = content_digest(settings, _installed_package_digest())
        version = _VERSIONS[key] = f"{__version__}+{settings.model}.{digest}"
    return version
