"""Option bundles shared by commands (as decorators), and output helpers."""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

import click

from observatory.models import EVENT_TYPES, GOVERNORATES, SIDES
from observatory.settings import resolve
from observatory.store import EventFilter, Store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    """--db PATH|URL, falling back to $OBSERVATORY_DB, then the default path."""
    return click.option(
        "--db", "db", metavar="PATH|URL", default=None,
        help="Database file or URL [env OBSERVATORY_DB; default ~/.local/share/observatory/observatory.db].",
    )(func)


def actors_option(func: F) -> F:
    """--actors FILE, falling back to $OBSERVATORY_ACTORS; the command receives the path or None."""
    def given_or_setting(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        return resolve("actors", value) or None

    return click.option(
        "--actors", "actors", metavar="FILE", default=None, callback=given_or_setting,
        help="Extra actor lexicon CSV (name,aliases,side,nationality,patron,valid_from,valid_to) over the built-in "
             "one [env OBSERVATORY_ACTORS].",
    )(func)


def open_store(db: str | None) -> Store:
    return Store.open(resolve("db", db))


def parse_date(_ctx: click.Context | None, param: click.Parameter | None, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        name = param.name if param is not None else "date"
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2019-03-24", param_hint=f"--{name}") from None


def period_options(func: F) -> F:
    func = click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Last day (inclusive).")(func)
    return click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="First day (inclusive).")(func)


def parse_bbox(_ctx: click.Context | None, _param: click.Parameter | None, value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or not (parts[0] < parts[2] and parts[1] < parts[3]):
        raise click.BadParameter(f"{value!r}: give MIN_LON,MIN_LAT,MAX_LON,MAX_LAT with min < max, e.g. 36.5,33.5,41.5,36.5",
                                 param_hint="--bbox")
    return parts[0], parts[1], parts[2], parts[3]


def event_filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The event filters shared by listing and export commands, handed to the command as ``flt: EventFilter``."""

    @functools.wraps(func)
    def wrapper(*args: Any, since: date | None, until: date | None, governorates: tuple[str, ...],
                sides: tuple[str, ...], types: tuple[str, ...], bbox: tuple[float, float, float, float] | None,
                source: str | None, **kwargs: Any) -> Any:
        flt = EventFilter(since=since, until=until, governorates=governorates, sides=sides, types=types, bbox=bbox,
                          source=source)
        return func(*args, flt=flt, **kwargs)

    decorators = [
        click.option("--source", default=None, help="Only events of this source (e.g. ACLED, UCDP, an outlet)."),
        click.option("--bbox", callback=parse_bbox, metavar="W,S,E,N", help="Bounding box in degrees."),
        click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES), help="Event type; repeatable."),
        click.option("--side", "sides", multiple=True, type=click.Choice(SIDES), help="Perpetrator, target or casualty side."),
        click.option("--governorate", "governorates", multiple=True, type=click.Choice(GOVERNORATES), help="Repeatable."),
    ]
    command: Callable[..., Any] = wrapper
    for decorator in decorators:
        command = decorator(command)
    return period_options(command)


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Print rows as a table, JSON (one array) or CSV."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _table(rows, cols)


def _table(rows: Iterable[dict[str, Any]], cols: Sequence[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for c in cols:
        table.add_column(c)
    for r in rows:
        table.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in cols])
    Console(width=200 if not sys.stdout.isatty() else None).print(table)
