"""A line of a statistics list told again in running text after it ("- 21 civilians, ..." then "Of the 21 civilians,
five were killed by ...") is one total, not two; a figure in brackets as the part of another one, and a figure of a
sentence that turns to another area, stay (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md).
One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-03-01"))


_HEAD = (
    "Raqqa in February 2023 | 40 people killed across the province\n"
    "SOHR has documented the death of 40 people across Raqqa province in February 2023. They are distributed as follows:\n"
    "- 21 civilians, including six children.\n"
    "- 12 members of the SDF and the Asayish.\n"
    "- 7 ISIS members.\n"
)


def test_line_told_again_by_its_referent_is_one_total() -> None:
    text = _HEAD + "Of the 21 civilians, eight were killed by landmines and the rest by unidentified gunmen.\n"
    assert totals(text).count(("civilians", 21)) == 1


def test_line_told_again_with_its_killer_is_one_total() -> None:
    text = (
        _HEAD
        + "The monitor notes that ISIS cells killed 12 members of the SDF and the Asayish during the month, most of them in ambushes.\n"
    )
    assert totals(text).count(("sdf", 12)) == 1


def test_same_figure_of_another_area_stays() -> None:
    text = (
        _HEAD
        + "In neighbouring Deir Ezzor, SOHR documented the death of nine people in the same month: seven ISIS members and two civilians.\n"
    )
    assert totals(text).count(("isis", 7)) == 2


def test_same_figure_in_brackets_of_another_whole_stays() -> None:
    text = (
        "In March 2023 | 33 people killed in SDF-held areas\n"
        "SOHR has documented the death of 33 people in areas held by the SDF in March 2023. The fatalities are distributed as follows:\n"
        "15 civilians, including three children\n12 SDF members and Asayish personnel\n3 ISIS members killed in raids\n"
        "3 regime soldiers at shared posts with the SDF\n"
        "By perpetrator, SOHR's statistics show that ISIS cells killed 10 people (6 civilians and 4 SDF members), Turkish drones "
        "and shelling killed 11 people (5 civilians, 3 SDF members and 3 regime soldiers), while the rest died in other ways.\n"
    )
    assert totals(text).count(("regime", 3)) == 2
