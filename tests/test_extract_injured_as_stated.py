"""The injured figure a text states is kept when some of the injured die later: no arithmetic lowers it ("wounding six
farmers, two of whom later died" -> six injured, two dead).

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import wounded
from contract_rows import killed_sums as killed


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("On Thursday, a mortar round fell on a bakery queue in Maarat al-Numan, wounding six civilians, two of whom later "
     "died in a field hospital.", {"civilians": 2}, {"civilians": 6}),
    ("On Tuesday, a roadside bomb hit an army truck near Khanasir, killing a soldier and injuring seven others. Three of "
     "the wounded soldiers succumbed to their injuries overnight.", {"regime": 4}, {"regime": 7}),
    ("On Sunday, a Turkish drone struck a car of the Asayish near Qamishli, injuring five members, one of whom died "
     "later.", {"sdf": 1}, {"sdf": 5}),
    ("The toll of Friday's car bomb in Jarablus has climbed to nine civilians after a wounded woman died in hospital. The "
     "blast had first killed eight civilians and wounded 23 others.", {"civilians": 9}, {"civilians": 23}),
])
def test_the_injured_stay_as_stated_when_some_die(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), wounded(text)) == (dead, hurt)
