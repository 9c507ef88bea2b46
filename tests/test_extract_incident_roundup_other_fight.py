"""A daily roundup by province: a bombardment with its toll, then dead of another side in a fight of another kind, and
a province's toll that only by chance equals the sum of the next province's tolls.

* "Jets struck A, killing seven civilians. Four rebel fighters were killed in clashes with regime forces near the
  city's airport": two incidents, even where the second names no town of its own;
* "Hama province: 3 soldiers were killed in clashes ...", then "Idlib province: a woman and her son were killed ...
  A man was killed ...": the first is an incident, not a lead that the next section's incidents detail.

Look-alikes: "ISIS cells attacked a post near A, killing four soldiers. Two ISIS members were killed in clashes that
followed" (the attack's own fight) and "Three civilians were also killed in the airstrikes" (the same bombardment's
dead) stay one incident.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_clashes_after_a_strike_with_other_dead_are_another_incident() -> None:
    row = contract("Daily toll\n\n"
                   "Hama province: 6 citizens were killed by regime air strikes on the town of Kafr Zita in the morning. "
                   "4 rebel fighters were killed in clashes with regime forces near the Hama military airport.")
    assert sorted(kinds(row)) == ["airstrike", "clash"]


def test_section_toll_is_no_lead_of_the_next_section() -> None:
    row = contract("Daily toll\n\n"
                   "Hama province: 3 regime soldiers were killed in clashes with rebel fighters in the countryside of Hama.\n\n"
                   "Idlib province: Regime forces shelled the town of Saraqib, killing a woman and her son. A man was "
                   "also killed by regime sniper fire in Binnish.")
    assert len(row["incidents"]) == 3


def test_look_alike_clashes_after_an_attack_stay_one_incident() -> None:
    row = contract("Attack in Homs desert\n\n"
                   "ISIS cells attacked a regime post near Arak in the eastern countryside of Homs, killing four soldiers. "
                   "Two ISIS members were killed in clashes with the soldiers.")
    assert len(row["incidents"]) == 1


def test_look_alike_more_dead_of_the_same_strikes_stay_one_incident() -> None:
    row = contract("Strikes in Idlib\n\n"
                   "Russian warplanes struck the town of Ariha, killing five civilians. Two HTS members were killed in "
                   "the airstrikes as well.")
    assert kinds(row) == ["airstrike"]


def test_paragraph_of_another_kind_in_another_province_is_another_incident() -> None:
    row = contract("Renewed shelling and fighting leave casualties\nNovember 6, 2019\n\n"
                   "Regime forces shelled the towns of Ariha, Maarzaf and Kafr Oweid in the southern countryside of Idlib "
                   "with dozens of rockets this morning, killing a woman and her two daughters in Ariha and wounding at "
                   "least five other civilians.\n"
                   "On the frontlines in the northern countryside of Latakia, fierce clashes broke out this morning after "
                   "regime forces tried to advance on the hills held by Hayat Tahrir al-Sham. The fighting left four "
                   "soldiers and six jihadists dead, while others on both sides were wounded.")
    assert sorted(kinds(row)) == ["clash", "shelling"]


def test_look_alike_province_as_actor_is_no_place() -> None:
    row = contract("Strikes in Idlib\n\n"
                   "Russian warplanes struck the town of Ariha in the southern countryside of Idlib, killing five civilians.\n\n"
                   "Damascus denies targeting civilians and says it fights terrorists.")
    assert kinds(row) == ["airstrike"]
