"""Maps and reports: what a monitor publishes beside its numbers.

Public interface:

    MapRequest(since, until, on, region, bbox, title)    what to draw
    write_map(store, request, out) -> Path               .png/.svg/.pdf (static) or .html (interactive), by extension
    ReportRequest(since, until, region, title)           what to report on
    write_report(store, request, out) -> Path            .html, .md or .pdf, by extension

Names are imported on first use, so that importing the package (the CLI does) does not load matplotlib.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from observatory.outputs.api import write_map, write_report
    from observatory.outputs.mapdata import MapRequest
    from observatory.outputs.report_data import ReportRequest

__all__ = ["MapRequest", "ReportRequest", "write_map", "write_report"]

_WHERE = {"MapRequest": "mapdata", "ReportRequest": "report_data", "write_map": "api", "write_report": "api"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"observatory.outputs.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'observatory.outputs' has no attribute {name!r}")
