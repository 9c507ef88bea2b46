""""The Turkish Defence Ministry later confirmed the death of one soldier": bare troops the nearest body before them in
the sentence, a foreign defence ministry, counts as its own are that army's, not the regime's
(``casualty_ministry_troops``, as "one of its soldiers" already was).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_ministry_confirmed_the_death_of_one_soldier() -> None:
    text = ("Turkish soldier killed near Idlib\n\nA Turkish soldier was killed on Sunday when Syrian government forces "
            "shelled a Turkish post near Saraqib, east of Idlib. The Turkish Defence Ministry later confirmed the death of "
            "one soldier and offered its condolences to his family.")
    assert killed(text) == {"turkey_factions": 1}


def test_ministry_said_one_soldier_was_killed() -> None:
    text = ("Shelling hits Turkish post near Atarib\n\nSyrian government forces shelled an observation post near Atarib in "
            "western Aleppo countryside on Wednesday. Turkey's Ministry of National Defence said one soldier was killed.")
    assert killed(text) == {"turkey_factions": 1}


def test_ministry_said_three_soldiers_were_killed() -> None:
    text = ("Soldiers killed near Tal Abyad\n\nTurkey's Ministry of National Defence said three soldiers were killed on "
            "Monday in an attack by SDF fighters near Tal Abyad.")
    assert killed(text) == {"turkey_factions": 3}
