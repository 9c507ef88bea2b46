"""The toll of a fight between two parties ("the death toll of the clashes between A and B rose to 14") counts the dead
of both: the bare figure takes the side of neither party the clause names.

Look-alikes: a figure with people of its own ("rose to 25 SDF fighters"), a count of one side's dead in a fight ("the
number of SDF fighters killed in the clashes with ...") and a bombing's rising toll keep their readings.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def _sided(row: dict[str, object]) -> list[tuple[object, object]]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return [(t["side"], t["killed"]) for t in totals]


def test_fight_between_two_parties_takes_neither_side() -> None:
    row = contract("Jaramana unrest | Toll climbs\n\nThe death toll of the fighting that erupted on Monday between local "
                   "gunmen and members of the security forces in Jaramana, on the south-eastern edge of the capital, rose "
                   "to 14, the monitor said on Tuesday.")
    assert not any(value == 14 for _, value in _sided(row))


def test_fight_with_a_named_group_takes_no_side() -> None:
    row = contract("Nawa report\n\nThe death toll of the clashes that local fighters have waged since Friday with an "
                   "ISIS cell hiding in the town of Nawa has risen to 13, a local source said.")
    assert ("isis", 13) not in _sided(row)


def test_figure_with_its_own_people_keeps_their_side() -> None:
    row = contract("Raqqa report\n\nSince Sunday, the toll of the clashes pitting the SDF against ISIS cells near "
                   "Tabqa has risen to 25 SDF fighters.")
    assert ("sdf", 25) in _sided(row)


def test_count_of_one_side_in_a_fight_keeps_its_side() -> None:
    row = contract("Deir Ezzor report\n\nThe number of SDF fighters killed in the clashes with tribal gunmen since "
                   "Sunday rose to 12.")
    assert ("sdf", 12) in _sided(row)


def test_infighting_between_two_groups_of_one_side_keeps_that_side() -> None:
    row = contract("Afrin infighting\n\nSince Friday, the death toll of the infighting between the Hamza Division and the "
                   "Sultan Murad Division in the Afrin countryside has risen to 6, the monitor reported.")
    assert ("turkey_factions", 6) in _sided(row)


def test_clashes_between_two_groups_of_one_side_keep_that_side() -> None:
    row = contract("HTS infighting\n\nThe death toll of the clashes between HTS and Hurras al-Din in western Idlib since "
                   "Monday has risen to 21, the monitor said.")
    assert ("hts_rebels", 21) in _sided(row)
