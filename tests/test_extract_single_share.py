"""A line of a period's toll that gives its whole and then the part "a single" event took, with no verb of its own
("104 fighters were killed, including 78 in a single strike on X on May 14"; "30 soldiers were killed, most of them
in a single drone strike near Y, which killed 21"): the part is that event's toll, an incident of the whole's side;
the line stays a total. "In a single day" is a span of time, not an event (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import Row, contract, killed_per_incident, total_pairs

_MONTH = ("Monthly toll | 90 fighters killed in northwest Syria in May\n"
          "SOHR documented the death of 90 fighters across the northwest during May 2023. ")


def _row(text: str) -> Row:
    return contract(_MONTH + text)


def test_a_counted_share_in_a_single_strike_is_an_incident_of_the_whole_side() -> None:
    row = _row("Of the dead, 60 were fighters of the factions, including 25 in a single Russian airstrike on a "
               "training camp near Kafr Nabl in the southern countryside of Idlib on May 14.")
    assert killed_per_incident(row) == [{"hts_rebels": 25}]
    assert ("hts_rebels", 60) in total_pairs(row)


def test_most_of_them_in_a_single_strike_takes_the_toll_its_clause_gives() -> None:
    row = _row("At least 30 Turkish soldiers were killed during the month, most of them in a single drone strike "
               "near Saraqib on Tuesday blamed on regime forces, which killed 21.")
    assert killed_per_incident(row) == [{"turkey_factions": 21}]
    assert ("turkey_factions", 30) in total_pairs(row)


def test_the_sentence_after_the_share_stays_with_the_totals() -> None:
    row = _row("Some 50 fighters of the factions were killed in May, including 20 in a single Russian strike on a camp "
               "near Kafr Nabl on May 14. Regime forces lost 40 members during the month.")
    assert killed_per_incident(row) == [{"hts_rebels": 20}]


def test_a_single_day_is_no_event() -> None:
    row = _row("Some 50 fighters of the factions were killed, including 20 in a single day of Russian strikes.")
    assert killed_per_incident(row) == []


def test_most_of_them_with_no_toll_of_its_own_is_no_event() -> None:
    row = _row("At least 30 Turkish soldiers were killed during the month, most of them in a single drone strike "
               "near Saraqib.")
    assert killed_per_incident(row) == []
