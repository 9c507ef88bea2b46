"""A bare word for armed factions that the text ties to Turkey's factions is Turkey's, not the rebels' (SCHEMA: SNA
factions -> turkey_factions): a qualifier right before it ("SNA factions" in a title, "Turkish-backed faction members"
in the monitor's count, ``factions_qualified``), and the whole "killed and injured" together of "the two factions" the
text named as the National Army's before (``casualty_hurt_whole``). Look-alikes: a whole of "the two factions" named as
Idlib's jihadist groups stays the rebels'; a qualifier parted from the word by a comma qualifies nothing.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import CASUALTY_TESTS_DAY, contract, injured_sums, killed_sums


def test_monitor_count_of_turkish_backed_faction_members() -> None:
    text = ("Advance repelled near Tal Tamr\n\nThe SDF foiled an attempt by the factions to sneak towards Tal Tamr at dawn "
            "on Sunday. The monitor later said the number of Turkish-backed faction members killed there had reached five.")
    assert killed_sums(text) == {"turkey_factions": 5}


def test_title_of_sna_factions_lends_turkey_side() -> None:
    text = ("Fighting between SNA factions in Azaz leaves two fighters dead\n\nTwo fighters died on Saturday night in an "
            "exchange of fire between the Hamza Division and Sultan Suleiman Shah fighters over a checkpoint in Azaz.")
    assert killed_sums(text) == {"turkey_factions": 2}


def test_killed_and_injured_fighters_of_the_two_national_army_factions() -> None:
    text = ("Infighting in Jarablus\n\nA quarrel over a checkpoint turned into fighting on Thursday between the Samarkand "
            "Brigade and the Sultan Murad Division, both part of the Turkish-backed National Army, in Jarablus.\n\nThe "
            "monitor said the fighting killed and injured eight fighters of the two factions: two were killed and six "
            "others were injured.")
    assert killed_sums(text) == {"turkey_factions": 2}
    assert injured_sums(text) == {"turkey_factions": 6}


def test_look_alike_two_jihadist_factions_stay_rebels() -> None:
    text = ("Infighting near Sarmada\n\nFighting broke out on Thursday between Hayat Tahrir al-Sham and Hurras al-Din on "
            "the outskirts of Sarmada, north of Idlib.\n\nThe monitor said the fighting killed and injured eight fighters of "
            "the two factions: two were killed and six others were injured.")
    assert killed_sums(text) == {"hts_rebels": 2}
    assert injured_sums(text) == {"hts_rebels": 6}


def test_look_alike_qualifier_parted_by_a_comma() -> None:
    text = ("Shelling near Saraqib\n\nRegime artillery shelled the outskirts of Saraqib in the Idlib countryside on Monday, "
            "where posts held by Turkey, factions of the National Front and HTS lie close together, killing three faction "
            "fighters.")
    row = contract(text, CASUALTY_TESTS_DAY)
    assert [i["killed"] for i in row["incidents"]] == [{"hts_rebels": 3}]
