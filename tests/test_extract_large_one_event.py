"""Incidents: a toll of 100 or more told of one event, by its act ("executed at least 140 conscripts") or its event
("killed in the assault ... on Monday"), is that incident's toll, not a period total (totals_mass_killing); a count
with a span of time stays a total.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, killed_per_incident, total_pairs

ONE_EVENT = [
    ("Militants of the group executed at least 140 captured conscripts in a valley near Maadan after the fall of "
     "their base.", 140),
    ("The monitor recorded the deaths of 120 guards of the depot, who were killed in the assault launched by the "
     "militants on the depot on Monday.", 120),
]


@pytest.mark.parametrize(("sentence", "dead"), ONE_EVENT)
def test_large_toll_of_one_event(sentence: str, dead: int) -> None:
    row = contract(sentence)
    assert [sum(k.values()) for k in killed_per_incident(row)] == [dead]
    assert total_pairs(row) == []


def test_executions_over_a_period_stay_a_total() -> None:
    row = contract("The monitor said the group has executed 450 people since the start of the year.")
    assert ("unknown", 450) in total_pairs(row)
    assert killed_per_incident(row) == []
