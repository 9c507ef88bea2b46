"""A group named as the doer of strikes of two kinds ("Turkish air and drone strikes", "regime artillery and rocket
shelling") is the doer, not the side of a risen toll after it (``casualty_sentence_sides.AGENT_OF_EVENTS``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_toll_of_air_and_drone_strikes_is_not_the_strikers() -> None:
    text = (
        "Strikes on the northeast\n\nThe death toll from three days of Turkish air and drone strikes on northeast Syria "
        "rose to 12 on Saturday, as Ankara pressed on with its campaign, a war monitor said."
    )
    assert killed(text).get("turkey_factions", 0) == 0
