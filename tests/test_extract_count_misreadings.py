"""Plain misreadings of counts that any report can hit:

* "Gunmen shot dead a mother of three." (the sentence ends there) and "a father of four was shot dead by ...": the
  one parent is the victim, a civilian, even with no noun after the children's number (``casualty_parent_of``);
  a parent with no verb of its own ("a mother of three told the monitor ...") is no victim;
* "Two soldiers were killed ... A third was killed when ...": a bare rank told in a later sentence adds one to the
  figure one less than it (``casualty_ordinal_more.ranked_side``), and only then;
* "... killed 16 civilians. 10 of the dead were killed in X, while six others died in Y. Separately, ... killing
  three civilians": the lead toll sums up the first incidents told after it, so each keeps its own share
  (``casualty_referents.DEAD_PART``, ``casualty_absorbed.summary_shares``); a share that only says who the dead
  were ("two of the dead were brothers") leaves the toll as it was, and so does an attack told on another day.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import run


def _dead(text: str) -> list[dict[str, int]]:
    return [incident["killed"] for incident in run(text)["incidents"]]


def _hurt(text: str) -> list[dict[str, int]]:
    return [incident["injured"] for incident in run(text)["incidents"]]


@pytest.mark.parametrize("text", [
    "Masked men on a motorbike shot dead a mother of three.",
    "Unknown gunmen killed a father of five outside his bakery in Tafas on Tuesday evening.",
    "A father of four was shot dead by unidentified gunmen at his olive grove near Inkhil on Sunday.",
])
def test_a_parent_told_by_children_is_one_dead_civilian(text: str) -> None:
    assert _dead(text) == [{"civilians": 1}]


def test_a_parent_told_by_children_may_be_the_one_hurt() -> None:
    text = "A father of two was wounded by a sniper's bullet on the edge of Kafr Nabl on Monday morning."
    assert _dead(text) == [{}]
    assert _hurt(text) == [{"civilians": 1}]


def test_a_parent_with_no_verb_of_its_own_is_no_victim() -> None:
    text = "A mother of three told the monitor that regime shelling on Ariha killed her husband on Monday."
    assert sum(sum(dead.values()) for dead in _dead(text)) == 1


@pytest.mark.parametrize(("text", "dead"), [
    ("Three fighters of the Hamza Division were killed when a drone struck their post near Tadif on Friday. A fourth "
     "was killed in the same strike, local sources said.", {"turkey_factions": 4}),
    ("ISIS cells ambushed an army truck on the Palmyra road on Monday night, killing two soldiers. A third died of his "
     "burns at the military hospital of Homs on Tuesday.", {"regime": 3}),
])
def test_a_bare_rank_told_later_adds_one(text: str, dead: dict[str, int]) -> None:
    assert _dead(text) == [dead]


def test_a_bare_rank_that_is_not_one_more_adds_nothing() -> None:
    text = ("Five soldiers were killed when a landmine hit their patrol near Ithriyah on Monday. A third was killed "
            "while trying to pull the others out.")
    assert _dead(text) == [{"regime": 5}]


def test_a_bare_rank_hurt_stays_hurt() -> None:
    text = ("Two soldiers were killed when a landmine hit their patrol near Ithriyah on Monday. A third was wounded "
            "and taken to Hama.")
    assert _dead(text) == [{"regime": 2}]
    assert _hurt(text) == [{"regime": 1}]


def test_a_lead_toll_gives_way_to_its_shares_before_a_separate_attack() -> None:
    text = ("Regime warplanes and artillery killed 16 civilians in the south of Idlib on Tuesday. The monitor said 10 "
            "of the dead, among them four children, were killed in air strikes on Maarat Harma, while six others died "
            "in artillery shelling on Kafr Sijnah. Separately, a regime drone hit a car near Sarmin on Tuesday evening, killing three "
            "civilians.")
    assert _dead(text) == [{"civilians": 10}, {"civilians": 6}, {"civilians": 3}]


def test_a_share_that_says_who_the_dead_were_leaves_the_toll() -> None:
    text = "Regime shelling killed 12 civilians in Ariha on Monday. Two of the dead were brothers, the monitor said."
    assert _dead(text) == [{"civilians": 12}]


def test_an_attack_on_another_day_is_no_share_of_the_toll() -> None:
    text = ("Regime shelling killed 12 civilians in Ariha on Monday. Nine of the dead were killed in the market square. "
            "On Tuesday, a regime drone killed three civilians near Sarmin.")
    assert _dead(text) == [{"civilians": 12}, {"civilians": 3}]
