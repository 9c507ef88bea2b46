"""CLI commands of observatory.extract: `extract` (JSONL in, one result line per report out) and `show EVENT_ID`."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from observatory.cli.options import actors_option, db_option, open_store
from observatory.errors import InputError


def _geocoder(db: str | None) -> Any:
    """Geocoder.from_store when --db is given, else Geocoder.default(); None while the geo stage is unavailable."""
    try:
        from observatory.geo import Geocoder
    except ImportError:
        return None
    if db is not None:
        return Geocoder.from_store(open_store(db))
    return Geocoder.default()


@click.command(name="extract")
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True, help="Output format.")
@click.option("--skip-bad", is_flag=True, help="Write an empty result with the reason for a bad line and go on.")
@actors_option
@click.option("--no-geo", is_flag=True, help="Do not resolve places (governorates from governorate names only).")
@db_option
def extract_cmd(input_path: str, fmt: str, skip_bad: bool, actors: str | None, no_geo: bool, db: str | None) -> None:
    """Extract incidents and period totals from reports, one JSON line per input line, in order.

    Each input line is {"id", "text", "published"?}; other fields are ignored. The output is read by
    ../shared/tools/score_extraction.py.

    \b
    Example:
      observatory extract reports.jsonl --format jsonl > extracted.jsonl
    """
    from observatory.extract import ActorLexicon
    from observatory.extract.runner import extract_lines

    lexicon = ActorLexicon.default(actors) if actors else None
    geocoder = None if no_geo else _geocoder(db)
    bad = 0
    try:
        stream = sys.stdin if input_path == "-" else open(input_path, encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=input_path) from None
    with stream:
        for result in extract_lines(stream, input_path, geocoder=geocoder, lexicon=lexicon, skip_bad=skip_bad):
            click.echo(json.dumps(result.row, ensure_ascii=False))
            if result.error:
                bad += 1
                click.echo(f"skipped: {result.error}", err=True)
    if bad:
        click.echo(f"{bad} bad line(s) skipped", err=True)


@click.command(name="show")
@click.argument("event_id")
@db_option
def show_cmd(event_id: str, db: str | None) -> None:
    """Print an event's report with the span behind every extracted value marked [[like this]]{field=value}.

    \b
    Example:
      observatory show 3f2a9c0d1e2b4a5c6d7e
    """
    from observatory.extract.show import render_event

    store = open_store(db)
    event = store.get_event(event_id)
    if event.report_id is None:
        click.echo(f"event {event_id} was not extracted from a report (source: {event.source or 'unknown'})")
        return
    report = store.get_report(event.report_id)
    click.echo(render_event(event, report, store.claims_for_event(event_id)))


def register(group: click.Group) -> None:
    """Add this area's commands to the main group."""
    group.add_command(extract_cmd)
    group.add_command(show_cmd)
