"""A bombardment said to have come as a side tried to storm a place tells that assault too: an attack of its own
(incident_came_after). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled

_LEAD = ("Two civilians were killed on Thursday when regime forces shelled the besieged district of Tariq al-Sadd in "
         "the city of Daraa, local activists said.\n")


def test_shelling_that_came_as_a_side_tried_to_storm_tells_the_assault() -> None:
    for came in ("The shelling came as the Fourth Division, backed by allied militias, tried to storm the "
                 "neighbourhood of al-Manshiyah from the south.",
                 "The bombardment came as regime forces attempted to break into the neighbourhood of "
                 "al-Manshiyah.",
                 "The shelling comes as army units were trying to overrun the neighbourhood of al-Manshiyah."):
        row = titled(_LEAD + came + " Local fighters repelled the assault, killing three soldiers.")
        assert sorted(kinds(row)) == ["attack", "shelling"], came


def test_shelling_that_came_as_talks_stalled_tells_no_other_event() -> None:
    assert kinds(titled(_LEAD + "The shelling came as talks between the local committee and Russian officers "
                        "stalled.")) == ["shelling"]
