"""Armed men first named with their backer ("government-backed tribal fighters", "tribal gunmen backed by the
government", "fighters backed by Turkey") and then counted by their kind alone ("five tribal fighters", "four of the
attackers", "three fighters"): the backer's side (``casualty_backed_referents``). Not read where the kind differs
("Iran-backed militias" before "tribal gunmen"), where men of the kind have two backers or unidentified men are named,
or where bare "fighters" follow another armed group in their own sentence.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_tribal_fighters_named_backed_before() -> None:
    text = ("Raid on Hajin\n\nGovernment-backed tribal fighters waded across the river before sunrise on Monday and hit "
            "outposts of the SDF close to Hajin in rural Deir Ezzor. The fighting left two SDF members and five tribal "
            "fighters dead.")
    assert killed(text) == {"regime": 5, "sdf": 2}


def test_attackers_backed_by_the_government() -> None:
    text = ("Raid on Hajin\n\nTribal gunmen backed by the government waded across the river before sunrise on Monday and "
            "attacked outposts of the SDF close to Hajin in rural Deir Ezzor, in fighting that left two SDF members and "
            "five of the attackers dead.")
    assert killed(text) == {"regime": 5, "sdf": 2}


def test_attackers_of_government_backed_forces_not_the_defenders() -> None:
    text = ("Raid on Hajin\n\nGunmen of the government-backed tribal forces waded across the river before sunrise on "
            "Monday and attacked outposts of the SDF close to Hajin in rural Deir Ezzor, sparking clashes that left two "
            "SDF members and five of the attackers dead.")
    assert killed(text) == {"regime": 5, "sdf": 2}


def test_attackers_inside_a_breakdown() -> None:
    text = ("Raid on Hajin\n\nTribal gunmen backed by the government and Iranian militias waded across the river before "
            "sunrise on Monday and attacked outposts of the SDF close to Hajin in rural Deir Ezzor. The fighting killed "
            "at least 12 people, among them five civilians, three SDF fighters and four of the attackers.")
    assert killed(text) == {"civilians": 5, "regime": 4, "sdf": 3}


def test_fighters_backed_by_turkey() -> None:
    text = ("Raid near Azaz\n\nFighters backed by Turkey broke into a hamlet outside Azaz on Monday. Three fighters and "
            "two SDF members were killed during the raid.")
    assert killed(text) == {"turkey_factions": 3, "sdf": 2}


def test_tribal_gunmen_after_iran_backed_militias_keep_no_side() -> None:
    text = ("Shelling on Dhiban\n\nIran-backed militias on the west bank shelled Dhiban on Monday. Later that night, "
            "four tribal gunmen died when a group of them rowed across the river and raided an SDF outpost.")
    assert "pro_iran_foreign" not in killed(text)


def test_tribal_gunmen_with_two_backers_keep_no_side() -> None:
    text = ("Clashes in Hajin\n\nGovernment-backed tribal fighters and SDF-affiliated tribal gunmen traded fire in Hajin "
            "on Monday. Five tribal gunmen were killed, a local source said.")
    assert "regime" not in killed(text)


def test_fighters_of_another_group_in_their_own_sentence() -> None:
    text = ("Advance on Mayadin\n\nGovernment troops, backed by Iranian-backed militias, pressed on towards Mayadin on "
            "Monday.\n\nFurther north, an SDF patrol drove over a roadside bomb close to al-Sour, killing three fighters.")
    assert "pro_iran_foreign" not in killed(text)


def test_tribal_gunmen_named_without_backer_first_keep_no_side() -> None:
    text = ("Fighting around Hajin\n\nFighting between the SDF and gunmen of local tribes went on in Hajin on Monday. "
            "Before dawn, tribal fighters loyal to the government had rowed across the river and raided an SDF outpost. "
            "The monitor now counts 40 tribal gunmen dead since the fighting began.")
    assert "regime" not in killed(text)


def test_fighters_killed_in_clashes_between_the_two_sides_keep_no_side() -> None:
    # the clash is told after the figure, in its own sentence: the fighters may be of either side
    text = ("Tension in al-Mayadin\nTension has been rising for weeks between Iranian-backed militias and local tribes "
            "in al-Mayadin.\n\nThree fighters were killed on Friday in clashes between the two sides near the city's "
            "vegetable market, SOHR said.")
    assert killed(text) == {"unknown": 3}
