"""CLI commands of observatory.analysis (registered by observatory.cli): tally, statement, merge, split, area,
control, alerts, regions. Each is a thin wrapper over a package function."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from observatory.cli.options import db_option, open_store, parse_bbox, parse_date, period_options, write_rows
from observatory.models import EVENT_TYPES, GOVERNORATES


def _split_csv(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip()) if value else ()


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.command(name="tally")
@db_option
@period_options
@click.option("--governorate", "governorates", multiple=True, type=click.Choice(GOVERNORATES), help="Repeatable.")
@click.option("--region", default=None, help="A named region (Syrian Desert, East of Euphrates, a governorate...).")
@click.option("--bbox", callback=parse_bbox, metavar="W,S,E,N", help="Bounding box in degrees.")
@click.option("--within-km", type=click.FloatRange(min=0), default=None, help="Only events within N km of --of.")
@click.option("--of", "of_place", default=None, metavar="PLACE|LAT,LON", help="The place --within-km measures from.")
@click.option("--by", callback=_split_csv, default=None, metavar="DIMS",
              help="Comma list of: side, group, nationality, type, governorate, perpetrator, week, month, year.")
@click.option("--side", "sides", multiple=True, help="Victim side or ontology group (regime_and_allies); repeatable.")
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES), help="Event type; repeatable.")
@click.option("--measure", type=click.Choice(["killed", "injured"]), default="killed", show_default=True,
              help="Which casualty figure to count.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.option("--save", is_flag=True, help="Save as a reproducible statement and print its id.")
def tally_cmd(db: str | None, since: date | None, until: date | None, governorates: tuple[str, ...], region: str | None,
              bbox: tuple[float, float, float, float] | None, within_km: float | None, of_place: str | None,
              by: tuple[str, ...], sides: tuple[str, ...], types: tuple[str, ...], measure: str, as_json: bool,
              save: bool) -> None:
    """Casualty tally: documented minimum, reconciled low/best/high, incidents, sources — and the sources' own
    period totals beside them, with the difference explained.

    \b
    Example:
      observatory tally --since 2019-03-24 --until 2019-04-20 --by group,side --json
      observatory tally --since 2019-01-01 --until 2019-12-31 --region "Syrian Desert" --by month
    """
    from observatory.analysis.statements import save_statement
    from observatory.analysis.tally import TallyQuery, tally

    store = open_store(db)
    query = TallyQuery(since=since, until=until, governorates=governorates, region=region, bbox=bbox,
                       within_km=within_km, of_place=of_place, by=by, sides=sides, types=types, measure=measure)
    result = tally(store, query)
    statement = save_statement(store, query, result=result) if save else None
    if as_json:
        out = result.to_json()
        if statement is not None:
            out["statement"] = statement.id
        _echo_json(out)
        return
    rows = [r.to_json() for r in result.rows] + [{**{b: "TOTAL" for b in by[:1]}, **result.total.to_json()}]
    write_rows(rows, "table", list(by) + ["minimum", "low", "best", "high", "incidents", "sources"])
    for claim in result.claims:
        click.echo(f"- {claim.explanation} ({claim.since or '?'} to {claim.until or '?'}, report {claim.report_id[:12]})")
    for note in result.notes:
        click.echo(f"note: {note}")
    if statement is not None:
        click.echo(f"Saved as statement {statement.id} (data {statement.data_version}, rules {statement.rule_version})")


@click.command(name="statement")
@db_option
@click.argument("statement_id", required=False)
@click.option("--list", "list_all", is_flag=True, help="List saved statements.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def statement_cmd(db: str | None, statement_id: str | None, list_all: bool, as_json: bool) -> None:
    """Re-run a saved statement and say whether later data changed its figure (exit 3 when it did).

    \b
    Example:
      observatory tally --since 2019-03-24 --until 2019-04-20 --save
      observatory statement st-1a2b3c4d5e
    """
    from observatory.analysis.statements import list_statements, rerun_statement

    store = open_store(db)
    if list_all or statement_id is None:
        rows = [{"id": s.id, "created": s.created, "best": s.figure["total"]["best"], "data_version": s.data_version,
                 "query": json.dumps({k: v for k, v in s.query.to_json().items() if v})} for s in list_statements(store)]
        write_rows(rows, "json" if as_json else "table")
        return
    check = rerun_statement(store, statement_id)
    if as_json:
        _echo_json(check.to_json())
    else:
        click.echo(check.summary())
    if check.changed:
        raise SystemExit(3)


@click.command(name="merge")
@db_option
@click.argument("event_ids", nargs=-1)
@click.option("--auto", is_flag=True, help="Find duplicates by rule dedup-1 and merge them (analyst merges are kept).")
@click.option("--list", "list_all", is_flag=True, help="List merged clusters.")
@period_options
def merge_cmd(db: str | None, event_ids: tuple[str, ...], auto: bool, list_all: bool, since: date | None,
              until: date | None) -> None:
    """Merge reports of the same incident into one event (all sources kept), or run automatic deduplication.

    \b
    Example:
      observatory merge --auto --since 2019-03-01
      observatory merge EVENT_ID_1 EVENT_ID_2
    """
    from observatory.analysis.dedup import deduplicate, list_clusters, merge_events

    store = open_store(db)
    if auto:
        clusters = deduplicate(store, since=since, until=until)
        click.echo(f"{len(clusters)} cluster(s) of duplicate reports, {sum(len(c) for c in clusters)} event(s) merged")
    elif event_ids:
        target = merge_events(store, event_ids)
        click.echo(f"Merged {len(event_ids)} event(s) into cluster {target}")
    elif not list_all:
        raise click.UsageError("give two or more event ids, --auto or --list")
    if list_all:
        write_rows([{"cluster": c["cluster"], "origin": c["origin"], "events": " ".join(c["events"])}  # type: ignore[arg-type]
                    for c in list_clusters(store)], "table")


@click.command(name="split")
@db_option
@click.argument("event_ids", nargs=-1, required=True)
@click.option("--note", default=None, help="Why these are distinct incidents.")
def split_cmd(db: str | None, event_ids: tuple[str, ...], note: str | None) -> None:
    """Take events out of their merged cluster; they will not be merged with it again.

    \b
    Example:
      observatory split EVENT_ID --note "two attacks on the same day"
    """
    from observatory.analysis.dedup import split_events

    rest = split_events(open_store(db), event_ids, note)
    click.echo(f"Split {len(event_ids)} event(s) off; {len(rest)} remain merged" if len(rest) > 1 else
               f"Split {len(event_ids)} event(s) off; the cluster is dissolved")


@click.command(name="area")
@db_option
@period_options
@click.option("--side", "sides", multiple=True, help="Perpetrator, target or casualty side; repeatable.")
@click.option("--governorate", "governorates", multiple=True, type=click.Choice(GOVERNORATES), help="Repeatable.")
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES), help="Event type; repeatable.")
@click.option("--method", type=click.Choice(["hull", "buffered"]), default="hull", show_default=True,
              help="Convex hull of the points, or the union of discs sized by each event's location precision.")
@click.option("--clip", default="country", show_default=True, help="country, none, or a region name.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "geojson"]), default="text", show_default=True,
              help="Output format.")
def area_cmd(db: str | None, since: date | None, until: date | None, sides: tuple[str, ...],
             governorates: tuple[str, ...], types: tuple[str, ...], method: str, clip: str, fmt: str) -> None:
    """Area in km² covered by events (geodesic), e.g. where ISIS was active in a period.

    \b
    Example:
      observatory area --side isis --since 2019-03-24 --until 2019-04-20 --method buffered --clip "Syrian Desert"
    """
    from observatory.analysis.areas import activity_area
    from observatory.analysis.control import country_geometry
    from observatory.analysis.regions import region_geometry
    from observatory.store import EventFilter

    store = open_store(db)
    clip_geom = None if clip == "none" else country_geometry(store) if clip == "country" else region_geometry(store, clip)
    events = store.iter_events(EventFilter(since=since, until=until, sides=sides, governorates=governorates, types=types))
    result = activity_area(events, method=method, clip=clip_geom)
    if fmt == "json":
        _echo_json(result.to_json())
    elif fmt == "geojson":
        _echo_json({"type": "Feature", "properties": {k: v for k, v in result.to_json().items() if k != "geometry"},
                    "geometry": result.to_json()["geometry"]})
    else:
        who = "+".join(sides) or "all sides"
        click.echo(f"Activity of {who} covered about {result.km2:,.0f} km² ({method}, {result.events} event(s) located, "
                   f"{result.left_out} without coordinates) between {since or 'the start'} and {until or 'now'}")


@click.command(name="control")
@db_option
@click.option("--date", "on", callback=parse_date, metavar="YYYY-MM-DD",
              help="Show faction areas on this date; with --import, the snapshot's date.")
@click.option("--import", "import_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Import control points (CSV name,lat,lon,faction[,date]) or polygons (GeoJSON with faction[,date]).")
@click.option("--clip", default=None, help="Only within this region.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "geojson"]), default="table", show_default=True,
              help="Output format.")
def control_cmd(db: str | None, on: date | None, import_path: Path | None, clip: str | None, fmt: str) -> None:
    """Who controls what on a date: faction areas (Voronoi cells of control points, or imported polygons), km².

    \b
    Example:
      observatory control --import places_2017.csv --date 2017-07-01
      observatory control --date 2019-04-20
    """
    from observatory.analysis.control import control_areas, import_control
    from observatory.analysis.regions import region_geometry

    store = open_store(db)
    if import_path is not None:
        res = import_control(store, import_path, on=on)
        for message in res.skipped:
            click.echo(f"skipped: {message}", err=True)
        click.echo(f"Imported {res.points} control point(s) and {res.polygons} polygon(s) from {import_path}")
        return
    if on is None:
        raise click.UsageError("give --date D (or --import FILE)")
    snap = control_areas(store, on, clip=region_geometry(store, clip) if clip else None)
    if fmt == "table":
        write_rows(snap.to_json()["areas"], "table")
        click.echo(f"Snapshot {snap.date or 'undated'} ({snap.method})")
    elif fmt == "json":
        _echo_json(snap.to_json())
    else:
        feats = [{"type": "Feature", "properties": {k: v for k, v in a.items() if k != "geometry"},
                  "geometry": a["geometry"]} for a in snap.to_json(geometry=True)["areas"]]
        _echo_json({"type": "FeatureCollection", "features": feats})


@click.command(name="alerts")
@db_option
@click.option("--breakpoint", "breakpoint_", callback=parse_date, required=True, metavar="YYYY-MM-DD",
              help="First day of the period compared with the one before.")
@click.option("--before-days", type=click.IntRange(min=7), default=28, show_default=True,
              help="Days before the breakpoint in the baseline period.")
@click.option("--after-days", type=click.IntRange(min=7), default=28, show_default=True,
              help="Days from the breakpoint on in the period tested.")
@click.option("--by", type=click.Choice(["governorate", "region"]), default="governorate", show_default=True,
              help="Areas tested: governorates or the named regions.")
@click.option("--side", "sides", multiple=True, help="Victim side or group; repeatable.")
@click.option("--each-side", is_flag=True, help="Test each victim side group separately (all tests share the FDR).")
@click.option("--measure", type=click.Choice(["events", "killed"]), default="events", show_default=True,
              help="Count events or people killed.")
@click.option("--fdr", type=click.FloatRange(0.0, 1.0, min_open=True), default=0.05, show_default=True,
              help="False-discovery rate controlled across areas (Benjamini-Hochberg).")
@click.option("--all", "show_all", is_flag=True, help="List every test, not only significant increases.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def alerts_cmd(db: str | None, breakpoint_: date, before_days: int, after_days: int, by: str, sides: tuple[str, ...],
               each_side: bool, measure: str, fdr: float, show_all: bool, as_json: bool) -> None:
    """Significant increases after a date, per governorate or region: rate ratio (Poisson/negative binomial) with
    95% CI, one-sided p and Benjamini-Hochberg q across areas; and where in the window the rate most likely
    changed (change-point scan, Bonferroni-adjusted p).

    \b
    Example:
      observatory alerts --breakpoint 2019-03-23 --by region --side regime_and_allies
    """
    from observatory.analysis.escalation import alerts

    found = alerts(open_store(db), breakpoint_, before_days=before_days, after_days=after_days, by=by, sides=sides,
                   measure=measure, fdr=fdr, each_side=each_side)
    rows = [a.to_json() for a in found if show_all or a.significant]
    if as_json:
        _echo_json(rows)
        return
    write_rows(rows, "table", ["area", "side", "before", "after", "rate_ratio", "ci_low", "ci_high", "p_increase",
                               "q_value", "family", "significant", "change_day", "change_p"])
    click.echo(f"{sum(a.significant for a in found)} significant increase(s) of {len(found)} area(s) tested (FDR {fdr})")


@click.command(name="regions")
@db_option
@click.option("--add", "add_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Add or replace regions from a GeoJSON file (one feature per region, property 'name').")
@click.option("--show", default=None, metavar="NAME", help="Print one region as GeoJSON.")
def regions_cmd(db: str | None, add_path: Path | None, show: str | None) -> None:
    """Named regions usable with --region: built-in (Syrian Desert, east/west of the Euphrates), governorates,
    districts, and your own.

    \b
    Example:
      observatory regions
      observatory regions --add my_regions.geojson
    """
    import shapely

    from observatory.analysis.regions import find_region, import_regions, regions_table

    store = open_store(db)
    if add_path is not None:
        added = import_regions(store, add_path)
        click.echo(f"Added {len(added)} region(s): {', '.join(r.name for r in added)}")
        return
    if show is not None:
        r = find_region(store, show)
        _echo_json({"type": "Feature", "properties": {"name": r.name, "kind": r.kind, "km2": round(r.km2)},
                    "geometry": shapely.geometry.mapping(r.geometry)})
        return
    write_rows(regions_table(store), "table")


def register(group: click.Group) -> None:
    """Add this area's commands to the main group."""
    for command in (tally_cmd, statement_cmd, merge_cmd, split_cmd, area_cmd, control_cmd, alerts_cmd, regions_cmd):
        group.add_command(command)
