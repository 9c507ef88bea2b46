"""A "Label: N, including ..." line of a daily or monthly toll with its figure written in words ("- Civilians: seven,
among them two children") is a total of the label's side, as the same line with digits is (paragraphs written for
these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_HEAD = ("The Syrian Observatory for Human Rights has counted the deaths of 26 people across Syria on Tuesday, 5 March "
         "2024. They are distributed as follows:\n")
_TAIL = "- Members of the regime army and loyal militias: 13.\n- ISIS members: six.\n"


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2024-03-06")["totals"])


def test_word_figure_with_including_tail() -> None:
    got = totals(_HEAD + "- Civilians: seven, among them two children and an elderly man.\n" + _TAIL)
    assert got == [("civilians", 7), ("isis", 6), ("regime", 13)]


def test_hyphenated_word_figure_with_including_tail() -> None:
    row = titled(_HEAD + "- Civilians: twenty-two, including four women.\n" + _TAIL, "2024-03-06")
    civ = [t for t in row["totals"] if t["side"] == "civilians"]
    assert [(t["killed"], t["of_which"]) for t in civ] == [(22, {"women": 4})]


def test_digit_figure_with_including_tail_is_unchanged() -> None:
    got = totals(_HEAD + "- Civilians: 7, among them two children and an elderly man.\n" + _TAIL)
    assert got == [("civilians", 7), ("isis", 6), ("regime", 13)]


def test_word_figure_without_tail_is_unchanged() -> None:
    got = totals(_HEAD + "- Civilians: seven.\n" + _TAIL)
    assert got == [("civilians", 7), ("isis", 6), ("regime", 13)]
