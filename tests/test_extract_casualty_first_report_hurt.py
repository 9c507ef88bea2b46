"""A risen toll, then the monitor's first report restated ("SOHR had earlier reported that the blast killed four and
wounded 17 others"): the first report's dead give way to the risen toll, but its injured are the last injured figure
the text states, kept where the incident tells no other; "others" of a first report whose dead name no side are of the
incident's side.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import wounded
from contract_rows import killed_sums as killed


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("The death toll of Sunday's car bomb in the centre of Afrin has risen to six civilians, after two of the wounded died "
     "in hospital. The monitor had earlier reported that the blast killed four civilians and wounded 17 others.",
     {"civilians": 6}, {"civilians": 17}),
    ("The death toll of the landmine blast that hit an army truck near Maadan has risen to four soldiers. SOHR had reported "
     "yesterday that two members were killed and nine others injured in the blast.",
     {"regime": 4}, {"regime": 9}),
])
def test_the_first_report_keeps_its_injured(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), wounded(text)) == (dead, hurt)


def test_wounded_still_treated_stay_the_latest_injured_figure() -> None:
    text = ("The death toll of the regime shelling on Ariha has risen to five civilians, while seven others are still "
            "receiving treatment. SOHR had earlier reported that three civilians were killed and nine others wounded.")
    assert (killed(text), wounded(text)) == ({"civilians": 5}, {"civilians": 7})
