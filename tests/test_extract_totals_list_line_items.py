"""Items of one line of a statistics list: the last "among them" item joined by "as well as" is a part of the line; an
item followed by one of another side went back to the lines of the block; people "whose affiliation is unknown" are of
no side; two kinds of people on one bulleted line are two totals (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-03-01"))


def test_as_well_as_after_among_them_is_a_part_of_the_line() -> None:
    text = ("The monitor documented 300 deaths in the eastern desert during 2021, distributed as follows:\n"
            "- 180 regime soldiers and militiamen, killed in ISIS ambushes.\n"
            "- 70 ISIS members.\n"
            "- 50 civilians, among them 21 herders and truffle gatherers, as well as 9 oil field workers.")
    found = totals(text)
    assert ("civilians", 50) in found
    assert ("civilians", 9) not in found


def test_as_well_as_without_a_list_before_stays_a_total() -> None:
    text = "Fighters of the Turkish-backed factions: 34, as well as 7 Turkish soldiers."
    found = totals("The monitor documented the deaths of 41 people in northern Aleppo in 2021, distributed as follows:\n"
                   + text)
    assert ("turkey_factions", 34) in found and ("turkey_factions", 7) in found


_NAMELY = ("Israeli raids on Syria since early 2021 have left 90 people dead, according to the monitor's statistics, namely: "
           "15 soldiers of the regime forces, 50 Iranian-backed militiamen of non-Syrian nationalities, including 12 "
           "members of the Revolutionary Guard, 19 Hezbollah members and six fighters whose affiliation is unknown.")


def test_item_followed_by_one_of_another_side_is_a_line_of_its_own() -> None:
    found = totals(_NAMELY)
    assert ("pro_iran_foreign", 50) in found and ("pro_iran_foreign", 19) in found


def test_fighters_whose_affiliation_is_unknown_are_unknown() -> None:
    assert ("unknown", 6) in totals(_NAMELY)


def test_including_list_of_one_side_stays_parts() -> None:
    text = ("Israeli raids on Syria since early 2021 have left 65 people dead, according to the monitor's statistics, "
            "namely: 15 soldiers of the regime forces and 50 Iranian-backed militiamen of non-Syrian nationalities, "
            "including 12 members of the Revolutionary Guard and 19 Hezbollah members.")
    found = totals(text)
    assert ("pro_iran_foreign", 50) in found
    assert ("pro_iran_foreign", 19) not in found


_LINES = ("The monitor documented 230 deaths in Quneitra province since the beginning of 2022, distributed as follows:\n"
          "- 90 civilians, including 11 children.\n"
          "- 100 regime soldiers and members of the security services.\n"
          "- 25 persons accused of smuggling, and 15 persons of unknown identity.")


def test_two_kinds_of_people_on_a_bulleted_line_are_two_totals() -> None:
    found = totals(_LINES)
    assert ("unknown", 25) in found and ("unknown", 15) in found
    assert ("unknown", 40) not in found


def test_parts_of_people_outside_a_list_are_still_summed() -> None:
    text = ("Since early 2022, landmines in the desert have killed three oil workers, 9 herders and two other people, "
            "the monitor said.")
    assert ("civilians", 14) in totals(text)


_TALLY = ("The monitor documented 120 deaths in Quneitra province since the beginning of 2022, distributed as follows:\n"
          "- 70 civilians.\n"
          "- 50 regime soldiers.\n"
          "The monitor also documented the deaths of 20 people in fighting between local gunmen and ISIS cells, and 15 "
          "others in other circumstances, bringing the death toll in the province to 155.")


def test_documented_count_before_bringing_the_total_gives_totals() -> None:
    found = totals(_TALLY)
    assert ("unknown", 20) in found and ("unknown", 15) in found


def test_one_event_before_bringing_the_total_stays_the_event() -> None:
    text = ("A regime soldier was killed by ISIS sniper fire in the desert of al-Sukhnah on Monday, bringing the number of "
            "soldiers killed in the desert since early 2022 to 76.")
    found = totals(text)
    assert ("regime", 76) in found
    assert ("regime", 1) not in found


def test_in_addition_to_after_an_including_list_of_soldiers_is_a_line_of_its_own() -> None:
    text = ("The monitor documented 200 deaths in Daraa since early 2022, distributed as follows:\n"
            "- 50 civilians.\n"
            "- 120 regime soldiers, including 20 officers, in addition to 30 members of the Eighth Brigade.")
    found = totals(text)
    assert ("regime", 120) in found and ("regime", 30) in found
