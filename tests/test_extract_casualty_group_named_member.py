"""A person named through his group's name and the word "group" ("a senior Islamic State group official", "a Hurras
al-Din group commander"): one person of that group (``figures._GROUP_THEN_PERSON``). Look-alike: "a group of shepherds"
and "a local armed group" count no one by the article.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_islamic_state_group_official_and_his_aides() -> None:
    text = ("Raid near Al-Shaddadi\n\nA coalition raid killed a senior Islamic State group official and two of his aides "
            "near Al-Shaddadi at dawn on Thursday.")
    assert killed(text) == {"isis": 3}


def test_hurras_al_din_group_commander() -> None:
    text = ("Drone strike near Idlib\n\nA drone struck a car near Binnish on Friday, killing a Hurras al-Din group "
            "commander.")
    assert killed(text) == {"hts_rebels": 1}


def test_a_group_of_people_counts_no_one_by_the_article() -> None:
    text = ("Attack near Palmyra\n\nGunmen attacked a group of shepherds near Palmyra on Monday, killing three of them.")
    assert killed(text) == {"civilians": 3}
