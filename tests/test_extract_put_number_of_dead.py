""""A source put the number of dead at three": a source's count of one incident, told with "put/placed/estimated the
number of (the) dead/those killed at N", is the incident's toll, not a period total (``segment.is_total``; the monitor's
figure then wins over another source's, SCHEMA). Look-alikes: the same words with a period ("since the start of the
month") stay a total, and the number of one side's dead ("put the number of ISIS dead at 13") is left to the rival
counts of totals.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed
from observatory.extract.segment import is_total

_LEAD = ("Checkpoint attack in Deir ez-Zor\n\nTwo SDF fighters were killed on Tuesday when ISIS gunmen attacked a "
         "checkpoint in the village of Diban, east of Deir ez-Zor, a military source said. ")


def test_monitor_puts_the_number_of_dead_over_a_source() -> None:
    text = _LEAD + "The Syrian Observatory for Human Rights put the number of dead at three."
    assert killed(text) == {"sdf": 3}


def test_monitor_places_the_number_of_those_killed_saying_one_died_later() -> None:
    text = _LEAD + ("SOHR placed the number of those killed at three, saying that a third fighter had died of his injuries "
                    "overnight.")
    assert killed(text) == {"sdf": 3}


def test_put_number_of_dead_is_no_total() -> None:
    assert not is_total("The monitor put the number of dead at four.")
    assert not is_total("Hospital officials estimated the number of the dead at 12, saying dozens were hurt.")


def test_put_number_of_dead_with_a_period_stays_a_total() -> None:
    assert is_total("The monitor put the number of dead since the start of the month at 140.")
    assert is_total("The group put the number of those killed so far at 90.")


def test_number_of_dead_without_put_stays_a_total() -> None:
    assert is_total("The total number of dead in the province reached 300.")


def test_one_sides_dead_left_to_totals() -> None:
    assert is_total("The town's committee put the number of ISIS dead at 13.")
