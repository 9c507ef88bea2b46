""""Thirteen civilians, among them four schoolchildren and a female teacher, lost their lives": schoolchildren (and
schoolboys, schoolgirls) are people, children and civilians (``figures.PERSON``, ``casualty_breakdowns.LABELS``, the
civilians' aliases), so they are a part of the toll they break down, and the next part of the list with them.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_schoolchildren_and_a_teacher_among_the_toll() -> None:
    text = ("Shelling on Ariha\n\nNine civilians, among them three schoolchildren and a teacher, were killed on Tuesday "
            "morning when regime forces shelled the town of Ariha in the southern countryside of Idlib.")
    assert killed(text) == {"civilians": 9}


def test_schoolgirls_including_in_the_toll() -> None:
    text = ("Shelling on Sarmin\n\nRegime artillery shelled the town of Sarmin on Sunday, killing seven civilians, "
            "including two schoolgirls and a woman.")
    assert killed(text) == {"civilians": 7}


def test_schoolchildren_killed_alone() -> None:
    text = "Shelling on Darkush\n\nRegime rockets hit a school in Darkush on Monday, killing four schoolchildren."
    assert killed(text) == {"civilians": 4}
