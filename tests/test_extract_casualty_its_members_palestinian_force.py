""""killing five of its members" after a post "manned by the Palestinian Liwaa al-Quds": the force named before, the
regime's (SCHEMA: Liwaa al-Quds -> regime). The lexicon once had "Palestinian Liwaa al-Quds" as an alias of its own,
and that longer match left "its members" without a side; the force's name is enough, with or without the adjective.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from contract_rows import killed_sums as killed


@pytest.mark.parametrize("force", [
    "Palestinian Liwaa al-Quds",
    "Palestinian Liwa al-Quds",
    "Liwaa al-Quds",  # (with the bare name, "manned by" was read as naming a doer until round 65)
])
def test_its_members_after_a_post_manned_by_the_force(force: str) -> None:
    text = ("Desert raid\n\nLate on Tuesday, gunmen of the organization stormed a position manned by the "
            f"{force} near Ithriyah in the eastern countryside of Hama, killing four of its members.")
    assert killed(text) == {"regime": 4}


def test_members_of_the_palestinian_force_by_name() -> None:
    text = ("Ambush\n\nFive members of the Palestinian Liwaa al-Quds were killed on Friday in an ambush near Tadmur.")
    assert killed(text) == {"regime": 5}
