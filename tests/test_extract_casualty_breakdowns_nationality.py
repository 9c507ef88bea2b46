"""Casualty figures broken down by nationality.

* a list of nationalities right after a figure, adding up to it, breaks it down; one that does not add up is no
  breakdown;
* the Syrian part of Iranian-backed militiamen is the regime's, in the same or a later sentence; non-Syrian members stay
  foreign;
* foreigners inside a jihadist group's figure keep the group's side; Russians among regime soldiers;
* a nationality before a group is no person.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import T, one_incident, run
from contract_rows import killed_sums as killed
from mention_rows import last_sentence, mentions


def test_dead_include_syrians_among_foreign_militiamen() -> None:
    text = ("Strikes near Albu Kamal\n\nUnidentified warplanes struck a convoy near Albu Kamal on Thursday, killing 14 members "
            "of Iranian-backed militias. The dead include five Syrian militiamen.")
    assert killed(text) == {"regime": 5, "pro_iran_foreign": 9}


def test_dead_on_the_government_side_included_foreigners() -> None:
    text = ("Attack near Ithriyah\n\nISIS cells attacked army posts near Ithriyah on Saturday night, killing 16 pro-government "
            "fighters, a monitor said. A source said the dead on the government side included five Lebanese Hezbollah fighters.")
    assert killed(text) == {"regime": 11, "pro_iran_foreign": 5}


def test_one_of_them_a_syrian_is_one_part_of_the_militiamen() -> None:
    text = ("Strike near Kisweh\n\nUnidentified warplanes struck a depot near Kisweh on Monday, killing four members of "
            "Iranian-backed militias, one of them a Syrian.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 1}


def test_foreigners_were_among_the_pro_government_dead() -> None:
    text = ("Desert attack\n\nJihadists killed 15 pro-government fighters in an assault near Kabajeb on Monday. Seven ISIS "
            "members were also killed. Four Hezbollah fighters were among the pro-government dead.")
    assert killed(text) == {"regime": 11, "pro_iran_foreign": 4, "isis": 7}


def test_syrians_beside_non_syrians_in_a_militia_toll() -> None:
    text = T + ("The death toll of the airstrikes on militia positions near Al-Mayadeen on Monday has risen to 11, including "
                "seven non-Syrian militiamen and four Syrians.")
    assert killed(text) == {"pro_iran_foreign": 7, "regime": 4}


def test_nationalities_after_militiamen_break_them_down() -> None:
    text = ("Strike near Mayadin\n\nUnidentified warplanes bombed a convoy of Iranian-backed militias near Mayadin on Monday, "
            "killing nine militiamen, six Afghans and three Syrians, and wounding others.")
    assert killed(text) == {"pro_iran_foreign": 6, "regime": 3}


def test_nationality_list_with_of_nationality_items() -> None:
    text = ("Drone strike near Albu Kamal\n\nA drone hit a vehicle of the Iranian-backed militias near Albu Kamal on Sunday, "
            "killing five fighters, four Iraqis and one of Syrian nationality.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 1}


def test_nationalities_that_do_not_add_up_are_not_parts() -> None:
    # look-alike: the list after the comma does not add up to the figure, so it is no breakdown of it
    text = ("Strike near Mayadin\n\nUnidentified warplanes bombed a convoy of Iranian-backed militias near Mayadin on Monday, "
            "killing nine militiamen, and wounding three Iraqis.")
    assert killed(text) == {"pro_iran_foreign": 9}


def test_foreign_part_of_jihadist_toll_stays_jihadist() -> None:
    text = ("Coalition raid in Idlib\n\nCoalition helicopters struck a gathering of Hurras al-Din commanders near Sarmada on "
            "Thursday, killing seven of them, including five commanders of non-Syrian nationalities.")
    assert killed(text) == {"hts_rebels": 7}


def test_non_syrian_isis_members_are_isis() -> None:
    text = ("Raid in the desert\n\nRegime forces killed 12 non-Syrian ISIS members in an ambush near Al-Sukhnah on Friday.")
    assert killed(text) == {"isis": 12}


def test_russians_among_regime_soldiers_still_split() -> None:
    # look-alike: a regime toll's foreign part keeps being split off (only jihadist groups keep their foreigners)
    text = ("Attack near Palmyra\n\nISIS cells attacked a military post near Palmyra on Tuesday, killing ten soldiers, "
            "including two Russians.")
    assert killed(text) == {"regime": 8, "russia": 2}


def test_dead_militiamen_split_by_nationality_in_next_sentence() -> None:
    text = ("Attack near Al-Sukhnah\n\nISIS cells attacked positions of Iranian-backed militias near Al-Sukhnah on Monday, leaving "
            "seven militiamen dead. Five of the dead militiamen were Syrians from the National Defence Forces, while the other "
            "two were of Iraqi nationality.")
    assert killed(text) == {"regime": 5, "pro_iran_foreign": 2}


@pytest.mark.parametrize(("text", "killed"), [
    ("An Israeli strike near Damascus airport on Monday killed 15 militiamen of Iranian-backed groups, four of them Syrian.",
     {"pro_iran_foreign": 11, "regime": 4}),
    ("A drone strike on a post of the Iranian-backed militias near Al-Bukamal on Sunday killed 12 militiamen, five of them Syrians.",
     {"pro_iran_foreign": 7, "regime": 5}),
    ("A coalition strike near Al-Mayadeen on Saturday killed seven Iranian-backed militiamen, four of them Iraqi and three Syrian.",
     {"pro_iran_foreign": 4, "regime": 3}),
    ("An Israeli strike on Monday killed nine fighters of the Iranian-backed militias near Deir Ezzor, three of whom were Syrians.",
     {"pro_iran_foreign": 6, "regime": 3}),
    ("Regime shells on Kansafra on Monday left nine members of the regime forces and loyal militias dead, two of them non-Syrian gunmen.",
     {"regime": 7, "pro_iran_foreign": 2}),
])
def test_the_syrian_part_of_iranian_backed_militiamen_is_the_regimes(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen stormed a post of Iranian-backed militias near al-Bukamal, killing ten militiamen. Seven of the dead are "
     "Iraqis, while the remaining three are Syrian recruits of the Revolutionary Guard.",
     [("killed", 7, "pro_iran_foreign"), ("killed", 3, "regime")]),
    ("A drone struck a vehicle of Iranian-backed fighters near al-Mayadin, killing six fighters. Four of those killed "
     "were Afghans of the Fatemiyoun, and the remaining two were Syrians working for the IRGC.",
     [("killed", 4, "pro_iran_foreign"), ("killed", 2, "regime")]),
    ("ISIS cells ambushed a convoy of Iran-backed militias east of Palmyra, killing eight militiamen. Of the dead, five "
     "were Syrians enlisted by Iranian officers and three were Lebanese Hezbollah members.",
     [("killed", 5, "regime"), ("killed", 3, "pro_iran_foreign")]),
])
def test_nationality_breakdown_in_a_later_sentence(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert last_sentence(text) == expected


def test_nationality_breakdown_without_syrians_stays_foreign() -> None:
    text = ("A strike hit a depot of Iranian-backed militias near al-Qaim crossing, killing nine militiamen. Six of the dead "
            "are Iraqis, while the other three are Afghans of the Fatemiyoun.")
    assert last_sentence(text) == [("killed", 6, "pro_iran_foreign"), ("killed", 3, "pro_iran_foreign")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A commander of Hezbollah and two Syrian members of a militia fighting with it were killed near al-Sukhnah.",
     [("killed", 1, "pro_iran_foreign"), ("killed", 2, "regime")]),
    ("An IRGC adviser and three Syrian members of a local group allied to it were killed in the raid.",
     [("killed", 1, "pro_iran_foreign"), ("killed", 3, "regime")]),
    ("Five Fatemiyoun fighters and four Syrian members of a militia working with them died in the ambush.",
     [("killed", 5, "pro_iran_foreign"), ("killed", 4, "regime")]),
])
def test_syrian_members_are_the_regimes(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_non_syrian_members_stay_foreign() -> None:
    assert mentions("A commander of Hezbollah and two non-Syrian members of a militia fighting with it were killed.") == [
        ("killed", 1, "pro_iran_foreign"), ("killed", 2, "pro_iran_foreign")]


def test_syrians_in_a_restated_toll_of_iranian_backed_fighters() -> None:
    text = ("Jets struck a base of Iranian-backed militias near al-Mayadin on Sunday, killing ten fighters. The dead were "
            "seven Afghans and three Syrians.")
    assert killed(text) == {"pro_iran_foreign": 7, "regime": 3}


def test_a_syrian_working_for_hezbollah_is_regime() -> None:
    text = ("Man shot dead near Quneitra\n\nGunmen shot dead a man on Monday night near the town of Hadar. Local sources "
            "said the man, a Syrian from the Golan villages, was working for Hezbollah.")
    assert killed(text) == {"regime": 1}


def test_a_nationality_before_a_group_is_no_person() -> None:
    text = ("Strike near Mayadin\n\nIn early May, an unidentified drone struck a car near Mayadin, killing four fighters of "
            "the Fatemiyoun Brigade, an Afghan militia, according to the monitor.")
    assert killed(text) == {"pro_iran_foreign": 4}
    officer = "Officer killed near Jasim\n\nGunmen shot dead a Syrian army officer near Jasim on Monday."
    assert killed(officer) == {"regime": 1}  # a group word with a person after it stays one person
