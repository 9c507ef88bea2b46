"""A named victim opening a list after one killing verb (``casualty_named_first``), and a named victim told by an
apposition without an article ("Karim Suleiman, leader of ...", ``casualty_named_apposed``).

Every sentence here was written for these tests; places are real Syrian names, the people and events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_figure_after_a_bare_name_shares_the_verb() -> None:
    assert killed_sums("Monitor update\n\nA regime drone struck a motorcycle near Binnish on Tuesday, killing Yaser "
                       "Kanjo and three farmers riding with him.") == {"civilians": 3}


def test_figure_after_a_name_and_its_apposition_shares_the_verb() -> None:
    sums = killed_sums("Monitor update\n\nAn Israeli missile hit a house in Kisweh on Tuesday and killed Hadi Mansour, "
                       "an officer of the Iranian Revolutionary Guard, and two of his aides.")
    assert sum(sums.values()) == 3


def test_figure_in_the_apposition_then_the_list_goes_on() -> None:
    assert killed_sums("Monitor update\n\nArtillery shells fell on Maarat Misrin on Tuesday, killing Lina Qassab, "
                       "a girl, and four women at a bakery.") == {"civilians": 5}


def test_head_then_name_then_kin_and_children() -> None:
    sums = killed_sums("Monitor update\n\nA bomb under a car in Jasim on Tuesday killed a local smuggler, Fadi Zoubi, "
                       "along with his mother and their four grandchildren.")
    assert sums.get("civilians", 0) >= 4


def test_wounding_verb_gives_the_injured_role() -> None:
    sums = injured_sums("Monitor update\n\nA sniper of the regime fired on the road near Sarmada on Tuesday, wounding "
                        "Omar Bitar and two children from the camp.")
    assert sums == {"civilians": 2}


def test_name_told_by_leader_of_without_an_article() -> None:
    sums = killed_sums("Monitor update\n\nA Russian jet bombed a farm near Kafr Nabl on Tuesday and killed Karim "
                       "Suleiman, leader of Jaish al-Izza, with a handful of others from the group.")
    assert sum(sums.values()) == 1


# The review read: sentences near the rule that it must not misread.

def test_an_apposition_going_on_with_and_is_one_person() -> None:
    assert killed_sums("Monitor update\n\nMasked men shot dead Bashar Hilal, a teacher at the school and a member "
                       "of the town council, in Tafas on Tuesday.") == {"civilians": 1}


def test_a_place_after_the_verb_names_no_one() -> None:
    sums = killed_sums("Monitor update\n\nTwo soldiers were killed in Palmyra and three others were wounded near "
                       "Sukhnah on Tuesday.")
    assert sums == {"regime": 2}


def test_a_second_verb_after_the_name_keeps_its_own_role() -> None:
    assert killed_sums("Monitor update\n\nGunmen killed Walid Darwish and wounded two passers-by in Busra on "
                       "Tuesday.") == {}
