"""A risen death toll keeps its dead role when the words after it tell why it rose ("after more of the wounded
died"), also where a count of the attack's description sits between the toll and its verb ("at least 8 air strikes")
or the rise is told as a noun ("recorded a sharp rise in the toll from the bombing ... to 33")
(``casualty_rises.toll_past_figures``); and one strike's toll, told as "the number of civilians killed by the warplanes
that struck the village of X ... has risen to N", is the incident's, not a period total
(``totals_one_event_rise``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import CASUALTY_TESTS_DAY, contract
from contract_rows import killed_sums as killed


def test_toll_past_a_count_of_strikes_then_wounded_died() -> None:
    text = ("Ariha market\n\nThe death toll of the massacre that regime jets committed on Sunday, when they launched at "
            "least 8 air strikes on the vegetable market and homes in the town of Ariha in the Idlib countryside, has risen "
            "to 37 civilians, among them eight children and a woman, after more of those wounded died of their injuries.")
    assert killed(text) == {"civilians": 37}


def test_rise_told_as_a_noun_then_wounded_died() -> None:
    text = ("Saraqib bombing\n\nThe monitor recorded a sharp rise in the toll from the bombing carried out by regime "
            "aircraft on Saraqib on Sunday to 33 civilians, among them seven children, after more of the injured died.")
    assert killed(text) == {"civilians": 33}


def test_number_killed_by_the_jets_that_struck_a_village() -> None:
    text = ("Jets strike Tal Rifaat\n\nThe number of civilians killed by the Russian jets that struck the village of "
            "Tal Rifaat on Sunday morning has risen to 26, among them six children, after rescuers found more bodies.")
    row = contract(text, CASUALTY_TESTS_DAY)
    assert sum(i["killed"].get("civilians", 0) for i in row["incidents"]) == 26
    assert not row["totals"]


def test_number_killed_since_a_date_stays_a_total() -> None:
    # look-alike: a toll with a period cue is a running total
    text = ("Jets strike Tal Rifaat\n\nThe number of civilians killed by the Russian jets that struck the village of "
            "Tal Rifaat since early March has risen to 26.")
    row = contract(text, CASUALTY_TESTS_DAY)
    assert [t["killed"] for t in row["totals"]] == [26]
