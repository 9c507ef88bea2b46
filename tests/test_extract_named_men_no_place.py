"""Places: men named after their count ("two fighters, Hassan Omar al-Saleh and Mahmoud Jassem al-Ali, were killed",
"gunmen shot dead Khalil al-Rashid") are no places, so they neither place the incident nor open another one.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_named_dead_open_no_incident() -> None:
    text = (
        "ISIS cells attacked a post of the Syrian Democratic Forces in the town of Diban in the eastern countryside "
        "of Deir ez-Zor at dawn on Monday.\n"
        "SDF fighters repelled the attack, and the fighting lasted about an hour, during which one attacker was "
        "killed, while two fighters, Hassan Omar al-Saleh and Mahmoud Jassem al-Ali, were killed."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 1
    assert all("al-Ali" not in p["name"] for p in rows[0]["places"])
