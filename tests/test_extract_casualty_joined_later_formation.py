""""shot dead a man who had been a fighter in the rebel factions before joining the regime's Air Force Intelligence",
"killing two cousins. Both were former rebel fighters who joined the State Security branch after the 2018 deal": the
victims are of the group they joined last (SCHEMA, Daraa: settled ex-fighters working for regime services -> regime;
``casualty_tied.tied_after``). Look-alikes: "before joining the settlement" names no group; "They" after one
victim is not his.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_rebel_before_joining_a_regime_branch() -> None:
    text = ("Killing in Daraa\n\nOn Sunday, unknown gunmen shot dead a man who had been a fighter in the rebel factions "
            "before joining the regime's Air Force Intelligence, near Inkhil.")
    assert killed(text) == {"regime": 1}


def test_both_victims_joined_a_regime_branch() -> None:
    text = ("Killing in Daraa\n\nOn Sunday, gunmen opened fire on a car near Inkhil, killing two cousins. Both were former "
            "rebel fighters who joined the State Security branch after the 2018 deal.")
    assert killed(text) == {"regime": 2}


def test_before_joining_the_settlement_names_no_group() -> None:
    text = ("Killing in Daraa\n\nOn Sunday, unknown gunmen shot dead a man who had been a fighter in the rebel factions "
            "before joining the settlement, near Inkhil.")
    assert killed(text) != {"regime": 1}


def test_they_after_one_victim_is_not_his() -> None:
    text = ("Killing in Daraa\n\nOn Sunday, gunmen shot dead a young man near Inkhil. They were men who joined the State "
            "Security branch after the 2018 deal.")
    assert killed(text) != {"regime": 1}
