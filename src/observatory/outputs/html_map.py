"""The interactive map: one self-contained HTML file (Leaflet + Supercluster inlined, no tiles, no CDN)."""

from __future__ import annotations

import html
import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from observatory.models import EVENT_TYPES, SIDES
from observatory.outputs.frontend import load_assets
from observatory.outputs.mapdata import MapData, sources_for
from observatory.outputs.style import ATTRIBUTION, control_fill, control_label, side_colour, side_label, type_label
from observatory.store import Store

_EPOCH = date(1970, 1, 1)
#: Simplification tolerance in degrees for boundaries embedded in the page (~300 m).
SIMPLIFY_DEG = 0.003


def _feature(geometry: BaseGeometry, **props: Any) -> dict[str, Any]:
    geom = geometry.simplify(SIMPLIFY_DEG, preserve_topology=True) if geometry.geom_type != "Point" else geometry
    return {"type": "Feature", "properties": props, "geometry": _rounded(mapping(geom))}


def _rounded(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, (list, tuple)):
        return [_rounded(v) for v in obj]
    if isinstance(obj, dict):
        return {k: _rounded(v) for k, v in obj.items()}
    return obj


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


def _layers(data: MapData) -> dict[str, Any]:
    lay = data.layers
    control = [_feature(a.geometry, faction=a.name, colour=control_fill(a.name), km2=round(a.km2),
                        label=f"Held by {control_label(a.name)}: {a.km2:,.0f} km²") for a in lay.control]
    activity = []
    if data.activity is not None:
        activity.append(_feature(data.activity.geometry, km2=round(data.activity.km2),
                                 label=f"Area of activity ≈ {data.activity.km2:,.0f} km² ({data.activity.source})"))
    return {
        "country": _collection([_feature(lay.country.geometry, name=lay.country.name)]),
        "governorates": _collection([_feature(a.geometry, name=a.name) for a in lay.governorates]),
        "river": _collection([_feature(lay.river, name="Euphrates")] if lay.river is not None else []),
        "control": _collection(control),
        "activity": _collection(activity),
    }


def _events(data: MapData) -> tuple[dict[str, Any], int]:
    ev = data.events
    day0 = (data.since - _EPOCH).days if data.since else 0
    first = data.since.toordinal() if data.since else 0
    places: dict[str, int] = {}
    place_idx = [places.setdefault(p, len(places)) for p in ev.places]
    cols = {
        "id": list(ev.ids),
        "lon": [round(v, 4) for v in ev.lon.tolist()],
        "lat": [round(v, 4) for v in ev.lat.tolist()],
        "day": [max(0, d - first) for d in ev.day.tolist()],
        "k": ev.killed.tolist(), "inj": ev.injured.tolist(),
        "t": ev.type_idx.tolist(), "s": ev.side_idx.tolist(), "tg": ev.target_idx.tolist(),
        "a": ev.placement.tolist(),
        "p": place_idx, "place": list(places),
    }
    return cols, day0


def _popups(store: Store | None, data: MapData) -> tuple[dict[str, Any], dict[str, Any]]:
    ev = data.events
    if store is None or len(ev) == 0:
        return {}, {}
    quotes, refs = sources_for(store, ev.ids, ev.report_ids)
    popups: dict[str, Any] = {}
    for eid, rid in zip(ev.ids, ev.report_ids, strict=True):
        entry: dict[str, Any] = {}
        if rid:
            entry["r"] = rid
        if eid in quotes:
            entry["q"] = [[q.field, q.value, q.before, q.span, q.after] for q in quotes[eid]]
        if entry:
            popups[eid] = entry
    reports = {rid: {"title": r.title, "source": r.source, "published": r.published, "url": r.url}
               for rid, r in refs.items()}
    return popups, reports


def map_payload(data: MapData, store: Store | None) -> dict[str, Any]:
    """Everything the page's script reads, as one JSON-able dict."""
    events, day0 = _events(data)
    popups, reports = _popups(store, data)
    days = (data.until - data.since).days if data.since and data.until else 0
    b = data.bbox or data.layers.country.geometry.bounds
    return {
        "meta": {"title": _title(data), "since": str(data.since or ""), "until": str(data.until or ""),
                 "day0": day0, "days": max(days, 0), "bounds": [round(v, 4) for v in b],
                 "attribution": html.escape(ATTRIBUTION), "notes": list(data.notes),
                 "controlNote": data.layers.control_note},
        "sides": list(SIDES), "sideLabels": [side_label(s) for s in SIDES], "sideColours": [side_colour(s) for s in SIDES],
        "types": list(EVENT_TYPES), "typeLabels": [type_label(t) for t in EVENT_TYPES],
        "events": events, "popups": popups, "reports": reports, "layers": _layers(data),
        "towns": [{"name": t.name, "name_ar": t.name_ar, "lat": t.lat, "lon": t.lon, "rank": t.rank}
                  for t in data.layers.towns],
    }


def _title(data: MapData) -> str:
    title = data.request.title or "Conflict events in Syria"
    return f"{title} — {data.region}" if data.region else title


def _asset(name: str) -> str:
    return resources.files("observatory.outputs").joinpath("assets", name).read_text(encoding="utf-8")


def _panel(data: MapData, payload: dict[str, Any]) -> str:
    ev = data.events
    notes = "".join(f"<p class='note'>{html.escape(n)}</p>" for n in data.notes)
    activity = (f"<p class='note'>Area of activity ≈ {data.activity.km2:,.0f} km² ({html.escape(data.activity.source)})</p>"
                if data.activity is not None else "")
    control = "".join(
        f"<label><span class='swatch area' style='background:{control_fill(a.name)}'></span>"
        f"{html.escape(control_label(a.name))} — {a.km2:,.0f} km²</label>" for a in data.layers.control)
    period = f"{payload['meta']['since']} to {payload['meta']['until']}" if data.since else "no dated events"
    return f"""<div id="obs-panel">
<h1>{html.escape(_title(data))}</h1>
<p class="note">{html.escape(period)} · {len(ev):,} events · at least {int(ev.killed.sum()):,} killed</p>
<div id="obs-count"></div>
<h2>Period</h2>
<div id="obs-period"></div>
<label>From <input type="range" id="obs-from" min="0" step="1"></label>
<label>To <input type="range" id="obs-to" min="0" step="1"></label>
<h2>Perpetrator</h2><div id="obs-sides"></div>
<h2>Event type</h2><div id="obs-types"></div>
<h2>Control</h2>{control or "<p class='note'>" + html.escape(data.layers.control_note) + "</p>"}
<h2>Notes</h2>{activity}{notes}
<p class="note">Circles: single events (colour = perpetrator, size = killed; dashed = placed at the governorate centre).
Discs with numbers: clusters (events, and at least how many killed). Click for sources and the quoted words.</p>
<p class="note">Control: {html.escape(data.layers.control_note)}. Boundaries: {html.escape(data.layers.country.source)}.</p>
</div>"""


def render_html_map(data: MapData, out: Path, store: Store | None = None) -> Path:
    """Write a self-contained interactive map of ``data`` to ``out``."""
    assets = load_assets()
    payload = map_payload(data, store)
    blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    versions = ", ".join(f"{n} {v}" for n, v in assets.versions)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Observatory ({html.escape(versions)})">
<title>{html.escape(_title(data))}</title>
<style>{assets.leaflet_css}</style>
<style>{_asset("map.css")}</style>
</head><body>
{_panel(data, payload)}
<div id="obs-map"></div>
<script type="application/json" id="obs-data">{blob}</script>
<!-- Inlined from npm: {html.escape(versions)}. Leaflet: BSD-2-Clause, (c) Volodymyr Agafonkin and contributors;
     Supercluster: ISC, (c) Mapbox. -->
<script>{assets.leaflet_js}</script>
<script>{assets.supercluster_js}</script>
<script>{_asset("map.js")}</script>
</body></html>
"""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
