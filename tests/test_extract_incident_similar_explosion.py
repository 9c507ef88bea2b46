"""Incidents: "a similar explosion" (or blast) told as its own event after a mine or bomb is of that kind, not an
explosion of unknown nature.

Look-alike: an explosion told with no earlier event of its kind ("an explosion of unknown origin") stays `other`.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = ("Syrian Observatory for Human Rights\nDesert news\n\n"
         "ISIS cells attacked positions of regime forces in the Al-Mayadin desert in the eastern countryside of Deir ez-Zor "
         "yesterday evening, killing five soldiers.\n\n")


def test_similar_explosion_after_a_mine_is_a_mine() -> None:
    row = contract(_LEAD + "In Al-Bukamal desert, a member of the National Defence Forces was killed by a landmine near "
                           "the T2 station, while two shepherds were wounded by a similar explosion south of Al-Quriyah.")
    assert kinds(row) == ["attack", "ied_landmine", "ied_landmine"]


def test_look_alike_blast_of_unknown_origin_stays_other() -> None:
    row = contract(_LEAD + "In the town of Al-Quriyah, a blast of unknown origin hit a house this morning, wounding two "
                           "women.")
    assert kinds(row) == ["attack", "other"]
