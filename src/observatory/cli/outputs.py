"""CLI commands of observatory.outputs: map and report (registered by observatory.cli)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from observatory.cli.options import db_option, open_store, parse_bbox, parse_date, period_options


@click.command(name="map")
@db_option
@period_options
@click.option("--date", "on", callback=parse_date, metavar="YYYY-MM-DD",
              help="Date of the control areas shown [default: the end of the period].")
@click.option("--region", default=None, metavar="GOVERNORATE", help="Zoom to one governorate and its events.")
@click.option("--bbox", callback=parse_bbox, default=None, metavar="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT",
              help="Zoom to a box (and draw only the events inside it).")
@click.option("--title", default=None, help="Title printed on the map.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file: .png (3200 px wide), .svg or .pdf for the static map, .html for the interactive one.")
def map_cmd(db: str | None, since: date | None, until: date | None, on: date | None, region: str | None,
            bbox: tuple[float, float, float, float] | None, title: str | None, out: Path) -> None:
    """Draw the map of attacks, control areas and the area of activity.

    The format follows the extension of --out. Dates default to the span of the data.
    The .html map is self-contained (Leaflet inlined from node_modules: run `npm ci` once).

    \b
    Examples:
      observatory map --out out/map.png
      observatory map --since 2019-03-24 --until 2019-04-20 --region Homs --out out/homs.svg
      observatory map --out out/map.html
    """
    from observatory.outputs import MapRequest, write_map

    store = open_store(db)
    path = write_map(store, MapRequest(since=since, until=until, on=on, region=region, bbox=bbox, title=title), out)
    click.echo(f"Map written: {path}")


@click.command(name="report")
@db_option
@period_options
@click.option("--region", default=None, metavar="NAME", help="A governorate or a named region (see `observatory regions`).")
@click.option("--title", default=None, help="Title of the report.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file: .html (self-contained), .md (images written beside it) or .pdf.")
def report_cmd(db: str | None, since: date | None, until: date | None, region: str | None, title: str | None,
               out: Path) -> None:
    """Write the monitoring report: headline, narrative, tables, incidents with sources, map, weekly chart.

    Every figure is a saved statement, cited by its id. Dates default to the span of the data.

    \b
    Examples:
      observatory report --out out/report.html
      observatory report --since 2019-03-24 --until 2019-04-20 --out out/report.pdf
    """
    from observatory.outputs import ReportRequest, write_report

    store = open_store(db)
    path = write_report(store, ReportRequest(since=since, until=until, region=region, title=title), out)
    click.echo(f"Report written: {path}")


def register(group: click.Group) -> None:
    """Add this area's commands to the main group."""
    group.add_command(map_cmd)
    group.add_command(report_cmd)
