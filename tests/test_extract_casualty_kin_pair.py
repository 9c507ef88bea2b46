""""injuring his wife and son": two kin after one "his", counted as two (``casualty_unnumbered``).
Look-alikes: one kin ("injuring his mother") is one; "his son and a civilian" are two figures of their own.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_two_kin_after_one_possessive_are_two() -> None:
    text = ("Shelling on Kansafra\n\nRegime artillery shelled Kansafra on Monday morning, killing a civilian and wounding "
            "his daughter and son.")
    assert injured(text) == {"civilians": 2}


def test_one_kin_is_one() -> None:
    text = ("Shelling on Kansafra\n\nRegime artillery shelled Kansafra on Monday morning, killing a civilian and wounding "
            "his mother.")
    assert injured(text) == {"civilians": 1}
