"""The victims of a killing, named back, said to have been taken before they were killed, tell the back-story of the
same incident on an earlier day, not another event (incident_captivity). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled

_LEAD = ("The monitor reported that the bodies of two members of the National Defence Forces were found today in the "
         "desert near the town of al-Mayadin, days after ISIS cells captured and executed them.\n")


def test_the_victims_taken_days_before_are_the_same_execution() -> None:
    for back in ("According to local sources, the two men were kidnapped a week ago while herding sheep near the "
                 "Palmyra road, and the cells later shot them in the head.",
                 "The victims had been abducted five days ago near the village of Dablan before being executed.",
                 "Both had been seized by the cells three days earlier near the town of Sbikhan."):
        assert kinds(titled(_LEAD + back)) == ["execution"], back


def test_a_capture_during_a_fight_of_its_own_stays_apart() -> None:
    row = titled(_LEAD + "The two men had been captured during clashes with ISIS cells near the town of Sbikhan "
                 "three weeks ago.")
    assert len(kinds(row)) == 2
