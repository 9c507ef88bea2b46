""""a former rebel who had joined the settlement and was working with the Military Security": after the settlement, the
group the victim served is named after "and was working with", so he is of its side (``mention_sides.joined_side``;
SCHEMA: settled ex-fighters working for regime services -> regime). Look-alike: joined the settlement and
nothing after it keeps the former rebel's side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_settled_rebel_then_serving_a_regime_branch() -> None:
    text = ("Killing in Daraa\n\nOn Monday, unknown gunmen shot dead a former member of the rebel factions who had joined "
            "the reconciliation agreement and was serving with the Air Force Intelligence, near Tafas.")
    assert killed(text) == {"regime": 1}


def test_settled_rebel_with_nothing_after_keeps_the_rebel_side() -> None:
    text = ("Killing in Daraa\n\nOn Monday, unknown gunmen shot dead a former member of the rebel factions who had joined "
            "the reconciliation agreement, near Tafas.")
    assert killed(text) == {"hts_rebels": 1}
