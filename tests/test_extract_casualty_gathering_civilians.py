"""People hurt as members of an unarmed gathering ("protesters", "demonstrators", "mourners", "worshippers") are
described as civilians (SCHEMA: victims are civilians when the text describes them as such).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_wounded_demonstrators_are_civilians() -> None:
    text = ("Shooting at a sit-in in Shahba\n\nSecurity guards opened fire on a sit-in outside the town hall of Shahba on "
            "Thursday, wounding four demonstrators, SOHR said.")
    assert injured(text) == {"civilians": 4}


def test_a_protester_shot_dead() -> None:
    text = ("Protest dispersed in Daraa\n\nA protester was shot dead and five others were wounded when regime forces fired "
            "at a rally in Daraa al-Balad on Friday, the Observatory reported.")
    assert killed(text) == {"civilians": 1}


def test_mourners_killed_by_a_blast() -> None:
    text = ("Blast at a funeral in Azaz\n\nA bomb went off at a funeral in Azaz on Monday, killing nine mourners and "
            "wounding 20 others, SOHR said.")
    assert killed(text) == {"civilians": 9}
