"""Incidents: a town named only as the object of a verb of striking in -ing or "hit" ("responded by shelling X",
"a shell hit X") is where that event happened, so the other side's answer told that way is an incident of its own.

Look-alike: a campaign begun or going on ("began shelling X", "continued pounding X") names no place of one event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names

_LEAD = ("Monitor update\n\n"
         "Rebel fighters stormed army posts near Tal Maraq in the southern countryside of Idlib on Monday night, killing "
         "four soldiers.\n")


def test_answer_by_shelling_a_town_is_its_own_incident() -> None:
    row = contract(_LEAD + "Government forces retaliated by pounding Kafr Sajna and nearby farms with heavy artillery, "
                           "causing only material damage.")
    assert kinds(row) == ["attack", "shelling"]
    assert "Kafr Sajna" in place_names(row)[1]


def test_shell_that_hit_a_town_places_it() -> None:
    row = contract("Monitor update\n\nA rocket fired by unidentified groups hitting Maarat Harma on Tuesday wounded "
                   "two women.")
    assert "Maarat Harma" in place_names(row)[0]


def test_look_alike_campaign_begun_names_no_place() -> None:
    row = contract("Monitor update\n\nMost of the deaths came late in the month, after army units began shelling "
                   "Tell Hamdan, which has been encircled since spring.")
    assert all("Tell Hamdan" not in names for names in place_names(row))
