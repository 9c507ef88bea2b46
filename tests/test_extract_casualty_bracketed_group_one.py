"""One person told by the article, a group's full name, its bracketed short form and a person noun ("killing a senior
Islamic State (ISIS) official"): one of that group's side, as "a senior Islamic State group official" is
(``figures._GROUP_THEN_PERSON``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_senior_official_with_bracketed_short_form() -> None:
    text = ("Raid in al-Busayrah\n\nSDF units, backed by coalition helicopters, raided a house in al-Busayrah at dawn on "
            "Sunday, killing a senior Islamic State (ISIS) official and detaining two of his aides.")
    assert killed_sums(text) == {"isis": 1}


def test_commander_of_hts_by_its_short_form() -> None:
    text = ("Gunmen kill commander\n\nUnknown gunmen opened fire on a car near Tafas on Sunday, killing a Hayat Tahrir "
            "al-Sham (HTS) commander.")
    assert killed_sums(text) == {"hts_rebels": 1}


def test_fighter_of_the_sdf_wounded() -> None:
    text = ("Drone strike\n\nA Turkish drone struck a car near Ain Issa on Sunday, injuring a Syrian Democratic Forces (SDF) "
            "fighter.")
    assert injured_sums(text) == {"sdf": 1}


def test_bracketed_group_then_a_thing_counts_no_one() -> None:
    text = ("Drone strike\n\nA Turkish drone struck a Syrian Democratic Forces (SDF) vehicle near Ain Issa on Sunday, "
            "killing two fighters of the SDF.")
    assert killed_sums(text) == {"sdf": 2}
