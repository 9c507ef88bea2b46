""""N of the attackers" after an attack whose doer is told with a relative clause before the verb ("fighters of the
Hamza Division who had slipped past the front line attacked ..."): the attackers are the doer's, not the side that was
attacked.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_attackers_after_a_relative_clause_on_the_doer() -> None:
    text = ("Attack near Tal Tamr\n\nFighters of the Hamza Division who had slipped past the front line at night attacked "
            "an SDF post near Tal Tamr on Friday, and the clashes left three of the attackers dead.")
    assert killed(text) == {"turkey_factions": 3}


def test_wounded_attackers_after_a_relative_clause() -> None:
    text = ("Raid on a post near Deir Hafer\n\nMembers of the National Defence Forces, who came from regime-held villages, "
            "stormed a post of the factions near Deir Hafer on Monday; an exchange of fire left two of the attackers "
            "wounded.")
    assert injured(text) == {"regime": 2}


def test_the_attacked_side_is_not_the_doer() -> None:
    text = ("Ambush near Sukhnah\n\nISIS cells, which had been hiding in the desert for weeks, ambushed soldiers who were "
            "guarding a gas field near Sukhnah on Sunday, killing four of the soldiers and two of the attackers.")
    assert killed(text).get("isis") == 2
