"""Review of round 38's rules (rev3): look-alikes the new rules first read wrong.

Drivers of an armed group's vehicles told before them ("ambushed a convoy of the Fourth Division, killing two
drivers", ``casualty_drivers``) take the side the incident gives them, not civilians; drivers of plain lorries stay
civilians. A mukhtar whose sentence or the next ties him to a force by joining it, its checkpoint or a charge
(``casualty_local_office``) keeps no side. A share whose clause tells the group as its people's own ("20 of whom were
killed fighting alongside regime forces", ``totals_share_killers``) keeps that group's side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def test_drivers_of_a_named_units_convoy_take_its_side() -> None:
    text = ("Convoy attacked\n\nMasked men ambushed a supply convoy of the Fourth Division near Khanasser on Thursday, "
            "killing two drivers.")
    assert killed(text) == {"regime": 2}


def test_drivers_of_a_military_column_are_not_civilians() -> None:
    text = "Convoy attacked\n\nA cell of the organisation struck a military column near Ithriya at dawn, killing three drivers."
    assert "civilians" not in killed(text)


def test_drivers_of_a_plain_lorry_convoy_stay_civilians() -> None:
    text = "Convoy attacked\n\nA cell of the organisation stopped a column of grain lorries near Maskanah, killing three drivers."
    assert killed(text) == {"civilians": 3}


def test_mukhtar_who_joined_a_brigade_keeps_no_side() -> None:
    text = ("Killing in Daraa\n\nGunmen shot dead the mukhtar of Al-Musayfirah, a former rebel who joined the Eighth Brigade "
            "after the settlement, on Tuesday.")
    assert "civilians" not in killed(text)


def test_mukhtar_killed_on_charges_keeps_no_side() -> None:
    text = ("Killing in Deir Ezzor\n\nA cell shot dead the mukhtar of Al-Busayrah on Tuesday on charges of passing "
            "names to the SDF.")
    assert "civilians" not in killed(text)


def test_mukhtar_running_a_checkpoint_keeps_no_side() -> None:
    text = ("Killing in Daraa\n\nGunmen shot dead the mukhtar of Da'el on Thursday. He also ran an NDF checkpoint at the "
            "town's entrance.")
    assert "civilians" not in killed(text)


def test_share_fighting_alongside_a_group_keeps_its_side() -> None:
    row = contract("Monthly toll\n\nThe monitor counted 52 gunmen killed in the desert in March, 23 of whom died while "
                   "fighting alongside regime forces near Al-Sukhnah.")
    totals = row["totals"]
    assert isinstance(totals, list)
    assert ("regime", 23) in [(t["side"], t["killed"]) for t in totals]
