"""Greedy label placement: each label takes the first free position around its point, or is left out.

Labels are tried in priority order (bigger towns and deadlier events first) at eight positions around
their anchor; a position is free when the label's box stays inside the axes and overlaps neither a label
already placed nor an obstacle box. Labels that find no free position are dropped, never stacked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.text import Annotation
from matplotlib.transforms import Bbox

#: Offsets in points with their alignment: right, left, above, below, then the diagonals.
_POSITIONS: tuple[tuple[float, float, str, str], ...] = (
    (5, 0, "left", "center"), (-5, 0, "right", "center"), (0, 5, "center", "bottom"), (0, -5, "center", "top"),
    (4, 4, "left", "bottom"), (-4, 4, "right", "bottom"), (4, -4, "left", "top"), (-4, -4, "right", "top"),
)


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    x: float
    y: float
    priority: float = 0.0  # higher goes first
    size: float = 9.0
    weight: str = "normal"
    colour: str = "#222222"


@dataclass(frozen=True, slots=True)
class Placement:
    placed: tuple[Annotation, ...]
    dropped: tuple[str, ...]


def boxes_overlap(a: Bbox, b: Bbox, pad: float = 0.0) -> bool:
    """True when two display boxes, each grown by ``pad`` pixels, intersect."""
    return not (a.x1 + pad <= b.x0 - pad or b.x1 + pad <= a.x0 - pad
                or a.y1 + pad <= b.y0 - pad or b.y1 + pad <= a.y0 - pad)


def place_labels(ax: Axes, labels: Sequence[Label], obstacles: Sequence[Bbox] = (), pad: float = 2.0) -> Placement:
    fig = ax.figure
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    frame = ax.get_window_extent(renderer)
    taken: list[Bbox] = list(obstacles)
    placed: list[Annotation] = []
    dropped: list[str] = []
    for label in sorted(labels, key=lambda lb: -lb.priority):
        found = None
        for dx, dy, ha, va in _POSITIONS:
            ann = ax.annotate(label.text, (label.x, label.y), xytext=(dx, dy), textcoords="offset points",
                              ha=ha, va=va, fontsize=label.size, fontweight=label.weight, color=label.colour,
                              zorder=9, annotation_clip=True)
            box = ann.get_window_extent(renderer)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not any(boxes_overlap(box, t, pad) for t in taken):
                found = ann
                taken.append(box)
                break
            ann.remove()
        if found is None:
            dropped.append(label.text)
        else:
            placed.append(found)
    return Placement(tuple(placed), tuple(dropped))
