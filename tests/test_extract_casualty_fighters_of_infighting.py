""""Clashes between the Levant Front and the Sultan Murad Division left two fighters dead and five people injured: four
fighters of both factions and a civilian": fighters of no side in a fight of parties of one label are of it
(``casualty_roles.infighting_side``), and so are "fighters of both factions" inside a list (``each_side``); others
wounded in it too. Look-alike: a fight of parties of two labels gives the fighters no one side from it.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides


def test_fighters_of_both_factions_in_a_list() -> None:
    text = ("Infighting in Al-Bab\n\nClashes broke out on Friday night between the Levant Front and the Sultan Murad Division "
            "in Al-Bab. The clashes left two fighters dead and five people injured: four fighters of both factions and a "
            "civilian.")
    assert sentence_sides(text, "The clashes") == [("killed", 2, "turkey_factions"), ("injured", 5, "unknown"),
                                                   ("injured", 4, "turkey_factions"), ("injured", 1, "civilians")]


def test_others_wounded_in_infighting() -> None:
    text = ("Infighting in Al-Bab\n\nFour fighters were killed and six others were wounded in clashes between two factions of "
            "the Syrian National Army, the Levant Front and the Sultan Murad Division, in Al-Bab on Friday night.")
    assert injured(text) == {"turkey_factions": 6}


def test_fight_of_two_labels_gives_no_one_side() -> None:
    text = ("Clashes near Manbij\n\nClashes broke out on Friday night between the Manbij Military Council and the Sultan "
            "Murad Division near Arimah. The clashes left two fighters dead.")
    assert sentence_sides(text, "The clashes") == [("killed", 2, None)]


def test_fighters_listed_with_a_civilian_in_infighting() -> None:
    text = ("Infighting in Jarablus\n\nClashes erupted on Monday between fighters of the Levant Front and the Hamza Division in "
            "Jarablus. Local sources said four fighters and a civilian were killed in the clashes, and six fighters from both "
            "sides were injured.")
    assert killed(text) == {"turkey_factions": 4, "civilians": 1}
