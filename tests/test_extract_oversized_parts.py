"""A figure read as a part of a smaller figure of another side is no part of it: "The dead included 21 civilians,
among them five children and four women, 42 fighters and commanders of the SDF, and five soldiers" counts 42 SDF
fighters of their own, not inside the 21 civilians (casualty_oversized_parts). Paragraphs written for these tests,
judged by ../shared/data/sohr/SCHEMA.md; a look-alike that must not change."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in titled(text, "2022-01-03")["totals"]}


def test_fighters_and_commanders_after_the_parts_of_civilians() -> None:
    text = ("Turkish drones carried out 60 strikes on areas of the Autonomous Administration during 2021, killing 50 "
            "people, according to statistics prepared by the agency.\nThe dead included 14 civilians, among them three "
            "children and two women, 33 fighters and commanders of the Syrian Democratic Forces, and three soldiers of "
            "the government forces.")
    found = totals(text)
    assert ("sdf", 33) in found and ("civilians", 14) in found and ("regime", 3) in found


def test_fighters_and_officers_after_a_child_and_a_woman() -> None:
    text = ("Since the beginning of 2023, the monitor has documented the death of 61 people in the Kurdish-held areas.\n"
            "The dead included nine civilians, among them a child and a woman, 47 SDF fighters and officers, and five "
            "soldiers.")
    found = totals(text)
    assert ("sdf", 47) in found and ("civilians", 9) in found


def test_a_part_inside_its_whole_stays_a_part() -> None:
    text = ("Since the beginning of 2022, SOHR has documented the death of 30 regime soldiers in the Badia, among them "
            "four officers.")
    found = totals(text)
    assert ("regime", 30) in found and ("regime", 4) not in found
