"""Militiamen named by a foreign nationality told after them ("two militiamen of Iraqi nationality") are of the foreign
militias, as "two Iraqi militiamen" are, not of the soldiers listed with them.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_militiamen_of_iraqi_nationality_beside_soldiers() -> None:
    text = (
        "Attack near Arak\n\nISIS cells attacked a post near Arak on Friday, and the clashes that followed left four "
        "regime soldiers and three militiamen of Iraqi nationality dead."
    )
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 4}
