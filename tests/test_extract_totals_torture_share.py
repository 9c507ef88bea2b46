"""A sentence after a monthly civilian toll that only says how many of them died under torture: a part of the toll
(``of_which`` torture), not a total of people of its own (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled


def _totals(text: str) -> list[dict[str, object]]:
    return list(titled(text, "2021-06-01")["totals"])


def test_torture_sentence_folds_into_the_toll() -> None:
    found = _totals("The network documented the deaths of 70 civilians in Syria in May 2021, including 12 children. "
                    "The report also noted that four people died due to torture.")
    assert [(t["side"], t["killed"]) for t in found] == [("civilians", 70)]
    assert found[0]["of_which"]["torture"] == 4


def test_torture_in_words_of_the_victims() -> None:
    found = _totals("The network documented the deaths of 70 civilians in Syria in May 2021. "
                    "Three of the victims died under torture in detention.")
    assert [(t["side"], t["killed"]) for t in found] == [("civilians", 70)]


def test_torture_sentence_with_a_clause_after() -> None:
    found = _totals("The network documented the deaths of 300 civilians in Syria in 2021. "
                    "The network said 40 of the victims had died under torture, most of them in prisons of the security services.")
    assert [(t["side"], t["killed"]) for t in found] == [("civilians", 300)]
    assert found[0]["of_which"]["torture"] == 40


def test_sentence_with_a_side_is_not_folded() -> None:
    """A sentence that names a side and another figure is not a torture share of the toll before."""
    found = _totals("The network documented the deaths of 70 civilians in Syria in May 2021. "
                    "It added that 12 soldiers were killed in clashes in Daraa in May 2021.")
    assert ("civilians", 70) in [(t["side"], t["killed"]) for t in found]
    assert all(t.get("of_which", {}).get("torture") is None for t in found)


def test_torture_after_a_toll_of_soldiers_is_not_folded() -> None:
    """Torture deaths are a part of a civilian toll; after a toll of soldiers they are other dead."""
    found = _totals("The monitor documented the deaths of 50 regime soldiers in May 2021. Five people died under torture.")
    assert all(t.get("of_which", {}).get("torture") is None for t in found)


def test_torture_sentence_in_the_present_with_the_month_after() -> None:
    found = _totals("The network documented the deaths of 90 civilians in Syria in May 2021, including 20 children. "
                    "The report notes that 11 people died due to torture during the month.")
    assert [(t["side"], t["killed"]) for t in found] == [("civilians", 90)]
    assert found[0]["of_which"]["torture"] == 11
