"""A toll counted "since the start of the attack" is a running toll of fighting that goes on (a prison break, a
counter-attack over days): a total of each side, not one event's dead (sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md). Look-alikes that must not change: "since the attack" of one event, "since the start of
the operation" (kept out as before)."""

from __future__ import annotations

from contract_rows import titled, total_pairs
from observatory.extract.segment import is_total


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2021-05-12"))


def test_deaths_since_the_start_of_the_attack_split_after_a_colon() -> None:
    text = ("Fighting went on for a third day around the grain silos east of Manbij. The monitor has counted 41 deaths "
            "since the start of the attack: 19 SDF fighters, 20 ISIS members and two civilians.")
    found = totals(text)
    assert ("sdf", 19) in found and ("isis", 20) in found and ("civilians", 2) in found


def test_toll_since_the_start_of_the_attack_with_a_second_side_after_while() -> None:
    assert is_total("The monitor has documented the deaths of 14 soldiers since the start of the attack, while nine "
                    "HTS fighters were killed in the same fighting.")


def test_death_toll_since_the_start_of_the_attack_has_climbed() -> None:
    assert is_total("The watchdog said the death toll since the start of the attack had climbed to 52.")


def test_since_the_attack_of_one_event_stays_no_total_cue() -> None:
    assert not is_total("Two more of the wounded have died since the attack on the bakery in Azaz.")
