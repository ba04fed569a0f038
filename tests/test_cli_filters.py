"""`events`, `timeline` and `export` share one set of event filters: the same options, the same
checks and the same error text for a bad value."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store

COMMANDS = {
    "events": ["events"],
    "timeline": ["timeline"],
    "export": ["export", "--format", "csv", "--out", "OUT"],
}
SHARED = ("--actor", "--pair", "--type", "--since", "--until", "--search", "--include-negated",
          "--min-confidence")


def _run(tmp_path: Path, command: str, *args: str) -> tuple[int, str]:
    db = tmp_path / "s.db"
    if not db.exists():
        Store(db).close()
    argv = [a.replace("OUT", str(tmp_path / "out.csv")) for a in COMMANDS[command]]
    result = CliRunner().invoke(main, ["--db", str(db), *argv, *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("option", "value"), [("--since", "2025-13"), ("--until", "March")])
def test_a_bad_date_gets_the_same_error_from_every_command(tmp_path: Path, command: str,
                                                            option: str, value: str) -> None:
    code, out = _run(tmp_path, command, option, value)
    assert code == 2
    assert out.splitlines()[-1] == (
        f"Error: Invalid value for '{option}': '{value}' is not a date: use YYYY, YYYY-MM or "
        "YYYY-MM-DD (e.g. 2025, 2025-02 or 2025-02-26)")
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_bad_pair_gets_the_same_error_from_every_command(tmp_path: Path,
                                                           command: str) -> None:
    code, out = _run(tmp_path, command, "--pair", "IRN")
    assert code == 2
    assert out.splitlines()[-1] == ("Error: Invalid value for '--pair': 'IRN' is not a pair: "
                                    "use SOURCE,TARGET, e.g. IRN,USA")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_offers_the_shared_filters(command: str) -> None:
    cmd = main.commands[COMMANDS[command][0]]
    names = {opt for p in cmd.params for opt in p.opts}
    assert set(SHARED) <= names


@pytest.mark.parametrize("command", COMMANDS)
def test_good_dates_pass(tmp_path: Path, command: str) -> None:
    code, out = _run(tmp_path, command, "--since", "2025", "--until", "2025-02-28",
                     *(["--format", "jsonl"] if command != "export" else []))
    assert code == 0, out
