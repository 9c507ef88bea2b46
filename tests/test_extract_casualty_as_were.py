""""Six SDF fighters were killed in the fighting, as were five of the attackers": a figure told after the role word
with "as were", "and so were", "as did" shares that role, as one added with "as well as" does
(``casualty_added_dead.ALSO_AFTER_ROLE``); "several others" after a semicolon are more people, no part of the figure
before (``casualty_breakdowns.parent_of``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed
from contract_rows import sentence_sides

_OPEN = ("Raid on SDF posts\n\nTribal gunmen backed by the Syrian government crossed the Euphrates on Sunday and "
         "attacked SDF positions in Dhiban, east of Deir Ezzor. ")


def test_as_were_shares_the_role() -> None:
    text = _OPEN + "Four SDF members were killed in the fighting, as were three of the attackers."
    assert killed(text) == {"sdf": 4, "regime": 3}


def test_and_so_were() -> None:
    text = _OPEN + "Four SDF members were killed in the clashes that followed, and so were three of the attackers."
    assert killed(text) == {"sdf": 4, "regime": 3}


def test_as_did_after_died() -> None:
    text = _OPEN + "Four SDF members died in the fighting, as did three of the attackers."
    assert killed(text) == {"sdf": 4, "regime": 3}


def test_others_after_semicolon_are_no_part() -> None:
    text = _OPEN + "Four SDF members were killed, along with three of the attackers; several others were injured."
    assert ("killed", 3, "regime") in sentence_sides(text, "Four SDF")
    assert killed(text) == {"sdf": 4, "regime": 3}
