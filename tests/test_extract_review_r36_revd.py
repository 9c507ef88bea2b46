"""Review of round 36's rules (revd): sentences that come near each rule without being what it was written for.

* incident_place_scope: "The raids killed four ... in the town of X", "The clashes wounded ... in the village of Y" tell the
  incident's own events in the plural; their places stay the incident's.
* figure_one_death: "not a single death", "risk a death" count no one.
* totals_so_far_answer: "has so far documented the deaths of 45 civilians in explosions in ..." is many events' count
  (a total); "six members of the group" names whose dead they are and does not take the claim's side.
* totals_tied_event: "the deaths of 1,210 civilians in the attack on Eastern Ghouta" (an offensive on a named place)
  stays a total.
* casualty_place_sides: "the YPG district defence units" is a unit named after its place, not a place.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, killed_sums, place_names, summed, titled, total_pairs


def test_plural_raids_that_killed_keep_their_town() -> None:
    row = titled("Russian jets carried out raids on the western countryside of Idlib on Saturday afternoon. The raids "
                 "killed three farmers, among them a boy, in the town of Kafr Nabl.")
    assert "Kafr Nabl" in place_names(row)[0]


def test_plural_clashes_that_wounded_keep_their_village() -> None:
    row = titled("SDF fighters and tribal gunmen fought on Wednesday in the eastern countryside of Deir Ezzor, leaving two "
                 "gunmen dead. The clashes wounded a shepherd and his son in the village of Shuhail, local sources said.")
    assert "Shuhail" in place_names(row)[0]


def test_not_a_single_death_counts_no_one() -> None:
    row = titled("Regime artillery pounded villages of Jabal al-Zawiya on Thursday, causing heavy damage to homes but "
                 "not a single death, the monitor said.")
    assert summed(row, "killed", drop_zero=True) == {}


def test_risk_a_death_counts_no_one() -> None:
    row = titled("Elders of Tafas warned on Sunday that a raid by regime forces on the town would risk a death among "
                 "its young men, SOHR sources said.")
    assert summed(row, "killed", drop_zero=True) == {}


def test_so_far_deaths_in_explosions_stay_a_total() -> None:
    row = titled("The health directorate of Azaz said four people were hurt in a blast in the town on Thursday. SOHR "
                 "has so far documented the deaths of 52 civilians in explosions in areas under Turkish-backed factions.")
    assert ("civilians", 52) in total_pairs(row)


def test_so_far_members_of_the_group_take_no_claimed_side() -> None:
    text = ("ISIS raid near al-Sukhnah\n\nThe Amaq agency of ISIS claimed that its fighters killed eleven members of "
            "the regime forces in a raid on a post east of al-Sukhnah on Monday. The Observatory has so far confirmed "
            "the death of seven members of the group in the fighting around the post.")
    assert killed_sums(text).get("regime") != 7


def test_deaths_in_the_attack_on_a_named_region_stay_a_total() -> None:
    row = titled("Regime rockets killed five civilians in Harasta on Monday. The monitor said the deaths of 1,340 "
                 "civilians in the attack on Eastern Ghouta have been documented, 270 of them children.")
    assert ("civilians", 1340) in total_pairs(row)
    assert {"civilians": 5} in killed_per_incident(row)


def test_a_unit_named_after_its_district_keeps_its_side() -> None:
    row = titled("Turkish artillery hit the edges of Afrin on Monday. The death toll among the YPG district defence "
                 "units rose to 6, the monitor said.")
    assert killed_per_incident(row) == [{"sdf": 6}]

