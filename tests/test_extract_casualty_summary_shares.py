"""A summary toll told first in an incident's sentences ("strikes killed 15 civilians on Sunday"), then the incident's
own smaller figure ("killing 11 civilians in the market"), the rest of the summary being the dead of the incidents told
after it ("killing four civilians"): the incident's toll is its own figure, not the summary.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import run


def _dead(row: dict) -> list[dict[str, int]]:
    return [incident["killed"] for incident in row["incidents"]]


@pytest.mark.parametrize(("text", "dead"), [
    ("Regime and Russian air strikes killed 15 civilians in Idlib province on Sunday, the monitor said. Regime warplanes "
     "hit the vegetable market of Saraqib, killing 11 civilians and wounding 30 others. Separately, Russian jets struck "
     "the village of Maarrat Harma on Sunday, killing four civilians.",
     [{"civilians": 11}, {"civilians": 4}]),
    ("At least 20 civilians died on Friday in regime shelling in the south of Idlib, according to the Observatory. The "
     "shelling of Ariha killed 14 civilians, among them five children. Separately, regime rockets hit the town of "
     "Binnish on Friday evening, killing six civilians.",
     [{"civilians": 14}, {"civilians": 6}]),
])
def test_the_incident_keeps_its_own_share_of_a_summary(text: str, dead: list[dict[str, int]]) -> None:
    assert _dead(run(text)) == dead


def test_a_smaller_figure_that_is_no_share_leaves_the_toll() -> None:
    text = ("Regime shelling killed nine civilians in Sarmin on Monday, the monitor said. Four civilians were killed in "
            "the shelling of Sarmin, the civil defence said. On Tuesday, a drone struck a car near Taftanaz, killing two "
            "civilians.")
    assert _dead(run(text))[0] == {"civilians": 9}
