"""Incidents: a clause after ", as" in which another side strikes a town of its own ("Regime forces shelled A and B,
as the factions targeted regime positions in C, killing two soldiers") is another incident.

Look-alikes: a clause that tells how the same side's event went on, and one whose striker is not named, stay with
the first half.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds, place_names

_HEAD = "Syrian Observatory for Human Rights\nShelling on the fronts of Idlib\n\n"


def test_other_side_in_another_town_is_another_incident() -> None:
    row = contract(
        _HEAD + "Regime forces shelled Kansafra and Al-Bara with heavy artillery this morning, as HTS targeted "
        "regime positions in Kafr Ruma with rockets, killing three soldiers."
    )
    assert kinds(row) == ["shelling", "shelling"]
    first, second = place_names(row)
    assert "Kafr Ruma" in second and "Kafr Ruma" not in first
    assert [sum(k.values()) for k in killed_per_incident(row)] == [0, 3]


def test_same_side_going_on_stays_one_incident() -> None:
    row = contract(
        _HEAD + "Regime forces shelled Kansafra and Al-Bara with heavy artillery this morning, as regime "
        "warplanes struck the outskirts of Kansafra, killing a woman."
    )
    assert len(kinds(row)) == 1


def test_unnamed_striker_stays_one_incident() -> None:
    row = contract(
        _HEAD + "Regime forces escalated their bombardment of the villages of Jabal al-Zawiya today, as a "
        "suicide drone targeted a car near Kafr Ruma, killing its driver."
    )
    assert len(kinds(row)) == 1
