""""The dead are four civilians and three militiamen, while 20 others were injured": wounded "others" after dead of two
sides or more are of no one side (``mention_sides.inherit_sides``), as they are when told in the next sentence.
Look-alikes: others after dead of one side keep it; "killing ... and wounding N others" (one breath) are of the first group; others with a part of theirs named apart ("including two civilians")
are the rest, of the first side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_others_after_dead_of_two_sides_are_of_no_one_side() -> None:
    text = ("Car bomb in Al-Bukamal\n\nA car bomb went off near a militia headquarters in Al-Bukamal on Sunday. Three "
            "civilians and two members of the National Defence Forces were killed, while 15 others were wounded.")
    assert injured(text) == {"unknown": 15}


def test_others_after_dead_of_one_side_keep_it() -> None:
    text = ("Car bomb in Al-Bukamal\n\nA car bomb went off near a militia headquarters in Al-Bukamal on Sunday. Five "
            "members of the National Defence Forces were killed, while 15 others were wounded.")
    assert injured(text) == {"regime": 15}


def test_others_with_civilians_named_apart_are_of_the_first_side() -> None:
    text = ("ISIS attack near Al-Sukhnah\n\nSix soldiers and a shepherd were killed in an ISIS attack near Al-Sukhnah on "
            "Friday, while ten others were wounded, including two civilians.")
    assert injured(text).get("unknown", 0) == 0


def test_others_wounded_in_the_same_breath_are_of_the_first_group() -> None:
    text = ("ISIS attack near Al-Sukhnah\n\nISIS cells attacked an army post near Al-Sukhnah on Friday, killing four soldiers "
            "and two shepherds and wounding five others.")
    assert injured(text) == {"regime": 5}
