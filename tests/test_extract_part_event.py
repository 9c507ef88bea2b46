"""A part of a larger toll tied to one event it describes is that event's toll, not a total."""

from __future__ import annotations

import pytest

from observatory.extract.incident_share_event import part_told_as_event


@pytest.mark.parametrize("sentence", [
    "Among the dead are 12 civilians, including three children, who were killed when warplanes bombed the market of Kafr Zeit.",
    "Among them were 30 farm workers who were killed in the massacre carried out by the cells near Tadmur on June 3.",
    "The toll includes 5 policemen who were killed on Monday when gunmen attacked their station in the town of Jasim.",
    "The death toll also included nine fighters killed in an ambush on the road between two villages.",
    "Among the victims was a nurse who died when a shell hit the hospital in Ariha.",
    "Among the dead of the regime forces are 6 soldiers who were killed this morning when a mine hit their truck near Ithriya.",
])
def test_part_tied_to_one_event(sentence: str) -> None:
    assert part_told_as_event(sentence)


@pytest.mark.parametrize("sentence", [
    "Among the dead are 12 children and seven women.",  # parts only, no event
    "Among them were 20 fighters who were killed in clashes and airstrikes in both provinces.",  # events in general
    "The toll includes 40 soldiers killed in attacks across several areas of the desert.",  # several events
    "Twelve civilians were killed when warplanes bombed the market of Kafr Zeit.",  # no part of a toll before
    "Among the dead were 15 members who were killed in a series of attacks on checkpoints.",  # a wave of attacks
    "Among the dead were 40 civilians killed in the past month as regime shelling continued.",  # a span of time
    "Among the dead are nine fighters killed last week, the monitor said after the assault.",  # a tie of other words
    "Among the dead of the factions are 11 fighters of Jaysh al-Izza.",  # a part of a side, no event
])
def test_near_misses_stay_shares(sentence: str) -> None:
    assert not part_told_as_event(sentence)
