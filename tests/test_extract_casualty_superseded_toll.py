"""A toll the text calls superseded is no dead of the incident: "an earlier toll had put the number of dead at 23",
"the toll had stood at 14", "the monitor had put the toll at 96", "the previous toll stood at 40"
(``casualty_rises.superseded_toll``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_earlier_toll_put_at_a_lower_figure() -> None:
    text = ("Market strike\n\nRegime warplanes struck the market of Kafr Nabl on Tuesday, killing 27 civilians, the monitor "
            "said. A first toll had put the number of dead at 19.")
    assert killed(text) == {"civilians": 27}


def test_toll_had_stood_at() -> None:
    text = ("Shelling of Ariha\n\nRegime shelling on Ariha on Sunday killed eight civilians, including three children. "
            "The death toll had stood at five on Sunday night, before three of the wounded died.")
    assert killed(text) == {"civilians": 8}


def test_monitor_had_put_the_toll_at() -> None:
    text = ("Bombing in Azaz\n\nA car bomb killed 15 civilians in the centre of Azaz on Friday, the monitor said on Saturday. "
            "It had initially put the toll at nine, and said 30 people were wounded.")
    assert killed(text) == {"civilians": 15}
    assert injured(text).get("civilians", 0) + injured(text).get("unknown", 0) == 30


def test_previous_toll_stood_at() -> None:
    text = ("Raid on Jasim\n\nAn ISIS attack on a checkpoint near Jasim killed 12 soldiers on Monday. The previous toll "
            "documented by the monitor stood at seven.")
    assert killed(text) == {"regime": 12}


def test_first_toll_stood_at() -> None:
    text = ("Blast in Jarablus\n\nAn explosive-laden car went off near a bakery in Jarablus on Thursday, killing 11 "
            "civilians, the monitor said. The first toll stood at six, before more bodies were pulled from the rubble.")
    assert killed(text) == {"civilians": 11}


def test_toll_of_this_incident_is_kept() -> None:
    # look-alike: a toll told without words of its being superseded stands
    text = ("Shelling of Ariha\n\nRegime shelling on Ariha on Sunday killed five civilians. The toll of the shelling "
            "stood at five by the evening, the monitor said.")
    assert killed(text) == {"civilians": 5}



def test_monitor_initially_reported_then_toll_rose() -> None:
    text = ("Bombing of Sarmin\n\nAt least 22 civilians were killed on Tuesday when regime jets bombed the main square of "
            "Sarmin, the monitor said. A second raid came minutes later as rescuers worked at the site, local medics said. "
            "The monitor initially reported 14 dead, but the count climbed through the night as more bodies were found. "
            "Dozens of people were hurt.")
    assert killed(text) == {"civilians": 22}


def test_based_monitor_initially_reported_more_than() -> None:
    text = ("Strike on a camp\n\nRussian air strikes on a base of a Turkish-backed rebel group in Idlib killed 41 fighters "
            "on Tuesday, a war monitor said. The strikes hit a camp of the Jaysh al-Izza group near the town of Kafr "
            "Takharim, the monitor said. The Britain-based monitor initially reported more than 30 dead, but the toll kept "
            "climbing as bodies were pulled from the rubble of the camp.")
    assert killed(text) == {"hts_rebels": 41}
