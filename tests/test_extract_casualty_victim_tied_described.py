"""A victim of no stated side tied to a group in a later sentence (``mention_sides.VICTIM_TIED``): the group's name
in quotation marks ("The man was a member of the "Air Force Intelligence" branch") and "had been working as an
informant for X".
Look-alike: a man said to be a member of no armed group keeps no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_group_named_in_quotation_marks() -> None:
    text = ("Shooting in Nawa\n\nSOHR sources said a man was shot dead by unidentified gunmen on Sunday evening near "
            "Nawa. The man was a member of the \"Air Force Intelligence\" branch, who had fought with the factions "
            "before the settlement.")
    assert killed(text) == {"regime": 1}


def test_working_as_an_informant_for() -> None:
    text = ("Shooting in Inkhil\n\nA young man died on Tuesday of wounds he had sustained when masked gunmen shot him "
            "in Inkhil last week. The young man had been working as an informant for the State Security for months, "
            "local sources said.")
    assert killed(text) == {"regime": 1}


def test_man_of_no_group_keeps_no_side() -> None:
    text = ("Shooting in Nawa\n\nA man was shot dead by unidentified gunmen on Sunday evening near Nawa. The man was "
            "a shopkeeper from the town.")
    assert set(killed(text)) <= {"unknown", "civilians"}
