""""N others" wounded after dead of no named side (``casualty_others``): the others share the side the
incident gives the dead ("Eight of them were killed and five others were wounded" after a patrol of soldiers), in the
same sentence or opening the next one ("The toll has risen to six ... Three others are still being treated"); the
wounded still treated beside a risen toll are the latest injured figure, not the larger one of the first report.
Look-alikes: others after dead of a named side, after a toll broken down by sides, and wounded named by their own noun.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_others_after_dead_of_them_share_the_patrol_side() -> None:
    text = ("ISIS cells ambush army patrol near Palmyra\n\nISIS cells ambushed a patrol of regime soldiers near Palmyra on "
            "Tuesday. Six of them were killed and four others were injured in the attack.")
    assert injured(text) == {"regime": 4}


def test_others_after_bare_dead_of_a_split_toll_share_the_side() -> None:
    text = ("Blast hits militia post in Al-Bukamal desert\n\nA landmine blast hit a post of \"Liwaa al-Baqer\" near "
            "Al-Bukamal on Friday, leaving nine casualties among its fighters: two died and seven others sustained wounds.")
    assert injured(text) == {"regime": 7}


def test_others_opening_the_sentence_after_a_risen_toll_of_no_named_side() -> None:
    text = ("Toll of Jableh blast rises to six\n\nThe death toll of the explosion that hit a bus carrying regime soldiers "
            "near Jableh on Sunday has climbed to six, after two of the injured died in hospital. Three others remain in "
            "critical condition.")
    assert injured(text) == {"regime": 3}


def test_still_treated_after_a_risen_toll_replace_the_first_report() -> None:
    text = ("Toll of IED on army car rises to four\n\nThe toll of the explosion that targeted a car of regime soldiers in "
            "Jasim on Monday has risen to four, after one more soldier died of his wounds. Two others are still receiving "
            "treatment. SOHR had reported that the explosion killed three soldiers, including a sergeant, and injured five "
            "others.")
    assert injured(text) == {"regime": 2}
    assert killed(text) == {"regime": 4}


def test_others_after_dead_of_a_named_side_keep_that_side() -> None:
    text = ("Shelling on Ariha\n\nRegime shelling on Ariha on Monday killed two civilians, and three others were wounded.")
    assert injured(text) == {"civilians": 3}


def test_wounded_named_by_their_own_noun_keep_their_side() -> None:
    text = ("ISIS attack on army post\n\nISIS cells attacked an army post near Al-Sukhnah on Monday, killing two soldiers "
            "and wounding three civilians who were passing by.")
    assert injured(text) == {"civilians": 3}


def test_others_after_a_toll_split_by_sides_are_of_no_one_side() -> None:
    text = ("Toll of strike rises to nine\n\nThe toll of the drone strike on the market in Sarmada has risen to nine: five "
            "civilians and four HTS members. More than 20 others were injured.")
    assert injured(text) == {"unknown": 20}


def test_others_after_dead_restated_with_these_are_of_no_known_side() -> None:
    text = ("Shelling on Jabal al-Zawiya\n\nRegime shelling killed five civilians in Kansafra on Monday. Besides these five "
            "dead, 12 others were injured in the villages of the area.")
    assert injured(text) == {"unknown": 12}
