"""CLI commands: import (ACLED / UCDP datasets) and export (CSV, GeoJSON, Parquet)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from observatory.cli.options import db_option, event_filter_options, open_store
from observatory.ingest.acled import FORMATS, Progress, import_dataset
from observatory.ingest.side_map import load_side_map
from observatory.outputs.export import EXPORT_FORMATS, export_events
from observatory.settings import resolve
from observatory.store import EventFilter


@contextmanager
def _progress(label: str) -> Iterator[Progress | None]:
    """A rich progress bar over bytes read when standard error is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                  transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


@click.command(name="import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Dataset format [default: detected from the columns or fields].")
@click.option("--skip-bad", is_flag=True, help="Report bad rows (with line numbers) and skip them, instead of rolling back.")
@click.option("--side-map", "side_map", metavar="CSV", default=None,
              help="Extra actor→side table (pattern,side,match[,note]) tried before the built-in one [env OBSERVATORY_SIDE_MAP].")
@db_option
def import_cmd(path: str, fmt: str | None, skip_bad: bool, side_map: str | None, db: str | None) -> None:
    """Import an ACLED CSV, a UCDP GED CSV or UCDP-AEC JSON lines (all or nothing).

    Dataset ids are kept (ACLED event_id_cnty, UCDP id), so importing a file twice adds nothing.
    Actor names are mapped to sides with the side map (built-in table plus --side-map). UCDP-AEC rows
    carry no coordinates: their events are stored without lat/lon and say so in their notes.

    \b
    Example:
      observatory import acled_syria_2019.csv
      observatory import ged_syria.csv --format ucdp-ged --skip-bad
      observatory import ucdp_aec_syria_2011_2020.jsonl --side-map my_actors.csv
    """
    store = open_store(db)
    sides = load_side_map(resolve("side_map", side_map) or None)
    with _progress("Importing") as progress:
        result = import_dataset(store, path, fmt=fmt, skip_bad=skip_bad, side_map=sides, progress=progress)
    for bad in result.skipped:
        click.echo(f"skipped: {result.path}:{bad.line}: {bad.message}", err=True)
    if result.unmapped_actors:
        shown = ", ".join(f"{name} ({n})" for name, n in result.unmapped_actors[:5])
        more = len(result.unmapped_actors) - 5
        click.echo(f"note: {len(result.unmapped_actors)} actor name(s) not in the side map, stored as side "
                   f"'unknown': {shown}{f' and {more} more' if more > 0 else ''} (add them with --side-map)", err=True)
    if result.missing:
        click.echo(f"note: {result.missing}", err=True)
    click.echo(result.summary())


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="Output format.")
@click.option("--acled", is_flag=True, help="ACLED-compatible columns (csv, parquet).")
@click.option("--out", "out", metavar="PATH", default=None, help="Output file [default: standard output; required for parquet].")
@event_filter_options
@db_option
def export_cmd(fmt: str, acled: bool, out: str | None, flt: EventFilter, db: str | None) -> None:
    """Export events (all, or those matching the filters) as CSV, GeoJSON or Parquet.

    GeoJSON follows RFC 7946: one FeatureCollection, Point coordinates as [lon, lat]; events without
    coordinates get a null geometry. Files are written whole or not at all.

    \b
    Example:
      observatory export --format geojson --out out/events.geojson
      observatory export --format csv --acled --governorate Homs --since 2019-03-24 > homs.csv
      observatory export --format parquet --out out/events.parquet --side isis
    """
    store = open_store(db)
    result = export_events(store, fmt, flt=flt, out=out, acled=acled)
    if result.path is not None:
        click.echo(f"{result.count} event(s) written to {result.path}")


def register(group: click.Group) -> None:
    """Add this area's commands to the main group."""
    for command in (import_cmd, export_cmd):
        group.add_command(command)
