"""Totals: headline figures of people split by side.

* an overall figure of people split by side in one sentence, in the lines after, or under a rounded headline, gives its
  parts; one that falls short, or is split by area, stays;
* a statistics header of people split after it; people read as civilians split in the next sentence; lines by kind of
  death under a headline of people;
* a rising toll split exactly by side; area lines adding up to a headline of people have no side.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md; each construction has
look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from totals_cases import _COUNTED, totals

SPLIT_WHOLES = [
    ("Since early March 2022, the number of people killed by mines in the desert has risen to 30: 18 civilians, "
     "including four children, and 12 members of regime forces.", [("civilians", 18), ("regime", 12)]),
    ("With these deaths, the toll of the fighting since Sunday rose to 41: 26 SDF fighters and 15 members of the "
     "Turkish-backed factions.", [("sdf", 26), ("turkey_factions", 15)]),
    ("The number of those killed in the past week reached 19: 11 ISIS members, five civilians and three "
     "regime soldiers.", [("civilians", 5), ("isis", 11), ("regime", 3)]),
]


_ROUNDED = ("More than 9,300 people were killed in Syria in 2020, the monitor said on Thursday.\n"
            "The monitor said it had documented 9,342 deaths over the year, including 2,900 civilians.\n"
            "The toll among regime troops reached 2,500, while 1,900 rebel fighters and 2,042 ISIS members were killed.")


_KINDS = ("The monitor counted the deaths of 50 people in government-held areas in March 2023 in incidents unrelated to "
          "the fighting. They died as follows:\n"
          "- 30 people in shootings and assassinations in Daraa.\n"
          "- 12 people murdered in robberies and feuds.\n"
          "- Eight people by old munitions.")


_AREAS = ("The monitor has documented the deaths of 120 people in the Syrian desert since early 2023. The fatalities are: "
          "70 regime soldiers; 20 ISIS members; and 30 civilians, most of them shepherds.\n"
          "The toll by area is as follows:\n"
          "Homs desert: 55 fatalities\n"
          "Deir ez-Zor desert: 40 fatalities\n"
          "Raqqa desert: 25 fatalities")


_DAILY = ("The monitor has documented the deaths of 11 people across Syria on Sunday, 4 June 2023. They are:\n\n"
          "- Five civilians: two women killed by regime shelling on Kansafra in Idlib countryside; a man shot dead by "
          "unknown gunmen in Tafas in Daraa countryside; and two children killed by a landmine near Maadan in Raqqa "
          "countryside.\n"
          "- Six regime soldiers, killed in an ISIS attack in the desert of Homs.")


@pytest.mark.parametrize(("text", "expected"), SPLIT_WHOLES)
def test_overall_split_by_side_gives_the_parts(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2022-05-01") == expected


def test_among_them_after_overall_of_no_side_gives_the_parts() -> None:
    text = "Since the beginning of 2022, 70 people have been killed in Daraa. Among them were 50 civilians and 20 soldiers."
    assert totals(text, "2022-06-01") == [("civilians", 50), ("regime", 20)]


def test_running_total_of_people_with_parts_of_several_sides_stays_split() -> None:
    text = ("This raises the number of people killed since the start of 2023 to 12, including 7 civilians and 5 "
            "soldiers.")
    assert totals(text, "2023-09-01") == [("civilians", 7), ("regime", 5)]


def test_overall_equal_to_lines_less_a_share_is_dropped() -> None:
    text = ("The war killed 1,000 people in 2022, the monitor said. The monitor said the dead included 400 civilians. "
            "Russian strikes alone killed 50 civilians during the year. Among combatants, it counted 350 regime soldiers "
            "and 250 rebels.")
    assert totals(text, "2022-12-31") == [("civilians", 50), ("civilians", 400), ("hts_rebels", 250), ("regime", 350)]


def test_counted_figures_split_the_headline_of_people() -> None:
    assert ("unknown", 5210) not in totals(_COUNTED)


def test_overall_figure_in_held_areas_gives_its_parts() -> None:
    text = ("According to the monitor, the number of people killed by ISIS cells in regime-held areas since early 2023 has "
            "risen to 64, among them 20 civilians, including four women, and 44 members of regime forces.")
    found = totals(text)
    assert ("civilians", 20) in found
    assert ("regime", 44) in found
    assert ("regime", 64) not in found
    assert ("unknown", 64) not in found


def test_people_read_as_civilians_split_in_the_next_sentence() -> None:
    text = ("Since early February 2023, the monitor has documented the deaths of 52 people while picking truffles in "
            "the Syrian desert. They are: 40 civilians, including five children, and 12 soldiers of regime forces.")
    found = totals(text)
    assert ("civilians", 40) in found
    assert ("regime", 12) in found
    assert ("civilians", 52) not in found


def test_split_by_side_that_adds_up_gives_its_parts() -> None:
    text = ("Accordingly, the number of people killed in Rukban camp since the beginning of 2022 has risen to 52, among them "
            "30 civilians, in addition to 22 members of regime forces.")
    found = totals(text)
    assert ("unknown", 52) not in found
    assert ("regime", 22) in found


def test_sides_listed_after_a_total_of_people_are_totals() -> None:
    text = ("The monitor has documented the deaths of 42 people in regime-held areas since the beginning of the month. "
            "They are: 30 civilians and 12 soldiers of regime forces.")
    found = totals(text)
    assert ("civilians", 30) in found
    assert ("regime", 12) in found


def test_rounded_headline_split_by_side_after_it_is_no_total() -> None:
    found = totals(_ROUNDED)
    assert ("unknown", 9300) not in found
    assert ("civilians", 2900) in found
    assert ("isis", 2042) in found


def test_rounded_headline_with_one_share_stays() -> None:
    text = ("More than 9,300 people were killed in Syria in 2020, the monitor said on Thursday.\n"
            "Among them were 2,900 civilians, it said.")
    assert ("unknown", 9300) in totals(text)


def test_people_lines_of_kinds_of_deaths_are_not_totals() -> None:
    found = totals(_KINDS)
    assert ("unknown", 50) in found
    assert not {("unknown", 30), ("unknown", 12), ("unknown", 8)} & set(found)


def test_civilian_lines_by_killer_under_a_civilian_headline_stay_totals() -> None:
    text = ("The monitor counted the deaths of 50 civilians across Syria in March 2023. They were killed as follows:\n"
            "- 30 civilians killed by regime shelling.\n"
            "- 12 civilians killed by ISIS.\n"
            "- Eight civilians killed in Russian airstrikes.")
    found = totals(text)
    for pair in [("civilians", 50), ("civilians", 30), ("civilians", 12), ("civilians", 8)]:
        assert pair in found


def test_area_lines_adding_up_to_a_headline_of_people_have_no_side() -> None:
    found = totals(_AREAS)
    assert {("unknown", 55), ("unknown", 40), ("unknown", 25)} <= set(found)
    assert not {("civilians", 55), ("civilians", 40), ("civilians", 25)} & set(found)


def test_a_statistics_header_of_people_split_after_it_gives_the_parts() -> None:
    text = ("According to the monitor's statistics, 64 people were killed in the desert since early 2023:\n"
            "- 40 regime soldiers\n"
            "- 24 civilians")
    found = totals(text)
    assert ("unknown", 64) not in found
    assert ("regime", 40) in found


def test_people_told_one_by_one_after_a_lines_colon_are_no_totals() -> None:
    found = totals(_DAILY)
    assert ("civilians", 5) in found
    assert ("civilians", 2) not in found
    assert ("unknown", 1) not in found


def test_running_people_with_one_share_keeps_the_whole() -> None:
    text = ("According to SOHR statistics, the number of people killed in Daraa governorate since early 2024 has risen "
            "to 188, including 90 civilians.")
    assert totals(text, "2024-06-01") == [("civilians", 90), ("unknown", 188)]


def test_documented_people_split_by_side_gives_the_parts() -> None:
    text = ("SOHR documented the deaths of 52 persons across Syria since yesterday, including two civilians, 20 ISIS "
            "members and 30 regime soldiers.")
    assert ("unknown", 52) not in totals(text)


def test_people_heading_list_by_side_is_dropped_even_when_lines_fall_short() -> None:
    text = ("Since the start of 2022, the number of people killed in the eastern desert has reached 412, they are:\n"
            "- 45 civilians, most of them shepherds.\n- 250 regime soldiers and loyalist gunmen.\n- 110 ISIS members.")
    assert totals(text) == [("civilians", 45), ("isis", 110), ("regime", 250)]


def test_people_heading_list_by_area_stays() -> None:
    text = ("Since the start of 2022, the monitor has documented the deaths of 96 people in mine blasts.\nDistribution "
            "by area:\nHama: 40\nHoms: 30\nAleppo: 26\nOf the dead, 80 were civilians and 16 were soldiers of the regime army.")
    assert ("unknown", 96) in totals(text)


def test_people_total_with_one_side_named_after_stays() -> None:
    text = ("Since the start of 2022, the number of people killed in the eastern desert has reached 412, they are:\n"
            "- 250 regime soldiers and loyalist gunmen.")
    assert ("unknown", 412) in totals(text)


def test_rising_toll_split_exactly_by_side_is_not_a_total_of_one_side() -> None:
    text = ("The death toll from the fighting in and around the central prison in the city of Raqqa has risen to 86 since "
            "ISIS militants stormed the complex on Monday, the monitor said. According to the monitor, the dead include "
            "51 ISIS members, 30 SDF fighters and five civilians.")
    assert totals(text) == [("civilians", 5), ("isis", 51), ("sdf", 30)]


def test_total_of_one_side_named_in_its_figure_is_kept_beside_lines_that_add_up() -> None:
    text = ("The monitor documented the deaths of 400 civilians in 2022. Russian strikes alone killed 50 civilians during "
            "the year. Among combatants, it counted 350 regime soldiers.")
    assert ("civilians", 400) in totals(text)


def test_people_killed_across_syria_on_one_day_split_by_side() -> None:
    text = ("The monitor said that 37 people were killed throughout Syria on Wednesday: 21 civilians, 9 rebel fighters "
            "and 7 regime soldiers.\n\nHoms: 12 civilians were killed by the shelling of the Khalidiya neighbourhood by "
            "regime forces.")
    pairs = totals(text)
    assert pairs == [("civilians", 21), ("hts_rebels", 9), ("regime", 7)]


def test_people_head_dropped_when_a_line_is_split_by_area() -> None:
    text = ("Thereby, the number of people killed in the desert since early 2023 has risen to 200, they are:\n"
            "- 120 regime soldiers, killed in ISIS attacks. They were distributed as follows: 70 in Homs desert and 50 "
            "in Hama desert.\n- 50 ISIS members.\n- 30 civilians.")
    found = totals(text)
    assert ("unknown", 200) not in found
    assert ("regime", 120) in found
    assert ("regime", 70) in found


def test_people_figure_without_a_list_stays() -> None:
    text = ("The monitor documented the death of 3,000 people across Syria in 2022.\n\nThe monitor stresses that the "
            "real toll is likely higher.")
    assert totals(text) == [("unknown", 3000)]
