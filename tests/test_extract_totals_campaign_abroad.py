"""The toll of a decades-long campaign against Turkey told as background ("In its 35-year terror campaign against
Turkey, the group has been responsible for the deaths of 40,000 people") is no total of the report (``totals_cues.ABROAD``;
sentences written for these tests)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_toll_of_a_campaign_against_turkey_is_no_total() -> None:
    text = (
        "A car bomb killed three civilians in the town of al-Bab on Monday, the ministry said.\n"
        "In its more than 30-year terror campaign against Turkey, the group has been responsible for the deaths of "
        "40,000 people, including women and children.\n"
    )
    assert all(n != 40000 for _, n in total_pairs(titled(text, "2023-01-02")))


def test_a_campaign_in_syria_keeps_its_toll() -> None:
    text = (
        "Since the start of 2022, Turkish drones have carried out 60 strikes on north-east Syria, killing 45 people.\n"
    )
    assert ("unknown", 45) in total_pairs(titled(text, "2023-01-02"))
