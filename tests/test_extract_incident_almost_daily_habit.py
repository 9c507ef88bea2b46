"""Talk of a habit ("carry out almost daily airstrikes", "shell the villages every night", "day after day"): no one
event.

Look-alike: one strike told on its day stays an incident.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import titled


def test_almost_daily_strikes_are_no_incident() -> None:
    row = titled("ISIS cells target shepherds in the Syrian desert, while Russian warplanes carry out almost daily "
                 "airstrikes on their hideouts in the deserts of Homs and Deir Ezzor.")
    assert row["incidents"] == []


def test_every_night_shelling_is_no_incident() -> None:
    row = titled("Residents say regime forces shell the villages of the Zawiya mountain in Idlib every night.")
    assert row["incidents"] == []


def test_look_alike_one_strike() -> None:
    row = titled("Russian warplanes struck hideouts of ISIS in the desert of Homs on Monday, killing three members.")
    assert len(row["incidents"]) == 1
