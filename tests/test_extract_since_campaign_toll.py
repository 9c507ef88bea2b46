"""Dead counted "since X launched its offensive" are a period's toll, not an incident's (incident_window_tolls).
Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import killed_per_incident, kinds, titled


def test_dead_since_a_party_launched_its_campaign_are_no_incident() -> None:
    for since in ("since Turkey and its allied factions launched their offensive on the region on October 9, 2019",
                  "since regime forces began their assault on the southern countryside of Idlib on April 30, 2019",
                  "since the army started a military operation against the rebels on May 6, 2019"):
        row = titled(f"The monitor said on Tuesday that at least 140 civilians, among them 12 children, have been "
                     f"killed {since}.\nThe monitor added that 200 fighters had been killed in the same period.")
        assert all(not killed for killed in killed_per_incident(row)), since


def test_an_attack_told_after_the_campaign_s_toll_stays() -> None:
    row = titled(
        "The monitor said on Tuesday that at least 140 civilians have been killed since Turkey launched its "
        "offensive on the region on October 9, 2019.\n"
        "On Monday, a Turkish drone struck a car near the town of Tal Tamr, killing two SDF fighters."
    )
    assert kinds(row) == ["drone_strike"]
