"""An armed quarrel, dispute or brawl between clans or families ("killed in an armed quarrel between members of two
clans"): fighting with no side as initiator, a clash (SCHEMA), not a murder. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.events import event_type


def test_armed_quarrel_between_two_clans_is_a_clash() -> None:
    row = contract("Tribal feud\n\nTwo men were killed and three others wounded on Friday in an armed quarrel between "
                   "members of two clans in the village of Al-Tayyana, over a dispute about a water well.")
    assert kinds(row) == ["clash"]


def test_armed_brawl_is_a_clash() -> None:
    hit = event_type("An armed brawl between two families left a young man dead in the town.")
    assert hit is not None and hit[0] == "clash"


def test_look_alike_man_shot_by_his_cousin_over_land_stays_a_murder() -> None:
    row = contract("Murder\n\nA young man was shot dead by his cousin during a quarrel over land in the town of "
                   "Al-Busayrah on Saturday.")
    assert kinds(row) == ["other"]
