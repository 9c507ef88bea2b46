"""Dead told as one more thing on a day of their own, killed by another kind of event ("SOHR also reported that a
militiaman was killed yesterday by a landmine", after an attack on a position whose risen toll counted a single soldier
more) are an incident of their own, even when their count matches a figure told before; dead told "in the attack" stay
the attack's (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md: an incident is one violent
event)."""

from __future__ import annotations

from contract_rows import killed_per_incident, kinds, titled

_ATTACK = ("The death toll of the attack carried out by ISIS cells on a position of regime forces in the vicinity of Palmyra "
           "city in the eastern desert of Homs on Saturday has risen to five, after a soldier succumbed to serious injuries "
           "he sustained in the attack and another was found dead near the position.\n"
           "SOHR had reported that three soldiers were killed and six others injured when ISIS members attacked the position "
           "with machine-guns and grenades before withdrawing towards the desert of Arak.\n")


def _row(sentence: str):  # type: ignore[no-untyped-def]
    return titled(_ATTACK + sentence + "\n", "2023-03-05")


def test_also_killed_yesterday_by_a_landmine_is_another_incident() -> None:
    row = _row("SOHR activists also reported that a member of Liwaa al-Baqer was killed yesterday by the explosion of a "
               "landmine which was planted by ISIS cells on the road leading to the quarries, north of Palmyra.")
    assert sorted(kinds(row)) == ["attack", "ied_landmine"]
    assert killed_per_incident(row) == [{"regime": 5}, {"regime": 1}]


def test_also_killed_on_sunday_by_a_mine_paraphrase() -> None:
    row = _row("A member of the National Defence Forces was also killed on Sunday by a landmine left by ISIS north of Palmyra.")
    assert killed_per_incident(row) == [{"regime": 5}, {"regime": 1}]


def test_another_killed_this_morning_by_a_drone_paraphrase() -> None:
    row = _row("Another soldier was killed this morning by a drone strike near Palmyra, the monitor said.")
    assert sorted(kinds(row)) == ["attack", "drone_strike"]
    assert killed_per_incident(row) == [{"regime": 5}, {"regime": 1}]


def test_also_killed_in_the_attack_stays_the_attacks() -> None:
    row = _row("A militiaman was also killed on Saturday in the attack, when a grenade hit his post.")
    assert len(kinds(row)) == 1
