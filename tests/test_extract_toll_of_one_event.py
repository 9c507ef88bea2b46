"""A toll of one event named by a determiner of one thing ("that strike", "this attack", "Tuesday's raid",
"yesterday's blast") told as rising or reaching a figure is that event's toll, not a running total, also with "has
reached eleven" (no "to") and with the figure before the counted dead ("raising to three the number of ... killed in
that strike"). A toll over a place and a span ("in the town since the collapse of the ceasefire") or over many attacks
stays a total (``totals_event_toll``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.totals_event_toll import toll_of_one_event


def test_a_day_s_raid_whose_toll_has_reached_a_figure_in_words() -> None:
    row = titled("Gunmen of ISIS stormed an army post near Ithriyah before dawn on Tuesday. The number of soldiers killed "
                 "in Tuesday's ISIS raid on the post has reached eleven, after four wounded men died at the hospital of "
                 "Salamiyah.")
    assert killed_per_incident(row) == [{"regime": 11}]
    assert total_pairs(row) == []


def test_figure_before_the_dead_of_that_strike() -> None:
    row = titled("A fighter of Hezbollah who was hurt when a drone hit a farm outside al-Qusayr on Sunday died in "
                 "hospital on Friday, raising to four the number of Hezbollah fighters killed in that strike.")
    assert killed_per_incident(row) == [{"pro_iran_foreign": 4}]
    assert total_pairs(row) == []


def test_dead_of_this_attack_brought_to_a_figure() -> None:
    row = titled("A soldier wounded by HTS snipers near Kafr Nabl died overnight, bringing the number of soldiers killed "
                 "in this attack to five.")
    assert killed_per_incident(row) == [{"regime": 5}]
    assert total_pairs(row) == []


def test_dead_of_a_town_since_the_end_of_a_truce_stay_a_total() -> None:
    row = titled("Regime rockets killed four civilians in Maarat al-Numan on Monday, which brought to 63 the number of "
                 "civilians killed in the town since the collapse of the ceasefire.")
    assert ("civilians", 63) in total_pairs(row)


def test_dead_of_many_attacks_stay_a_total() -> None:
    row = titled("A regime officer was shot dead by ISIS gunmen near al-Sukhnah on Sunday. The number of soldiers killed "
                 "in the attacks of ISIS cells in the desert has reached 212.")
    assert 212 in [value for _, value in total_pairs(row)]


def test_dead_of_a_place_or_a_campaign_are_no_one_event() -> None:
    assert not toll_of_one_event("Two shepherds were killed by a landmine near Uqayribat on Thursday, raising the number "
                                 "of civilians killed in that area to 19.")
    assert not toll_of_one_event("The number of fighters killed in this attack campaign on the villages of Jabal "
                                 "al-Akrad has reached 40.")
