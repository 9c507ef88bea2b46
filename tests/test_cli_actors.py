"""The user's actor file: `--actors FILE` and $OBSERVATORY_ACTORS, for `extract` and for `ingest` alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from observatory.cli import cli
from observatory.store import Store

HEADER = "name,aliases,side,nationality,patron,valid_from,valid_to\n"
REPORT = {"id": "q", "published": "2022-05-10",
          "text": "On Monday, a roadside bomb killed five members of the Saraya al-Wadi near the town of Mayadin."}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def actor_file(tmp_path: Path) -> Path:
    path = tmp_path / "my_actors.csv"
    path.write_text(HEADER + "Saraya al-Wadi,Saraya al-Wadi,pro_iran_foreign,IQ,IR,,\n", encoding="utf-8")
    return path


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    return path


def _sides_stored(db: Path) -> set[str]:
    store = Store.open(str(db))
    return {c.side for event in store.iter_events() for c in event.casualties}


def test_extract_reads_the_actor_file_from_the_environment(actor_file: Path, report_file: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run("extract", str(report_file), "--no-geo")
    assert code == 0 and json.loads(out)["incidents"][0]["killed"] != {"pro_iran_foreign": 5}
    monkeypatch.setenv("OBSERVATORY_ACTORS", str(actor_file))
    code, out, _ = run("extract", str(report_file), "--no-geo")
    assert code == 0 and json.loads(out)["incidents"][0]["killed"] == {"pro_iran_foreign": 5}


def test_ingest_stores_the_sides_of_the_actor_file(actor_file: Path, report_file: Path, tmp_db: Path) -> None:
    code, _, _ = run("ingest", str(report_file), "--db", str(tmp_db), "--actors", str(actor_file))
    assert code == 0
    assert _sides_stored(tmp_db) == {"pro_iran_foreign"}


def test_ingest_without_the_file_does_not_know_the_group(report_file: Path, tmp_db: Path) -> None:
    code, _, _ = run("ingest", str(report_file), "--db", str(tmp_db))
    assert code == 0
    assert "pro_iran_foreign" not in _sides_stored(tmp_db)


def test_ingest_with_a_bad_actor_file_names_the_line_and_stores_nothing(tmp_path: Path, report_file: Path,
                                                                         tmp_db: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "Somebody,Somebody,martians,,,,\n", encoding="utf-8")
    code, out, err = run("ingest", str(report_file), "--db", str(tmp_db), "--actors", str(bad))
    assert code == 1 and out == ""
    assert f"{bad}:2: unknown side 'martians'" in err
    assert Store.open(str(tmp_db)).count("reports") == 0


def test_ingest_with_a_missing_actor_file_says_which(tmp_path: Path, report_file: Path, tmp_db: Path) -> None:
    missing = tmp_path / "nope.csv"
    code, _, err = run("ingest", str(report_file), "--db", str(tmp_db), "--actors", str(missing))
    assert code == 1
    assert f"{missing}: cannot read actor file" in err
