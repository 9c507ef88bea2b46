"""The monitoring report: headline, narrative, tables, incidents with sources, the map, a weekly chart,
methodology and caveats — as HTML (self-contained), Markdown (with the images beside it) or PDF."""

from __future__ import annotations

import base64
import html
import io
import json
import tempfile
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure as MplFigure  # noqa: E402

from observatory.errors import ObservatoryError  # noqa: E402
from observatory.models import GOVERNORATES  # noqa: E402
from observatory.outputs.mapdata import MapRequest, collect  # noqa: E402
from observatory.outputs.narrative import (  # noqa: E402
    CAVEATS,
    CITE,
    METHODOLOGY,
    headline,
    nationality_label,
    paragraphs,
    period_text,
)
from observatory.outputs.report_data import (  # noqa: E402
    Figure,
    Incident,
    ReportData,
    ReportRequest,
    gather,
    governorate_of,
)
from observatory.outputs.static_map import render_static_map  # noqa: E402
from observatory.outputs.style import side_label, type_label  # noqa: E402
from observatory.store import Store  # noqa: E402

__all__ = ["ReportRequest", "render_report", "weekly_chart"]


def weekly_chart(data: ReportData) -> bytes:
    """PNG bytes: incidents (bars) and people killed (line) per week, from the weekly statement."""
    fig = MplFigure(figsize=(10, 3.8), dpi=150)
    ax = fig.add_subplot(1, 1, 1)
    weeks = [f.get("week") for f in data.by_week]
    if weeks:
        x = range(len(weeks))
        ax.bar(x, [f.incidents for f in data.by_week], color="#95a5a6", label="incidents")
        ax2 = ax.twinx()
        ax2.plot(x, [f.minimum for f in data.by_week], color="#b03a2e", marker="o", label="killed (at least)")
        ax2.set_ylabel("killed (at least)", color="#b03a2e")
        ax2.set_ylim(bottom=0)
        ax.set_xticks(list(x), [w[5:] for w in weeks], rotation=45 if len(weeks) > 8 else 0, fontsize=8)
        ax.set_xlabel("week beginning (month-day)")
        fig.legend(loc="upper left", bbox_to_anchor=(0.08, 0.92), fontsize=8)
    else:
        ax.text(0.5, 0.5, "no incidents in this period", ha="center", va="center", transform=ax.transAxes)
    ax.set_ylabel("incidents")
    cited = data.by_week[0].statement if data.by_week else data.total.statement
    ax.set_title(f"Incidents and fatalities per week (statement {cited})", fontsize=10)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def report_map(store: Store, data: ReportData, out: Path) -> Path:
    region, bbox = governorate_of(data.request.region) or data.request.region, None
    if region is not None and region not in GOVERNORATES:
        try:
            from observatory.analysis.regions import region_geometry

            b = region_geometry(store, region).bounds
            bbox = (b[0], b[1], b[2], b[3])
        except (ImportError, ObservatoryError):  # a report without a zoomed map is still a report
            bbox = None
        region = None
    request = MapRequest(since=data.since, until=data.until, region=region, bbox=bbox,
                         title=data.request.title or "Conflict events and areas of control")
    return render_static_map(collect(store, request), out)


def render_report(store: Store, request: ReportRequest, out: Path) -> Path:
    data = gather(store, request)
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    chart = weekly_chart(data)
    if suffix == ".md":
        map_png = report_map(store, data, out.with_name(out.stem + "_map.png"))
        chart_png = out.with_name(out.stem + "_weekly.png")
        chart_png.write_bytes(chart)
        out.write_text(markdown(data, map_png.name, chart_png.name), encoding="utf-8")
        return out
    with tempfile.TemporaryDirectory() as tmp:
        map_png = report_map(store, data, Path(tmp) / "map.png")
        map_bytes = map_png.read_bytes()
    if suffix == ".pdf":
        from observatory.outputs.report_pdf import write_pdf

        return write_pdf(data, map_bytes, chart, out, markdown(data, "", ""))
    out.write_text(html_page(data, map_bytes, chart), encoding="utf-8")
    return out


# -- tables ------------------------------------------------------------------------------------------------------

_MEASURE_HEAD = ("Killed (at least)", "Up to", "Incidents", "Statement")


def _row(label: str, f: Figure) -> tuple[str, ...]:
    return (label, f"{f.minimum:,}", f"{f.high:,}", f"{f.incidents:,}", f.statement)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def tables(data: ReportData) -> list[tuple[str, tuple[str, ...], list[tuple[str, ...]]]]:
    """(title, header, rows) of each summary table."""
    out: list[tuple[str, tuple[str, ...], list[tuple[str, ...]]]] = [
        ("Killed by side", ("Side",) + _MEASURE_HEAD, [_row(side_label(f.get("side")), f) for f in data.by_side]),
        ("Killed by nationality", ("Nationality",) + _MEASURE_HEAD,
         [_row(_cap(nationality_label(f.get("nationality"))), f) for f in data.by_nationality]),
        ("Incidents by governorate", ("Governorate",) + _MEASURE_HEAD,
         [_row(f.get("governorate").replace("unstated", "Not stated"), f) for f in data.by_governorate]),
    ]
    if data.claims:
        rows: list[tuple[str, ...]] = [(c.group.replace("_", " ") if c.group else side_label(c.side),
                 f"at least {c.killed:,}", period_text(c.since, c.until), f"{c.documented:,}", f"{c.difference:,}",
                 data.claims_statement) for c in data.claims]
        out.append(("Sources' own period totals beside the itemised incidents",
                    ("Killed (of)", "Source says", "Period", "Itemised here", "Not itemised", "Statement"), rows))
    return out


def incident_rows(data: ReportData) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for inc in data.incidents:
        e = inc.event
        when = e.date_start.isoformat() if e.date_start else "undated"
        place = ", ".join(p for p in (e.location.name, e.location.admin1) if p) or "unknown place"
        who = f"{side_label(e.perpetrator_side)} → {side_label(e.target_side)}"
        src = "; ".join(_source_text(inc)) or (e.source or "")
        quote = inc.quotes[0].text if inc.quotes else ""
        rows.append((when, place, type_label(e.event_type), who, f"{e.killed_best:,}", f"{e.injured_best:,}",
                     src, quote))
    return rows


INCIDENT_HEAD = ("Date", "Place", "Type", "By → against", "Killed", "Injured", "Source", "Quoted")


def _source_text(inc: Incident) -> list[str]:
    out = []
    for s in inc.sources:
        bits = [b for b in (s.title or s.source, s.source if s.title else "", s.published) if b]
        out.append(", ".join(bits) + (f" <{s.url}>" if s.url else ""))
    return out


# -- markdown ----------------------------------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def markdown(data: ReportData, map_name: str, chart_name: str) -> str:
    def cites(text: str) -> str:
        return CITE.sub(r"[\1]", text)

    title = data.request.title or "Monitoring report"
    parts = [f"# {title}: {period_text(data.since, data.until)}", "", f"**{cites(headline(data))}**", ""]
    parts += [cites(p) + "\n" for p in paragraphs(data)]
    if map_name:
        parts += ["## Map", "", f"![Map of incidents, control and the area of activity]({map_name})", ""]
    if chart_name:
        parts += ["## Week by week", "", f"![Incidents and fatalities per week]({chart_name})", ""]
    for name, head, rows in tables(data):
        parts += [f"## {name}", "", _md_table(head, rows) if rows else "_No data._", ""]
    parts += ["## Incidents", ""]
    rows = incident_rows(data)
    parts += [_md_table(INCIDENT_HEAD, rows) if rows else "_No incidents in this period._", ""]
    if data.incidents_left_out:
        parts += [f"_{data.incidents_left_out:,} more incidents are in the database (`observatory events`)._", ""]
    parts += ["## Methodology", ""] + [f"- {m}" for m in METHODOLOGY] + ["", "## Caveats", ""]
    parts += [f"- {c}" for c in CAVEATS] + list(f"- {n}" for n in data.notes) + ["", "## Statements cited", ""]
    parts += [f"- `{s.id}`: {json.dumps(s.query.to_json(), sort_keys=True)} (data {s.data_version}, rules "
              f"{s.rule_version}, saved {s.created:%Y-%m-%d %H:%M} UTC)" for s in data.statements]
    parts += ["", f"_Written by Observatory on {date.today().isoformat()}._", ""]
    return "\n".join(parts)


# -- html --------------------------------------------------------------------------------------------------------

_CSS = """
body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 980px; margin: 2em auto; padding: 0 1em; color: #222;
  line-height: 1.5; }
h1 { font-size: 1.8em; margin-bottom: .2em; } h2 { border-bottom: 1px solid #ccc; margin-top: 1.6em; }
.headline { font-size: 1.25em; font-weight: bold; margin: .6em 0 1em 0; }
table { border-collapse: collapse; width: 100%; font-family: system-ui, sans-serif; font-size: .86em; margin: .5em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f0ea; } td.num { text-align: right; }
a.cite { font-family: system-ui, sans-serif; font-size: .72em; color: #7b241c; text-decoration: none; vertical-align: super; }
img { max-width: 100%; border: 1px solid #ddd; } .quote { color: #555; font-style: italic; }
.meta { color: #666; font-size: .9em; }
code { font-size: .85em; }
"""


def _h(text: str) -> str:
    return CITE.sub(r'<a class="cite" href="#\1">\1</a>', html.escape(text))


def _html_table(head: tuple[str, ...], rows: list[tuple[str, ...]], statement_col: bool = True) -> str:
    cells = ["<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr></thead><tbody>"]
    for r in rows:
        tds = []
        for i, c in enumerate(r):
            if statement_col and i == len(r) - 1 and c.startswith("st-"):
                tds.append(f'<td><a class="cite" href="#{c}">{c}</a></td>')
            else:
                cls = ' class="num"' if c.replace(",", "").isdigit() else ""
                tds.append(f"<td{cls}>{html.escape(c)}</td>")
        cells.append("<tr>" + "".join(tds) + "</tr>")
    return "".join(cells) + "</tbody></table>"


def _b64(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def html_page(data: ReportData, map_png: bytes, chart_png: bytes) -> str:
    title = data.request.title or "Monitoring report"
    body = [f"<h1>{html.escape(title)}: {html.escape(period_text(data.since, data.until))}</h1>",
            f"<p class='headline'>{_h(headline(data))}</p>"]
    body += [f"<p>{_h(p)}</p>" for p in paragraphs(data)]
    body += ["<h2>Map</h2>", f"<img alt='Map of incidents, control areas and the area of activity' src='{_b64(map_png)}'>",
             "<h2>Week by week</h2>", f"<img alt='Incidents and fatalities per week' src='{_b64(chart_png)}'>"]
    for name, head, rows in tables(data):
        body += [f"<h2>{html.escape(name)}</h2>", _html_table(head, rows) if rows else "<p>No data.</p>"]
    body.append("<h2>Incidents</h2>")
    body.append(_incidents_html(data))
    body += ["<h2>Methodology</h2><ul>"] + [f"<li>{html.escape(m)}</li>" for m in METHODOLOGY] + ["</ul>"]
    body += ["<h2>Caveats</h2><ul>"] + [f"<li>{html.escape(c)}</li>" for c in CAVEATS + data.notes] + ["</ul>"]
    body += ["<h2>Statements cited</h2><table><thead><tr><th>Id</th><th>Query</th><th>Data version</th><th>Rules</th>"
             "<th>Saved (UTC)</th></tr></thead><tbody>"]
    body += [f"<tr id='{s.id}'><td><code>{s.id}</code></td><td><code>{html.escape(json.dumps(_short_query(s.query.to_json())))}"
             f"</code></td><td>{s.data_version}</td><td>{html.escape(s.rule_version)}</td>"
             f"<td>{s.created:%Y-%m-%d %H:%M}</td></tr>" for s in data.statements]
    body += ["</tbody></table>", f"<p class='meta'>Written by Observatory on {date.today().isoformat()}.</p>"]
    return (f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def _short_query(q: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in q.items() if v not in (None, [], (), "")}


def _incidents_html(data: ReportData) -> str:
    if not data.incidents:
        return "<p>No incidents in this period.</p>"
    rows = []
    for inc, r in zip(data.incidents, incident_rows(data), strict=True):
        srcs = []
        for s in inc.sources:
            label = html.escape(", ".join(b for b in (s.title or s.source, s.published) if b) or "report")
            srcs.append(f"<a href='{html.escape(s.url)}'>{label}</a>" if s.url else label)
        quotes = "".join(f"<div class='quote'>“{html.escape(q.before)}<b>{html.escape(q.span)}</b>"
                         f"{html.escape(q.after)}”</div>" for q in inc.quotes)
        cells = [html.escape(c) for c in r[:6]]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells)
                    + f"<td>{'<br>'.join(srcs) or html.escape(inc.event.source or '')}{quotes}</td></tr>")
    more = (f"<p class='meta'>{data.incidents_left_out:,} more incidents are in the database "
            f"(<code>observatory events</code>).</p>" if data.incidents_left_out else "")
    head = "".join(f"<th>{h}</th>" for h in INCIDENT_HEAD[:6]) + "<th>Source and quoted words</th>"
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"
