"""A side that "infiltrated" the enemy's positions did the attack (``events._PERP_VERB``): its perpetrator, so "one of
the attackers" killed with it are of that side. Look-alike: a side whose positions were infiltrated is the target.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def test_group_that_infiltrated_is_perpetrator_and_its_dead_the_attackers() -> None:
    text = ("Raid near Kabani\n\nFighters of Ansar al-Tawhid infiltrated army posts close to Kabani in the Latakia hills "
            "before sunrise on Friday and shot four soldiers dead; two of the attackers died as they pulled back.")
    row = contract(text)
    assert [i["perpetrator"] for i in row["incidents"]] == ["hts_rebels"]
    assert killed(text) == {"regime": 4, "hts_rebels": 2}


def test_side_whose_posts_were_infiltrated_is_the_target() -> None:
    text = ("Raid near Kabani\n\nArmy posts close to Kabani were infiltrated before sunrise on Friday by fighters of "
            "Ansar al-Tawhid, who killed four soldiers.")
    row = contract(text)
    assert [i["target"] for i in row["incidents"]] == ["regime"]
