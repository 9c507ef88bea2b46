"""Review of round 37 (rev1): look-alikes of its rules that must keep the ordinary reading.

* casualty_added_dead: a figure added after "dead" with a fate of its own ("as well as eight others wounded near ...",
  "in addition to 11 others who were arrested") does not share the dead's role; armed men of no named side before an
  added civilian ("left three gunmen dead, as well as a boy") stay of unknown side.
* casualty_kin_list: a household list that did the killing ("A man, his son and two other gunmen killed ...") is no
  list of victims.
* casualty_passer_by: a passer-by whom the text calls a child after stays a civilian.
* incident_syrian_share: "of them" after the wounded or after a period's toll points to that figure, not the
  incident's dead.
* totals_civilian_parties: a header about the warring parties' or the military toll, or a list with a line of the
  civilians' own, gives each party's own dead.

Every sentence here was written for this review; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums, titled, total_pairs


def test_added_after_dead_with_its_own_wounds_stays_hurt() -> None:
    text = ("Ambush in the Homs desert\n\nAn ISIS ambush on Tuesday left four regime soldiers dead, as well as eight "
            "others wounded near the Sukhnah road.")
    assert killed_sums(text) == {"regime": 4}
    assert injured_sums(text) == {"regime": 8}


def test_added_after_dead_who_were_arrested_are_no_dead() -> None:
    text = ("Raid in Shuhayl\n\nA raid by SDF members on a house in Shuhayl left three gunmen dead, in addition to 11 "
            "others who were arrested by the raiding force.")
    assert killed_sums(text) == {"unknown": 3}


def test_armed_men_before_an_added_boy_are_not_civilians() -> None:
    text = "Ambush near Busra\n\nAn ambush near Busra al-Sham left three gunmen dead, as well as a boy from the village."
    assert killed_sums(text) == {"unknown": 3, "civilians": 1}


def test_household_that_killed_is_no_list_of_victims() -> None:
    text = ("Attack in Tafas\n\nA man, his son and two other gunmen killed three civilians when they stormed a house on "
            "the edge of Tafas on Monday.")
    assert killed_sums(text) == {"civilians": 3}


def test_passer_by_called_a_child_after_stays_a_civilian() -> None:
    text = ("Shooting in Daraa\n\nGunmen shot dead a regime officer in Daraa al-Balad, and a passer-by was wounded in the "
            "shooting, a boy aged 12.")
    assert injured_sums(text) == {"civilians": 1}


def test_syrians_among_the_wounded_leave_the_dead_to_the_militias() -> None:
    text = ("Strikes on Albukamal\n\nIsraeli strikes on Albukamal killed nine fighters of the Iranian-backed militias, and "
            "wounded five others, three of them Syrians.")
    assert killed_sums(text) == {"pro_iran_foreign": 9}


def test_syrians_of_a_period_toll_leave_the_dead_to_the_militias() -> None:
    text = ("Strikes on Albukamal\n\nIsraeli strikes on Albukamal killed 14 fighters of the Iranian-backed militias. Since "
            "early this year, the militias have lost 12 members in such strikes, 5 of them Syrians.")
    assert killed_sums(text) == {"pro_iran_foreign": 14}


_TOLL = "Monthly toll\n\nThe monitor recorded the deaths of 85 civilians across Syria in May 2024. "


def test_warring_parties_header_gives_their_own_dead() -> None:
    found = total_pairs(titled(_TOLL + "The death toll among the warring parties was broken up as follows:\n"
                                       "Regime forces: 41.\nISIS: 13.", "2024-06-02"))
    assert ("regime", 41) in found and ("civilians", 41) not in found


def test_military_toll_header_gives_their_own_dead() -> None:
    found = total_pairs(titled(_TOLL + "The military death toll was broken up as follows:\nRegime forces: 41.\nSDF: 13.",
                               "2024-06-02"))
    assert ("regime", 41) in found and ("civilians", 41) not in found


def test_list_with_a_civilian_line_gives_each_side_its_dead() -> None:
    found = total_pairs(titled(_TOLL + "The overall death toll was broken up as follows:\nCivilians: 85.\n"
                                       "Regime forces: 41.\nISIS: 13.", "2024-06-02"))
    assert ("regime", 41) in found and ("civilians", 41) not in found


def test_added_after_dead_who_survived_are_no_dead() -> None:
    text = ("Car bomb in Jasim\n\nA car bomb in Jasim on Monday left 12 people dead, in addition to 20 others who "
            "survived with wounds of varying severity.")
    assert killed_sums(text) == {"unknown": 12}
