"""A party's reply of fire to an attack, told with the replier as subject ("Russian jets responded with dozens of
raids on X", "answered with a wave of strikes"), is an incident of its own (SCHEMA: one event per distinct act), also
when its dead are counted over a window of time and so read as a total ("killing six ISIS members since Friday
evening"): the reply stays, without that toll. Strikes carried out with no word of a reply, counted with a toll over a
window, stay a running count (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from contract_rows import killed_per_incident, kinds, titled, total_pairs

_ATTACK = ("ISIS cells stormed a regime post on the outskirts of Tadmur, east of Homs, at dawn on Friday, leaving "
           "four soldiers dead. ")


def test_a_reply_whose_dead_are_a_window_total_is_an_incident() -> None:
    row = titled(_ATTACK + "The monitor said Russian jets responded with dozens of raids on the hills around Tadmur, "
                           "killing six ISIS members since Friday evening.")
    assert kinds(row) == ["attack", "airstrike"]
    assert killed_per_incident(row) == [{"regime": 4}, {}]
    assert ("isis", 6) in total_pairs(row)


def test_answered_with_strikes_is_a_reply() -> None:
    row = titled(_ATTACK + "Russian helicopters answered with a wave of strikes on the hills east of Tadmur, the "
                           "monitor added, with no word on casualties.")
    assert kinds(row) == ["attack", "airstrike"]


def test_strikes_counted_over_a_window_without_a_reply_are_no_incident() -> None:
    row = titled(_ATTACK + "Meanwhile, Russian jets have carried out 50 raids on the hills around Tadmur since "
                           "Friday, killing six ISIS members.")
    assert kinds(row) == ["attack"]


def test_a_toll_of_raids_with_no_replier_as_subject_is_no_incident() -> None:
    row = titled(_ATTACK + "Six ISIS members have been killed since Friday evening in dozens of Russian raids that "
                           "followed the attack.")
    assert kinds(row) == ["attack"]


def test_an_answer_in_words_is_no_incident() -> None:
    row = titled(_ATTACK + "The governor of Homs answered with a statement vowing to hunt down the cells.")
    assert kinds(row) == ["attack"]


def test_a_reply_with_its_own_toll_keeps_it_before_a_window_total() -> None:
    row = titled("HTS fighters shelled the town of Mhardeh on Wednesday. Regime forces responded by shelling the "
                 "village of Hish on Thursday, killing four civilians, bringing the number of civilians killed "
                 "since Sunday to 15.")
    assert killed_per_incident(row) == [{}, {"civilians": 4}]


def test_a_reply_counted_since_the_start_of_the_year_is_a_campaign_not_an_incident() -> None:
    row = titled("Since the start of the year, Russian jets have responded with over 700 raids on ISIS hideouts in "
                 "the Badia, killing 180 ISIS members.")
    assert kinds(row) == []
    assert ("isis", 180) in total_pairs(row)


def test_an_aside_of_its_own_day_after_a_reply_keeps_its_toll() -> None:
    row = titled(_ATTACK + "Russian jets responded with dozens of raids on the hills of Arak, killing nine ISIS members "
                           "since Friday, while a mine killed three soldiers near al-Sukhnah on Saturday.")
    assert {"regime": 3} in killed_per_incident(row)


def test_a_reply_whose_strikes_were_told_before_is_no_second_incident() -> None:
    row = titled(_ATTACK + "Russian jets struck the hills north of Tadmur on Saturday, killing three ISIS members. The "
                           "monitor said Russian jets responded with dozens of raids on those hills, killing ten ISIS "
                           "members since Friday night.")
    assert kinds(row) == ["attack", "airstrike"]
