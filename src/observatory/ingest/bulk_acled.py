"""The fast ACLED import into SQLite: columnar reading, each distinct value mapped once, bulk writes.

:func:`observatory.ingest.acled.import_dataset` tries this path first for an ACLED CSV going into SQLite
(without ``skip_bad``). It stores exactly the rows of the row-by-row path:

* pyarrow parses the CSV in blocks (in C, off the interpreter lock) in a background thread;
* the columns whose values repeat (dates, event types, actors, admin names, precisions, counts) are
  dictionary-encoded and each distinct value goes once through the same functions the row-by-row
  mapper uses (:func:`parse_day`, the side map, :func:`admin1_of`, ...);
* a row the columnar checks cannot vouch for (an odd number, an unusual date) is mapped by
  :func:`acled_mapper` itself; if that rejects it, or the file has anything the strict CSV reader would
  refuse (bad UTF-8, a stray quote, a NUL byte, a short row), :class:`FastPathDeclined` is raised, the
  transaction rolls back and ``import_dataset`` reruns the row-by-row path, which names file and line;
* the rows go to SQLite through :class:`~observatory.ingest.bulk_sqlite.SqliteValuesWriter` (hundreds of
  rows a statement, nine bound values a row; see :mod:`observatory.ingest.bulk_sqlite`) in the main
  thread, while the next block is parsed and mapped; into empty tables the load is a "bulk" one
  (:func:`~observatory.ingest.bulk_sqlite.bulk_batch`): indexes rebuilt at the end, rollback journal.

Everything happens in one transaction: a failure or a kill leaves the database as it was.
The result carries the seconds each stage took (:class:`StageTimes`), which the benchmark prints.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.csv as pa_csv
from sqlalchemy import update

from observatory.ingest.acled import ACLED_COLUMNS, Progress, prefetch
from observatory.ingest.bulk_acled_map import AcledBlockMapper, Declined
from observatory.ingest.bulk_sqlite import FastChunk, SqliteValuesWriter, bulk_batch
from observatory.ingest.side_map import SideMap
from observatory.models import Source
from observatory.store import Store
from observatory.store.schema import batches, sources

SWITCH_SECONDS: Final[float] = 0.001  # interpreter switch interval during an import (default 0.005)
BLOCK_BYTES: Final[int] = 4 << 20  # pyarrow block (~10,000 ACLED rows): fewer, larger statements; it reads ~20 blocks ahead


class FastPathDeclined(Exception):
    """The fast path cannot vouch for this file; the row-by-row path must import it (and report why)."""


@dataclass(frozen=True, slots=True)
class FastImport:
    """What a fast import did: data rows read, events added, its batch."""

    rows: int
    added: int
    batch_id: str
    stages: StageTimes


def fast_acled_import(store: Store, file: Path, header: list[str], sides: SideMap,
                      progress: Progress | None) -> FastImport:
    """Import an ACLED CSV whose normalised ``header`` is known, in one transaction (see the module doc)."""
    total = file.stat().st_size
    _check_first_line(file, header)
    collecting, interval = gc.isenabled(), sys.getswitchinterval()
    gc.disable()  # millions of short-lived objects, no cycles: the cyclic collector would only rescan them
    sys.setswitchinterval(SWITCH_SECONDS)  # the writer gets the interpreter back soon after each statement
    try:
        return _import(store, file, header, sides, progress, total)
    finally:
        sys.setswitchinterval(interval)
        if collecting:
            gc.enable()


def _import(store: Store, file: Path, header: list[str], sides: SideMap, progress: Progress | None,
            total: int) -> FastImport:
    clock = _Stopwatch()
    with file.open("rb") as raw, bulk_batch(store, "import-acled", str(file)) as (conn, batch_id, bulk):
        stream = CheckedStream(raw)
        store.insert_ignore(conn, sources, [{"id": Source("ACLED").id, "name": "ACLED", "kind": "dataset",
                                             "reliability_note": None}])
        writer = SqliteValuesWriter(conn, batch_id, "ACLED")
        mapper = AcledBlockMapper(header, sides, batch_id, file)
        rows = added = 0
        # parsing and mapping run in a thread while SQLite (which releases the interpreter lock for each
        # statement of hundreds of rows) writes the previous chunk
        with closing(prefetch(_mapped(_batches(stream, header), mapper, clock))) as ready:
            while (chunk := clock.time("wait", next, ready, None)) is not None:
                rows += chunk.count
                added += clock.time("write", writer.write, chunk)
                if progress is not None:
                    progress(stream.position, total)
        clock.time("index", writer.finish)
        conn.execute(update(batches).where(batches.c.id == batch_id).values(added=added))
        clock.start("commit")
    clock.stop("commit")
    return FastImport(rows=rows, added=added, batch_id=batch_id, stages=StageTimes(bulk=bulk, **clock.seconds))


def _mapped(blocks: Iterator[pa.RecordBatch], mapper: AcledBlockMapper, clock: _Stopwatch) -> Iterator[FastChunk]:
    while (batch := clock.time("read", next, blocks, None)) is not None:
        try:
            yield clock.time("map", mapper, batch)
        except Declined as exc:
            raise FastPathDeclined(f"a bad row ({exc})") from None


@dataclass(frozen=True, slots=True)
class StageTimes:
    """Wall-clock seconds of each stage of a fast import (read = CSV parsing by pyarrow)."""

    bulk: bool = False
    read: float = 0.0  # in the reading thread
    map: float = 0.0  # in the reading thread
    wait: float = 0.0  # the writer waiting for the reading thread
    write: float = 0.0
    index: float = 0.0
    commit: float = 0.0



class _Stopwatch:
    """Seconds per stage; the reading thread and the writer each update their own stages."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._started: dict[str, float] = {}

    def time(self, stage: str, fn: Callable[..., _T], *args: Any) -> _T:
        began = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - began

    def start(self, stage: str) -> None:
        self._started[stage] = time.perf_counter()

    def stop(self, stage: str) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - self._started.pop(stage)


_T = TypeVar("_T")


def _check_first_line(file: Path, header: list[str]) -> None:
    """The header must be the file's first physical line (pyarrow skips exactly one line)."""
    with file.open("rb") as handle:
        first = handle.readline()
    try:
        text = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FastPathDeclined("header is not UTF-8") from None
    fields = next(csv.reader([text.rstrip("\r\n")]), [])
    if [f.strip().lower() for f in fields] != header or len(set(header)) != len(header):
        raise FastPathDeclined("the header is not one plain first line")


class CheckedStream(io.RawIOBase):
    """A binary file that refuses, as it is read, what Python's strict CSV reader would refuse.

    Invalid UTF-8, NUL bytes and a quote that neither opens nor closes a quoted field (``"x"y``, ``a"b``)
    raise :class:`FastPathDeclined`. ``position`` is how far the file has been read.
    """

    def __init__(self, raw: io.BufferedReader) -> None:
        super().__init__()
        self._raw = raw
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._prev = ord("\n")  # the byte before the current block
        self._pending_quote = False  # the last block ended in a quote whose next byte is unknown yet
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        n = int(self._raw.readinto(view) or 0)
        if not n:
            self._decode(b"", final=True)
            return 0
        data = bytes(view[:n])
        self.position += n
        self._decode(data, final=False)
        self._check(np.frombuffer(data, dtype=np.uint8))
        return n

    def _decode(self, data: bytes, *, final: bool) -> None:
        try:
            self._utf8.decode(data, final=final)
        except UnicodeDecodeError:
            raise FastPathDeclined("not UTF-8") from None

    def _check(self, arr: np.ndarray[Any, np.dtype[np.uint8]]) -> None:
        if bool((arr == 0).any()):
            raise FastPathDeclined("a NUL byte")
        if self._pending_quote and int(arr[0]) not in _AFTER_QUOTE:
            raise FastPathDeclined("a stray quote")
        self._pending_quote = False
        at = np.flatnonzero(arr == 34)
        if at.size:
            before = arr[np.maximum(at - 1, 0)]
            if int(at[0]) == 0:
                before[0] = self._prev
            loose = ~np.isin(before, _BEFORE_QUOTE_ARR)  # not the opening quote of a field, nor an escape
            if int(at[-1]) == arr.size - 1:  # what follows is in the next block
                self._pending_quote = bool(loose[-1])
                at, loose = at[:-1], loose[:-1]
            if bool((loose & ~np.isin(arr[at + 1], _AFTER_QUOTE_ARR)).any()):
                raise FastPathDeclined("a stray quote")
        self._prev = int(arr[-1])


_AFTER_QUOTE: Final[frozenset[int]] = frozenset(b',"\r\n')
_AFTER_QUOTE_ARR: Final = np.array(sorted(_AFTER_QUOTE), dtype=np.uint8)
_BEFORE_QUOTE_ARR: Final = np.array(sorted(b',"\n'), dtype=np.uint8)


def _batches(stream: CheckedStream, header: list[str]) -> Iterator[pa.RecordBatch]:
    names = [f"c{i}" for i in range(len(header))]
    wanted = [*ACLED_COLUMNS, *(("country",) if "country" in header else ())]
    include = [names[header.index(c)] for c in wanted]
    try:
        reader = pa_csv.open_csv(
            stream,
            read_options=pa_csv.ReadOptions(column_names=names, skip_rows=1, block_size=BLOCK_BYTES),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(include_columns=include, column_types={n: pa.string() for n in include},
                                                  strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
        for batch in reader:
            yield batch.rename_columns(wanted)
    except pa.ArrowException as exc:
        if isinstance(exc.__context__, FastPathDeclined):
            raise exc.__context__ from None
        raise FastPathDeclined(f"pyarrow cannot read it as CSV ({exc})") from None
