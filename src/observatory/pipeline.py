"""The main job: read reports, store them, extract incidents and totals — one transaction per batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from observatory.errors import InputError
from observatory.ingest.readers import ReadOptions, read_reports
from observatory.models import Extraction, Report
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


def default_extractor(store: Store) -> tuple[Extractor | None, str]:
    """The extraction stage with the store's gazetteer, or None and the reason it is unavailable."""
    try:
        from observatory.extract import extract_report
    except ImportError as exc:
        return None, f"extraction is not available: {exc}"
    geocoder: Any = None
    try:
        from observatory.geo import Geocoder

        geocoder = Geocoder.from_store(store)
    except ImportError:
        geocoder = None

    def run(report: Report) -> Extraction:
        return extract_report(report, geocoder)

    return run, "on"


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
) -> IngestResult:
    """Store the reports in ``paths`` and what extraction finds in the new ones, all or nothing.

    A report already stored (same content hash) is neither stored nor extracted again.
    """
    extractor, status = default_extractor(store) if extract else (None, "extraction skipped (--no-extract)")
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
