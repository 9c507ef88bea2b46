""""Seven civilians were killed, a child and two pilgrims among them, and 23 others were injured": parts told in an
apposition after the whole's own verb, closed by their cue ("among them"), are parts of the whole and share its role,
not figures of the verb after them (``casualty_parts.postposed_part``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums

_OPEN = "Bomb near Sayyida Zeinab\n\nA motorcycle bomb exploded on Friday near the Sayyida Zeinab shrine south of Damascus. "


def test_parts_after_were_killed_then_injured() -> None:
    text = _OPEN + ("According to SOHR, nine civilians were killed, a child and two pilgrims from Iraq among them, and 30 "
                    "others were injured.")
    assert killed_sums(text) == {"civilians": 9}
    assert injured_sums(text) == {"civilians": 30}


def test_parts_after_died_in_the_blast() -> None:
    text = _OPEN + "Nine civilians died in the blast, two women and a boy among them, while 30 others were wounded."
    assert killed_sums(text) == {"civilians": 9}
    assert injured_sums(text) == {"civilians": 30}


def test_parts_after_lost_their_lives() -> None:
    text = _OPEN + "Nine civilians lost their lives, three children among them, and 30 others were hurt."
    assert injured_sums(text) == {"civilians": 30}
