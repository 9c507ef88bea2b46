"""A report of a month's statistics by area: after one area's toll ("In Idlib province, SOHR documented the deaths of
31 people during the month, as follows: ..."), a paragraph that opens the same way for another area with no period of
its own ("In Hama province, five people were killed: three civilians and two soldiers") gives totals of the same period
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_OPENING = (
    "SOHR has monitored the continuing escalation in north-west Syria in May 2024.\n\n"
    "In Idlib province, SOHR documented the deaths of 31 people during the month, as follows:\n"
    "- 20 civilians, including six children.\n"
    "- 11 fighters of HTS.\n\n"
)


def test_second_area_opening_the_same_way_gives_totals() -> None:
    text = _OPENING + "In Hama province, five people were killed: three civilians and two regime soldiers.\n"
    found = total_pairs(titled(text))
    assert ("civilians", 3) in found and ("regime", 2) in found


def test_second_area_event_of_one_day_stays_an_incident() -> None:
    text = _OPENING + "In Hama province, on Monday, a drone strike killed three civilians near Kafr Nabudah.\n"
    assert ("civilians", 3) not in total_pairs(titled(text))


_OVER_AREAS = (
    "Throughout May 2024, SOHR documented the deaths of 30 people in Hama and Homs governorates in security chaos.\n"
)


def test_an_area_named_by_the_toll_over_several_areas_gives_totals() -> None:
    text = _OVER_AREAS + (
        "In Hama, 20 people were killed: 12 civilians, including two children; and eight regime soldiers.\n"
        "In Homs, ten people were killed: six civilians and four regime soldiers.\n"
    )
    found = total_pairs(titled(text))
    for pair in [("civilians", 12), ("regime", 8), ("civilians", 6), ("regime", 4)]:
        assert pair in found


def test_an_area_the_toll_before_does_not_name_is_left_as_it_was() -> None:
    text = _OVER_AREAS + "In Idlib, five people were killed: three civilians and two regime soldiers.\n"
    assert ("civilians", 3) not in total_pairs(titled(text))
