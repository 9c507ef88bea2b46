"""Another source's count of the same dead or wounded beside the monitor's: the monitor's count stands.

* a health board (or health committee, health department) that says a toll is another source like a health
  directorate: its differing figures of the same event are only noted, not added as a side of their own;
* another source's count of the wounded yields to the wounded the text itself tells for the incident the monitor
  counts ("SANA said 13 others were wounded ... Eleven more soldiers were hurt");
* look-alikes: another source's wounded stand where the text tells no wounded of its own, and a health board that
  only tells what it did (no toll) takes nothing away.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_health_board_toll_beside_the_monitors_is_only_noted() -> None:
    text = ("Drone hits farmers near Kobani\n\nA Turkish drone hit a tractor near Kobani on Sunday, killing four farmers and "
            "wounding nine others, the monitor said. The Kobani health board said five people "
            "were killed and 12 injured.")
    assert (killed(text), injured(text)) == ({"civilians": 4}, {"civilians": 9})


def test_health_committee_toll_beside_the_monitors_is_only_noted() -> None:
    text = ("Shells on Tal Tamr\n\nArtillery shells fell on a school yard in Tal Tamr on Monday, killing three children, "
            "SOHR reported. The local health committee said four people were killed.")
    assert killed(text) == {"civilians": 3}


def test_other_sources_wounded_yield_to_the_texts_own() -> None:
    text = ("Bus ambushed near Palmyra\n\nAt least 20 people were killed on Tuesday when gunmen ambushed an army bus near "
            "Palmyra, according to SANA, which said nine others were wounded.\nThe Syrian Observatory for Human Rights gave a "
            "higher toll, saying 26 people were killed in the ambush. According to the monitor, all of the dead were "
            "soldiers. Eleven more soldiers were hurt.")
    assert injured(text) == {"regime": 11}


def test_other_sources_wounded_stand_where_the_text_tells_none() -> None:
    # look-alike: no wounded of the text's own, the state agency's stand
    text = ("Bus ambushed near Palmyra\n\nAt least 20 people were killed on Tuesday when gunmen ambushed an army bus near "
            "Palmyra, according to SANA, which said nine others were wounded.\nThe Syrian Observatory for Human Rights gave a "
            "higher toll, saying 26 people were killed in the ambush. According to the monitor, all of the dead were "
            "soldiers.")
    assert injured(text) == {"unknown": 9}


def test_health_board_telling_its_work_takes_nothing_away() -> None:
    # look-alike: the board tells what its teams did, with no toll; the monitor's figures stand as told
    text = ("Strike on Ain Issa\n\nA Turkish strike on Ain Issa killed two civilians and wounded six others on Friday, SOHR said. "
            "The health board said its teams moved the injured to the hospital in Raqqa.")
    assert (killed(text), injured(text)) == ({"civilians": 2}, {"civilians": 6})
