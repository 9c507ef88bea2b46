"""Incidents: a long sentence that tells one event and then its running total ("Another two civilians were killed on
Tuesday in regime rocket fire on the village of X, the monitor said, adding that the deaths brought to 23 the number
of civilians killed since the truce took effect ...") keeps its event as an incident, as a short one does; the
figure of the period stays a total.

Look-alike: a long sentence of totals that tells no one event keeps no incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _read(text: str) -> tuple[list[tuple[str, int]], list[int]]:
    ex = extract_report(Report(text=text), _GEO)
    events = [(e.event_type, sum(c.killed.best for c in e.casualties if c.killed is not None)) for e in ex.events]
    return events, [t.killed.best if hasattr(t.killed, "best") else t.killed for t in ex.totals]


def test_long_sentence_keeps_its_event_before_the_running_total() -> None:
    text = ("Truce breached in Idlib\n\n"
            "Regime warplanes struck the town of Saraqib on Tuesday, killing four civilians, the monitor said.\n\n"
            "Another two civilians were killed on Tuesday in regime rocket fire on the village of Maarat Misrin, the "
            "monitor said, adding that the deaths brought to 23 the number of civilians killed in the province since "
            "the truce brokered by Russia and Turkey took effect at midnight on Saturday.")
    events, _ = _read(text)
    assert [kind for kind, _ in events] == ["airstrike", "shelling"]
    assert events[1][1] == 2


def test_look_alike_long_sentence_of_totals_alone_keeps_no_incident() -> None:
    text = ("Truce breached in Idlib\n\n"
            "Regime warplanes struck the town of Saraqib on Tuesday, killing four civilians, the monitor said.\n\n"
            "The monitor said that the number of civilians killed in the province since the truce brokered by Russia "
            "and Turkey took effect at midnight on Saturday has risen to 23, among them seven children and five women, "
            "most of them in strikes on towns in the south of the province.")
    events, _ = _read(text)
    assert [kind for kind, _ in events] == ["airstrike"]
