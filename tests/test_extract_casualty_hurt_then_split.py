"""People "killed and wounded" together, then told apart ("killed and wounded two shepherds: one of them died, while the
other was injured"): one killed and the rest injured, of the group's side (``casualty_hurt_split``).
Look-alike: "killed and wounded five soldiers" with no split gives no figure.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_killed_and_wounded_then_one_of_them_died() -> None:
    text = ("Mine near Maadan\n\nOn Sunday, a landmine killed and wounded three farmers near Maadan: one of them died on "
            "the spot, while the two others were taken to hospital.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 2}


def test_killed_and_wounded_without_split() -> None:
    text = ("Shelling on Kabani\n\nRegime shelling on Kabani on Sunday killed and wounded five fighters of the factions.")
    assert killed(text) == {}
