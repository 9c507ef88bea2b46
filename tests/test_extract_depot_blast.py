"""Munitions that went off where they were stored are a depot blast (`other`), not a planted bomb or war remnants; a
strike that set them off stays the strike (src/observatory/extract/events_depot_blast.py). Sentences written for
these tests."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_detonation_of_old_munitions_at_a_military_site_is_other() -> None:
    assert _kind("State media said the blast was caused by the detonation of old munitions at a military site.") == "other"


def test_ammunition_stored_in_a_depot_that_exploded_is_other() -> None:
    assert _kind("Ammunition stored in a warehouse of the army exploded near the town on Monday, the monitor said.") == "other"


def test_explosion_of_shells_kept_at_a_base_is_other() -> None:
    assert _kind("The explosion of shells kept at an army base shook the town of Kansafra at dawn.") == "other"


def test_strike_that_set_off_stored_munitions_stays_an_airstrike() -> None:
    assert _kind("Israeli warplanes struck the base, causing the explosion of munitions stored at the depot.") == "airstrike"


def test_planted_bomb_stays_a_bomb() -> None:
    assert _kind("An explosive device planted by unknown persons exploded near a checkpoint of the army.") == "ied_landmine"


def test_heard_blast_explained_as_a_depot_blast_is_kept() -> None:
    row = titled(
        "A loud explosion was heard in the Kansafra area early on Wednesday. State media said it was caused by the "
        "detonation of old munitions at a military site and that there were no casualties."
    )
    assert kinds(row) == ["other"]
