"""Review of round 38's injured lists (rev8): look-alikes of its rules that the rules overreached on. A list of
soldiers and gunmen the sentence gives one side ("..., all of them members of the NDF") is one group of that side
(``casualty_armed_generic``); "without inflicting injuries on" is no injury (``casualties``); "Among the injured were"
with its source after naming only part of the injured takes that part out of the whole (``casualty_hurt_broken_down``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

H = "Local update\n\n"


def test_soldiers_and_gunmen_all_of_one_named_side_stay_on_it() -> None:
    text = H + ("Gunmen attacked a checkpoint in Busra al-Sham in the eastern countryside of Daraa on Friday, wounding "
                "two soldiers and three gunmen, all of them members of the National Defence Forces.")
    assert "unknown" not in injured(text)


def test_killed_soldiers_and_gunmen_of_one_branch_stay_on_it() -> None:
    text = H + ("Gunmen attacked a checkpoint in Busra al-Sham in the eastern countryside of Daraa on Friday. Two soldiers "
                "and three gunmen were killed, all of them members of the Military Security.")
    assert "unknown" not in killed(text)


def test_without_inflicting_injuries_is_no_injury() -> None:
    text = H + ("A regime drone struck a house in Sarmin in the eastern countryside of Idlib on Tuesday without "
                "inflicting injuries on its six occupants.")
    assert injured(text) == {}


def test_inflicting_no_injuries_is_no_injury() -> None:
    text = H + ("Regime forces shelled Ariha in the southern countryside of Idlib on Wednesday, inflicting no injuries on "
                "30 residents sheltering in the basement.")
    assert injured(text) == {}


def test_woman_and_gunmen_of_one_family_stay_two_groups() -> None:
    # look-alike of the mend above: "all of them members of" one family beside a civilian: the gunmen stay of no side
    text = H + "The fighting in al-Sanamayn on Monday killed a woman and three gunmen, all of them members of one family."
    assert killed(text) == {"civilians": 1, "unknown": 3}


def test_among_the_injured_with_source_naming_part_of_the_whole() -> None:
    text = H + ("An explosive device went off in Azaz in the northern countryside of Aleppo on Monday, wounding six "
                "people. Among the injured were two children, medics said.")
    assert injured(text) == {"civilians": 2, "unknown": 4}


def test_among_the_injured_according_to_naming_part_of_the_whole() -> None:
    text = H + ("An explosive device went off in Azaz in the northern countryside of Aleppo on Monday, wounding six "
                "people. Among the injured were two children, according to medics.")
    assert injured(text) == {"civilians": 2, "unknown": 4}
