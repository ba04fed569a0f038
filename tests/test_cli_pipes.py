"""Output piped into a reader that stops early (`eventwire events | head`) ends quietly."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import click
from eventwire.cli import Main

@click.group(cls=Main)
def cli() -> None:
    pass

@cli.command()
def many() -> None:
    for i in range(200000):
        click.echo(f"row {i}")

cli()
"""


def test_closed_pipe_ends_quietly_with_status_zero() -> None:
    writer = subprocess.Popen([sys.executable, "-c", SCRIPT, "many"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    assert writer.stdout is not None and writer.stderr is not None
    first = writer.stdout.readline()
    writer.stdout.close()  # the reader goes away, as `head -1` does
    errors = writer.stderr.read().decode()
    assert writer.wait(timeout=60) == 0
    assert first == b"row 0\n"
    assert errors == ""
