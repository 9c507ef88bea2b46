"""A country-wide scope set before its toll ("Nationwide, ...", "Across the country, ...") makes the toll a sum of the
day's events, a total, as when the scope follows the toll (sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md). Look-alikes that must not change: a fronted scope with no toll after it, a river
crossed, a single province."""

from __future__ import annotations

from contract_rows import titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2013-04-09"))


def test_nationwide_first_then_a_day_toll_split_by_side_after_a_colon() -> None:
    text = ("Government jets struck the market of Maarat al-Numan on Monday, killing nine civilians. "
            "Nationwide, no fewer than 75 people died on Monday, the monitor's tally showed: 50 civilians, 18 soldiers and "
            "seven rebel fighters.")
    found = totals(text)
    assert ("civilians", 50) in found and ("regime", 18) in found and ("hts_rebels", 7) in found


def test_across_the_country_first_then_sides_after_a_comma() -> None:
    text = ("Across the country, at least 44 people lost their lives on Tuesday, 30 civilians and 14 soldiers, "
            "the watchdog said.")
    found = totals(text)
    assert ("civilians", 30) in found and ("regime", 14) in found


def test_throughout_syria_first_with_a_said_clause_before_the_toll() -> None:
    assert is_period_total("Throughout Syria, the Observatory said, 52 people were killed on Wednesday.")


def test_fronted_scope_without_a_toll_and_a_river_crossing_are_no_totals() -> None:
    assert not is_period_total("Across the country, protesters took to the streets on Friday after the weekly prayers.")
    assert not is_period_total("Across the Euphrates, SDF fighters killed two ISIS members in a raid on Sunday.")
    assert not is_period_total("Across Idlib province on Friday, a drone strike killed three HTS fighters.")


def test_scope_in_the_subject_that_kills_gives_the_sides() -> None:
    text = ("Bombardment across Syria on Saturday killed no fewer than 33 civilians, 12 soldiers and four rebel fighters, "
            "the monitor reported.")
    found = totals(text)
    assert ("civilians", 33) in found and ("regime", 12) in found and ("hts_rebels", 4) in found


def test_a_border_or_a_river_in_the_subject_is_no_wide_scope() -> None:
    assert not is_period_total("A shell fired across the border killed two shepherds near Azaz on Monday.")
    assert not is_period_total("Regime shelling across the river killed three farmers on Sunday.")
