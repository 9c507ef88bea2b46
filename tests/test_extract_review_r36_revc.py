"""Review of round 36 (revc): sentences near the round's rules that they were not written for.

* a day's toll told before a running count of attacks in a year keeps its dead ("killing nine soldiers, raising the
  number killed in 38 attacks in 2024 to 120"; "in the latest of 40 drone strikes ... in 2024");
* the worst-hit village of one day's bombardment keeps its dead ("... today. Kansafra was the worst hit, with four
  civilians killed there");
* people killed in an attack on workers and armed men beside them, or in a car of militiamen, are not all civilians;
* a reply in words ("responded with a statement ... threatening to respond with shelling") is no reply incident;
* a quarter the incident's sentence puts in "the capital" is not read in another governorate the report names;
* "the Russian bombing" and "continued bombing the town" are no bomb set off on the ground;
* a singular coalition raid that targeted a car is an airstrike.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds
from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report


def test_day_toll_before_a_running_count_of_the_year_keeps_its_dead() -> None:
    row = contract("Desert ambush\n\nToday, ISIS cells ambushed an army bus in the Homs desert, killing nine soldiers, "
                   "raising the number of regime personnel killed in 38 ISIS attacks in 2024 to 120.")
    assert killed_per_incident(row) == [{"regime": 9}]


def test_strike_that_is_the_latest_of_a_year_keeps_its_dead() -> None:
    row = contract("Drone strike\n\nA Turkish drone struck a car near Qamishli on Tuesday, killing two SDF members, in "
                   "the latest of 40 drone strikes that Turkey has carried out in the region in 2024.")
    assert killed_per_incident(row) == [{"sdf": 2}]


def test_worst_hit_village_of_one_days_shelling_keeps_its_dead() -> None:
    row = contract("Shelling\n\nRegime forces shelled several villages in Jabal al-Zawiya today. Kansafra was the worst "
                   "hit, with four civilians killed there.")
    assert killed_per_incident(row) == [{"civilians": 4}]


def test_workers_attacked_with_soldiers_guarding_them_are_not_all_civilians() -> None:
    row = contract("Ambush\n\nISIS fighters fired on shepherds and regime soldiers guarding them in the desert of Deir "
                   "Ezzor, killing seven people.")
    assert killed_per_incident(row) == [{"unknown": 7}]


def test_militiamen_looking_for_truffles_are_not_civilians() -> None:
    row = contract("Truffles\n\nGunmen ambushed a car carrying NDF militiamen, killing five people, as they were looking "
                   "for truffles in the desert of al-Sukhnah.")
    assert killed_per_incident(row) != [{"civilians": 5}]


def test_reply_in_words_is_no_incident() -> None:
    row = contract("Strike\n\nA Turkish drone struck a car near Qamishli, killing two SDF members. The SDF responded with "
                   "a statement accusing Turkey of targeting civilians and threatening to respond with shelling.")
    assert kinds(row) == ["drone_strike"]


def test_quarter_of_the_capital_is_not_read_in_the_other_province_named() -> None:
    text = ("Shelling\n\nTwo mortar shells fell on al-Midan neighbourhood of the capital, injuring four people. In "
            "Aleppo, clashes broke out between SDF and regime forces in Sheikh Maqsoud, killing two.")
    govs = [e.location.admin1 for e in extract_report(Report(text=text), Geocoder.default()).events]
    assert govs[0] != "Aleppo"


def test_russian_bombing_is_no_ground_bomb() -> None:
    row = contract("Bombing\n\nThe Russian bombing on the outskirts of Maarat al-Nu'man killed five civilians, including "
                   "two children.")
    assert "ied_landmine" not in kinds(row)


def test_bombing_as_a_verb_is_no_ground_bomb() -> None:
    row = contract("Bombing\n\nRegime forces continued bombing the town of Kansafra in Jabal al-Zawiya, killing a woman "
                   "and her son.")
    assert "ied_landmine" not in kinds(row)


def test_singular_coalition_raid_on_a_car_is_an_airstrike() -> None:
    row = contract("Raid\n\nA coalition raid targeted a car carrying ISIS leaders on the road near al-Busayrah in Deir "
                   "Ezzor countryside, killing three of them.")
    assert kinds(row) == ["airstrike"]
