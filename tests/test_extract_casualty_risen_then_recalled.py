"""A risen toll, then the first count recalled, then the parts of the dead ("has risen to eight ... On Monday, the
monitor reported that five people had been killed ... Among the dead are three women"): the parts restate the risen
toll, not the smaller first count told after it (``casualty_restated``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_parts_after_the_recalled_first_count_restate_the_risen_toll() -> None:
    text = ("Toll of landmine blast rises\n\nThe death toll of the landmine blast that hit a minibus carrying farm workers "
            "near Maadan has risen to eight, after three of the wounded died of their injuries. On Monday, the monitor "
            "reported that five civilians had been killed when the minibus ran over a mine. Among the dead are three women.")
    assert killed(text) == {"civilians": 8}
