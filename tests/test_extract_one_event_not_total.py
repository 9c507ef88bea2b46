"""Incidents, not period totals: a sentence that tells one event whose only period cue dates or sums that event.

* "Last month, N were killed in crossfire when ..." and "Last month, a similar operation in X left N dead": one
  earlier event (incident_scope.earlier_one_event);
* "N civilians in total were executed at a roadblock": the sum of one event's victims (totals_in_total); still a
  total where a breakdown follows it or the sentence tells of several events.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, killed_per_incident, total_pairs

_LEAD = "Gunmen attacked a checkpoint in Busra on Friday, killing a soldier.\n"

ONE_EVENT = [
    ("Last month, three farmers were killed in crossfire when two rival gangs exchanged gunfire near the grain silos "
     "of Tafas.", {"civilians": 3}),
    ("Last month, a similar operation in the village of Jdeidet Bakara left four IS members dead, the monitor said.",
     {"isis": 4}),
    ("The monitor said eleven civilians in total were executed by militia gunmen at a roadblock near Inkhil.",
     {"civilians": 11}),
    ("The monitor said militia gunmen executed eleven villagers in total at a roadblock near Inkhil on Sunday.",
     {"unknown": 11}),
]


@pytest.mark.parametrize(("sentence", "killed"), ONE_EVENT)
def test_one_event_is_an_incident(sentence: str, killed: dict[str, int]) -> None:
    row = contract(_LEAD + sentence)
    assert killed in killed_per_incident(row)
    assert total_pairs(row) == []


STILL_TOTALS = [
    ("The strikes have killed 40 people in total: 25 fighters and 15 civilians.", ("civilians", 15)),
    ("The monitor said eleven villagers in total were killed in the raids on the farms of the plain.", ("unknown", 11)),
    ("Last month, eight civilians were killed across the province.", ("civilians", 8)),
]


@pytest.mark.parametrize(("sentence", "pair"), STILL_TOTALS)
def test_totals_stay_totals(sentence: str, pair: tuple[str, int]) -> None:
    assert pair in total_pairs(contract(_LEAD + sentence))
