"""A source that "put the death toll at N" of the incident told so far: a figure for it, not another incident, also
when the sentence goes on to say when the wounded died ("... hours after the blast").

Look-alikes: "put the death toll at N" in a sentence that names a town of its own, or with "also"/"another", is
left to the other rules.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def test_monitor_puts_toll_of_the_blast_told_before() -> None:
    row = contract("Bomb hits 5th Corps car in Daraa\nHoran Post\n\n"
                   "Two members of the 5th Corps were killed on Sunday evening when a roadside bomb went off as their car "
                   "drove on the road between Nawa and Jasim in the western countryside of Daraa, local sources told "
                   "Horan Post.\nA third member was wounded and taken to a hospital in Nawa.\n"
                   "The Syrian Observatory for Human Rights, based in Britain, put the death toll at three, saying that the "
                   "wounded member died of his injuries hours after the blast.")
    assert len(row["incidents"]) == 1


def test_rescuers_put_toll_from_the_shelling() -> None:
    row = contract("Shelling on Ariha\n\n"
                   "Regime rockets hit a market in the town of Ariha in the southern countryside of Idlib on Monday, "
                   "killing six civilians.\n\n"
                   "The White Helmets put the toll from the shelling at eight, hours after the attack.")
    assert len(row["incidents"]) == 1


def test_look_alike_toll_of_an_event_in_another_town() -> None:
    row = contract("Shelling on Ariha\n\n"
                   "Regime rockets hit a market in the town of Ariha in the southern countryside of Idlib on Monday, "
                   "killing six civilians.\n\n"
                   "In Saraqib, rescuers put the death toll of an airstrike on a bakery at three.")
    assert len(row["incidents"]) == 2
