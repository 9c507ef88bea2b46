"""Clashes in which one side tried to storm the other's positions have a clear initiator: an attack (SCHEMA), like
"gunmen attacked" (incident_initiator.ATTACKED_BY). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled


def test_clashes_as_one_side_tried_to_storm_are_an_attack() -> None:
    for clause in ("as the tribal fighters tried to storm SDF positions around the town",
                   "where the gunmen attempted to raid an SDF checkpoint at the entrance of the town",
                   "as ISIS cells were trying to assault regime posts on its outskirts"):
        row = titled(f"Violent clashes broke out this morning between tribal fighters and the SDF in the town of "
                     f"Diban, {clause}, leaving three fighters dead.")
        assert kinds(row) == ["attack"], clause


def test_clashes_with_no_side_trying_anything_stay_clashes() -> None:
    row = titled("Violent clashes broke out this morning between tribal fighters and the SDF in the town of Diban, "
                 "leaving three fighters dead.")
    assert kinds(row) == ["clash"]
