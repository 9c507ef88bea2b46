""""three more soldiers died of their wounds ..., bringing the death toll of the ISIS ambush on a bus transporting
soldiers of the 17th Division in the desert on Thursday to 23": the figure after "to" is the risen toll however long
the event's description between "bringing the death toll of" and it (``casualty_rises.toll_past_figures``).
Look-alike: a short description was read before and still is.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_long_event_description_between_toll_and_figure() -> None:
    text = ("Ambush toll rises\n\nTwo more soldiers died of their wounds in a hospital in Homs, bringing the death toll of the "
            "ISIS attack on a bus carrying troops of the 4th Division near the T3 station in the Palmyra desert on Monday to 15.")
    assert killed(text) == {"regime": 15}


def test_short_event_description() -> None:
    text = ("Ambush toll rises\n\nTwo more soldiers died of their wounds in a hospital in Homs, bringing the death toll of the "
            "ISIS attack to 15 soldiers.")
    assert killed(text) == {"regime": 15}
