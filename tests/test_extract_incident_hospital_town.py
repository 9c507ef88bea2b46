"""Incidents: the town of the hospital a victim was taken to ("was taken to a hospital in the town of X", "died in a
hospital in the village of Y") is not where the event happened, and does not make a sentence of the same event's
wounded another incident.

Look-alike: a shell that hits a hospital in a town places its own event there.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names

_LEAD = ("North Press\nClashes in Deir ez-Zor\n\n"
         "Two SDF fighters and three ISIS members were killed on Sunday in clashes that broke out during an SDF raid on "
         "a house in the town of al-Shuhail, east of Deir ez-Zor, SOHR said.\n")


def test_hospital_in_the_town_of_is_no_place_of_the_event() -> None:
    row = contract(_LEAD + "A local source said that a woman was also injured by stray bullets during the clashes, and "
                           "was taken to a hospital in the town of Thiban.")
    assert kinds(row) == ["attack"]
    assert place_names(row) == [["al-Shuhail", "Deir ez-Zor"]]


def test_look_alike_shell_hitting_a_hospital_places_its_event() -> None:
    row = contract(_LEAD + "Meanwhile, a shell fired by regime forces hit a hospital in the town of Thiban, wounding a "
                           "nurse.")
    assert kinds(row) == ["attack", "shelling"]
    assert place_names(row)[1] == ["Thiban"]
