"""Streaming extraction over a JSONL file: one output row per input line, in order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO, Any

from observatory.errors import InputError
from observatory.extract.actors import ActorLexicon
from observatory.extract.contract import to_contract
from observatory.extract.core import GeocoderLike, extract_report
from observatory.models import Report


@dataclass(frozen=True, slots=True)
class LineResult:
    """What one input line gave: the contract row, or the error that made it unusable."""

    number: int
    row: dict[str, Any]
    error: str | None = None


def report_from_line(line: str, where: str, number: int) -> tuple[str, Report]:
    """Parse one JSONL line {"id", "text", "published"?}; raises InputError naming file and line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON ({exc.msg} at column {exc.colno})", path=where, line=number,
                         fix='write one JSON object per line: {"id": ..., "text": ...}') from None
    if not isinstance(obj, dict):
        raise InputError("a line must be a JSON object", path=where, line=number, fix='{"id": ..., "text": ...}')
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError('missing "text" (a string)', path=where, line=number, fix='add "text": "..." to the line')
    published = None
    if obj.get("published"):
        try:
            published = date.fromisoformat(str(obj["published"])[:10])
        except ValueError:
            raise InputError(f"published {obj['published']!r} is not a date", path=where, line=number,
                             fix="write it as YYYY-MM-DD or leave it out") from None
    external = str(obj.get("id") if obj.get("id") is not None else f"line-{number}")
    language = str(obj.get("language") or "en")
    return external, Report(text=text, published=published, external_id=external, source=obj.get("source"),
                            url=obj.get("url"), language=language, origin=f"{where}:{number}")


def extract_lines(stream: IO[str], where: str, *, geocoder: GeocoderLike | None = None,
                  lexicon: ActorLexicon | None = None, skip_bad: bool = False) -> Iterator[LineResult]:
    """Yield one result per non-blank line; a bad line raises InputError unless ``skip_bad``."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            external, report = report_from_line(line, where, number)
        except InputError as exc:
            if not skip_bad:
                raise
            yield LineResult(number, {"id": f"{where}:{number}", "incidents": [], "totals": [], "reason": str(exc)}, str(exc))
            continue
        yield LineResult(number, to_contract(external, extract_report(report, geocoder, lexicon)))
