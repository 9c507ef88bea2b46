"""Parts of no side ("Among the dead were two officers") told farther back from their toll than the window of a
restated toll, with no toll between: they are some of that toll, not a toll of their own (``casualty_far_whole``).
Look-alike: a part told right after its toll reads the same as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_LONG = ("At least 17 soldiers of the government forces were killed on Wednesday night when cells of the Islamic State "
         "(ISIS) ambushed two trucks carrying troops of the 4th Division on the road between Palmyra and al-Sukhnah, in "
         "the eastern Homs countryside, a field commander told the local radio station. The commander said the "
         "attackers fired heavy machine guns and anti-tank missiles at the lead truck from the hills along the route, "
         "then set both trucks ablaze before they withdrew into the open desert to the south.")


def test_far_toll_holds_unsided_part() -> None:
    text = "Ambush near al-Sukhnah\n\n" + _LONG + " Among the dead were three officers."
    assert killed(text) == {"regime": 17}


def test_near_toll_holds_unsided_part() -> None:
    text = ("Ambush near al-Sukhnah\n\nAt least 17 soldiers of the government forces were killed on Wednesday night "
            "in an ISIS ambush near al-Sukhnah. Among the dead were three officers.")
    assert killed(text) == {"regime": 17}
