""""Four local fighters were killed and seven wounded, while several ISIS members were killed": the bare "seven" is of
the local fighters told right before it (``casualty_local_hurt``), not of the other side told after.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_bare_wounded_after_local_fighters() -> None:
    text = ("Clashes in Nawa\n\nLocal fighters clashed with an ISIS cell in Nawa on Sunday. A local source said at least "
            "three local fighters were killed and five wounded, while \"several\" ISIS members were killed.")
    assert killed(text)["hts_rebels"] == 3
    assert injured(text) == {"hts_rebels": 5}


def test_wounded_with_words_of_their_own() -> None:
    text = ("Clashes in Nawa\n\nLocal fighters clashed with an ISIS cell in Nawa on Sunday. Three local fighters were "
            "killed and five civilians wounded.")
    assert injured(text) == {"civilians": 5}
