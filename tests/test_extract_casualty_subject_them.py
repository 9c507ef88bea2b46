""""N of them" after a sentence that opens on the group an attack was aimed at ("Members of X were targeted by a
drone ..., and three of them were killed"; "Y came under fire from Z ..., killing two of them"): "them" are that
group, not the doer named after "by"/"from" (src/observatory/extract/casualty_subject_them.py).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_passive_subject_then_of_them() -> None:
    text = ("Drone strike near Mayadin\n\nMembers of Liwa Fatemiyoun were targeted by a drone on the edge of Mayadin "
            "on Monday, and three of them were killed, while two others sustained injuries.")
    assert killed(text) == {"pro_iran_foreign": 3}
    assert injured(text) == {"pro_iran_foreign": 2}


def test_plain_group_subject_then_of_them() -> None:
    text = ("Strike on a convoy\n\nRegime soldiers were hit by a guided missile on the road out of Maarat al-Numan, "
            "and four of them were killed.")
    assert killed(text) == {"regime": 4}


def test_came_under_fire_then_of_them_is_not_the_shooter() -> None:
    text = ("Fire on a patrol\n\nAsayish members came under fire from ISIS cells at a crossroads in Shaddadi late on "
            "Friday, killing two of them.")
    assert killed(text) == {"sdf": 2}


def test_of_them_opening_the_next_sentence() -> None:
    text = ("Raid on a depot\n\nFighters of Kataib Hezbollah were bombed by unidentified jets at a depot outside "
            "Albu Kamal. Five of them were killed.")
    assert killed(text) == {"pro_iran_foreign": 5}


def test_doer_subject_keeps_its_victims() -> None:
    text = ("Ambush in the desert\n\nISIS cells ambushed regime soldiers along the road to Sukhnah, killing six "
            "of them.")
    assert killed(text) == {"regime": 6}


def test_subject_that_hit_back_leaves_them_to_the_attackers() -> None:
    text = ("Attack repelled\n\nSDF fighters were attacked by ISIS cells near Hajin, and they repelled the "
            "assault, killing four of them.")
    assert killed(text).get("sdf") is None
