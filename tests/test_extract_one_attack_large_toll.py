"""A toll of 100 or more tied to one attack named with a long object (``totals_one_attack``): one event's toll, not a
period figure.

* "A car bomb attack on a crowded bus station in the town of X on Sunday killed 104 people, including 61 civilians,
  ..., in one of the deadliest bombings the town has seen in years": the attack's toll (the ranking names no period);
* "Friday's missile attack on a wedding hall in X, which killed 140 people": a day's possessive names the one attack;
* "The bloodiest single event of the month was the suicide attack on a market in X on May 3, which killed 112 people";
* look-alike: "attacks on X since the start of the year killed 150 people" stays a period figure.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def test_ranked_attack_with_long_object() -> None:
    text = ("Bus station bombing in Azaz\n\nA car bomb attack on a crowded bus station in the northern border town of "
            "Azaz on Sunday killed 104 people, including 61 civilians, the monitor reported, in one of the deadliest "
            "bombings the town has seen in years.")
    assert killed(text) == {"civilians": 61, "unknown": 43}


def test_attack_named_by_its_day() -> None:
    text = ("Strikes on Idlib countryside\n\nWarplanes pounded villages south of Idlib on Sunday. The raids came after "
            "Friday's missile attack on a wedding hall in the town of Suqaylabiyah, which killed 140 people, among "
            "them 37 children, according to the monitor.")
    assert sum(killed(text).values()) >= 140


def test_bloodiest_event_of_the_month() -> None:
    text = ("Monthly toll\n\nThe monitor published its monthly report on Monday. The bloodiest single event of the "
            "month was the suicide attack on a crowded vegetable market of Tal Abyad on May 3, which killed 112 "
            "people, 70 of them civilians and the rest fighters.")
    assert sum(killed(text).values()) >= 112


def test_attacks_over_a_period_stay_a_total() -> None:
    text = ("Attacks on Daraa\n\nAttacks on checkpoints in the countryside of Daraa since the start of the year "
            "killed 150 people, according to the monitor.")
    row = contract(text)
    assert not any(i["killed"] for i in row["incidents"])
