"""Reading reports: formats, bad input, idempotence, all-or-nothing batches."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from observatory.errors import InputError
from observatory.ingest.readers import ReadOptions, html_to_text, read_reports
from observatory.models import Report
from observatory.pipeline import ingest
from observatory.store import Store


def _reports(paths: list[str], **kw: object) -> list[Report]:
    items = list(read_reports(paths, ReadOptions(**kw)))  # type: ignore[arg-type]
    assert all(isinstance(i, Report) for i in items)
    return [i for i in items if isinstance(i, Report)]


def test_text_file_with_header_block(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text("Title: Attack near Sukhnah\nSource: Test monitor\nPublished: 2019-04-02\n\nISIS cells attacked a post.\n")
    (r,) = _reports([str(f)])
    assert (r.title, r.source, r.published.isoformat() if r.published else None) == ("Attack near Sukhnah", "Test monitor", "2019-04-02")
    assert r.text == "ISIS cells attacked a post."


def test_text_without_header_is_kept_whole(tmp_path: Path) -> None:
    f = tmp_path / "r.md"
    f.write_text("Source of the claim: unclear\nISIS cells attacked a post.\n")
    (r,) = _reports([str(f)])
    assert r.text.startswith("Source of the claim")
    assert r.source is None


def test_html_markup_scripts_and_styles_are_dropped() -> None:
    title, text = html_to_text("<html><head><title>T &amp; U</title><style>p{}</style></head>"
                               "<body><script>var x=1;</script><p>First&nbsp;line</p><p>Second <b>line</b></p></body></html>")
    assert title == "T & U"
    assert text == "First\xa0line\n\nSecond line"


def test_jsonl_lines_keep_ids_dates_and_sources(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps({"id": "a1", "text": "one", "published": "2019-04-01", "source": "X"}) + "\n\n"
                 + json.dumps({"id": "a2", "text": "two"}) + "\n")
    a, b = _reports([str(f)])
    assert (a.external_id, a.published and a.published.isoformat(), a.source, a.origin) == ("a1", "2019-04-01", "X", f"{f}:1")
    assert (b.external_id, b.origin) == ("a2", f"{f}:3")


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("second")
    (tmp_path / "1.txt").write_text("first")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [r.text for r in _reports([str(tmp_path)])] == ["first", "second"]


def test_stdin_text_and_jsonl() -> None:
    (r,) = [i for i in read_reports(["-"], stdin=io.StringIO("plain report text\n"))]
    assert isinstance(r, Report) and r.origin == "<stdin>"
    items = list(read_reports(["-"], stdin=io.StringIO('{"id": "s1", "text": "a"}\n{"id": "s2", "text": "b"}\n')))
    assert [i.external_id for i in items if isinstance(i, Report)] == ["s1", "s2"]


def test_arabic_text_is_marked_as_arabic(tmp_path: Path) -> None:
    f = tmp_path / "ar.txt"
    f.write_text("هاجمت خلايا تنظيم الدولة الإسلامية موقعاً لقوات النظام في بادية السخنة بريف حمص الشرقي")
    (r,) = _reports([str(f)])
    assert r.language == "ar"


@pytest.mark.parametrize(
    ("name", "content", "message", "line"),
    [
        ("empty.txt", b"  \n", "the file is empty", None),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file", None),
        ("latin.txt", "attaque à l'aube".encode("latin-1"), "not valid UTF-8", 1),
        ("bad.jsonl", b'{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', "malformed JSON", 2),
        ("notext.jsonl", b'{"id": 1, "text": "ok"}\n{"id": 2}\n', 'missing or empty "text"', 2),
        ("list.jsonl", b'[1, 2]\n', "not an object", 1),
        ("date.jsonl", b'{"id": 1, "text": "x", "published": "April 2019"}\n', "is not YYYY-MM-DD", 1),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type .pdf", None),
    ],
)
def test_bad_input_names_file_line_and_fix(tmp_path: Path, name: str, content: bytes, message: str, line: int | None) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(InputError) as info:
        _reports([str(f)])
    err = info.value
    assert message in str(err)
    assert err.path == str(f)
    assert err.line == line
    assert err.fix


def test_oversized_report_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_text("ISIS attacked. " * 4000)
    with pytest.raises(InputError, match="over the 0.0 MB limit|over the .* limit"):
        _reports([str(f)], max_bytes=10_000)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        _reports([str(tmp_path / "nope.txt")])


def test_skip_bad_yields_errors_and_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": 1, "text": "one"}\nnot json\n{"id": 3, "text": "three"}\n')
    items = list(read_reports([str(f)], ReadOptions(skip_bad=True)))
    assert [type(i).__name__ for i in items] == ["Report", "InputError", "Report"]


def test_ingest_twice_adds_nothing_and_bad_batch_rolls_back(tmp_path: Path, tmp_db: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:03}.txt").write_text(f"Report {i}: ISIS cells attacked a regime post, killing {i % 5 + 1} soldiers.")
    store = Store.open(str(tmp_db))
    first = ingest(store, [str(folder)], extract=False)
    second = ingest(store, [str(folder)], extract=False)
    assert (first.reports_seen, first.reports_added) == (30, 30)
    assert (second.reports_seen, second.reports_added) == (30, 0)
    before = (store.count("reports"), store.count("batches"))
    (folder / "zzz.jsonl").write_text('{"id": "new", "text": "a new report"}\n{broken\n')
    with pytest.raises(InputError, match="zzz.jsonl:2"):
        ingest(store, [str(folder)], extract=False)
    assert (store.count("reports"), store.count("batches")) == before
    skipped = ingest(store, [str(folder)], extract=False, options=ReadOptions(skip_bad=True))
    assert (skipped.reports_added, len(skipped.skipped)) == (1, 1)
