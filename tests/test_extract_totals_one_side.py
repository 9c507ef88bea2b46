"""The "one" of "between the SDF on one side and tribal gunmen on the other" counts no dead: a running total of that
fighting gives no total of one (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One
construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_one_side_of_a_fight_is_no_figure_of_dead() -> None:
    text = ("The death toll of the clashes between regime forces on one side and local gunmen and members of a "
            "dissolved brigade on the other has risen to 31 since the outbreak of the clashes on June 4, 2024. They are:\n"
            "- 19 regime soldiers.\n"
            "- 12 local gunmen.\n")
    found = total_pairs(titled(text))
    assert ("regime", 1) not in found and ("regime", 19) in found


def test_one_soldier_stays_a_figure() -> None:
    text = "Since early June 2024, the clashes have killed one regime soldier and 12 gunmen, the monitor said."
    assert ("regime", 1) in total_pairs(titled(text))
