"""A pronoun victim set off by a comma from the rest of its list (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md): "killing him, along with three of his escorts" counts him beside his escorts;
"killing him, and two soldiers were wounded" keeps him killed beside the wounded, whose verb is their own."""

from __future__ import annotations

from casualty_cases import T, one_incident, run


def test_him_comma_along_with_his_escorts() -> None:
    text = "An ISIS cell ambushed a regime officer on the road near Palmyra on Friday, killing him, along with three of his escorts."
    assert one_incident(run(T + text))["killed"] == {"regime": 4}


def test_noun_head_comma_along_with_his_relatives() -> None:
    text = "Masked men raided a house in the village of Nasib on Monday, killing the mukhtar, along with two of his relatives."
    assert sum(one_incident(run(T + text))["killed"].values()) == 3


def test_him_comma_and_others_wounded_by_their_own_verb() -> None:
    text = "Unidentified gunmen fired on a regime officer near Sukhnah on Tuesday, killing him, and two soldiers were wounded."
    incident = one_incident(run(T + text))
    assert incident["killed"] == {"regime": 1}
    assert incident["injured"] == {"regime": 2}


def test_him_and_his_guards_one_verb_is_unchanged() -> None:
    text = "Unidentified gunmen fired on a regime officer near Sukhnah on Tuesday, killing him and his two guards."
    assert one_incident(run(T + text))["killed"] == {"regime": 3}


def test_him_comma_and_his_guards_also_killed_is_unchanged() -> None:
    text = "Unidentified gunmen fired on a regime officer near Sukhnah on Tuesday, killing him, and his two guards were also killed."
    assert one_incident(run(T + text))["killed"] == {"regime": 3}
