"""A sentence opened by the events a span's tally counted ("The drone attacks martyred 40 people: ...") breaks that
tally down (``incident_span_referents``): its figures are a period's, never the toll of an incident told before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_events_counted_then_their_toll_leave_the_incident() -> None:
    text = ("Drone strikes in the northeast\n\nA drone struck a car near Tal Tamr on Monday, killing two fighters of the "
            "SDF.\nAccording to a local tally, the Turkish army carried out 60 drone attacks on the region since the "
            "beginning of 2024 until the end of May.\nThe drone attacks martyred 40 people: 25 fighters of the SDF, 10 "
            "civilians, among them two children, and five members of the government forces. 30 others were wounded.")
    dead = killed(text)
    assert "civilians" not in dead and "regime" not in dead and dead.get("sdf", 0) <= 2
