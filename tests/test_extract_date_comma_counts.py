"""A date's number that a comma closes ("fired on March 4, struck positions ...", "launched on 9 May 2024, hit
sites ...") is a day or a year, never a count of the places or strikes hit: a toll split by group after a colon
("the strikes killed ten people: six ... and four ...") then stays the dead of the one raid told, not totals by side
(``totals_strike_splits``). A count after the date's comma ("On March 4, 14 strikes hit ...") is still a count
(paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs

_SPLIT = " Monitor sources said the strikes killed ten people: six Iraqi militiamen and four regime soldiers."


def test_a_day_closed_by_a_comma_counts_no_positions() -> None:
    row = titled("Rockets fired by Israeli jets shortly after midnight on March 4, struck positions of Iran-backed "
                 "groups outside Palmyra in the Homs desert." + _SPLIT)
    assert killed_per_incident(row) == [{"pro_iran_foreign": 6, "regime": 4}]
    assert total_pairs(row) == []


def test_a_year_closed_by_a_comma_counts_no_sites() -> None:
    row = titled("Israeli missiles launched before dawn on 9 May 2024, hit sites of Iran-backed groups outside "
                 "Palmyra in the Homs desert." + _SPLIT)
    assert killed_per_incident(row) == [{"pro_iran_foreign": 6, "regime": 4}]
    assert total_pairs(row) == []


def test_a_count_after_the_date_s_comma_is_still_many_strikes() -> None:
    row = titled("On March 4, 14 strikes pounded militia positions across the Homs desert and near Deir "
                 "Ezzor." + _SPLIT)
    assert total_pairs(row) == [("pro_iran_foreign", 6), ("regime", 4)]
