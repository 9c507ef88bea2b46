"""Review of round 38 (rev2): near misses of the rules it added, each wrong after the round and right before it.

* ``casualty_rises._first_said``: a first account told as a "that" clause is superseded only where the rest of its
  sentence revises it; "but gave no names", "before noon", "before documenting two more deaths" revise nothing.
* ``casualty_backed_referents``: bare "fighters" counted after the backed men were told clashing with another party
  could be either side's; bare "fighters" in a sentence that moves to another scene ("In Idlib, ...") are not theirs.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_first_account_with_an_aside_not_a_revision_stays() -> None:
    text = ("Shelling on Kansafra\n\nThe Syrian Observatory first reported that two civilians were killed when shells hit "
            "Kansafra on Monday, but gave no names.")
    assert killed(text) == {"civilians": 2}


def test_first_account_with_before_of_time_stays() -> None:
    text = ("Shelling on Kansafra\n\nSOHR first reported that two civilians were killed when regime shells hit Kansafra "
            "shortly before noon on Monday.")
    assert killed(text) == {"civilians": 2}


def test_first_account_followed_by_more_deaths_stays() -> None:
    text = ("Shelling on Kansafra\n\nSOHR had initially reported that three children were killed in the shelling on "
            "Kansafra on Monday, before documenting the deaths of two more people who died of their wounds overnight.")
    assert sum(killed(text).values()) == 5


def test_first_account_then_other_dead_stays() -> None:
    text = ("Shelling on Kansafra\n\nSOHR had first reported that three civilians were killed by regime shelling on "
            "Kansafra on Monday, but later learned that two soldiers were also killed by return fire.")
    assert killed(text) == {"civilians": 3, "regime": 2}


def test_first_account_revised_down_is_superseded() -> None:
    text = ("Shelling on Kansafra\n\nThe monitor first said that five people were killed in regime shelling on Kansafra "
            "on Monday, until medical sources confirmed only three deaths.")
    assert sum(killed(text).values()) == 3


def test_bare_fighters_after_a_clash_of_two_parties_keep_no_side() -> None:
    text = ("Clashes in Daraa\n\nGovernment-backed forces and opposition factions clashed on the outskirts of Daraa "
            "al-Balad on Monday. Seven fighters were killed in the clashes.")
    assert "regime" not in killed(text)


def test_bare_fighters_in_another_scene_keep_no_side() -> None:
    text = ("Day in Syria\n\nGovernment-backed tribal fighters shelled SDF positions near Dhiban on Monday, causing no "
            "casualties.\n\nIn Idlib, four fighters were killed in an ambush near Sarmin.")
    assert "regime" not in killed(text)


def test_bare_fighters_of_the_backed_men_without_a_clash_still_read() -> None:
    text = ("Raid near Tal Tamr\n\nFighters backed by Turkey stormed a village near Tal Tamr on Monday. Three fighters "
            "were killed by SDF fire.")
    assert killed(text) == {"turkey_factions": 3}
