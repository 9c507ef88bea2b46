"""Review of round 37 (rev8): look-alikes of the plain readings of ``test_extract_casualty_plain_readings`` that must
keep their old reading.

* ", killing both." counts two people only where the sentence names the pair ("two soldiers", "a commander and his
  brother"), not two things ("two checkpoints", "a patrol and a convoy") (``figures._PAIR_NAMED``);
* "passed away" told of illness or age is no one killed (``casualty_groups._NATURAL``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_killing_both_after_two_checkpoints_counts_no_one() -> None:
    text = ("Attacks in Daraa countryside\n\nGunmen attacked two checkpoints of regime forces near Sanamayn on Tuesday "
            "night, killing both.")
    assert killed(text) == {}


def test_killing_both_after_a_patrol_and_a_convoy_counts_no_one() -> None:
    text = ("Ambush near Palmyra\n\nISIS cells ambushed a regime patrol and a militia convoy in the desert near Palmyra on "
            "Sunday, killing both.")
    assert killed(text) == {}


def test_killing_both_after_a_man_and_his_brother_counts_two() -> None:
    text = ("Assassination in Tafas\n\nGunmen opened fire on a car carrying a former rebel commander and his brother "
            "in Tafas on Wednesday, killing both.")
    assert sum(killed(text).values()) == 2


def test_passed_away_of_a_heart_attack_is_no_killing() -> None:
    text = ("Death in Douma\n\nA former detainee passed away at his home in Douma on Monday of a heart attack, months "
            "after his release from regime prisons.")
    assert killed(text) == {}


def test_one_of_them_passed_away_of_illness_years_later() -> None:
    text = ("Shelling on Darat Izza\n\nRegime artillery shelled Darat Izza on Sunday, wounding two civilians. One of "
            "them passed away of illness a year later, his family said.")
    assert killed(text) == {}
    assert injured(text) == {"civilians": 2}


def test_passed_away_in_hospital_is_still_a_death() -> None:
    text = ("Shelling on Tal Tamr\n\nTurkish shells hit Tal Tamr on Monday, wounding three civilians. One of them, a "
            "12-year-old boy, later passed away in hospital.")
    assert killed(text) == {"civilians": 1}
