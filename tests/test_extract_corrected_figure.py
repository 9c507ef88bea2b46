""""The monitor said that three SDF members, not two, were killed": the figure after "not" in an aside of its own is
the one set right, no more people; the figure before it keeps the role told after the aside. Look-alikes: "not far
from", "not counting two missing" count as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums


def test_monitor_corrects_a_source() -> None:
    text = ("Attack on a checkpoint in Hajin\n\nGunmen of ISIS cells stormed an SDF checkpoint on the road into "
            "Hajin late on Sunday, local sources said. The Observatory said that five SDF fighters, not three, lost their "
            "lives in the raid on the checkpoint.")
    assert killed_sums(text) == {"sdf": 5}


def test_and_not_correction() -> None:
    text = ("Raid on Tadmur\n\nSOHR said that eight soldiers of the regime army, and not six, were killed when cells of "
            "ISIS stormed their post near Tadmur on Thursday night.")
    assert killed_sums(text) == {"regime": 8}


def test_not_far_from_is_no_correction() -> None:
    text = ("Shooting near Tafas\n\nUnknown gunmen shot dead two civilians, not far from the road between Tafas and "
            "Daraa, on Tuesday evening, SOHR said.")
    assert killed_sums(text) == {"civilians": 2}
