"""Air strikes the incident is told to have prompted ("The attack prompted Russian warplanes to carry out more than 25
strikes on the hills ..., which killed four ISIS members", "the ambush triggered raids by Russian jets") are another
side's event of their own, not more of the attack, even when their dead are the attackers (paragraphs written for these
tests, judged by ../shared/data/sohr/SCHEMA.md: an incident is one violent event; `airstrike` = warplanes)."""

from __future__ import annotations

from contract_rows import kinds, titled

_ATTACK = ("Seven members of the regime forces were killed and ten wounded on Monday in an attack by ISIS cells on positions "
           "of the National Defense Forces east of Ithriya, in the eastern countryside of Hama, according to SOHR.\n")


def test_strikes_the_attack_prompted_are_their_own_incident() -> None:
    row = titled(_ATTACK + "The attack prompted Russian warplanes to carry out more than 25 strikes on the hills between "
                 "Ithriya and the Jabal al-Bishri, according to the Observatory, which said four ISIS members were killed.\n",
                 "2022-05-10")
    assert sorted(kinds(row)) == ["airstrike", "attack"]


def test_strikes_the_ambush_triggered_paraphrase() -> None:
    row = titled(_ATTACK + "This ambush triggered a wave of raids by Russian jets on the desert of Sheikh Hilal, killing "
                 "three ISIS members, SOHR said.\n", "2022-05-10")
    assert sorted(kinds(row)) == ["airstrike", "attack"]


def test_strikes_after_the_attack_with_no_aircraft_named_stay_whole() -> None:
    row = titled(_ATTACK + "The attack prompted the regime to send reinforcements to the area.\n", "2022-05-10")
    assert kinds(row) == ["attack"]
