"""CLI commands: init, ingest, events."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable
from typing import TypeVar

import click

from observatory.cli.options import actors_option, db_option, event_filter_options, open_store, write_rows
from observatory.ingest.readers import DEFAULT_MAX_BYTES, ReadOptions
from observatory.pipeline import ingest
from observatory.records import EVENT_COLUMNS, event_record
from observatory.settings import resolve
from observatory.store import EventFilter

T = TypeVar("T")


def progress_bar(items: Iterable[T], label: str) -> Iterable[T]:
    """A rich progress display on a terminal; the items unchanged otherwise."""
    if not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, description=label, transient=True)


@click.command()
@db_option
def init(db: str | None) -> None:
    """Create (or migrate) the database.

    \b
    Example:
      observatory init --db observatory.db
    """
    store = open_store(db)
    click.echo(f"Database ready: {resolve('db', db)} ({store.count('reports')} reports, {store.count('events')} events)")


@click.command(name="ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--skip-bad", is_flag=True, help="Report bad files or lines and go on, instead of rolling back the batch.")
@click.option("--no-extract", is_flag=True, help="Store the reports without extracting incidents.")
@click.option("--source", default=None, help="Outlet to record for reports that do not name one.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Largest report accepted.")
@actors_option
def ingest_cmd(paths: tuple[str, ...], db: str | None, skip_bad: bool, no_extract: bool, source: str | None,
               max_bytes: int, actors: str | None) -> None:
    """Store reports and extract their incidents and totals (all or nothing per run).

    PATHS are .txt, .md, .html or .jsonl files ({"id", "text", "published"?, "url"?, "source"?} per line),
    folders (read recursively), or - for standard input. A text file may start with header lines
    (Title:, Source:, Published: YYYY-MM-DD, URL:) followed by a blank line. A report stored before
    (same text) is skipped, so running twice adds nothing.

    \b
    Example:
      observatory ingest examples/reports/
      cat report.txt | observatory ingest -
    """
    store = open_store(db)
    options = ReadOptions(max_bytes=max_bytes, source=source, skip_bad=skip_bad)
    result = ingest(store, list(paths), options=options, extract=not no_extract, actors=actors,
                    progress=lambda items: progress_bar(items, "Ingesting"))
    for message in result.skipped:
        click.echo(f"skipped: {message}", err=True)
    click.echo(result.summary())


@click.command()
@db_option
@event_filter_options
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N events (default: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "geojson"]), default="table", show_default=True,
              help="Output format.")
def events(db: str | None, flt: EventFilter, limit: int | None, fmt: str) -> None:
    """List events, filtered.

    \b
    Example:
      observatory events --since 2019-03-24 --until 2019-04-20 --governorate Homs --format csv
    """
    store = open_store(db)
    flt = dataclasses.replace(flt, limit=limit)
    if fmt == "geojson":
        from observatory.outputs.export import write_geojson

        write_geojson(store.iter_events(flt), sys.stdout)
        return
    rows = [event_record(e) for e in store.iter_events(flt)]
    if fmt == "table":
        columns = ["id", "date_start", "event_type", "perpetrator_side", "target_side", "place_name", "admin1", "killed",
                   "injured"]
        write_rows(rows, fmt, columns)
        click.echo(f"{len(rows)} event(s)")
    else:
        write_rows(rows, fmt, EVENT_COLUMNS)


def register(group: click.Group) -> None:
    """Add this area's commands to the main group."""
    for command in (init, ingest_cmd, events):
        group.add_command(command)
