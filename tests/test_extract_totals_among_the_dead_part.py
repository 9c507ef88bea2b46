"""People named among the dead right after a total ("Two field commanders were among the dead") are some of its dead,
not a total of their own; figures of another side named so after a total of people are its split and stay totals
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with
look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-03-07"))


_TOTAL = ("Fighting on the southern front since Saturday has so far left 26 regime soldiers and 19 fighters of the "
          "factions dead. ")


def test_officers_among_the_slain_are_no_total() -> None:
    found = totals(_TOTAL + "Three regime officers, among them a brigadier general, were among those slain.")
    assert found == [("hts_rebels", 19), ("regime", 26)]


def test_commander_among_the_dead_is_no_total() -> None:
    found = totals(_TOTAL + "A field commander of the factions was also among the dead, according to the monitor.")
    assert found == [("hts_rebels", 19), ("regime", 26)]


def test_sides_among_the_dead_of_people_stay_totals() -> None:
    text = ("Clashes between tribal fighters and the SDF have killed 25 people since Monday, the monitor said. It said 12 "
            "SDF fighters and seven civilians were among the dead.")
    found = totals(text)
    assert ("sdf", 12) in found and ("civilians", 7) in found
