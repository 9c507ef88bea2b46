"""The command-line edge: thin click commands over package functions.

Each area registers its commands from its own module; errors of the package become messages here only.
"""

from __future__ import annotations

import sys

import click

from observatory import __version__
from observatory.cli import analysis, core, datasets, extract, geo, outputs
from observatory.errors import ObservatoryError


class _Group(click.Group):
    """Turns ObservatoryError into a clean message and exit status 1 (2 for usage errors, as click does)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ObservatoryError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(__version__, prog_name="observatory")
def cli() -> None:
    """Observatory: document armed conflict from reports, with the source behind every number.

    \b
    Example:
      observatory ingest examples/reports/
      observatory events --format table
    """


for _module in (core, datasets, geo, extract, analysis, outputs):
    _module.register(cli)


def main() -> None:
    cli(prog_name="observatory")
