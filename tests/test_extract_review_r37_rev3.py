"""Review of round 37 (rev3): look-alikes of two of its rules, each read as before the round.

* A jet named as hit ("a Russian jet hit by anti-aircraft fire crashed") or as the source of falling debris ("killed by
  debris from the crashed jet") strikes no one: no airstrike (``events`` airstrike cue, tests/test_extract_jet_singular.py).
* A "when" clause on the very period of the head's own count of dead ("SOHR documented 150 deaths in April, when fighting
  killed 30 civilians in Idlib alone") tells a share of that count, no earlier event: it stays a total
  (``incident_when_recalled``, tests/test_extract_when_recalled.py).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds, titled, total_pairs


def test_jet_hit_by_fire_is_no_airstrike() -> None:
    row = contract("Monitor update\n\nA Syrian jet struck by rebel anti-aircraft fire came down near Khan Shaykhun on "
                   "Monday, and both of its crew lost their lives.")
    assert "airstrike" not in kinds(row)


def test_debris_from_a_crashed_jet_is_no_airstrike() -> None:
    row = contract("Monitor update\n\nFactions brought down a regime jet over Kafr Nabl on Monday. A farmer died when "
                   "he was hit by debris from the downed jet in his field.")
    assert "airstrike" not in kinds(row)


def test_when_clause_on_the_month_of_a_total_is_its_share() -> None:
    row = titled("The monitor recorded the deaths of 210 people across the country in March, when bombardment by "
                 "regime forces killed 45 civilians in the Idlib countryside alone.", "2024-04-02")
    assert ("civilians", 45) in total_pairs(row)
    assert {"civilians": 45} not in killed_per_incident(row)


def test_when_clause_on_last_week_of_a_total_is_its_share() -> None:
    row = titled("The monitor counted 70 deaths across Syria last week, when Turkish drones killed 16 members of the "
                 "SDF in Hasakah province.", "2024-04-02")
    assert all(sum(k.values()) != 16 for k in killed_per_incident(row))
