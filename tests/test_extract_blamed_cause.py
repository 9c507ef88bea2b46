"""A deadly event named only as the cause a party gave for its campaign ("..., after a deadly bombing in X that Ankara
blamed on Kurdish militants"): no incident of its own.

Look-alikes: the cause told with a calendar day ("a bombing in X on March 3 which it blamed on ...") or with its own
dead is left to the other rules.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract
from observatory.extract.incident_blamed_cause import _BLAMED_CAUSE, _MONTH_DAY


def test_deadly_bombing_blamed_as_cause_is_no_incident() -> None:
    row = contract(
        "Turkish shelling on Tal Tamr\n\n"
        "Two civilians were wounded on Monday when Turkish artillery shelled the village of Um al-Kaif "
        "near Tal Tamr.\n\n"
        "Ankara has threatened a new ground operation in the north, after a deadly bombing in Ankara "
        "that it blamed on the PKK."
    )
    assert len(row["incidents"]) == 1


def test_cause_phrase_read() -> None:
    assert _BLAMED_CAUSE.search("in retaliation for a deadly explosion in Gaziantep that Ankara blames on the YPG")
    assert not _BLAMED_CAUSE.search("after a bombing in Gaziantep that killed four people")


def test_calendar_day_marked() -> None:
    assert _MONTH_DAY.search("after a deadly bombing in Ankara on March 3 that it blamed")
    assert not _MONTH_DAY.search("after a deadly bombing in Ankara last month that it blamed")
