"""A toll of several days ("over the past 48 hours") is a total (SCHEMA: tolls of several days of fighting), even where
the attacks told after it add up to it; a window of one day that the events told after it add up to stays no total
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_48_hour_toll_summing_told_attacks_stays_a_total() -> None:
    text = ("The monitor has documented the deaths of nine regime soldiers and three ISIS members over the past 48 hours "
            "in attacks and clashes in the desert.\n\n"
            "On Monday night, ISIS cells attacked an army post near Palmyra, killing five soldiers.\n\n"
            "On Tuesday, a landmine exploded under a military truck near Al-Sukhnah, killing four soldiers.")
    found = total_pairs(titled(text))
    assert ("regime", 9) in found and ("isis", 3) in found


def test_24_hour_toll_summing_told_attacks_is_no_total() -> None:
    text = ("The monitor has documented the deaths of nine regime soldiers in the past 24 hours in attacks in the "
            "desert.\n\n"
            "At dawn, ISIS cells attacked an army post near Palmyra, killing five soldiers.\n\n"
            "Later, a landmine exploded under a military truck near Al-Sukhnah, killing four soldiers.")
    assert ("regime", 9) not in total_pairs(titled(text))
