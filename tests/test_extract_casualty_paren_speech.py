"""A toll with a parenthesis of its parts, followed by the speaker's next words ("..., including six women, saying
dozens more had been wounded"): the verb of those words is not the toll's, so the risen toll stays a death toll.

Every sentence here was written for these tests; the events are invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_raised_toll_with_parts_then_saying_wounded() -> None:
    text = ("By night the monitor raised the toll to 27 civilians, including six women, saying dozens more had been "
            "wounded in the strikes.")
    assert sentence_sides(text, "By night")[:2] == [("killed", 27, "civilians"), ("killed", 6, "civilians")]


def test_parts_then_others_sharing_the_verb_stay_dead() -> None:
    text = "Four people, including a child, and two others were killed in the blast."
    assert [role for role, _, _ in sentence_sides(text, "Four")] == ["killed", "killed", "killed"]
