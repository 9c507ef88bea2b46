"""Totals read from lists: items numbered with a hyphen ("1- 12 civilians"), regional lines under a header that names
bare "factions" the text set among Turkey's, and totals of Iranian-backed militiamen told with their Syrian members.

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (SNA factions -> turkey_factions; "factions"
alone -> hts_rebels; Iranian-backed militiamen pro_iran_foreign, their Syrian members regime). Look-alikes: a date line
"14-03-2024" is no numbered item; a list of bare factions in a report that never names Turkey's stays hts_rebels; a
militias' whole split after a colon still gives its parts.
"""

from __future__ import annotations

from totals_cases import full, regions, totals


def test_hyphen_numbered_items_are_list_lines() -> None:
    text = (
        "The monitor recorded 31 deaths in Quneitra province during May 2024 in incidents of lawlessness, as follows:\n"
        "1- 12 civilians, including three women.\n"
        "2- Nine members of regime forces.\n"
        "3- Ten former rebel fighters."
    )
    assert sorted(totals(text)) == [("civilians", 12), ("hts_rebels", 10), ("regime", 9)]


def test_single_dated_line_is_no_numbered_item() -> None:
    text = "14-03-2024\nThe monitor recorded 12 civilians killed in Quneitra province during May 2024."
    assert ("civilians", 12) in totals(text)


def test_regions_under_header_of_turkish_backed_factions() -> None:
    text = (
        "Clashes among Turkish-backed factions\n"
        "The monitor counted 28 deaths in clashes among Turkish-backed factions in the areas held by Turkish forces "
        "during 2022: 22 members of the factions and six civilians.\n"
        "The deaths among the factions' fighters are distributed as follows:\n"
        "- Afrin region: 12.\n"
        "- Azaz and al-Bab: 10."
    )
    assert regions(text) == [("turkey_factions", 10, "Azaz and al-Bab"), ("turkey_factions", 12, "Afrin region")]


def test_regions_under_header_of_bare_factions_stay_rebels() -> None:
    text = (
        "The monitor counted 22 deaths among the factions in Idlib during 2022.\n"
        "The deaths among the factions' fighters are distributed as follows:\n"
        "- Jabal al-Zawiya: 12.\n"
        "- Sahl al-Ghab: 10."
    )
    assert all(side == "hts_rebels" for side, _, _ in regions(text))


def test_militias_in_syrian_territory_are_not_syrians() -> None:
    text = "The monitor documented the deaths of 31 members of Iranian-backed militias across Syrian territory in May 2024."
    assert totals(text) == [("pro_iran_foreign", 31)]


def test_militias_total_including_nationalities_stays_whole() -> None:
    text = (
        "The monitor documented the deaths of 30 members of Iranian-backed militias in May 2024, including 12 Syrians, "
        "ten Iraqis and eight Afghans."
    )
    rows = full(text)
    assert [(side, n) for side, n, *_ in rows] == [("pro_iran_foreign", 30)]
    assert rows[0][4].get("iran_backed_syrian") == 12


def test_militias_total_with_members_told_after_stays_whole() -> None:
    text = (
        "The monitor documented the deaths of 33 members of Iranian-backed militias in drone strikes since early 2024. "
        "They include 13 non-Syrians, mostly Iraqis, and 20 Syrians."
    )
    rows = full(text)
    assert [(side, n) for side, n, *_ in rows] == [("pro_iran_foreign", 33)]
    assert rows[0][4].get("iran_backed_syrian") == 20


def test_militias_split_after_colon_unchanged() -> None:
    text = "Israeli strikes since early 2024 killed 36 militiamen: 24 of non-Syrian nationalities and 12 Syrians."
    assert sorted(totals(text)) == [("pro_iran_foreign", 24), ("regime", 12)]


def test_regional_shares_of_a_sides_losses() -> None:
    text = (
        "ISIS attacks in the desert killed 412 members of regime forces in 2022, the monitor said. "
        "Regionally, 230 of the regime's losses were in the Raqqa desert and 150 in the Hama desert."
    )
    assert regions(text) == [("regime", 150, "Hama desert"), ("regime", 230, "Raqqa desert")]


def test_dead_killed_by_two_named_killers_stay_of_their_own_side() -> None:
    text = (
        "The monitor documented the deaths of 19 civilians in Raqqa province during March 2022, as follows:\n"
        "19 civilians, including 4 children: 6 killed by regime forces and the SDF, 5 by Russian strikes, and 8 by landmines."
    )
    assert all(side == "civilians" for side, _ in totals(text))


def test_toll_of_the_fighting_counted_the_sentence_before() -> None:
    text = (
        "SOHR has documented 21 rounds of clashes between rival factions in the countryside of Aleppo in 2022. "
        "The clashes resulted in the death of 33 people: 25 members of the factions and eight civilians."
    )
    assert sorted(totals(text)) == [("civilians", 8), ("hts_rebels", 25)]


def test_rounds_counted_over_the_course_of_a_year() -> None:
    text = (
        "SOHR has documented 21 rounds of clashes between rival factions in the countryside of Aleppo over the course "
        "of 2022. The clashes resulted in the death of 33 people: 25 members of the factions and eight civilians."
    )
    assert sorted(totals(text)) == [("civilians", 8), ("hts_rebels", 25)]
