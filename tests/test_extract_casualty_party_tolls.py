"""A party's own toll beside the monitor's (``casualty_party_tolls``): a ministry or an armed group that puts the toll
(or its own losses, or the number of dead) at a figure after the monitor's count is a claimant, and its figure yields;
the monitor's "put the toll at 41 soldiers" after a party's "40 Turkish soldiers" is of the side that party names;
the monitor that "gave a lower toll" is no claimant.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_ministry_toll_that_blames_a_group_yields() -> None:
    text = ("Bomb hits market in Jarablus\n\nA booby-trapped van blew up near the vegetable market of Jarablus on "
            "Monday, the Syrian Observatory reported, saying 22 civilians and three fighters of Turkish-backed "
            "groups lost their lives.\nThe Turkish interior ministry put the toll at 19 and accused the YPG of "
            "planting the device.")
    assert killed(text) == {"civilians": 22, "turkey_factions": 3}


def test_group_putting_its_own_losses_yields() -> None:
    text = ("Jail siege in Qamishli enters third day\nQAMISHLI (AFP) - Kurdish-led fighters pressed on Sunday against "
            "Islamic State gunmen holding out in a jail they stormed on Friday, as the toll of the siege reached 88, a "
            "monitor said.\nThe Observatory said those killed included 60 IS members, 25 "
            "Kurdish-led fighters and three civilians.\nThe Syrian Democratic Forces, the region's Kurdish-led army, "
            "put its own losses at 11 fighters and said \"scores\" of raiders had died.")
    assert killed(text) == {"civilians": 3, "isis": 60, "sdf": 25}


def test_officials_number_of_dead_yields() -> None:
    text = ("Air raid hits Turkish post near Sarmin\n\nAt least 41 Turkish soldiers died on Friday night when jets "
            "bombed their post near Sarmin, SOHR reported. Ankara's officials put the number of dead at 39 and said "
            "dozens of others were hurt.")
    assert killed(text) == {"turkey_factions": 41}


def test_monitor_toll_of_bare_soldiers_takes_the_party_side() -> None:
    text = ("Air raid hits Turkish post near Sarmin\n\nNo fewer than 40 Turkish soldiers were killed in a government "
            "air raid near Sarmin on Friday night, a senior official in Ankara said.\nThe Syrian Observatory put the "
            "death toll at 41 soldiers and said Russian jets had flown over the town.")
    assert killed(text) == {"turkey_factions": 41}


def test_monitor_giving_a_lower_toll_is_no_claim() -> None:
    text = ("Drones strike Deir Ezzor\n\nState television said on Sunday that drone strikes near al-Mayadin killed "
            "nine militiamen of the Iran-backed groups.\nThe Syrian Observatory gave a lower toll, saying five "
            "Iran-backed militiamen lost their lives in the raid.")
    assert killed(text) == {"pro_iran_foreign": 5}
