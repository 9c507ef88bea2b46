"""A figureless header naming the dead ("According to the monitor, the dead included:") a sentence or two after a toll
of people opens the lines that split that toll, even with a remark in between.

Look-alike: the same lines after a header that names no dead ("The strikes hit:") are no split of the toll.
Sentences written for these tests.
"""

from __future__ import annotations

from totals_cases import totals

_TOLL = (
    "Turkish drones carried out 40 strikes on the northeast in 2022, killing 96 people, most of them SDF fighters, "
    "the monitor said on Monday.\n\n"
    "The monitor said the drones hit checkpoints, oil facilities and vehicles on the roads of the region.\n\n"
)
_LINES = "- 52 members of the SDF and the Asayish;\n- 17 members of regime forces;\n- 27 civilians."


def test_dead_header_after_a_remark_splits_the_toll() -> None:
    found = totals(_TOLL + "According to the monitor, the dead included:\n" + _LINES)
    assert ("sdf", 52) in found
    assert ("regime", 17) in found
    assert ("civilians", 27) in found
    assert ("unknown", 96) not in found


def test_other_header_is_no_split() -> None:
    found = totals(_TOLL + "The strikes hit:\n- 52 checkpoints;\n- 17 oil wells.")
    assert ("unknown", 96) in found
    assert ("sdf", 52) not in found
