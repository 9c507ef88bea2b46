"""A victim tied to a group by his work, with words between the tie and the group or inside the tie: "two men who worked
with Lebanon's Hezbollah" (the group's country before it), "a man who residents said worked with X" (a reporting clause
inside the relative one), "a man whom the monitor described as a collaborator of X", "three Hezbollah members and a
Syrian who worked with the group" (the group named before in the sentence). The group's side; a Syrian working for
Hezbollah is the regime's (SCHEMA). Look-alike: "who worked with a charity" names no group.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_group_after_its_countrys_possessive() -> None:
    text = ("Strike near Jubata\n\nA drone hit a pickup truck west of Jubata al-Khashab on Monday night, killing two young men "
            "who worked with Lebanon's Hezbollah.")
    assert killed(text) == {"pro_iran_foreign": 2}


def test_reporting_clause_inside_the_tie() -> None:
    text = ("Strike near Jubata\n\nA drone hit a pickup truck west of Jubata al-Khashab on Monday night, killing a man who "
            "residents said worked with Hezbollah in moving weapons.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_described_as_a_collaborator_of() -> None:
    text = ("Strike near Jubata\n\nA drone hit a pickup truck west of Jubata al-Khashab on Monday night, killing a man whom "
            "activists described as a collaborator of Lebanese Hezbollah.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_the_group_named_before_in_the_sentence() -> None:
    text = ("Strike near Jubata\n\nA drone hit a pickup truck west of Jubata al-Khashab on Monday night, killing three "
            "members of Hezbollah and a Syrian who worked with the group.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 1}


def test_a_charity_names_no_group() -> None:
    text = ("Strike near Jubata\n\nA drone hit a pickup truck west of Jubata al-Khashab on Monday night, killing a man who "
            "residents said worked with a charity.")
    assert killed(text) == {"unknown": 1}
