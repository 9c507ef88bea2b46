"""The injured told in lists and restatements: armed men of no side listed beside another side's men
(``casualty_armed_generic``), "inflicting injuries on" before the figure (``casualties``), "Among the injured were ..."
followed by its source (``text_toll_wordings``), and the injured of no side broken down by side in the next sentence
(``casualty_hurt_broken_down``), and the attackers told after "an attack by" who are no casualties
(``casualty_doers``). Look-alikes beside each keep their reading.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

H = "Local update\n\n"


def test_gunmen_before_soldiers_are_not_soldiers() -> None:
    text = H + "A gunfight broke out near Busra al-Harir on Friday. The exchange left four gunmen and three soldiers hurt."
    assert injured(text) == {"unknown": 4, "regime": 3}


def test_gunmen_after_soldiers_are_not_soldiers() -> None:
    text = H + "A gunfight broke out near Busra al-Harir on Friday. The exchange left three soldiers and four gunmen hurt."
    assert injured(text) == {"unknown": 4, "regime": 3}


def test_gunmen_of_a_clan_are_not_soldiers() -> None:
    # (round 60) gunmen "of the Zoubi clan" are a clan's men, of no side, as plain "gunmen" are
    text = H + "A gunfight broke out near Busra al-Harir on Friday. The exchange left three soldiers and four gunmen of the Zoubi clan hurt."
    assert injured(text) == {"unknown": 4, "regime": 3}


def test_gunmen_of_a_unit_keep_their_reading() -> None:
    # look-alike: the armed men's noun goes on to a unit, not a clan ("gunmen of the regiment"): not read as two groups here
    text = H + "A gunfight broke out near Busra al-Harir on Friday. The exchange left three soldiers and four gunmen of the regiment hurt."
    assert "unknown" not in injured(text)


def test_inflicting_injuries_on() -> None:
    text = H + "Regime artillery pounded the market of Sarmin on Tuesday evening, inflicting injuries on seven civilians."
    assert injured(text) == {"civilians": 7}


def test_inflicting_losses_is_no_injury() -> None:
    # look-alike: "inflicting ... on" with losses, not injuries
    text = H + "Regime artillery pounded positions near Sarmin on Tuesday evening, inflicting heavy losses on the factions."
    assert injured(text) == {}


def test_among_the_injured_with_source_after() -> None:
    text = H + ("A Turkish drone fired at a van near Darbasiyah on Monday. Among the injured were two Asayish members "
                "and a boy, local sources said.")
    assert injured(text) == {"sdf": 2, "civilians": 1}


def test_among_the_injured_with_according_to() -> None:
    text = H + ("A Turkish drone fired at a van near Darbasiyah on Monday. Among the injured were two Asayish members "
                "and a boy, according to medics at the Qamishli hospital.")
    assert injured(text) == {"sdf": 2, "civilians": 1}


def test_among_the_injured_with_relative_clause_after() -> None:
    # look-alike: the comma opens a clause on the boy, not a source, so nothing is reordered; since round 61 "Among the
    # injured were" is a cue of the wounded of its own, so the list is read all the same
    text = H + ("A Turkish drone fired at a van near Darbasiyah on Monday. Among the injured were two Asayish members "
                "and a boy, who lost an eye.")
    assert injured(text) == {"sdf": 2, "civilians": 1}


def test_injured_broken_down_in_next_sentence() -> None:
    text = H + ("A Turkish drone fired at a van near Darbasiyah on Monday, wounding five people. Among the wounded were "
                "four Asayish members and a boy.")
    assert injured(text) == {"sdf": 4, "civilians": 1}


def test_injured_broken_down_with_among_the_wounded_after() -> None:
    text = H + ("A Turkish drone fired at a van near Darbasiyah on Monday, wounding five people. Four Asayish members "
                "and a boy were among the wounded.")
    assert injured(text) == {"sdf": 4, "civilians": 1}


def test_injured_of_another_strike_not_broken_down() -> None:
    # look-alike: later injured of sides that add up to the figure, but no restating cue: the figure stays
    text = H + ("A Turkish drone fired at a van near Darbasiyah on Monday, wounding five people. Four Asayish members "
                "and a boy were hurt when a second drone hit a car.")
    assert injured(text).get("unknown") == 5
    assert killed(text) == {}


def test_attackers_after_by_are_no_dead() -> None:
    text = H + "An assault by five militants on an army post outside Maan on Thursday killed three soldiers."
    assert killed(text) == {"regime": 3}


def test_attackers_after_by_are_no_wounded() -> None:
    text = H + "An ambush by five gunmen near Inkhil late on Sunday left two soldiers wounded."
    assert injured(text) == {"regime": 2}


def test_attackers_who_fell_still_count() -> None:
    # look-alike: the same attackers, then told as dead with their own figure: that figure stands
    text = H + "An assault by five militants on an army post outside Maan on Thursday left two of the militants dead."
    assert sum(killed(text).values()) == 2


def test_armed_men_among_wounded_taken_out_of_civilian_wounded() -> None:
    # the wounded told beside dead civilians are civilians; the armed men "among the wounded" are taken out of them
    text = H + ("A motorcycle bomb went off at a bakery in Jarablus on Friday, killing three civilians and wounding "
                "eight others. Among the wounded were three policemen of the Syrian National Army.")
    assert injured(text) == {"civilians": 5, "turkey_factions": 3}


def test_armed_men_among_wounded_after_turn() -> None:
    text = H + ("A motorcycle bomb went off at a bakery in Jarablus on Friday, killing three civilians and wounding "
                "eight others. Three SNA fighters were among the wounded.")
    assert injured(text) == {"civilians": 5, "turkey_factions": 3}


def test_children_among_civilian_wounded_are_some_of_them() -> None:
    # "Among the wounded were" restates some of the wounded told before: children among wounded civilians add none
    text = H + ("Shells fired by regime forces hit a market in Ariha on Tuesday, wounding nine civilians. Among the "
                "wounded were four children.")
    assert injured(text) == {"civilians": 9}


def test_children_among_wounded_others_beside_dead_civilians() -> None:
    text = H + ("An artillery shell landed near a school in Kafr Takharim on Sunday, killing a woman and wounding "
                "seven others. Among the injured were two girls.")
    assert injured(text) == {"civilians": 7}
