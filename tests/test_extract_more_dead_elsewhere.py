"""More dead told after a toll, with the strike that killed them in a place of their own ("Two further civilians lost
their lives when Turkish shells landed on a neighbourhood of B", "three more people were killed as a rocket hit C"): an
incident of their own with their own toll, not a share of the toll told before (paragraphs written for these tests,
judged by ../shared/data/sohr/SCHEMA.md: one same-day bombardment is one incident only when reported with one toll)."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled
from observatory.extract.incident_more_dead import more_dead_when

_LEAD = ("SOHR documented the death of six civilians in artillery shelling by Turkish forces on the town of Ras al-Ain "
         "yesterday evening.\n")


def test_further_dead_when_shells_landed_elsewhere_are_their_own_incident() -> None:
    row = titled(_LEAD + "Two further civilians lost their lives when Turkish shells landed on a residential neighbourhood "
                 "in the city of Amuda.\n", "2019-10-10")
    assert killed_per_incident(row) == [{"civilians": 6}, {"civilians": 2}]


def test_more_dead_as_a_rocket_hit_paraphrase() -> None:
    row = titled(_LEAD + "Three more civilians were killed as a rocket fired by the Turkish army hit a house in the village "
                 "of Tal Khanzir.\n", "2019-10-10")
    assert killed_per_incident(row) == [{"civilians": 6}, {"civilians": 3}]


def test_the_pattern_reads_the_opening_only() -> None:
    assert more_dead_when("Two other children died after a shell struck their school in Darbasiyah.")
    assert more_dead_when("4 additional people have been killed when warplanes bombed the market.")
    assert not more_dead_when("Two further civilians died of their wounds in hospital.")
    assert not more_dead_when("The shelling also killed two further civilians when it hit the market.")
