"""Verbless items of a semicolon list that splits a total by who killed them or how ("...: 20 of them were killed by
regime shelling; 12, including four children, by landmines; and 40 in other circumstances"): each is a total of the
side of the line, its "including" part no total of its own (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-05-01"))


_SPLIT = ("The monitor documented the deaths of 310 people across Syria in April 2022. They are distributed as follows:\n"
          "92 civilians, including 20 children: 20 of them were killed by regime shelling; seven by Turkish drones; 25, "
          "including eight children, by landmines; and 40 in other circumstances.\n"
          "120 regime soldiers and loyal militiamen.\n"
          "98 fighters of the factions and HTS.")


def test_verbless_item_with_an_including_part_is_a_total() -> None:
    assert ("civilians", 25) in totals(_SPLIT)


def test_verbless_item_in_other_circumstances_is_a_total() -> None:
    assert ("civilians", 40) in totals(_SPLIT)


def test_including_part_of_a_verbless_item_is_no_total() -> None:
    assert ("civilians", 8) not in totals(_SPLIT)


def test_verbless_items_by_region_stay_regions() -> None:
    text = ("The monitor's figures for 2022 show the following:\n"
            "- 300 regime soldiers were killed in ISIS attacks, distributed as follows: 150 in Homs desert; 100 in Hama "
            "desert; 50 in Raqqa desert.\n"
            "- 200 ISIS members were killed, most in Russian airstrikes.")
    found = totals(text)
    assert ("regime", 100) in found and ("regime", 50) in found
