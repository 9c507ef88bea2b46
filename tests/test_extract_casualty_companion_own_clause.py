"""A victim's companion hurt in a clause of his own ("... was killed and his companion was wounded", "..., while his
companion was seriously injured"): hurt of unknown side, the text giving none (``casualty_companion_hurt``).
Look-alikes: a companion the attacker's verb takes, an escort told the same way, and a companion killed, read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_companion_hurt_after_and() -> None:
    text = ("Blast in Inkhil\n\nAn officer of Air Force Intelligence was killed and his companion was lightly injured when "
            "a bomb under their vehicle went off in Inkhil on Tuesday.")
    assert injured(text) == {"unknown": 1}


def test_companion_hurt_after_while() -> None:
    text = ("Shooting near Nawa\n\nMasked men shot dead a former rebel commander at a checkpoint near Nawa on Friday "
            "night, while his companion was seriously wounded, residents said.")
    assert injured(text) == {"unknown": 1}


def test_look_alike_companion_taken_by_the_attackers_verb() -> None:
    # near the rule: the companion is the object of "wounding", as before (the victim's side)
    text = ("Drone strike near Atarib\n\nA drone hit a van near Atarib on Monday, killing a commander of Hayat Tahrir "
            "al-Sham and wounding his companion.")
    assert injured(text) == {"hts_rebels": 1}


def test_look_alike_escort_in_a_clause_of_his_own() -> None:
    # near the rule: an escort hurt in his own clause stays of the victim's side
    text = ("Blast in Inkhil\n\nAn officer of Air Force Intelligence was killed and his escort was lightly injured when "
            "a bomb under their vehicle went off in Inkhil on Tuesday.")
    assert injured(text) == {"regime": 1}


def test_look_alike_companion_killed_in_a_clause_of_his_own() -> None:
    # near the rule: killed, not hurt; nothing hurt is added
    text = ("Blast in Inkhil\n\nAn officer of Air Force Intelligence was killed and his companion was also killed when "
            "a bomb under their vehicle went off in Inkhil on Tuesday.")
    assert injured(text) == {}
    assert "regime" in killed(text)
