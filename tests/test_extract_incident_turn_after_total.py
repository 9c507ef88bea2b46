"""Incidents: a paragraph that turns to one placed event of its own ("Meanwhile, factions fired rockets at the town of
X, injuring three civilians") after a paragraph of running totals is an incident, whether its verb is "fired",
"pounded" or "bombarded" and whether its toll is of dead or of wounded.

Look-alike: a turn to a toll over a period ("Meanwhile, regime forces fired rockets at X since Monday") stays a total.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names

_FIGHT = ("Syrian Observatory for Human Rights\nBattles go on in the Ghab plain\n\n"
          "Heavy fighting has gone on since Sunday between regime forces and the factions on the Tal Wasit axis in "
          "the Ghab plain in the north-western countryside of Hama. The fighting has so far killed 14 regime soldiers "
          "and 19 fighters of the factions.\n\n")


def test_rockets_fired_with_wounded_after_totals_are_an_incident() -> None:
    row = contract(_FIGHT + "Meanwhile, the factions fired several rockets at Suqaylabiyah city, injuring three "
                            "civilians, including a woman.")
    assert "Suqaylabiyah" in [name for names in place_names(row) for name in names]
    assert "shelling" in kinds(row)


def test_town_pounded_after_totals_is_an_incident() -> None:
    row = contract(_FIGHT + "Meanwhile, regime artillery pounded Qalaat al-Madiq town, injuring two children.")
    assert "Qalaat al-Madiq" in [name for names in place_names(row) for name in names]


def test_look_alike_rockets_over_a_period_stay_out() -> None:
    row = contract(_FIGHT + "Meanwhile, the factions fired dozens of rockets at Suqaylabiyah city since Sunday, injuring "
                            "three civilians.")
    assert "Suqaylabiyah" not in [name for names in place_names(row) for name in names]
