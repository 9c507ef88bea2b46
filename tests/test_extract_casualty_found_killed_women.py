""""The body of a woman was found ..., bearing marks of strangulation", "Two Iraqi women were found shot dead", "a young
woman was found dead with gunshot wounds": a woman found killed by hand (shot, stabbed, strangled) is a murder's victim
even where the word "murder" is missing, so of no known side unless the text calls her a civilian (SCHEMA; extends
``casualty_roles.murdered_woman``). A woman killed by shelling, or a body pulled from the rubble of a strike, stays
a civilian.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_body_found_with_marks_of_strangulation() -> None:
    text = ("Body found near Busayrah\n\nThe body of a woman was found in an irrigation canal near Busayrah on Monday, "
            "bearing marks of strangulation.")
    assert killed(text) == {"unknown": 1}


def test_women_found_shot_dead() -> None:
    text = ("Killings in al-Hol\n\nTwo Iraqi women were found shot dead in their tent in al-Hol camp on Sunday morning.")
    assert killed(text) == {"unknown": 2}


def test_found_dead_with_gunshot_wounds() -> None:
    text = ("Killing in Hasakah\n\nA young woman was found dead with gunshot wounds in her home in Hasakah city on Monday.")
    assert killed(text) == {"unknown": 1}


def test_woman_killed_by_shelling_stays_civilian() -> None:
    text = ("Shelling on Ariha\n\nA woman was killed when regime shells hit her home in Ariha on Monday evening.")
    assert killed(text) == {"civilians": 1}


def test_body_pulled_from_rubble_stays_civilian() -> None:
    text = ("Strikes on Ariha\n\nRescuers recovered the body of a woman from the rubble of her house after Russian strikes "
            "on Ariha on Monday.")
    assert killed(text) == {"civilians": 1}
