""" "a Russian air raid" is a thing a nation did, not a Russian counted among the dead (``figures.THING_OF_A_NATION``).

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_a_russian_air_raid_is_no_russian_dead() -> None:
    text = (
        "Strikes on Idlib\n\nOn Tuesday, regime warplanes hit the town of Sarmin, killing a civilian woman, while a Russian "
        "air raid on the village of Kafr Ta'al killed two fighters of the National Front for Liberation."
    )
    assert "russia" not in killed(text)
