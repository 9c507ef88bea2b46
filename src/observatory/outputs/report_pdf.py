"""The report as PDF (matplotlib's PdfPages: no network, no extra package): text pages, the map, the chart."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.image as mpimg  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from observatory.outputs.report_data import ReportData  # noqa: E402

PAGE = (8.27, 11.69)  # A4 portrait, inches
LINES_PER_PAGE = 62


def _styled_lines(md: str) -> list[tuple[str, str]]:
    """Markdown (as written by the report) to (style, line) pairs wrapped for an A4 page."""
    out: list[tuple[str, str]] = []
    for raw in md.splitlines():
        line = raw.rstrip()
        if line.startswith("# "):
            out += [("h1", w) for w in textwrap.wrap(line[2:], 60)]
        elif line.startswith("## "):
            out += [("blank", ""), ("h2", line[3:])]
        elif line.startswith("|---"):
            continue
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split(" | ")]
            out += [("mono", w) for w in textwrap.wrap("  ".join(cells), 110, subsequent_indent="    ")]
        elif line.startswith("!["):
            continue
        else:
            text = line.replace("**", "").replace("`", "")
            style = "bold" if line.startswith("**") else "body"
            out += [(style, w) for w in textwrap.wrap(text, 95)] or [("blank", "")]
    return out


_STYLE = {"h1": (15, "bold", "DejaVu Sans"), "h2": (12, "bold", "DejaVu Sans"), "bold": (10, "bold", "DejaVu Sans"),
          "body": (9.5, "normal", "DejaVu Sans"), "mono": (7, "normal", "DejaVu Sans Mono"),
          "blank": (9, "normal", "DejaVu Sans")}


def _text_pages(pdf: PdfPages, lines: list[tuple[str, str]]) -> None:
    for start in range(0, max(len(lines), 1), LINES_PER_PAGE):
        fig = Figure(figsize=PAGE)
        y = 0.96
        for style, text in lines[start:start + LINES_PER_PAGE]:
            size, weight, family = _STYLE[style]
            fig.text(0.07, y, text, fontsize=size, fontweight=weight, family=family, va="top")
            y -= 0.0145 * (1.5 if style in ("h1", "h2") else 1.0)
        pdf.savefig(fig)  # type: ignore[no-untyped-call]


def _image_page(pdf: PdfPages, png: bytes, caption: str) -> None:
    fig = Figure(figsize=PAGE)
    ax = fig.add_axes((0.04, 0.08, 0.92, 0.84))
    ax.imshow(mpimg.imread(io.BytesIO(png), format="png"))
    ax.set_axis_off()
    fig.text(0.5, 0.95, caption, ha="center", fontsize=12, fontweight="bold")
    pdf.savefig(fig, dpi=220)  # type: ignore[no-untyped-call]


def write_pdf(data: ReportData, map_png: bytes, chart_png: bytes, out: Path, md: str) -> Path:
    lines = _styled_lines(md)
    split = next((i for i, (s, t) in enumerate(lines) if s == "h2"), len(lines))
    with PdfPages(out) as pdf:
        _text_pages(pdf, lines[:split])
        _image_page(pdf, map_png, "Map of incidents, control areas and the area of activity")
        _image_page(pdf, chart_png, "Incidents and fatalities per week")
        _text_pages(pdf, lines[split:])
        info = pdf.infodict()
        info["Title"] = data.request.title or "Monitoring report"
        info["Creator"] = "Observatory"
    return out
