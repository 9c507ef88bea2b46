"""The high-resolution static map: control areas, boundaries, the Euphrates, towns and attacks.

PNG (at least 3000 px wide), SVG or PDF, chosen by the output file's extension. Attacks are symbols:
shape = event type, colour = perpetrator side, area = fatalities.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch, PathPatch  # noqa: E402
from matplotlib.path import Path as MplPath  # noqa: E402
from shapely.geometry.base import BaseGeometry  # noqa: E402

from observatory.errors import InputError  # noqa: E402
from observatory.models import EVENT_TYPES, SIDES  # noqa: E402
from observatory.outputs.labels import Label, place_labels  # noqa: E402
from observatory.outputs.mapdata import CENTRE, MapData  # noqa: E402
from observatory.outputs.style import (  # noqa: E402
    ATTRIBUTION,
    TYPE_MARKERS,
    control_fill,
    control_label,
    side_colour,
    side_label,
    type_label,
)

STATIC_FORMATS = (".png", ".svg", ".pdf")
WIDTH_IN = 16.0
PNG_DPI = 200  # 16 in x 200 dpi = 3200 px
MAX_LABELLED_EVENTS = 25


def marker_size(killed: np.ndarray) -> np.ndarray:
    """Marker area in points² growing with the square root of fatalities (so area tracks deaths)."""
    sizes: np.ndarray = 14.0 + 22.0 * np.sqrt(np.clip(killed, 0, None))
    return sizes


def _parts(geometry: BaseGeometry) -> Iterable[BaseGeometry]:
    """The simple parts (polygons, lines) of any geometry, collections included."""
    if hasattr(geometry, "geoms"):
        for part in geometry.geoms:
            yield from _parts(part)
    elif not geometry.is_empty:
        yield geometry


def _rings(poly: Any) -> list[np.ndarray]:
    return [np.asarray(poly.exterior.coords)[:, :2]] + [np.asarray(r.coords)[:, :2] for r in poly.interiors]


def draw_area(ax: Axes, geometry: BaseGeometry, **style: Any) -> None:
    """Fill polygons, holes left open (one compound path per polygon)."""
    for part in _parts(geometry):
        if part.geom_type != "Polygon":
            continue
        rings = _rings(part)
        codes = np.concatenate([[MplPath.MOVETO] + [MplPath.LINETO] * (len(r) - 2) + [MplPath.CLOSEPOLY] for r in rings])
        ax.add_patch(PathPatch(MplPath(np.concatenate(rings), codes), **style))


def draw_lines(ax: Axes, geometry: BaseGeometry, **style: Any) -> None:
    """Stroke lines, and the rings of polygons."""
    for part in _parts(geometry):
        lines = _rings(part) if part.geom_type == "Polygon" else [np.asarray(part.coords)[:, :2]]
        for xy in lines:
            ax.plot(xy[:, 0], xy[:, 1], **style)


def _extent(data: MapData) -> tuple[float, float, float, float]:
    if data.bbox is not None:
        x0, y0, x1, y1 = data.bbox
    else:
        x0, y0, x1, y1 = data.layers.country.geometry.bounds
    pad_x, pad_y = (x1 - x0) * 0.04 + 0.05, (y1 - y0) * 0.04 + 0.05
    return x0 - pad_x, y0 - pad_y, x1 + pad_x, y1 + pad_y


def _draw_base(ax: Axes, data: MapData) -> None:
    layers = data.layers
    draw_area(ax, layers.country.geometry, facecolor="#fbfaf6", edgecolor="none", zorder=0)
    for area in layers.control:
        draw_area(ax, area.geometry, facecolor=control_fill(area.name), edgecolor="none", alpha=0.75, zorder=1)
    for area in layers.governorates:
        draw_lines(ax, area.geometry, color="#8c8c8c", linewidth=0.6, linestyle=(0, (4, 2)), zorder=2)
    draw_lines(ax, layers.country.geometry, color="#333333", linewidth=1.6, zorder=3)
    if layers.river is not None:
        draw_lines(ax, layers.river, color="#3b83bd", linewidth=2.0, zorder=3, solid_capstyle="round")
    if data.activity is not None:
        draw_area(ax, data.activity.geometry, facecolor="#e74c3c", alpha=0.08, edgecolor="none", zorder=4)
        draw_lines(ax, data.activity.geometry, color="#b03a2e", linewidth=1.8, linestyle="--", zorder=4)


def _draw_events(ax: Axes, data: MapData) -> None:
    ev = data.events
    if len(ev) == 0:
        return
    rasterize = len(ev) > 5000
    from matplotlib.colors import to_rgba_array

    colours = to_rgba_array([side_colour(s) for s in SIDES])[ev.side_idx]
    sizes = marker_size(ev.killed)
    order = np.argsort(-sizes, kind="stable")  # big symbols under small ones
    for t, name in enumerate(EVENT_TYPES):
        sel = order[ev.type_idx[order] == t]
        if sel.size == 0:
            continue
        ax.scatter(ev.lon[sel], ev.lat[sel], s=sizes[sel], c=colours[sel], marker=TYPE_MARKERS[name],
                   edgecolors="white", linewidths=0 if rasterize else 0.5, alpha=0.85, zorder=6, rasterized=rasterize)


def _labels(data: MapData) -> list[Label]:
    out = [Label(t.name, t.lon, t.lat, priority=100 - 10 * t.rank, size=10 if t.rank == 1 else 8.5,
                 weight="bold" if t.rank == 1 else "normal") for t in data.layers.towns]
    ev = data.events
    if len(ev):
        best: dict[str, tuple[int, float, float]] = {}
        for i in np.argsort(-ev.killed, kind="stable")[:2000].tolist():
            place = ev.places[i]
            if place and ev.placement[i] != CENTRE and place not in best:
                best[place] = (int(ev.killed[i]), float(ev.lon[i]), float(ev.lat[i]))
        top = sorted(best.items(), key=lambda kv: -kv[1][0])[:MAX_LABELLED_EVENTS]
        out += [Label(f"{place} ({k} killed)" if k else place, x, y, priority=200 + k, size=8.5,
                      colour="#7b241c", weight="bold") for place, (k, x, y) in top]
    if data.activity is not None:
        b = data.activity.geometry.bounds
        out.append(Label(f"Area of activity ≈ {data.activity.km2:,.0f} km²", (b[0] + b[2]) / 2, b[3],
                         priority=1000, size=11, colour="#b03a2e", weight="bold"))
    return out


def _town_dots(ax: Axes, data: MapData) -> None:
    xs = [t.lon for t in data.layers.towns]
    ys = [t.lat for t in data.layers.towns]
    ax.scatter(xs, ys, s=12, c="#222222", marker="s", zorder=7)


def _km_per_degree_lon(lat: float) -> float:
    return 111.32 * math.cos(math.radians(lat))


def _scale_bar(ax: Axes, extent: tuple[float, float, float, float]) -> None:
    x0, y0, x1, y1 = extent
    lat = y0 + (y1 - y0) * 0.06
    span_km = (x1 - x0) * _km_per_degree_lon(lat)
    length = next(v for v in (500, 200, 100, 50, 20, 10, 5, 2, 1) if v <= span_km / 5)
    deg = length / _km_per_degree_lon(lat)
    sx = x0 + (x1 - x0) * 0.04
    half = deg / 2
    ax.plot([sx, sx + half], [lat, lat], color="black", linewidth=5, solid_capstyle="butt", zorder=10)
    ax.plot([sx + half, sx + deg], [lat, lat], color="white", linewidth=5, solid_capstyle="butt", zorder=10)
    ax.plot([sx, sx + deg], [lat, lat], color="black", linewidth=0.8, zorder=11)
    for frac, text in ((0, "0"), (0.5, f"{length / 2:g}"), (1, f"{length:g} km")):
        ax.text(sx + deg * frac, lat + (y1 - y0) * 0.012, text, ha="center", va="bottom", fontsize=9, zorder=11)


def _north_arrow(ax: Axes) -> None:
    ax.annotate("N", xy=(0.96, 0.95), xytext=(0.96, 0.86), xycoords="axes fraction", textcoords="axes fraction",
                ha="center", va="center", fontsize=16, fontweight="bold", zorder=12,
                arrowprops={"facecolor": "black", "width": 5, "headwidth": 14, "headlength": 14})


def _legend(ax: Axes, data: MapData) -> None:
    ev = data.events
    handles: list[Any] = []
    for area in data.layers.control:
        handles.append(Patch(facecolor=control_fill(area.name), edgecolor="none",
                             label=f"{control_label(area.name)} ({area.km2:,.0f} km²)"))
    if handles:
        handles.insert(0, Patch(facecolor="none", edgecolor="none", label="Control areas:"))
    if data.activity is not None:
        handles.append(Line2D([], [], color="#b03a2e", linestyle="--", linewidth=1.8,
                              label=f"Area of activity ≈ {data.activity.km2:,.0f} km²"))
    handles.append(Line2D([], [], color="#3b83bd", linewidth=2, label="Euphrates"))
    sides = sorted(set(ev.side_idx.tolist())) if len(ev) else []
    if sides:
        handles.append(Patch(facecolor="none", edgecolor="none", label="Attacks by (colour):"))
    for s in sides:
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=8, color=side_colour(SIDES[s]),
                              label=side_label(SIDES[s])))
    types = sorted(set(ev.type_idx.tolist())) if len(ev) else []
    if types:
        handles.append(Patch(facecolor="none", edgecolor="none", label="Type (shape):"))
    for t in types:
        handles.append(Line2D([], [], marker=TYPE_MARKERS[EVENT_TYPES[t]], linestyle="", markersize=8,
                              color="#555555", label=type_label(EVENT_TYPES[t])))
    for k in (1, 10, 50):
        handles.append(Line2D([], [], marker="o", linestyle="", color="#bbbbbb", markeredgecolor="#555555",
                              markersize=math.sqrt(float(marker_size(np.array([k]))[0])), label=f"{k} killed"))
    legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9, framealpha=0.95,
                       title="Legend", title_fontsize=11, borderaxespad=0.0, alignment="left")
    legend.set_zorder(20)


def render_static_map(data: MapData, out: Path) -> Path:
    """Draw ``data`` to ``out`` (.png, .svg or .pdf) and return the path."""
    suffix = out.suffix.lower()
    if suffix not in STATIC_FORMATS:
        raise InputError(f"cannot write a static map as {suffix or 'a file without extension'}",
                         path=str(out), fix="end the file name with .png, .svg, .pdf (static) or .html (interactive)")
    extent = _extent(data)
    aspect = 1.0 / math.cos(math.radians((extent[1] + extent[3]) / 2))
    height_in = WIDTH_IN * 0.74 * (extent[3] - extent[1]) * aspect / (extent[2] - extent[0]) / 0.83
    fig = Figure(figsize=(WIDTH_IN, max(8.0, height_in)), dpi=PNG_DPI)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.07, 0.74, 0.83))
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_aspect(aspect)
    ax.set_facecolor("#dfe9f2")
    ax.set_xticks([])
    ax.set_yticks([])
    _draw_base(ax, data)
    _draw_events(ax, data)
    _town_dots(ax, data)
    _legend(ax, data)
    _scale_bar(ax, extent)
    _north_arrow(ax)
    ax.apply_aspect()  # fixes the data-to-pixel transform that label placement measures with
    place_labels(ax, _labels(data))
    _titles(fig, data)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".png":
        fig.savefig(out, dpi=PNG_DPI, facecolor="white", pil_kwargs={"compress_level": 4})
    else:
        fig.savefig(out, dpi=PNG_DPI, facecolor="white")
    return out


def _titles(fig: Figure, data: MapData) -> None:
    title = data.request.title or "Conflict events and areas of control in Syria"
    if data.region:
        title += f" — {data.region}"
    fig.text(0.02, 0.965, title, fontsize=22, fontweight="bold", va="center")
    ev = data.events
    period = (f"{data.since.isoformat()} to {data.until.isoformat()}" if data.since and data.until
              else "no dated events")
    summary = f"Period: {period} · {len(ev):,} events drawn · at least {int(ev.killed.sum()):,} killed"
    fig.text(0.02, 0.925, summary, fontsize=13, va="center")
    lines = [ATTRIBUTION, f"Control: {data.layers.control_note}. Boundaries: {data.layers.country.source}. "
             f"River: {data.layers.river_source}."] + list(data.notes)
    fig.text(0.02, 0.035, "\n".join(lines), fontsize=8.5, va="center", color="#444444")
