"""A statistics report that names its period in an opening sentence with no toll ("... during March 2024") and later
heads a list of the dead by side ("The attacks killed 38 people, they are:", "The victims are:"): the lines are totals
of that period (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per
test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import contract, titled, total_pairs


def test_list_after_a_figured_header_takes_the_opening_period() -> None:
    text = ("SOHR has monitored a sharp rise in Israeli strikes on Syrian territory during March 2024, after weeks of calm.\n\n"
            "Warplanes and drones hit positions in Damascus, Homs and Deir Ezzor on 14 occasions.\n\n"
            "The raids killed 38 people, they are:\n"
            "- 21 members of Hezbollah and Iraqi militias.\n"
            "- 12 regime soldiers.\n"
            "- Five civilians, including a child.\n")
    assert total_pairs(titled(text)) == [("civilians", 5), ("pro_iran_foreign", 21), ("regime", 12)]


def test_figureless_victims_header_takes_the_opening_period() -> None:
    text = ("The Rukban area near the Jordanian border saw a wave of killings in 2022, the monitor said.\n\n"
            "SOHR counted 40 killings there over the twelve months, most of them by shooting.\n\n"
            "The victims are:\n"
            "- 33 civilians, among them nine women.\n"
            "- Seven persons whose identities could not be established.\n")
    found = total_pairs(titled(text))
    assert ("civilians", 33) in found and ("unknown", 7) in found


def test_list_after_one_dated_attack_stays_the_attack() -> None:
    text = ("Turkish drones struck a car near Qamishli in 2024 for the third time.\n\n"
            "On Monday, the strike killed three people, they are:\n"
            "- Two SDF members.\n"
            "- A civilian.\n")
    assert total_pairs(contract(text)) == []


def test_opening_without_a_period_gives_no_total() -> None:
    text = ("SOHR has monitored a sharp rise in Israeli strikes on Syrian territory.\n\n"
            "The raids killed 38 people, they are:\n"
            "- 21 members of Hezbollah and Iraqi militias.\n"
            "- 12 regime soldiers.\n")
    assert total_pairs(titled(text)) == []
