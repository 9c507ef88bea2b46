"""A list of names with bracketed figures right after a total ("killed by regime forces (9), ISIS (4) and the SDF
(2)", "recorded in Homs (12), Hama (7) and Daraa (3)") gives totals by perpetrator or by area (paragraphs written for
these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not
change."""

from __future__ import annotations

from contract_rows import titled


def rows(text: str) -> list[dict[str, object]]:
    return list(titled(text, "2021-07-02")["totals"])


_HEAD = "The network documented the deaths of 40 civilians in Syria in June 2021, including nine children. "


def test_parties_in_brackets_are_totals_by_perpetrator() -> None:
    found = rows(_HEAD + "Of these, 25 were killed by other parties. The rest were killed by regime forces (9), "
                         "ISIS (4) and the SDF (2).")
    got = sorted((t["side"], t["killed"], t.get("perpetrator")) for t in found if t["killed"] in (9, 4, 2))
    assert got == [("civilians", 2, "sdf"), ("civilians", 4, "isis"), ("civilians", 9, "regime")]


def test_places_in_brackets_are_regional_totals() -> None:
    found = rows(_HEAD + "The deadliest provinces were Idlib (17), Aleppo (8) and Deir ez-Zor (5), the network said.")
    got = sorted((t["side"], t["killed"], t.get("region")) for t in found if t["killed"] in (17, 8, 5))
    assert got == [("civilians", 5, "Deir ez-Zor"), ("civilians", 8, "Aleppo"), ("civilians", 17, "Idlib")]


def test_brackets_adding_up_to_more_than_the_total_are_none() -> None:
    found = rows(_HEAD + "The deadliest provinces were Idlib (37), Aleppo (18) and Deir ez-Zor (15), the network said.")
    assert not [t for t in found if t["killed"] in (37, 18, 15)]


def test_one_bracketed_figure_is_no_list() -> None:
    found = rows(_HEAD + "Most of them were killed in Idlib (17), the network said.")
    assert not [t for t in found if t["killed"] == 17]
