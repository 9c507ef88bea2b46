"""Kin or men told "along with" / "together with" / "in addition to" a victim, with a possessive before their figure
(``casualty_along_with.ALONG_HIS``, ``casualty_kin``).

"killing a farmer along with his two sons": the sons share the farmer's verb and, being his kin, his side (as "and his
two sons" already did); "an SDF commander together with his two aides": the aides are of his side. Near readings that
stay as they were: animals or things "along with his" are no people, and a verb of their own keeps its role.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_farmer_along_with_his_sons() -> None:
    text = ("Mine blast near Maan\n\nAn old mine went off under a tractor near Maan on Wednesday, killing a farmer along "
            "with his two sons.")
    assert killed(text) == {"civilians": 3}


def test_woman_together_with_her_daughters() -> None:
    text = ("Shelling on Sarmin\n\nRegime rockets fell on a house in Sarmin on Tuesday evening, killing a woman together "
            "with her four daughters.")
    assert killed(text) == {"civilians": 5}


def test_hurt_along_with_his_sons() -> None:
    text = ("Shelling on Sarmin\n\nRegime rockets fell on a house in Sarmin on Tuesday evening, wounding a baker along "
            "with his three sons.")
    assert injured(text) == {"civilians": 4}


def test_commander_in_addition_to_his_aides() -> None:
    text = ("Drone strike near Derbasiyah\n\nA Turkish drone hit a car near Derbasiyah on Friday, killing an SDF commander "
            "in addition to his two aides.")
    assert killed(text) == {"sdf": 3}


def test_flock_along_with_him_is_no_people() -> None:
    # look-alike: "along with his 60 sheep" counts animals
    text = ("Mine blast near Maan\n\nAn old mine went off near Maan on Wednesday, killing a shepherd along with his 60 "
            "sheep.")
    assert killed(text) == {"civilians": 1}


def test_kin_with_a_verb_of_their_own() -> None:
    # look-alike: the sons have their own verb after the figure
    text = ("Shelling on Sarmin\n\nRegime rockets fell on a house in Sarmin on Tuesday, killing a woman, while along with "
            "her two sons who were wounded, her husband survived.")
    assert killed(text) == {"civilians": 1}


def test_wife_told_first_then_numbered_children() -> None:
    # "along with his wife and four children": one relative without a number, then the numbered kin; a smuggler of
    # no side is unknown, his family civilians
    text = ("Air strike near Tal Hamis\n\nA suspected air strike hit a farm near Tal Hamis on Monday, killing a drug "
            "trafficker along with his wife and four children, the monitor said.")
    assert killed(text) == {"unknown": 1, "civilians": 5}


def test_wife_and_their_daughters() -> None:
    text = ("Shelling on Sarmin\n\nRegime rockets fell on a house in Sarmin on Tuesday evening, killing a baker together "
            "with his wife and their three daughters.")
    assert killed(text) == {"civilians": 5}
