"""A victim's record named without a verb ("a cell leader responsible for assassinations", "a man accused of
bombings"): what he was said to have done before, not the kind of the event told. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.events import event_type


def test_responsible_for_assassinations_names_no_kind() -> None:
    hit = event_type("The statement said the slain emir was responsible for assassinations of tribal elders.")
    assert hit is None


def test_operation_that_killed_a_man_responsible_for_assassinations_is_an_attack() -> None:
    row = contract("Raid in Hajin\n\nThe SDF carried out a security operation in the town of Hajin at dawn on Tuesday, "
                   "killing a cell commander responsible for assassinations of local dignitaries. Coalition forces "
                   "took part in the raid, according to local sources.")
    assert kinds(row) == ["attack"]


def test_look_alike_an_assassination_told_is_still_one() -> None:
    hit = event_type("Unknown gunmen assassinated a local dignitary in the town on Monday evening.")
    assert hit is not None and hit[0] == "assassination"


def test_look_alike_responsible_for_planning_attacks_still_blanked() -> None:
    hit = event_type("The SDF killed an emir responsible for planning attacks on its checkpoints, in a raid on his house.")
    assert hit is not None and hit[0] == "attack"
