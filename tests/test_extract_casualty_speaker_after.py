"""A speaker told after a figure ("..., a Syrian military source said") is no casualty (``casualty_speaker_after``;
sentences written for these tests)."""

from __future__ import annotations

from mention_rows import mentions


def test_military_source_after_the_wounded_is_no_victim() -> None:
    assert mentions("A car bomb went off near a checkpoint in Jableh, wounding five people, a Syrian military official said.") == [
        ("injured", 5, "unknown")]


def test_police_officer_and_official_who_speak_are_no_victims() -> None:
    assert mentions("A bomb exploded at a market in Azaz, killing three people, a police officer told AFP.") == [
        ("killed", 3, "unknown")]
    assert mentions("Shells hit Manbij, wounding four civilians, an official of the local council said.") == [
        ("injured", 4, "civilians")]


def test_victim_then_the_monitor_speaking_is_kept() -> None:
    assert mentions("A roadside bomb exploded in Deir ez-Zor, killing a police officer, the monitor said.") == [
        ("killed", 1, "regime")]
