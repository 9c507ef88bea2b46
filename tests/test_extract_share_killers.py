"""A share told by a pronoun that refers back ("12 of whom were killed when regime forces shelled ..."): the group its
own clause names is who killed those people, not whose they were. The share takes the side of the figure it refers
back to, or none where that figure names no group; it lends the killer's side to none of the figures after it.

Look-alikes: a share whose group is named before it, or whose killer is of another side than its people, keeps its
side; a list with no such share is read as before.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_DAY = ("Monitor: 52 killed nationwide on Monday\n\n"
        "The monitor recorded 52 deaths across the country on Monday, distributed as follows: 24 civilians, "
        "16 soldiers of the army and 12 opposition fighters.\n")


def _sided(row: dict[str, object]) -> list[tuple[object, object]]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return [(t["side"], t["killed"]) for t in totals]


def test_provinces_after_a_share_keep_the_header_side() -> None:
    row = contract(_DAY + "The civilian dead were spread over the provinces as follows: 10 in Hama, 6 of whom were "
                   "killed when regime forces pounded a bakery in Kafr Zita; 7 in Idlib; 4 in Aleppo and 3 in Latakia.")
    sided = _sided(row)
    assert ("civilians", 7) in sided and ("civilians", 4) in sided and ("civilians", 3) in sided
    assert not any(side == "regime" and value in (6, 7, 4, 3) for side, value in sided)


def test_share_takes_the_side_of_the_figure_it_refers_to() -> None:
    row = contract("Northern front toll since January 2024 | 140 SDF dead\n\nThe monitor has counted the following "
                   "losses on the northern fronts since January 2024:\n"
                   "- 140 members of the SDF and the Asayish, 35 of whom were killed at posts facing the Turkish-backed "
                   "factions near Ain Issa.\n- 22 civilians, among them five children.")
    sided = _sided(row)
    assert ("sdf", 140) in sided
    assert ("turkey_factions", 35) not in sided


def test_share_of_a_named_group_keeps_its_side() -> None:
    row = contract(_DAY + "The monitor also counted 18 ISIS members killed in the desert during the month, 11 of whom "
                   "died in Russian raids.")
    sided = _sided(row)
    assert ("isis", 18) in sided
    assert ("russia", 11) not in sided


def test_list_without_a_share_is_unchanged() -> None:
    row = contract(_DAY + "The civilian dead were spread over the provinces as follows: 10 in Hama; 7 in Idlib; 4 in "
                   "Aleppo and 3 in Latakia.")
    sided = _sided(row)
    assert ("civilians", 10) in sided and ("civilians", 7) in sided and ("civilians", 3) in sided
