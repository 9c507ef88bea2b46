""""The Local Coordination Committees put the toll at eight", "A local activist network put the death toll at four",
"Rescuers said nine people had been killed" after the monitor's own toll: another source's figure, only noted
(SCHEMA: where two sources conflict, the SOHR figure is used; ``casualty_claims._CLAIMANT``). Look-alike: the same
source's figure with no toll told before stays.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_coordination_committees_toll_after_the_monitor() -> None:
    text = ("Barrel bombs on Darayya\n\nRegime helicopters dropped barrel bombs on Darayya on Friday, killing five civilians, "
            "the Syrian Observatory for Human Rights said. The Local Coordination Committees put the toll at eight.")
    assert killed(text) == {"civilians": 5}


def test_activist_network_toll_after_the_monitor() -> None:
    text = ("Blast in Daraa\n\nA bomb went off on Monday near a car in Nawa, killing two former rebels, according to the "
            "Syrian Observatory for Human Rights. A local activist network put the death toll at four.")
    assert killed(text) == {"hts_rebels": 2}


def test_rescuers_figure_after_the_monitor() -> None:
    text = ("Raid on Ariha\n\nRussian warplanes struck a market in Ariha on Monday, killing six civilians, the Observatory "
            "said. Rescuers said nine people had been killed.")
    assert killed(text) == {"civilians": 6}


def test_rescuers_figure_with_nothing_told_before_stays() -> None:
    text = ("Raid on Ariha\n\nRussian warplanes struck a market in Ariha on Monday. Rescuers said nine civilians had been "
            "killed.")
    assert killed(text) == {"civilians": 9}
