"""The pipeline version names the coder: a content hash of the code and data deciding output."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from eventwire import __version__
from eventwire.cli import main
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.versioning import PACKAGE_ROOT, model_identity, package_digest, pipeline_version

LEXICON = """\
- verb: blockade
  cameo: "191"
"""


def _package_copy(tmp_path: Path) -> Path:
    """A small package tree: one module, the noun triggers, a demo article and a README."""
    root = tmp_path / "eventwire"
    for rel in ("pipeline.py", "data/triggers/nominal.yaml", "data/triggers/README.md",
                "data/demo/tass-19847702.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGE_ROOT / rel, root / rel)
    return root


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(text)


def test_a_data_file_or_the_code_changes_the_digest_and_unread_files_do_not(
        tmp_path: Path) -> None:
    root = _package_copy(tmp_path)
    first = package_digest(root)
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    _append(root / "data/demo/tass-19847702.txt", "One more line of a demo article.\n")
    _append(root / "data/triggers/README.md", "A note.\n")
    assert package_digest(root) == first  # inputs and documentation never decide output
    _append(root / "data/triggers/nominal.yaml", "\n")  # one byte of the noun triggers
    second = package_digest(root)
    assert second != first
    _append(root / "pipeline.py", "# a comment\n")
    assert package_digest(root) != second


def test_version_has_package_model_and_hash_and_user_files_change_it(tmp_path: Path) -> None:
    default = pipeline_version(Settings())
    assert re.fullmatch(rf"{re.escape(__version__)}\+md\.[0-9a-f]{{12}}", default)
    assert pipeline_version(Settings()) == default  # same settings, same coder
    assert re.fullmatch(r"0\.1\.0\+sm\.[0-9a-f]{12}", pipeline_version(Settings(model="sm")))
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text(LEXICON, "utf-8")
    with_lexicon = pipeline_version(Settings(lexicon_files=(lexicon,)))
    assert with_lexicon != default
    lexicon.write_text(LEXICON.replace("191", "192"), "utf-8")
    stat = lexicon.stat()
    os.utime(lexicon, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert pipeline_version(Settings(lexicon_files=(lexicon,))) not in (default, with_lexicon)


def test_cli_version_shows_the_pipeline_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output == (f"eventwire {__version__}\npipeline {pipeline_version(Settings())} "
                             f"({model_identity('md')})\n")
    assert model_identity("md").startswith("en_core_web_md-3.8.0 spacy-3.")


def test_every_stored_article_carries_the_version(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    article = tmp_path / "note.txt"
    article.write_text("The council met on Monday. The mayor said nothing changed.\n", "utf-8")
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(article)])
    assert result.exit_code == 0, result.output
    with Store(db):
        pass
    rows = sqlite3.connect(db).execute("SELECT pipeline_version, "
                                       "json_extract(pipeline_json, '$.version') "
                                       "FROM articles").fetchall()
    version = pipeline_version(Settings())
    assert rows == [(version, version)]
