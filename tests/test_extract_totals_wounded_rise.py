"""A toll risen because some of the wounded died ("the toll of the clashes that flared on Friday has climbed to
eight, after two of the injured men died in hospital") is the event's toll and its breakdown the incident's, not
running totals; a campaign's toll, a toll with a period cue or a toll across the country stays a total (paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that
must not change."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2021-09-14"))


def test_clash_toll_risen_by_wounded_dying_is_the_incident() -> None:
    text = ("Monitors said the toll of the clashes that flared on Friday between two rival clans in the village of "
            "Tell Hamis in Hasakah countryside has climbed to eight, after two injured clansmen died in a clinic. "
            "Among the dead are five clansmen and three civilians who were passing by.")
    row = titled(text, "2021-09-14")
    assert total_pairs(row) == []
    assert sum(sum(k.values()) for k in killed_per_incident(row)) == 8


def test_blasts_toll_risen_by_wounded_dying_is_the_incident() -> None:
    text = ("The number of those killed by the pair of bombs that went off on Saturday near a bakery in Jarablus has "
            "risen to 21, after four more wounded people succumbed overnight. The victims are 17 civilians and four "
            "members of a Turkish-backed faction.")
    assert totals(text) == []


def test_sentence_of_a_risen_toll_by_wounded_dying_is_no_period_total() -> None:
    assert not is_period_total("The death toll of the fighting that began on Friday between two clans in Tell Hamis "
                               "has risen to eight, after two injured clansmen died in a clinic.")


def test_campaign_toll_risen_by_wounded_dying_stays_a_total() -> None:
    assert is_period_total("The death toll of the military campaign that began on March 3 against the villages of "
                           "Jabal al-Zawiya has risen to 412, after two wounded fighters died at a clinic.")


def test_toll_since_a_date_risen_by_wounded_dying_stays_a_total() -> None:
    assert is_period_total("The number of civilians killed by landmines since January began has climbed to 230, "
                           "after an injured shepherd passed away.")


def test_nationwide_toll_risen_by_wounded_dying_stays_a_total() -> None:
    assert is_period_total("The toll of people killed across Syria on Tuesday has risen to 61, after five of the "
                           "wounded died.")


def test_province_toll_risen_by_wounded_dying_stays_a_total() -> None:
    assert is_period_total("The number of people killed in Raqqa province has risen to 19, after an injured farmer "
                           "passed away.")


def test_doer_toll_in_a_region_risen_by_wounded_dying_stays_a_total() -> None:
    assert is_period_total("The number of SDF fighters killed by Turkish drones in the region has risen to 30, after "
                           "two injured fighters passed away.")
