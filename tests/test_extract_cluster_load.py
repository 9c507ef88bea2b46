"""Cluster bomblets told as a missile's load or scattering from it ("a surface-to-surface missile carrying cluster
bomblets struck the camp", "as bomblets scattered among the tents") are the strike's munitions: the kind is the
missile's (shelling); a remnant of cluster munitions that went off is war remnants (sentences written for these tests)."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_missile_carrying_cluster_bomblets_is_shelling() -> None:
    assert _kind("Ten civilians were killed when a surface-to-surface missile carrying cluster bomblets, launched from "
                 "regime positions, struck a camp near the town.") == "shelling"


def test_rockets_loaded_with_submunitions_are_shelling() -> None:
    assert _kind("Regime forces fired rockets loaded with submunitions at the village, wounding six people.") == "shelling"


def test_bomblets_scattering_after_the_missile_keep_the_shelling() -> None:
    row = titled(
        "Ten civilians were killed on Wednesday when a regime missile carrying cluster bomblets struck a camp near the "
        "town of Kansafra, the monitor said. Dozens of others were wounded, as bomblets scattered among the tents."
    )
    assert kinds(row) == ["shelling"]


def test_remnant_of_cluster_munitions_that_exploded_is_a_remnant() -> None:
    assert _kind("Three children were killed when a remnant of cluster munitions exploded near them in a field.") \
        == "ied_landmine"


def test_cluster_bomblet_that_went_off_stays_a_remnant() -> None:
    assert _kind("A child was injured when a cluster bomblet exploded in the yard of the house.") == "ied_landmine"
