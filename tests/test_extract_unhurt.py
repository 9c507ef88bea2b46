"""People told unharmed are neither dead nor hurt:

* "... left three people dead, including an old man, and four others unhurt": the four after the aside took no role of
  their own, and "unhurt" is no "hurt" (``casualties._UNHURT``; ``_OWN_ROLE`` now needs a word boundary before its verb);
* "... while two others were uninjured", "and the rest escaped unharmed": no figure of the injured.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_others_unhurt_after_an_aside_count_no_one() -> None:
    text = ("Shelling on Taftanaz\n\nRocket fire by regime forces on Taftanaz on Friday evening left three people dead, "
            "including an old man, and four others unhurt.")
    assert killed(text) == {"unknown": 3}
    assert injured(text) == {}


def test_others_uninjured_after_an_aside_count_no_one() -> None:
    text = ("Shelling on Taftanaz\n\nRocket fire by regime forces on Taftanaz on Friday evening left three people dead, "
            "including an old man, and four others were uninjured.")
    assert killed(text) == {"unknown": 3}
    assert injured(text) == {}


def test_others_hurt_after_an_aside_are_still_hurt() -> None:
    text = ("Shelling on Taftanaz\n\nRocket fire by regime forces on Taftanaz on Friday evening left three people dead, "
            "including an old man, and four others hurt.")
    assert killed(text) == {"unknown": 3}
    assert injured(text) == {"unknown": 4}
