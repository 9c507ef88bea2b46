"""The later items of a list of civilian totals by killer name their victims only in the first item ("the army killed
30 civilians, the militia 12 and the rebels five"): each is a civilian total with its killer; figures with a noun of
their own, or in another sentence, stay as they were (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from typing import Any

from contract_rows import titled, total_pairs

_OPEN = "The rights group recorded the deaths of 150 civilians across the country during March 2019. "


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(_OPEN + text, "2019-04-02"))


def killers(text: str) -> dict[int, Any]:
    return {t["killed"]: t.get("perpetrator") for t in titled(_OPEN + text, "2019-04-02")["totals"]}


def test_verb_and_victims_left_out() -> None:
    text = "By its count, regime forces killed 44 civilians, ISIS 17, the Syrian Democratic Forces 8 and Russian forces six."
    found = totals(text)
    for n in (44, 17, 8, 6):
        assert ("civilians", n) in found
    assert killers(text)[17] == "isis"


def test_victims_left_out_after_semicolons() -> None:
    text = ("Regime forces have killed 40 civilians, including two children; Russian forces killed seven; "
            "Hay'at Tahrir al-Sham killed one; and the Syrian Democratic Forces killed three.")
    found = totals(text)
    for n in (40, 7, 1, 3):
        assert ("civilians", n) in found


def test_lowercase_killer_at_the_end() -> None:
    text = "ISIS killed four civilians, the Syrian Democratic Forces killed nine and armed opposition factions killed two."
    assert ("civilians", 2) in totals(text)


def test_near_miss_item_with_its_own_noun() -> None:
    text = "Regime forces killed 40 civilians, while ISIS killed 12 fighters of the Syrian Democratic Forces."
    assert ("civilians", 12) not in totals(text)


def test_near_miss_figure_in_the_next_sentence() -> None:
    text = "Regime forces killed 40 civilians. Russian forces four times struck the town, and ISIS killed 5 soldiers."
    found = totals(text)
    assert ("civilians", 4) not in found and ("civilians", 5) not in found


def test_near_miss_kinds_of_the_first_item() -> None:
    text = "Regime forces killed 40 civilians, including nine children and three women."
    found = totals(text)
    assert ("civilians", 9) not in found and ("civilians", 3) not in found


def test_a_year_after_a_party_is_no_item() -> None:
    text = "SNHR said that in 2021 regime forces killed 30 civilians, most of them in the regime offensive of 2019."
    assert ("civilians", 2019) not in totals(text)
