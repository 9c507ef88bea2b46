"""Monthly civilian tolls split by who killed them under headers worded in other ways than "distributed as follows"
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md): "... by perpetrator:" with any verb,
"... at the hands of the parties to the conflict:". Each labelled line is a civilian total with its killer as
perpetrator. One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_LINES = ("Syrian regime forces: 40, including nine children.\n"
          "Russian forces: 12, including two women.\n"
          "ISIS: four.\n"
          "Syrian Democratic Forces: 7.\n"
          "Other parties: 37, including six children.\n")
_CIVILIANS = [("civilians", 4), ("civilians", 7), ("civilians", 12), ("civilians", 37), ("civilians", 40), ("civilians", 100)]


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2021-06-01"))


def test_toll_by_perpetrator_header_of_any_verb() -> None:
    text = ("The network said it recorded the deaths of 100 civilians in Syria in May 2021.\n\n"
            "The report lists the death toll by perpetrator:\n" + _LINES)
    assert totals(text) == _CIVILIANS


def test_at_the_hands_of_the_parties_header_with_figure() -> None:
    text = ("The report records the killing of 100 civilians in May 2021, among them 20 children, at the hands of the "
            "parties to the conflict:\n" + _LINES)
    assert totals(text) == _CIVILIANS


def test_at_the_hands_of_the_parties_before_as_follows() -> None:
    text = ("The report records the killing of 100 civilians in May 2021 at the hands of the main parties in Syria, "
            "distributed as follows:\n" + _LINES)
    assert totals(text) == _CIVILIANS


def test_sides_of_fighters_header_unchanged() -> None:
    """A list of each side's own dead (not by killer) keeps the sides of its labels."""
    text = ("The monitor counted the deaths of 60 people in May 2021, distributed as follows:\n"
            "Regime forces: 35.\nISIS: 25.\n")
    found = totals(text)
    assert ("regime", 35) in found and ("isis", 25) in found
