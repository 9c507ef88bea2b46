"""Killing `observatory ingest` in the middle of a batch leaves no partial batch (a real subprocess)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


def _line(i: int) -> str:
    text = (f"ISIS cells attacked a post of the regime forces near al-Sukhnah on Saturday, killing {i % 9 + 1} soldiers "
            f"and injuring {i % 4} others. Report number {i}. " + "Local sources gave further details. " * 4)
    return json.dumps({"id": f"k{i}", "published": f"2019-04-{i % 28 + 1:02}", "text": text}) + "\n"


def test_killed_ingest_leaves_no_partial_batch(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    env = {**os.environ, "OBSERVATORY_DB": str(db)}
    init = subprocess.run([sys.executable, "-m", "observatory", "init"], env=env, capture_output=True, text=True)
    assert init.returncode == 0, init.stderr
    proc = subprocess.Popen([sys.executable, "-m", "observatory", "ingest", "-"], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdin is not None
    # 1,000 reports (~400 KB) is several times the pipe buffer: once written, the process has read and stored most
    # of them inside its open transaction, and now waits for more input in the middle of the batch.
    for i in range(1000):
        proc.stdin.write(_line(i))
    proc.stdin.flush()
    time.sleep(0.5)
    assert proc.poll() is None, proc.stderr.read() if proc.stderr else "ingest ended early"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as conn:
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("reports", "events", "batches", "claims")]
    assert counts == [0, 0, 0, 0]
    rerun = subprocess.run([sys.executable, "-m", "observatory", "ingest", "-", "--no-extract"], env=env,
                           input="".join(_line(i) for i in range(1000)), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.startswith("1000 new report(s) of 1000 read")


def test_ingesting_1000_reports_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(1000):
        (folder / f"{i:04}.txt").write_text(json.loads(_line(i))["text"])
    env = {**os.environ, "OBSERVATORY_DB": str(tmp_path / "twice.db")}
    outputs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "observatory", "ingest", str(folder)], env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0].startswith("1000 new report(s) of 1000 read")
    assert outputs[1].startswith("0 new report(s) of 1000 read; 0 event(s) and 0 period total(s)")
