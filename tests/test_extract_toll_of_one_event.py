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


# Review r37-rev9: sentences near the rule that are not one event's toll (written for these tests).


def test_event_toll_beside_a_running_total_keeps_the_total() -> None:
    row = titled("A car bomb went off near the vegetable market of Azaz on Sunday. The toll of Sunday's blast rose to nine, "
                 "bringing the number of people killed by car bombs in the town to 61.")
    assert 61 in [value for _, value in total_pairs(row)]


def test_event_toll_beside_a_total_told_after_while_keeps_the_total() -> None:
    row = titled("A regime soldier was shot dead by an ISIS cell near Palmyra on Friday. The number of soldiers killed in "
                 "that ambush rose to seven, while the number of soldiers killed by ISIS cells in the desert stands at 314.")
    assert 314 in [value for _, value in total_pairs(row)]
    assert all(sum(killed.values()) < 314 for killed in killed_per_incident(row))


def test_toll_of_this_incident_that_raises_a_total_keeps_the_total() -> None:
    row = titled("A landmine blew up near Uqayribat on Thursday killing two shepherds. The toll of this incident raises to "
                 "29 the number of civilians killed by war remnants in the area.")
    assert ("civilians", 29) in total_pairs(row)
    assert killed_per_incident(row) == [{"civilians": 2}]


def test_a_bombardment_lasting_days_is_no_one_event() -> None:
    row = titled("Warplanes bombed Ariha on Wednesday. The number of civilians killed in this assault, which has gone on "
                 "for eight days, stands at 64.")
    assert ("civilians", 64) in total_pairs(row)
    assert not toll_of_one_event("The number of civilians killed in this shelling of the southern countryside of Idlib, "
                                 "which started nine days ago, stands at 96.")


def test_dead_spread_over_places_or_joined_with_other_attacks_are_no_one_event() -> None:
    assert not toll_of_one_event("The number of people killed in Sunday's shelling across the countryside of Idlib and "
                                 "Hama has reached 30.")
    assert not toll_of_one_event("The number of soldiers killed in that ambush and the attacks that came after it has "
                                 "reached 27.")
