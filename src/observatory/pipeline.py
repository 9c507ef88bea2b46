"""The main job: read reports, store them, extract incidents and totals — one transaction per batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import IO, Any

from observatory.errors import InputError
from observatory.ingest.readers import ReadOptions, read_reports
from observatory.models import DatePrecision, Extraction, Report
from observatory.store import Store

Extractor = Callable[[Report], Extraction]


@dataclass(frozen=True, slots=True)
class IngestResult:
    reports_seen: int
    reports_added: int
    events_added: int
    totals_added: int
    skipped: tuple[str, ...] = ()  # messages of bad inputs skipped with --skip-bad
    extraction: str = "on"  # "on", or why extraction did not run

    def summary(self) -> str:
        text = (f"{self.reports_added} new report(s) of {self.reports_seen} read; "
                f"{self.events_added} event(s) and {self.totals_added} period total(s) extracted")
        if self.extraction != "on":
            text += f" ({self.extraction})"
        if self.skipped:
            text += f"; {len(self.skipped)} bad input(s) skipped"
        return text


def default_extractor(store: Store, actors: str | None = None) -> tuple[Extractor | None, str]:
    """The extraction stage with the store's gazetteer (and the user's actor file ``actors`` over the built-in
    lexicon), or None and the reason it is unavailable. A bad actor file raises InputError before anything is read."""
    try:
        from observatory.extract import ActorLexicon, extract_report
    except ImportError as exc:
        return None, f"extraction is not available: {exc}"
    lexicon = ActorLexicon.default(actors) if actors else None
    geocoder: Any = None
    try:
        from observatory.geo import Geocoder

        geocoder = Geocoder.from_store(store)
    except ImportError:
        geocoder = None

    def run(report: Report) -> Extraction:
        return date_undated_events(extract_report(report, geocoder, lexicon), report)

    return run, "on"


def date_undated_events(extraction: Extraction, report: Report) -> Extraction:
    """Give events the text does not date the time the report covers, as ACLED codes undated reports.

    An incident in a report whose period totals name a period falls in that period (precision: month);
    otherwise it happened at about the time of publication (precision: week). The extracted claims are
    untouched: the note says the date was inferred, and no span is claimed for it.
    """
    periods = [(t.since, t.until) for t in extraction.totals if t.since is not None and t.until is not None]
    fixed = []
    for event in extraction.events:
        if event.date_start is not None:
            fixed.append(event)
            continue
        if periods:
            start, end = min(p[0] for p in periods), max(p[1] for p in periods)
            assert start is not None and end is not None
            note, precision = f"date not stated: within the report's period {start} to {end}", DatePrecision.MONTH
        elif report.published is not None:
            start = end = report.published
            note, precision = f"date not stated: about the report's publication ({start})", DatePrecision.WEEK
        else:
            fixed.append(event)
            continue
        notes = f"{event.notes}; {note}" if event.notes else note
        fixed.append(replace(event, date_start=start, date_end=end, date_precision=precision, notes=notes))
    return replace(extraction, events=tuple(fixed))


def extractor_version() -> str:
    try:
        from observatory.extract import EXTRACTOR_VERSION
    except ImportError:
        return "none"
    return str(EXTRACTOR_VERSION)


def ingest(
    store: Store,
    paths: list[str],
    *,
    options: ReadOptions = ReadOptions(),
    extract: bool = True,
    stdin: IO[str] | None = None,
    progress: Callable[[Iterable[Report | InputError]], Iterable[Report | InputError]] | None = None,
    actors: str | None = None,
) -> IngestResult:
    """Store the reports in ``paths`` and what extraction finds in the new ones, all or nothing.

    A report already stored (same content hash) is neither stored nor extracted again. ``actors``: a user actor
    lexicon file (the columns of observatory/data/actors.csv) that extends the built-in one.
    """
    extractor, status = default_extractor(store, actors) if extract else (None, "extraction skipped (--no-extract)")
    version = extractor_version()
    seen = added = events_added = totals_added = 0
    skipped: list[str] = []
    items: Iterable[Report | InputError] = read_reports(paths, options, stdin)
    if progress is not None:
        items = progress(items)
    with store.batch("ingest", inputs=" ".join(paths)) as (conn, batch_id):
        for item in items:
            if isinstance(item, InputError):
                skipped.append(str(item))
                continue
            seen += 1
            n_added, new_ids = store.add_reports(conn, batch_id, [item])
            added += n_added
            if not new_ids or extractor is None:
                continue
            extraction = extractor(item)
            events_added += store.add_extraction(conn, batch_id, extraction, version)
            totals_added += len(extraction.totals)
    return IngestResult(seen, added, events_added, totals_added, tuple(skipped), status)
