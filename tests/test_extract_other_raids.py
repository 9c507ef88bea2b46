"""Raids told after air strikes as "other raids" or "further raids" ("Other raids hit the outskirts of X") are more of
those air strikes, not an attack on the ground (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from contract_rows import kinds, titled


def test_other_raids_after_air_strikes_are_air_strikes() -> None:
    row = titled(
        "Russian warplanes struck a market in the town of Ariha on Sunday, killing four civilians, the monitor "
        "said. Other raids hit the outskirts of the town of Saraqib on Monday, killing two fighters of Hayat Tahrir al-Sham."
    )
    assert kinds(row) == ["airstrike", "airstrike"]


def test_further_raids_after_air_strikes_are_air_strikes() -> None:
    row = titled(
        "Russian warplanes struck a market in the town of Ariha on Sunday, killing four civilians, the monitor "
        "said. Further raids targeted the outskirts of the town of Saraqib on Monday, killing two fighters of Hayat "
        "Tahrir al-Sham."
    )
    assert kinds(row) == ["airstrike", "airstrike"]
