"""One more of the people a raid took, told by rank ("arresting two ... and killing a third who ...":
``casualty_rank_of_taken``), and a rank with a relative clause read as one person.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

_RAID = "Dawn raid in Deir ez-Zor\n\nThe SDF raided homes in the village of Abu Hamam in Deir ez-Zor on Tuesday, "


def test_the_rank_after_those_arrested_is_of_their_group() -> None:
    text = _RAID + "arresting two suspected ISIS members and killing a third who tried to flee."
    assert killed(text) == {"isis": 1}


def test_the_group_told_with_a_long_phrase() -> None:
    text = _RAID + "detaining four men accused of belonging to ISIS cells and killing a fifth who opened fire on them."
    assert killed(text) == {"isis": 1}


def test_a_group_of_no_side_leaves_the_rank_unknown() -> None:
    text = _RAID + "arresting two young men and killing a third."
    assert killed(text) == {"unknown": 1}


def test_a_side_named_as_the_one_that_wants_them_is_not_theirs() -> None:
    # look-alike: the SDF is the party that wants the men, not their group
    text = ("Raid in Qamishli\n\nMilitary Security raided homes in the town of Qamishli on Tuesday, arresting two men "
            "wanted by the SDF and killing a third who tried to flee.")
    assert killed(text) == {"unknown": 1}


def test_a_side_they_left_is_not_theirs() -> None:
    text = _RAID + "arresting two men who had deserted from the regime army and killing a third."
    assert killed(text) == {"unknown": 1}


def test_a_rank_that_does_not_count_on_keeps_no_side() -> None:
    text = _RAID + "arresting five suspected ISIS members and killing a third who tried to flee."
    assert killed(text) == {"unknown": 1}


def test_a_hurt_rank_with_its_relative_clause() -> None:
    text = ("Checkpoint attack near Jasim\n\nGunmen attacked a checkpoint near Jasim in Daraa on Monday, killing two "
            "soldiers and wounding a third who was taken to hospital.")
    assert killed(text) == {"regime": 2}
    assert injured(text) == {"regime": 1}
