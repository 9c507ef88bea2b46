"""The attackers' own dead: "N of the attackers were also killed" is of the side that attacked.

* the attacker named after "an attack by", through a few words of its own ("an assault by 'Inghimasi' fighters of HTS");
* attackers the text calls unidentified ("Unknown gunmen stormed ... one of the assailants died"): unknown, not dropped;
* "infiltrators", "raiders", "intruders" are attackers (and people counted as such).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_attacker_named_through_words_after_by() -> None:
    text = ("Raid on army post\n\nFour soldiers were killed at dawn in an assault by \"Red Band\" fighters of Hay'at Tahrir "
            "al-Sham on an army post near Kafr Nabudah; three of the attackers were also killed.")
    assert killed(text) == {"regime": 4, "hts_rebels": 3}


def test_unidentified_attackers_dead_are_unknown() -> None:
    text = ("Checkpoint attacked\n\nUnknown gunmen stormed a checkpoint of the Military Security near Tafas on Monday night, "
            "killing three soldiers. One of the assailants was also killed in the firefight, while the others escaped.")
    assert killed(text) == {"regime": 3, "unknown": 1}


def test_infiltrators_are_the_attackers() -> None:
    text = ("Front line\n\nSDF fighters repelled an infiltration attempt by Turkish-backed factions on the village of Umm "
            "Harmalah on Tuesday, killing three of the infiltrators.")
    assert killed(text) == {"turkey_factions": 3}


def test_attackers_of_a_named_side_stay_theirs() -> None:
    # look-alike: the attackers named as the subject of the attack, as before
    text = ("Ambush in the desert\n\nISIS cells attacked an army convoy near Al-Sukhnah on Sunday, killing five soldiers. Two "
            "of the attackers were killed in the clashes.")
    assert killed(text) == {"regime": 5, "isis": 2}


def test_attack_on_positions_is_not_the_attacker() -> None:
    # look-alike: "an attack by ISIS on regime positions": ISIS, not the regime, attacked
    text = ("Desert attack\n\nThree soldiers were killed in an attack by ISIS on regime positions near Al-Kawm, and two of "
            "the attackers were killed.")
    assert killed(text) == {"regime": 3, "isis": 2}


def test_attacker_named_after_by_in_an_earlier_sentence() -> None:
    text = ("Attempt near Tal Abyad\n\nOn Friday the SDF turned back an infiltration attempt by Turkish-backed factions "
            "on a post west of Tal Abyad. A spokesman of the SDF said in a statement that its men killed four of the "
            "attackers, without giving its own losses.")
    assert killed(text) == {"turkey_factions": 4}


def test_near_miss_the_defender_named_after_an_attempt_fended_by_it() -> None:
    # near miss: "an attempt repelled by the SDF" names the defender after "by": the attackers stay ISIS, told before
    text = ("Attack near Hajin\n\nISIS cells attacked a post near Hajin on Friday night. A second infiltration attempt "
            "repelled by the SDF near the village followed at dawn. A local source said that four of the attackers were "
            "killed.")
    assert killed(text) == {"isis": 4}
