"""Incidents: an event told apart from the one before it inside its own sentence ("Four fighters were also killed in
separate strikes on a position near X", "A soldier died in another attack on a checkpoint in Y") is one more
incident, even though "killed in separate attacks" alone is a joint toll of events told one by one after it.

Look-alikes: "Two men were killed in separate attacks in Daraa" opening a report stays no incident of its own; a
sentence that only gives more of the event told keeps to it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.incident_apart import told_apart
from observatory.models import Report


def _kinds(text: str) -> list[str]:
    return [e.event_type for e in extract_report(Report(text=text)).events]


def test_also_killed_in_separate_strikes_is_another_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nStrikes on Idlib\n\n"
            "Russian jets struck a crowded market in the town of Ariha on Tuesday, killing six civilians.\n"
            "Three HTS fighters were also killed in separate Russian strikes on a post near the village of Mastumah.")
    assert _kinds(text) == ["airstrike", "airstrike"]


def test_died_in_another_attack_is_told_apart() -> None:
    assert told_apart("A soldier was also killed in another attack on a checkpoint near the town.")


def test_look_alike_separate_attacks_alone_are_no_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nDaraa\n\n"
            "Two men were killed in separate attacks in Daraa countryside on Sunday.\n"
            "Unknown gunmen shot dead a young man in the town of Tafas.\n"
            "Separately, an IED went off near a car in the city of Nawa, killing a soldier.")
    assert len(_kinds(text)) == 2


def test_look_alike_same_event_not_apart() -> None:
    assert not told_apart("Two more soldiers were killed in the attack on the checkpoint, raising the toll to five.")
