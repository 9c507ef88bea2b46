"""A report's toll listed again under a short header of its own line ("Victims by affiliation:", "Distribution of
fatalities by perpetrator and cause:"), some sentences after the toll: the lines are totals of the period; under a header
by perpetrator or cause, a label names who or what killed them, not their side. Also "Civilians: 20 (4 children, 3
women)": the bracket holds parts of the line's figure. Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_TOLL = (
    "The local documentation office recorded 40 deaths in Quneitra governorate during April 2024, in addition to 30 "
    "injuries.\n"
    "Unknown gunmen killed 25 people, including ten civilians.\n"
    "Landmine explosions killed 5 people.\n"
)


def test_lines_under_a_header_by_affiliation() -> None:
    text = _TOLL + "Victims by affiliation:\nCivilians: 20 (4 children, 3 women)\nFormer opposition fighters: 8\n"
    found = total_pairs(titled(text, "2024-05-02"))
    assert ("civilians", 20) in found and ("hts_rebels", 8) in found
    assert ("civilians", 7) not in found


def test_labels_under_a_header_by_perpetrator_and_cause_are_killers() -> None:
    text = (
        "The monitor documented 120 deaths in the southern province in 2023.\n"
        "Distribution of fatalities by perpetrator and cause:\n"
        "- Clashes between regime forces and local gunmen: 30 people\n"
        "- Torture in regime prisons: 12 people\n"
    )
    found = total_pairs(titled(text, "2024-01-02"))
    assert ("unknown", 30) in found and ("unknown", 12) in found
    assert ("regime", 30) not in found and ("regime", 12) not in found


def test_a_header_that_leaves_the_dead_unsaid() -> None:
    text = (
        "The rights group documented the killing of 64 civilians across the country in June 2023.\n"
        "Breakdown by perpetrator:\n"
        "Syrian regime forces: 15 civilians.\n"
        "Russian forces: none.\n"
        "Syrian Democratic Forces: 7 civilians.\n"
        "Other parties: 42 civilians.\n"
    )
    found = total_pairs(titled(text, "2023-07-01"))
    assert {("civilians", 15), ("civilians", 0), ("civilians", 7), ("civilians", 42)} <= set(found)


def test_a_sides_toll_under_a_bare_header_by_perpetrator_keeps_its_side() -> None:
    text = (
        "The monitor counted the deaths of 150 members of Iranian-backed militias in Syria during 2022.\n"
        "Distribution by perpetrator:\n"
        "Israeli strikes: 80.\n"
        "ISIS: 50.\n"
        "Other causes: 20.\n"
    )
    found = total_pairs(titled(text, "2023-01-03"))
    assert {("pro_iran_foreign", 80), ("pro_iran_foreign", 50), ("pro_iran_foreign", 20)} <= set(found)
    assert ("isis", 50) not in found
