"""The tolls of single months told as a ranking or the extremes of a period ("Monthly, the deadliest was March, with
112 fatalities, followed by January with 97", "December was the deadliest month for regime forces, with 87 ...", "The
highest monthly toll was recorded in January, with 18 fatalities, while the lowest was recorded in July, with 3"):
totals over those months, of the side the sentence names, else of the totals before (unknown for several sides)
(totals_month_ranks). Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md; a look-alike that
must not change."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2023-01-02")["totals"])


_BLOCK = ("According to SOHR statistics, 410 people were killed in the Syrian desert in 2022, as follows:\n"
          "Regime forces and allies: 250.\nISIS: 130.\nCivilians: 30.\n")


def test_months_ranked_after_a_block_of_several_sides() -> None:
    found = totals(_BLOCK + "Monthly, the bloodiest was May 2022, with 61 fatalities, followed by August with 44.")
    assert ("unknown", 61) in found and ("unknown", 44) in found


def test_the_deadliest_month_for_a_named_side() -> None:
    found = totals(_BLOCK + "October was the deadliest month for regime forces, with 38 soldiers and militiamen killed, "
                            "followed by June with 27.")
    assert ("regime", 38) in found and ("regime", 27) in found


def test_the_highest_and_the_lowest_monthly_toll() -> None:
    found = totals(_BLOCK + "The highest monthly toll among ISIS members was recorded in February, with 26 fatalities, "
                            "while the lowest was recorded in September, with four.")
    assert ("isis", 26) in found and ("isis", 4) in found


def test_a_place_ranked_by_a_month_toll_is_no_month_total() -> None:
    text = ("SNHR documented the killing of 74 civilians in Syria in March 2023. Daraa governorate saw the highest death "
            "toll in March, with 22 civilians killed, followed by Aleppo with 15.")
    found = totals(text)
    assert ("unknown", 22) not in found and found.count(("civilians", 22)) <= 1
