"""Incidents told only as "strikes" with their own dead: the kind of strikes the report named before.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import kinds
from incident_report_cases import run
from observatory.extract.incident_plural_strikes import plural_strike_kind


def test_dead_killed_in_strikes_take_the_kind_named_before() -> None:
    text = ("Coalition warplanes bombed a depot near the river. In the next country, officials said 12 people were "
            "killed in strikes on a border town.")
    start = text.index("In the next")
    assert plural_strike_kind(text, start, len(text)) == "airstrike"


def test_drones_named_last_give_drone_strikes() -> None:
    text = ("Turkish drones hit a car near the town. Later, four fighters were killed in strikes on a village nearby.")
    assert plural_strike_kind(text, text.index("Later"), len(text)) == "drone_strike"


def test_strikes_without_their_own_dead_are_left() -> None:
    text = "Coalition warplanes bombed a depot near the river. The strikes focused on the border area."
    assert plural_strike_kind(text, text.index("The strikes"), len(text)) is None


def test_no_strike_named_before_leaves_the_kind() -> None:
    text = "Officials said 12 people were killed in strikes on a border town on Monday."
    assert plural_strike_kind(text, 0, len(text)) is None
    assert kinds(run(text)) in (["other"], [])

