"""Read reports from files: plain text, Markdown, HTML, JSONL, folders and standard input.

Every problem is an :class:`InputError` that names the file (and line) and says what to do.
Readers only read: storing is the pipeline's job, inside one transaction.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from observatory.errors import InputError
from observatory.models import Report

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
#: A report larger than this is almost certainly not one report (a dump, a log, a wrong file).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_HEADER = re.compile(r"^(title|source|published|date|url)\s*:\s*(.+)$", re.IGNORECASE)
_ARABIC = re.compile(r"[\u0600-\u06FF]")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    source: str | None = None  # outlet to record when the file does not say
    skip_bad: bool = False  # yield problems as InputError items instead of raising them


def iter_paths(paths: list[str]) -> Iterator[Path | str]:
    """Expand folders (recursively, supported suffixes only, sorted) and keep '-' for standard input."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not found:
                raise InputError("folder holds no .txt, .md, .html or .jsonl files", path=raw,
                                 fix="point ingest at the files themselves or at a folder that holds reports")
            yield from found
        elif not path.exists():
            raise InputError("no such file or folder", path=raw, fix="check the path (it is relative to the current folder)")
        else:
            yield path


def read_reports(
    paths: list[str], options: ReadOptions = ReadOptions(), stdin: IO[str] | None = None
) -> Iterator[Report | InputError]:
    """All reports in the given paths, in order; with ``skip_bad`` problems come as InputError items."""
    for item in iter_paths(paths):
        try:
            if item == "-":
                yield from _read_stdin(stdin or sys.stdin, options)
            else:
                assert isinstance(item, Path)
                yield from read_file(item, options)
        except InputError as exc:
            if not options.skip_bad:
                raise
            yield exc


def read_file(path: Path, options: ReadOptions = ReadOptions()) -> Iterator[Report | InputError]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"unsupported file type {suffix or '(none)'}", path=str(path),
                         fix="ingest reads .txt, .md, .html and .jsonl; for ACLED/UCDP files use `observatory import`")
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, options)
        return
    text = _read_text(path, options)
    if suffix in HTML_SUFFIXES:
        title, text = html_to_text(text)
        if not text.strip():
            raise InputError("the HTML holds no text once markup is dropped", path=str(path),
                             fix="save the article page itself, not an empty shell that loads it with JavaScript")
        yield _report(text, origin=str(path), title=title, source=options.source)
    else:
        yield _text_report(text, origin=str(path), source=options.source)


def _read_text(path: Path, options: ReadOptions) -> str:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputError(f"file is {size / 1e6:.1f} MB, over the {options.max_bytes / 1e6:.1f} MB limit for one report",
                             path=str(path), fix="split it into reports (one per file, or one per JSONL line) or raise --max-bytes")
        data = path.read_bytes()
    except PermissionError:
        raise InputError("cannot read the file (permission denied)", path=str(path), fix="check its permissions") from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(path), fix="check the path and the disk") from None
    return decode(data, str(path))


def decode(data: bytes, where: str, line: int | None = None) -> str:
    """Decode UTF-8 (with or without BOM); refuse binary and other encodings with a fix."""
    if not data.strip():
        raise InputError("the file is empty", path=where, line=line, fix="remove it from the batch or add the report's text")
    if b"\x00" in data[:8192]:
        raise InputError("this looks like a binary file, not text", path=where, line=line,
                         fix="ingest only text reports (.txt, .md, .html, .jsonl); convert documents to text first")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_no = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", path=where,
                         line=line if line is not None else line_no,
                         fix="convert the file to UTF-8, e.g. `iconv -f WINDOWS-1256 -t UTF-8 in.txt > out.txt`") from None


def _text_report(text: str, *, origin: str, source: str | None) -> Report:
    """A text report; an optional header block (Title:, Source:, Published:, URL:) before a blank line is metadata."""
    meta: dict[str, str] = {}
    lines = text.lstrip("\ufeff").splitlines()
    i = 0
    while i < len(lines) and (m := _HEADER.match(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        text = "\n".join(lines[i:]).strip("\n")
    else:
        meta = {}
    published = meta.get("published") or meta.get("date")
    return _report(text, origin=origin, title=meta.get("title"), source=meta.get("source") or source,
                   url=meta.get("url"), published=_parse_date(published, origin, None) if published else None)


def _read_jsonl(path: Path, options: ReadOptions) -> Iterator[Report | InputError]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(path), fix="check the path and permissions") from None
    with handle:
        any_line = False
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            any_line = True
            try:
                if len(raw) > options.max_bytes:
                    raise InputError(f"line is {len(raw) / 1e6:.1f} MB, over the per-report limit", path=str(path),
                                     line=number, fix="check that each line holds one report, or raise --max-bytes")
                yield _jsonl_report(decode(raw, str(path), number), str(path), number, options)
            except InputError as exc:
                if not options.skip_bad:
                    raise
                yield exc
        if not any_line:
            raise InputError("the file is empty", path=str(path), fix="remove it from the batch or add one JSON object per line")


def _read_stdin(stream: IO[str], options: ReadOptions) -> Iterator[Report | InputError]:
    """JSONL is streamed line by line (a producer may keep writing); anything else is one text report."""
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    if not first:
        raise InputError("standard input is empty", path="<stdin>", fix="pipe a report into `observatory ingest -`")
    if not first.lstrip().startswith("{"):
        yield _text_report(first + stream.read(), origin="<stdin>", source=options.source)
        return
    number = 1
    line = first
    while line:
        if line.strip():
            try:
                yield _jsonl_report(line, "<stdin>", number, options)
            except InputError as exc:
                if not options.skip_bad:
                    raise
                yield exc
        line = stream.readline()
        number += 1


def _jsonl_report(line: str, where: str, number: int, options: ReadOptions) -> Report:
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", path=where, line=number,
                         fix='each line must be one JSON object such as {"id": "r1", "text": "..."}') from None
    if not isinstance(obj, dict):
        raise InputError("the line is JSON but not an object", path=where, line=number,
                         fix='write one object per line: {"id": ..., "text": ...}')
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('missing or empty "text"', path=where, line=number, fix='give each line a non-empty "text" field')
    published = obj.get("published")
    return _report(
        text, origin=f"{where}:{number}", title=_opt_str(obj.get("title")),
        source=_opt_str(obj.get("source")) or _opt_str(obj.get("site")) or options.source, url=_opt_str(obj.get("url")),
        published=_parse_date(str(published), where, number) if published else None,
        external_id=_opt_str(obj.get("id")),
    )


def _report(text: str, *, origin: str, title: str | None = None, source: str | None = None, url: str | None = None,
            published: date | None = None, external_id: str | None = None) -> Report:
    language = "ar" if len(_ARABIC.findall(text)) > max(20, len(text) // 5) else "en"
    return Report(text=text, source=source, url=url, published=published, language=language,
                  external_id=external_id, origin=origin, title=title)


def _parse_date(value: str, where: str, line: int | None) -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"published date {value!r} is not YYYY-MM-DD", path=where, line=line,
                         fix="write dates as ISO 8601, e.g. 2019-04-20") from None


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, text) of an HTML page with markup, scripts and styles dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    title = " ".join("".join(parser.title).split()) or None
    return title, text
