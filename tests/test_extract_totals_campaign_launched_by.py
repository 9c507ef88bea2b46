"""The toll of a campaign "that regime forces launched on 5 May 2019" (the campaign's subject between "that" and the
verb) is a running total of several days, also when a clause after it gives another side's toll over the same
period (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled


def row(text: str) -> dict[str, object]:
    return titled(text, "2019-07-01")


def test_campaign_launched_by_a_named_side_is_a_total() -> None:
    got = row("The death toll of the military campaign that regime forces launched on 5 May 2019 has thus risen to "
              "1,040 civilians, including 210 children, according to the Observatory, while rebel rockets have killed "
              "35 civilians over the same period.")
    assert sorted((t["side"], t["killed"]) for t in got["totals"]) == [("civilians", 35), ("civilians", 1040)]
    assert got["incidents"] == []


def test_toll_of_one_attack_that_gunmen_launched_today_stays_an_incident() -> None:
    got = row("The death toll of the attack that ISIS cells launched this morning on a checkpoint near al-Sukhnah has "
              "risen to six soldiers.")
    assert got["totals"] == []
