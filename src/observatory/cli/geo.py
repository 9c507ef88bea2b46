"""CLI commands of observatory.geo (registered by observatory.cli): geocode, gazetteer import/download/info."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from observatory.cli.options import db_option, open_store, write_rows
from observatory.errors import InputError
from observatory.settings import resolve

CONTRACT_COLUMNS = ("name", "matched", "lat", "lon", "admin1", "admin1_pcode", "admin2", "precision", "score", "reason")


def _geocoder(db: str | None) -> Any:
    """The store's geocoder when a database is named (option or env) or exists; else the embedded default."""
    from observatory.geo import Geocoder

    path = resolve("db", db)
    explicit = db is not None or "://" in path
    if explicit or Path(path).expanduser().exists():
        return Geocoder.from_store(open_store(db))
    return Geocoder.default()


def _jsonl_lines(source: str) -> Iterator[tuple[int, dict[str, Any]]]:
    handle: TextIO
    if source == "-":
        handle = sys.stdin
    else:
        try:
            handle = open(source, encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=source, fix="give an existing JSONL file") from exc
    try:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON ({exc.msg})", path=source, line=number,
                                 fix='write one object per line: {"id": "...", "name": "...", "context": "..."}') from exc
            if not isinstance(row, dict) or not isinstance(row.get("name"), str):
                raise InputError('each line needs a "name" string', path=source, line=number,
                                 fix='write one object per line: {"id": "...", "name": "...", "context": "..."}')
            yield number, row
    finally:
        if handle is not sys.stdin:
            handle.close()


@click.command(name="geocode")
@click.argument("name_or_file", metavar="NAME|FILE.jsonl")
@click.option("--context", default=None, help="Text around the name (a report's title or sentence) to disambiguate.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True,
              help="json: one name; jsonl: NAME is a JSONL file of {id, name, context?} lines (- for stdin).")
@db_option
def geocode_cmd(name_or_file: str, context: str | None, fmt: str, db: str | None) -> None:
    """Resolve a Syrian place name to coordinates, governorate and precision.

    Uses the embedded gazetteer plus whatever `observatory gazetteer import` stored in the database.
    An unresolved name prints lat/lon null and a reason. A range over several governorates (Jabal al-Bishri)
    prints its coordinates with no governorate and the reason "it stretches over several governorates".

    \b
    Examples:
      observatory geocode "Al-Kom" --context "ISIS attack in the Homs desert"
      observatory geocode --format jsonl places.jsonl > resolved.jsonl
    """
    geocoder = _geocoder(db)
    if fmt != "jsonl":
        result = geocoder.geocode(name_or_file, context)
        if fmt == "json":
            click.echo(json.dumps(result.to_contract(), ensure_ascii=False))
        else:
            write_rows([result.to_contract()], "table", CONTRACT_COLUMNS)
        return
    for _number, row in _jsonl_lines(name_or_file):
        ctx = row.get("context")
        result = geocoder.geocode(row["name"], ctx if isinstance(ctx, str) else None)
        click.echo(json.dumps({"id": row.get("id"), **result.to_contract()}, ensure_ascii=False))


@click.group(name="gazetteer")
def gazetteer_group() -> None:
    """Import place names and boundaries into the database's gazetteer."""


@gazetteer_group.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["geonames", "ocha-boundaries", "places"]), default=None,
              help="Detected from each file when not given.")
@click.option("--source", default=None, help="Source label stored with the places (default: the file name).")
@db_option
def import_cmd(paths: tuple[str, ...], fmt: str | None, source: str | None, db: str | None) -> None:
    """Import a GeoNames dump (SY.txt), OCHA COD-AB boundaries (admin0-3 GeoJSON or shapefile, admin
    capitals) or a place list (CSV/GeoJSON with name, lat, lon; other columns are kept).

    Importing the same file twice adds nothing new.

    \b
    Examples:
      observatory gazetteer import SY.txt
      observatory gazetteer import syr_admin1.geojson syr_admin2.geojson --format ocha-boundaries
      observatory gazetteer import control_places.csv --format places
    """
    from observatory.geo.importers import import_path

    store = open_store(db)
    for path in paths:
        summary = import_path(store, Path(path), fmt, source=source)
        click.echo(summary.describe())


@gazetteer_group.command(name="download")
@click.option("--country", default="SY", show_default=True, help="ISO country code (only SY is supported).")
@click.option("--dest", type=click.Path(file_okay=False), default=None,
              help="Folder for the downloaded files [default: the cache folder].")
@click.option("--base-url", "base_urls", multiple=True, metavar="URL",
              help="Fetch from this mirror instead of the official hosts (may repeat; files keep their names).")
@click.option("--import/--no-import", "do_import", default=True, show_default=True, help="Import what was fetched.")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds per request.")
@db_option
def download_cmd(country: str, dest: str | None, base_urls: tuple[str, ...], do_import: bool, timeout: float,
                 db: str | None) -> None:
    """Fetch the GeoNames country dump and OCHA boundaries (needs internet), then import them.

    \b
    Example:
      observatory gazetteer download --country SY
    """
    from observatory.geo.download import download_country
    from observatory.geo.importers import import_path

    fetched = download_country(country, Path(dest) if dest else None, base_urls=base_urls, timeout=timeout)
    for item in fetched:
        click.echo(f"fetched {item.url} -> {item.path} ({item.size} bytes)")
    if do_import:
        store = open_store(db)
        for item in fetched:
            click.echo(import_path(store, item.path, item.fmt, source=item.source).describe())


@gazetteer_group.command(name="info")
@db_option
def info_cmd(db: str | None) -> None:
    """How many places and admin areas the database's gazetteer holds.

    \b
    Example:
      observatory gazetteer info --db observatory.db
    """
    from observatory.geo.default import default_places
    from observatory.store.gazetteer import gazetteer_counts

    counts = gazetteer_counts(open_store(db))
    rows = [{"what": "embedded default places", "count": len(default_places())}]
    rows += [{"what": f"imported {k}", "count": v} for k, v in counts.items()]
    write_rows(rows, "table", ["what", "count"])


def register(group: click.Group) -> None:
    """Add this area's commands to the main group."""
    group.add_command(geocode_cmd)
    group.add_command(gazetteer_group)
