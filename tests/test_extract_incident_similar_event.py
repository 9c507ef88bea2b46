"""An earlier event told as "similar" to the one before ("similar strikes on X killed ...", "Last month, two men were
killed in a similar feud in Y"): an incident of its own, of the kind told before. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_similar_strikes_take_the_kind_before() -> None:
    row = contract("Strikes on militias\n\nWarplanes carried out airstrikes at dawn on depots of Iranian-backed "
                   "militias near Al-Mayadin in the eastern countryside of Deir ez-Zor, killing seven militiamen.\n\n"
                   "On 4 March, similar strikes on positions near Al-Quriyah killed nine militiamen.")
    assert kinds(row) == ["airstrike", "airstrike"]


def test_victims_killed_in_a_similar_feud_last_month_are_another_incident() -> None:
    row = contract("Clan clashes\n\nThree men were killed in armed clashes between members of two clans in the town of "
                   "Gharanij, east of Deir ez-Zor, on Thursday.\n\nLast month, two brothers were "
                   "killed in a similar feud in the village of Al-Kishkiyah.")
    assert kinds(row) == ["clash", "clash"]


def test_look_alike_last_month_a_total_stays_a_total() -> None:
    row = contract("Clan clashes\n\nThree men were killed in armed clashes between members of two clans in the town of "
                   "Gharanij, east of Deir ez-Zor, on Thursday.\n\nLast month, 23 people were "
                   "killed in tribal disputes across the province.")
    assert kinds(row) == ["clash"]
