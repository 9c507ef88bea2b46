"""A news outlet's toll after the monitor's (``casualty_claims``): "a local news outlet put the death toll at
eight" is another source's figure for the same event, and the monitor's stands; an outlet's toll where the text gave
none stays.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_newspaper_figure_after_the_monitor_toll_goes() -> None:
    text = ("Shelling on Ariha\n\nRegime shelling on Ariha on Friday killed four civilians, SOHR said. An opposition "
            "newspaper said six people were killed.")
    assert killed(text) == {"civilians": 4}


def test_outlet_toll_with_no_monitor_toll_stays() -> None:
    text = ("Car bomb in Azaz\n\nA car bomb exploded near the main market of Azaz on Sunday. A local news outlet put the "
            "death toll at five civilians.")
    assert killed(text) == {"civilians": 5}


def test_radio_figure_after_the_monitor_toll_goes() -> None:
    text = ("Mine blast east of Salamiyah\n\nA landmine went off under a car carrying shepherds in the desert east of "
            "Salamiyah on Monday, killing seven of them, the Observatory said. The monitor said a boy was among the "
            "dead. Pro-government Sham FM radio said five people had died.")
    assert killed(text) == {"civilians": 7}
