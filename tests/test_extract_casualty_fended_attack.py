"""An attack the subject fended off ("SDF fighters repelled an attack by Ankara-backed factions ..."): the subject is the
defender, so "N of the attackers" and "N of them" killed are of the group named after "by", not of the subject.

Every sentence here was written for these tests; places are real Syrian names, the events invented. The last three
tests are near misses the rule must leave alone.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_attackers_of_a_repelled_attack_are_the_group_after_by() -> None:
    text = ("Attack near Abu Rasin\n\nSDF fighters repelled an attack by Ankara-backed factions on a village west of "
            "Abu Rasin on Tuesday, killing three of the attackers.")
    assert killed(text) == {"turkey_factions": 3}


def test_them_of_a_foiled_attempt_are_the_group_after_by() -> None:
    text = ("Attempt near Hoshan\n\nThe SDF said that its units foiled an infiltration attempt by Turkish-backed factions "
            "close to Hoshan late on Sunday, killing four of them.")
    assert killed(text) == {"turkey_factions": 4}


def test_a_thwarted_assault_with_a_verb_after_the_attack() -> None:
    text = ("Assault near Murak\n\nRegime forces thwarted an assault launched by HTS fighters on their positions near Murak "
            "at dawn on Friday, killing five of them.")
    assert killed(text) == {"hts_rebels": 5}


def test_near_miss_the_subject_attacked_and_killed_of_them() -> None:
    text = ("Attack near Tal Tamr\n\nAnkara-backed factions attacked positions of the SDF west of Tal Tamr on Monday and "
            "killed two of the SDF fighters guarding them.")
    assert "turkey_factions" not in killed(text)


def test_near_miss_the_attackers_killed_defenders_in_a_repelled_attack() -> None:
    text = ("Attack near Ain Issa\n\nAnkara-backed factions launched an attack on SDF positions near Ain Issa on Monday, "
            "killing two SDF fighters, before the SDF repelled it.")
    assert killed(text) == {"sdf": 2}


def test_near_miss_them_are_people_the_defender_protected() -> None:
    text = ("Shelling near Manbij\n\nThe SDF repelled an attack by Turkish-backed factions near Arima on Monday. Later, "
            "shells hit a house where a family of six lived, killing two of them.")
    assert "turkey_factions" not in killed(text)


def test_them_of_an_attempt_by_a_group_noun_tied_before() -> None:
    text = ("Attempt near Um al-Kaif\n\nThe Turkish army and its mercenaries pounded farms near Um al-Kaif with mortars on "
            "Monday. At night the council's fighters thwarted an advance attempt by the mercenaries on the village, killing "
            "five of them, while one fighter of the SDF was killed in the clashes.")
    assert killed(text) == {"turkey_factions": 5, "sdf": 1}


def test_near_miss_an_attempt_by_a_group_noun_tied_to_no_group() -> None:
    text = ("Attempt near Um al-Kaif\n\nAt night the SDF thwarted an advance attempt by the mercenaries on Um al-Kaif, "
            "killing five of them.")
    assert "turkey_factions" not in killed(text)
