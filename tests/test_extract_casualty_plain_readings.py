"""Plain readings any report can use (round 37, gaps1):

* civilian trades are people: "a carpenter was killed", "a vegetable seller was shot dead" (``person_trades``);
* "three soldiers were wounded and one was killed": the bare "one" is one more, dead (``figure_one_hurt``);
* "One of them, a woman, died later": an aside after "one of them" (``casualty_one_aside``), and "passed away" is a
  death;
* "half a dozen" is six (``numbers``);
* "..., killing both.": a bare "both" after a verb of killing is the two just named (``figures``);
* "... killing a soldier. Another soldier died later": "another" in a later sentence is one more of the same side
  (``casualty_ordinal_more.counted_on``);
* "a drone targeted members of X": the drone, not one person (``figures._THING_ACTING``).

Look-alikes stay as they were: "one of them, a woman who ...", "Three were wounded, one of them seriously", "another"
beside other figures of the same sentence, "a drone pilot".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_a_trade_is_a_civilian() -> None:
    text = "Murder in Tafas\n\nA carpenter was found killed inside his workshop in Tafas on Thursday morning."
    assert killed(text) == {"civilians": 1}


def test_a_trade_after_a_word_of_its_own() -> None:
    text = "Murder in Nawa\n\nMasked men shot dead a fruit seller at the edge of the market in Nawa on Sunday evening."
    assert killed(text) == {"civilians": 1}


def test_plural_trades_are_counted() -> None:
    text = "Shelling on Kansafra\n\nShells fired by regime forces hit a bakery in Kansafra on Tuesday, injuring three bakers."
    assert injured(text) == {"civilians": 3}


def test_one_killed_after_the_hurt() -> None:
    text = ("Attack on a checkpoint near Sukhnah\n\nISIS cells stormed a checkpoint near Sukhnah on Saturday night. "
            "Five regime soldiers were wounded and one was killed.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 5}


def test_one_of_them_with_an_aside_died() -> None:
    text = ("Rocket fire on Darat Izza\n\nRockets fired by regime forces fell on Darat Izza on Monday, wounding five "
            "civilians. One of them, an elderly farmer, died of his wounds at dawn.")
    assert killed(text) == {"civilians": 1}


def test_one_of_them_passed_away() -> None:
    text = ("Shelling on Qminas\n\nArtillery shells hit Qminas on Sunday, injuring two civilians. One of them passed away "
            "later in hospital.")
    assert killed(text) == {"civilians": 1}


def test_half_a_dozen() -> None:
    text = "Air strikes on Bennesh\n\nRussian jets bombed Bennesh on Wednesday, killing half a dozen civilians near a mill."
    assert killed(text) == {"civilians": 6}


def test_killing_both() -> None:
    text = "Ambush near Inkhil\n\nUnknown gunmen ambushed two regime soldiers on the road near Inkhil on Friday, killing both."
    assert killed(text) == {"regime": 2}


def test_another_soldier_later() -> None:
    text = ("Attack near Ithriya\n\nISIS cells attacked a regime post near Ithriya on Monday, killing one soldier. "
            "Another soldier died the following day of the wounds he received.")
    assert killed(text) == {"regime": 2}


def test_a_drone_that_targets_members_is_no_person() -> None:
    text = ("Drone strike near Mayadin\n\nA drone targeted fighters of Harakat al-Nujaba near Mayadin on Sunday, and "
            "three of them were killed.")
    assert killed(text) == {"pro_iran_foreign": 3}


# Look-alikes.


def test_three_wounded_one_of_them_seriously_kills_no_one() -> None:
    text = ("Shelling on Kafranbel\n\nRegime shells fell on Kafranbel on Monday. Three civilians were wounded, one of them "
            "seriously.")
    assert killed(text) == {}
    assert injured(text) == {"civilians": 3}


def test_another_beside_other_figures_adds_nothing_more() -> None:
    text = ("Shelling in Jabal al-Zawiya\n\nRegime shelling on Jabal al-Zawiya on Thursday killed four civilians. "
            "Three of them died in Sufuhun while another was killed in Fulayfil.")
    assert killed(text) == {"civilians": 4}


def test_a_drone_pilot_is_a_person() -> None:
    text = "Crash near Hama\n\nA drone pilot was killed when his vehicle overturned near Hama on Tuesday."
    assert killed(text) != {}
