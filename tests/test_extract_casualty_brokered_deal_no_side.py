"""A state's name that qualifies a deal ("the Russian-brokered settlement", "a Turkish-sponsored truce") names no one's
men (``actors._BROKERED``): a victim who "had joined the Russian-brokered settlement and later worked with the 8th
Brigade" is of the group he worked with. Look-alike: Russian strikes stay Russia's.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def test_settlement_brokered_by_russia_is_no_group_joined() -> None:
    text = ("Blast in Busra al-Sham\n\nA former rebel commander was killed on Sunday when a bomb went off in his car in Busra "
            "al-Sham. The man had joined the Russian-brokered settlement in 2018 and later worked with the 8th Brigade.")
    assert killed(text) == {"regime": 1}


def test_russian_strikes_stay_russias() -> None:
    text = ("Strikes on Idlib\n\nRussian warplanes struck the outskirts of Ariha on Monday, killing three civilians, months "
            "after the Russian-brokered truce collapsed.")
    row = contract(text)
    assert [i["perpetrator"] for i in row["incidents"]] == ["russia"]
    assert killed(text) == {"civilians": 3}
