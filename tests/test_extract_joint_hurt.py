"""People hurt in several attacks or places, told with one figure, are no one incident's injured
(``casualty_joint_hurt``; SCHEMA: totals carry no injured, a joint injured toll is kept in a note).

* "The attacks also injured N", "N were wounded in those attacks", "N were hurt in the two towns": the joint figure of
  the events told before it, not the injured of the last one;
* near them and left as read: a sentence that also tells dead ("killing three and wounding eight in the two towns"),
  one of the attacks picked out ("one of the attacks also wounded"), strikes or raids (one bombardment of several sites
  is one incident) and a single attack ("in the attack").

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from contract_rows import injured_sums

_TWO_BOMBS = ("Two car bombs went off in Azaz and al-Rai in the northern countryside of Aleppo on Saturday morning. "
              "The bomb in Azaz killed three civilians near the bakery, while the one in al-Rai killed two fighters of "
              "the Turkish-backed factions at a checkpoint. ")
_TWO_AMBUSHES = ("ISIS cells ambushed an army convoy near al-Sukhnah on Monday, killing five soldiers. Hours later, the cells "
                 "attacked a post of the National Defence Forces near Arak, killing two of its members. ")


@pytest.mark.parametrize("text", [
    _TWO_BOMBS + "Nineteen people were hurt in the two towns, among them children.",
    _TWO_BOMBS + "At least 19 people were wounded across both towns, rescuers said.",
    _TWO_AMBUSHES + "The attacks also wounded nine soldiers, the monitor said.",
    _TWO_AMBUSHES + "Nine more soldiers were injured in those attacks, according to the monitor.",
])
def test_a_joint_figure_of_people_hurt_is_no_incidents(text: str) -> None:
    assert injured_sums(text) == {}


@pytest.mark.parametrize(("text", "injured"), [
    # dead told with them: the sentence's own toll
    ("Regime artillery shelled Kafr Nabl and Hass in the southern countryside of Idlib on Friday, killing three civilians "
     "and wounding eight others in the two towns.", {"civilians": 8}),
    # one of the attacks picked out
    (_TWO_AMBUSHES + "One of the attacks also wounded four soldiers, the monitor said.", {"regime": 4}),
    # strikes, not attacks: one bombardment
    ("Russian warplanes carried out a dozen strikes on the town of Ariha in Idlib countryside on Sunday, killing four "
     "civilians. Eleven others were wounded in the strikes, the monitor said.", {"civilians": 11}),
    # a single attack
    ("Gunmen attacked a checkpoint of the Military Security in Tafas in the western countryside of Daraa on Tuesday, "
     "killing two soldiers. Three other soldiers were injured in the attack.", {"regime": 3}),
])
def test_near_ones_keep_their_injured(text: str, injured: dict[str, int]) -> None:
    assert injured_sums(text) == injured
