"""Incidents: "so far" told of a toll the text does not have ("with no deaths reported so far", "without reports of
casualties so far", "with no information so far about casualties") is no running toll: the sentence's events stay
incidents, with the figures they do give; a toll counted "so far" stays a total.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract


def _rows(text: str) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = contract(text, date(2024, 3, 5))
    return out


def test_no_deaths_reported_so_far_keeps_the_shelling_and_its_wounded() -> None:
    rows = _rows(
        "Regime artillery shelled the village of Qastun in the Ghab Plain, wounding two farmers, with no deaths "
        "reported so far."
    )["incidents"]
    assert len(rows) == 1
    assert rows[0]["injured"] == {"civilians": 2}


def test_two_bombardments_with_no_casualties_so_far_in_the_second() -> None:
    text = (
        "Rockets fired by the factions hit the town of Jurin, wounding three civilians, while regime forces shelled "
        "Kansafra and Fleifel with dozens of shells, without reports of casualties so far."
    )
    assert len(_rows(text)["incidents"]) == 2


def test_a_toll_counted_so_far_is_still_a_total() -> None:
    rows = _rows("The monitor has documented the deaths of 140 civilians in the province so far this year.")
    assert rows["incidents"] == []
    assert rows["totals"]
