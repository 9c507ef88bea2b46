""""the toll among the attackers at N": the bare figure is of the group an earlier sentence said
attacked, not of the side that was hit (``casualty_attackers_toll``). Look-alike: a toll among the defenders stays
theirs.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_toll_among_the_attackers_is_of_the_attacking_group() -> None:
    text = ("Desert attack near Al-Mayadeen\n\nCells of ISIS attacked posts of the regime forces in the badia of "
            "Al-Mayadeen at dawn on Wednesday. The monitor put the toll among the attackers at six, giving no "
            "further details.")
    assert killed(text) == {"isis": 6}


def test_toll_among_the_defending_soldiers_stays_theirs() -> None:
    text = ("Desert attack near Al-Mayadeen\n\nCells of ISIS attacked posts of the regime forces in the badia of "
            "Al-Mayadeen at dawn on Wednesday. The monitor put the toll among the soldiers at six, giving no "
            "further details.")
    assert killed(text) == {"regime": 6}
