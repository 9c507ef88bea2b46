"""In a report of a year's (month's) statistics, a later sentence that tells a toll "during the year" ("Coalition drones
carried out 40 strikes during the year, killing 57 Hurras al-Din members") is a total of that year (paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_OPENING = ("In 2023, SOHR documented 210 attacks in the Syrian desert, which left 180 people dead. They are as follows:\n"
            "120 regime soldiers.\n"
            "60 ISIS members.\n\n")


def test_toll_during_the_year_after_a_years_statistics_is_a_total() -> None:
    text = _OPENING + "Russian jets carried out more than 1,500 raids on ISIS positions during the year, killing 44 ISIS members."
    assert ("isis", 44) in total_pairs(titled(text))


def test_during_the_year_without_a_toll_gives_none() -> None:
    text = _OPENING + "Russian jets carried out more than 1,500 raids on ISIS positions during the year."
    assert total_pairs(titled(text)) == [("isis", 60), ("regime", 120)]


def test_count_of_attempts_during_the_month_is_no_incident() -> None:
    text = ("SOHR has monitored the continuing chaos in Idlib and Hama in April 2024.\n\n"
            "In Idlib province, SOHR documented the deaths of 25 people during the month, as follows:\n"
            "- 15 civilians.\n"
            "- 10 fighters of HTS.\n\n"
            "In Hama province, three people were killed: two civilians and a regime soldier.\n\n"
            "SOHR also documented 14 assassination attempts by unknown gunmen in Idlib during the month, six of "
            "which failed.")
    row = titled(text)
    assert row["incidents"] == [] and ("civilians", 15) in total_pairs(row)
