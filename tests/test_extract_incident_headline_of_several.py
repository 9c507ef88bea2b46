"""Incidents: a headline that lists several events the body then tells one by one is no incident of its own.

* "Turkish attacks kill two civilians in A, and two SDF fighters near B", then a paragraph on A and one on B: two
  incidents;
* "Man shot dead in A, soldier killed in attack in B, and IED kills officer in C" (a roundup headline under a menu
  line), each told in its own paragraph: three incidents.

Look-alikes: a headline of one event told again in the body stays one incident; a headline whose second place the
body never tells of is not dropped as a list.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_headline_listing_two_towns_told_below_is_no_incident() -> None:
    row = contract("Syrian Observatory for Human Rights\n"
                   "Turkish escalation | Turkish attacks kill two civilians in Tal Jamaa, and two SDF fighters near "
                   "Qahtaniyah\n\n"
                   "Turkish forces shelled the village of Tal Jamaa in the countryside of Tal Tamr on Thursday, killing "
                   "a woman and her son.\n\n"
                   "Later in the evening, a Turkish drone struck a car carrying SDF fighters near Qahtaniyah, killing "
                   "two of them.")
    assert sorted(kinds(row)) == ["drone_strike", "shelling"]


def test_headline_listing_three_events_told_below_is_no_incident() -> None:
    row = contract("Home | News | Daraa\n"
                   "Security chaos in the south | Man shot dead in Tafas, soldier killed in attack in Jasim, and IED "
                   "kills officer in Quneitra\nSyrian Observatory for Human Rights\n\n"
                   "Unknown gunmen shot dead a young man in Tafas town in the western countryside of Daraa this "
                   "evening.\n\n"
                   "Earlier today, gunmen attacked a checkpoint of regime forces in Jasim city in the northern "
                   "countryside of Daraa, killing a soldier.\n\n"
                   "In Quneitra, an officer of the Military Intelligence was killed when an IED exploded in his car in "
                   "Khan Arnabah town.")
    assert len(kinds(row)) == 3
    assert kinds(row).count("ied_landmine") == 1


def test_look_alike_headline_of_one_event_stays_one_incident() -> None:
    row = contract("Syrian Observatory for Human Rights\nTurkish drone kills two fighters near Qahtaniyah\n\n"
                   "A Turkish drone struck a car carrying SDF fighters near Qahtaniyah on Thursday, killing two of them.")
    assert kinds(row) == ["drone_strike"]


def test_look_alike_headline_place_not_told_below_is_unchanged() -> None:
    row = contract("Syrian Observatory for Human Rights\n"
                   "Turkish attacks kill two civilians in Tal Jamaa, and two SDF fighters near Qahtaniyah\n\n"
                   "Turkish forces shelled the village of Tal Jamaa in the countryside of Tal Tamr on Thursday, killing "
                   "a woman and her son.")
    assert kinds(row) == ["shelling"]  # as before: the Qahtaniyah event is told nowhere below, nothing is dropped
