"""A lettered or numbered sub-header inside a list of tolls by killer ("A. Main parties to the conflict:") keeps the
list open (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_LINES = ("Syrian regime forces: 40, including nine children.\n"
          "Russian forces: 12, including two women.\n"
          "ISIS: four.\n"
          "Syrian Democratic Forces: 7.\n"
          "B. Other parties: 37, including six children.\n")
_CIVILIANS = [("civilians", 4), ("civilians", 7), ("civilians", 12), ("civilians", 37), ("civilians", 40), ("civilians", 100)]


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2021-06-01"))


def test_lettered_sub_header_keeps_the_list_open() -> None:
    text = ("The network recorded the deaths of 100 civilians in May 2021.\n"
            "The report divides the death toll by the perpetrator parties as follows:\n"
            "A. Main parties to the conflict:\n" + _LINES)
    assert totals(text) == _CIVILIANS


def test_numbered_sub_header_keeps_the_list_open() -> None:
    text = ("The network recorded the deaths of 100 civilians in May 2021.\n"
            "The report divides the death toll by the perpetrator parties as follows:\n"
            "1. Main parties to the conflict:\n" + _LINES)
    assert totals(text) == _CIVILIANS
