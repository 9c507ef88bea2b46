"""`observatory extract` and `observatory show`, in-process, with exact exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from observatory.cli import cli
from observatory.extract import EXTRACTOR_VERSION, extract_report
from observatory.models import Report
from observatory.store import Store


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


REPORT_A = {"id": "a", "published": "2021-03-02",
            "text": "On Monday, ISIS cells attacked an army post near the town of Arak, killing three soldiers."}
REPORT_B = {"id": "b", "text": "قتل ثلاثة عناصر من قوات النظام"}
REPORT_C = {"id": "c", "text": "", "extra": "ignored"}


def test_extract_writes_one_line_per_input_in_order(tmp_path: Path) -> None:
    src = write_lines(tmp_path / "in.jsonl", [json.dumps(r, ensure_ascii=False) for r in (REPORT_A, REPORT_B, REPORT_C)])
    code, out, err = run("extract", str(src), "--format", "jsonl", "--no-geo")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["incidents"][0]["killed"] == {"regime": 3}
    assert rows[0]["incidents"][0]["date"] == "2021-03-01"
    assert set(rows[0]["incidents"][0]) >= {"date", "type", "perpetrator", "target", "killed", "injured", "places", "governorate"}
    assert rows[1]["reason"] == "language not supported yet" and rows[1]["incidents"] == []
    assert rows[2]["reason"] == "empty text" and rows[2]["totals"] == []


def test_a_malformed_line_names_file_and_line_and_exits_1(tmp_path: Path) -> None:
    src = write_lines(tmp_path / "in.jsonl", [json.dumps(REPORT_A), "{not json", json.dumps(REPORT_C)])
    code, out, err = run("extract", str(src), "--no-geo")
    assert code == 1
    assert len(out.splitlines()) == 1  # the good line before the bad one was already written
    assert err.startswith(f"Error: {src}:2: not JSON")
    assert "fix:" in err


def test_skip_bad_goes_on_and_keeps_the_line_count(tmp_path: Path) -> None:
    src = write_lines(tmp_path / "in.jsonl", [json.dumps(REPORT_A), "[1, 2]", '{"id": "x"}', json.dumps(REPORT_C)])
    code, out, err = run("extract", str(src), "--skip-bad", "--no-geo")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 4
    assert rows[1]["reason"].endswith("a line must be a JSON object\n  fix: {\"id\": ..., \"text\": ...}")
    assert 'missing "text"' in rows[2]["reason"]
    assert "2 bad line(s) skipped" in err


def test_missing_input_file_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path / "nope.jsonl"))
    assert code == 1
    assert "cannot read" in err


def test_user_actor_file_extends_the_lexicon(tmp_path: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text("name,aliases,side,nationality,patron,valid_from,valid_to\n"
                      "Desert Hawks Brigade,Desert Hawks,regime,SY,,,\n", encoding="utf-8")
    src = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": "h", "text": "A landmine killed four members of the Desert Hawks near Tadmur."})])
    code, out, _ = run("extract", str(src), "--actors", str(actors), "--no-geo")
    assert code == 0
    assert json.loads(out)["incidents"][0]["killed"] == {"regime": 4}


def test_bad_actor_file_names_the_line(tmp_path: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text("name,aliases,side\nX,X,martians\n", encoding="utf-8")
    src = write_lines(tmp_path / "in.jsonl", [json.dumps(REPORT_A)])
    code, _, err = run("extract", str(src), "--actors", str(actors))
    assert code == 1
    assert f"{actors}:2: unknown side 'martians'" in err


def test_show_marks_every_claim_span(tmp_db: Path) -> None:
    report = Report(text=REPORT_A["text"], url="https://example.org/1")
    extraction = extract_report(report)
    store = Store.open(str(tmp_db))
    with store.batch("test") as (conn, batch_id):
        store.add_reports(conn, batch_id, [report])
        store.add_extraction(conn, batch_id, extraction, EXTRACTOR_VERSION)
    event_id = extraction.events[0].id
    code, out, _ = run("show", event_id, "--db", str(tmp_db))
    assert code == 0
    assert "[[three]]{killed.regime=3}" in out
    assert "[[attacked]]{type=attack}" in out
    assert "[[ISIS cells]]{perpetrator=isis}" in out
    assert "[[army]]{target=regime}" in out
    assert out.splitlines()[0].startswith(f"event {event_id}: attack")


def test_show_unknown_event_exits_1(tmp_db: Path) -> None:
    code, _, err = run("show", "nope", "--db", str(tmp_db))
    assert code == 1
    assert err.startswith("Error: no event with id 'nope'")
