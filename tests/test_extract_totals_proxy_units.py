"""Two figures of one side that name a state's proxies and its own army ("196 Ankara-backed fighters and seven Turkish
soldiers") are two totals, not one sum (totals_parts._own_units). Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    row = titled(text, "2019-10-22")
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def test_proxies_and_the_army_of_one_side_are_two_totals() -> None:
    text = ("Offensive toll\n"
            "Since the offensive began on October 9, 2019, the monitor has documented the deaths of 120 SDF fighters, "
            "85 Ankara-backed fighters and six Turkish soldiers.")
    found = totals(text)
    assert ("turkey_factions", 85) in found and ("turkey_factions", 6) in found
    assert ("turkey_factions", 91) not in found


def test_proxy_armed_groups_and_the_army_are_two_totals() -> None:
    text = ("Offensive toll\n"
            "Since the offensive began on October 9, 2019, 140 SDF members have been killed, along with 77 fighters from "
            "Turkey-backed Syrian armed groups and four soldiers of the Turkish army.")
    found = totals(text)
    assert ("turkey_factions", 77) in found and ("turkey_factions", 4) in found


def test_members_and_a_soldier_of_one_side_stay_one_sum() -> None:
    text = ("Weekly toll\n"
            "In the past week ISIS cells killed five NDF members and a soldier in the Homs desert, the monitor said.")
    assert ("regime", 6) in totals(text)
