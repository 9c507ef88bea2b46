"""Incidents: an event only spoken of as possible ("ready to repel any attack", "to prevent future assaults") tells of
none, and the causes of most victims in a roundup ("with most victims in X killed by gunmen") are no incident.

Look-alike: an attack that took place ("repelled an attack on the town, killing two") stays an incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.events import event_type
from observatory.models import Report


def test_ready_to_repel_any_attack_tells_no_kind() -> None:
    assert event_type("The council said its fighters are ready to repel any Turkish attack on the town.") is None


def test_report_with_only_a_possible_attack_has_no_incident() -> None:
    text = ("Residents flee Tal Tamr amid fears of escalation\n"
            "Dozens of families left the town of Tal Tamr this week, a monitor said.\n"
            "The SDF said it would coordinate with Damascus to repel any attack on the town.")
    assert extract_report(Report(text=text)).events == ()


def test_most_victims_killed_by_gunmen_is_no_incident() -> None:
    text = ("Monthly toll: 70 civilians killed in November\n"
            "The network documented the killing of 70 civilians in November 2021.\n"
            "It noted that Idlib saw the highest toll, with most victims in Idlib killed by gunmen of unknown identity.")
    assert extract_report(Report(text=text)).events == ()


def test_look_alike_an_attack_that_took_place_stays() -> None:
    hit = event_type("SDF fighters repelled an attack by Turkish-backed factions on the village, killing two of them.")
    assert hit is not None and hit[0] == "attack"
