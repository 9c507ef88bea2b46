"""A toll told as rising of one raid's strikes or one attack pinned to one day is the event's, not a period total
(``totals_day_rise``); "a rise in the toll ... to N" gives the risen figure (``casualties._LEFT_ROSE``).

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, total_pairs
from contract_rows import killed_sums as killed


def test_plural_airstrikes_at_dawn_today_rise_is_the_incident_toll() -> None:
    text = ("Israeli strikes near Palmyra\n\nThe number of dead in the two Israeli airstrikes that struck arms depots "
            "near Palmyra at dawn today has climbed to 23.")
    assert killed(text) == {"unknown": 23}
    assert total_pairs(contract(text)) == []


def test_noun_rise_with_cause_this_evening_is_the_incident_toll() -> None:
    text = ("Market strikes in Saraqib\n\nActivists recorded a rise in the number of those killed in the missile strikes "
            "on the fish market in Saraqib to 17 civilians, as three wounded men died this evening.")
    assert killed(text) == {"civilians": 17}
    assert total_pairs(contract(text)) == []


def test_raids_last_night_rise_is_the_incident_toll() -> None:
    text = ("Raids on Ariha\n\nThe number of civilians killed in the regime air raids on the town of Ariha last night "
            "has risen to nine.")
    assert killed(text) == {"civilians": 9}


def test_rise_since_a_date_stays_a_total() -> None:
    text = ("Strikes on Idlib\n\nThe number of people killed in the Russian strikes on the Idlib countryside since the "
            "start of the month has risen to 140.")
    assert total_pairs(contract(text)) == [("unknown", 140)]


def test_attacks_on_two_villages_stay_a_joint_total() -> None:
    text = ("Attacks on two villages\n\nThe number of people killed in the attacks that gunmen launched yesterday on "
            "the villages of Tal Shihab and Zayzun has risen to 60.")
    assert total_pairs(contract(text)) == [("unknown", 60)]


def test_rise_with_no_day_stays_a_total() -> None:
    text = "Strikes on Idlib\n\nThe number of people killed in the Russian strikes on Idlib has risen to 300, SOHR said."
    assert total_pairs(contract(text)) == [("unknown", 300)]
