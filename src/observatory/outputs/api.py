"""The two entry points the CLI calls: write a map, write a report."""

from __future__ import annotations

from pathlib import Path

from observatory.errors import InputError
from observatory.outputs.mapdata import MapRequest, collect
from observatory.outputs.report import render_report
from observatory.outputs.report_data import ReportRequest
from observatory.store import Store

MAP_FORMATS = (".png", ".svg", ".pdf", ".html", ".htm")
REPORT_FORMATS = (".html", ".htm", ".md", ".pdf")

__all__ = ["MAP_FORMATS", "REPORT_FORMATS", "ReportRequest", "write_map", "write_report"]


def write_map(store: Store, request: MapRequest, out: Path | str) -> Path:
    """Draw the map of ``request``; the format follows the extension of ``out``."""
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in MAP_FORMATS:
        raise InputError(f"cannot write a map as {suffix or 'a file without extension'}", path=str(path),
                         fix="end the name with .png, .svg or .pdf (static map) or .html (interactive map)")
    if suffix in (".html", ".htm"):
        from observatory.outputs.frontend import load_assets
        from observatory.outputs.html_map import render_html_map

        load_assets()  # fail before the slow part when npm assets are missing
        return render_html_map(collect(store, request), path, store)
    from observatory.outputs.static_map import render_static_map

    return render_static_map(collect(store, request), path)


def write_report(store: Store, request: ReportRequest, out: Path | str) -> Path:
    """Write the monitoring report of ``request``; the format follows the extension of ``out``."""
    path = Path(out)
    if path.suffix.lower() not in REPORT_FORMATS:
        raise InputError(f"cannot write a report as {path.suffix or 'a file without extension'}", path=str(path),
                         fix="end the name with .html, .md or .pdf")
    return render_report(store, request, path)
