"""Killing `observatory import` in the middle of its batch leaves the database as it was (a real subprocess)."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import need
from observatory.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "acled_sample.csv"


def _big_acled(path: Path, copies: int) -> int:
    with FIXTURE.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        n = 0
        for k in range(copies):
            for row in body:
                writer.writerow([f"{row[0]}-{k}", *row[1:]])
                n += 1
    return n


def _read_position(pid: int, target: Path) -> int:
    """How far process ``pid`` has read into ``target`` (Linux /proc), 0 before it opened it."""
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return 0
    for fd in fds:
        try:  # another descriptor (a journal, a pipe) may close while we look: skip it, not the whole scan
            if os.readlink(fd) != str(target):
                continue
            lines = (Path(f"/proc/{pid}/fdinfo") / fd.name).read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            if line.startswith("pos:"):
                return int(line.split()[1])
    return 0


@pytest.mark.slow
def test_kill_during_import_leaves_nothing(tmp_path: Path) -> None:
    need(Path("/proc/self/fdinfo").is_dir(), "needs Linux /proc to see how far the import has read")
    data, db = tmp_path / "big.csv", tmp_path / "kill.db"
    _big_acled(data, 25_000)  # 300,000 rows
    half = data.stat().st_size // 2
    proc = subprocess.Popen([sys.executable, "-c", "from observatory.cli import main; main()", "import", str(data),
                             "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline, position = time.monotonic() + 120, 0
    while time.monotonic() < deadline and proc.poll() is None:
        position = _read_position(proc.pid, data)
        if position >= half:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the import finished before it could be killed; make the file bigger"
    assert position >= half  # half the file read: its first chunks are written, uncommitted
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    store = Store.open(str(db))
    assert store.count("events") == 0
    assert store.count("casualties") == 0
    assert store.count("batches") == 0
    assert Store.open(str(db)).count("sources") == 0  # even the batch's first statements are gone
