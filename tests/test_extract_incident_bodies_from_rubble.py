"""Incidents: bodies "recovered from the rubble" of the town just struck are the strike's dead, not bodies found of a
murder: another source's count of them is no incident of its own.

Look-alike: a body found with gunshot wounds stays a murder of its own.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.events import event_type
from observatory.models import Report


def test_bodies_recovered_from_the_rubble_tell_no_kind() -> None:
    assert event_type("Its teams recovered the bodies of four people from the rubble of a house in the town.") is None


def test_rescuers_count_after_a_shelling_is_the_same_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nShelling on Idlib\n\n"
            "Regime forces shelled the town of Ariha with rockets this morning, killing two civilians.\n"
            "The Civil Defence said its teams retrieved the bodies of three people from the rubble in Ariha, while "
            "SOHR has so far confirmed two deaths.")
    assert [e.event_type for e in extract_report(Report(text=text)).events] == ["shelling"]


def test_look_alike_body_found_shot_is_a_murder() -> None:
    hit = event_type("The bodies of two men were found with gunshot wounds near the town.")
    assert hit is not None and hit[0] == "other"
