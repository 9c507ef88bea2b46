""""No fatalities have been reported there so far", "no casualties were recorded in the area so far": "so far" of a
toll not told, however the place is named before it, is no running total, and the strike told with it is an incident
of its own (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md: events without casualties are
incidents; a total is a figure over a period)."""

from __future__ import annotations

from contract_rows import kinds, place_names, titled
from observatory.extract.totals_sentences import is_period_total


def test_none_reported_there_so_far_is_no_total() -> None:
    assert not is_period_total("A helicopter dropped a barrel bomb near the market in Kallaseh, wounding at least 5 people, "
                               "while no fatalities have been reported there so far.")
    assert not is_period_total("Shells hit the Sheikh Said district, injuring four people, with no deaths recorded in the "
                               "area so far.")
    assert not is_period_total("A rocket struck a house in Jisr al-Haj, wounding two people; no casualties were reported "
                               "yet so far among the residents of the next building.")


def test_a_count_so_far_stays_a_total() -> None:
    assert is_period_total("The bombardment has killed 40 civilians in the neighbourhood so far.")


def test_the_wounding_strike_is_its_own_incident() -> None:
    text = ("Barrel bombs dropped by regime helicopters on the al-Sakhour neighbourhood this morning killed 6 civilians, "
            "SOHR said.\n"
            "In the same context, a helicopter dropped another barrel bomb on the vicinity of a bakery in Kallaseh, wounding "
            "at least 4 people, while no fatalities have been reported there so far.\n")
    row = titled(text, "2016-08-04")
    assert kinds(row) == ["airstrike", "airstrike"]
    assert any("Kallaseh" in names for names in place_names(row))
