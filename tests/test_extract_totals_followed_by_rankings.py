"""A ranking by region whose top is told in other words than "saw the highest toll": "The Afrin region was the worst
hit, with 21 people killed there, followed by Jinderes with 9" and "Homs saw the highest toll at 25 percent of the
total, followed by Hama with 130 and Tartous with 44". The top told "with N" right before ", followed by" and the
places after it are regional totals; a top told in percent gives none of its own. Look-alikes: a ranking of counts of
attacks, and a top whose place has a clause of its own before the figure (whose dead it counts is unclear).

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_CIVILIANS = "The network documented the deaths of 410 civilians across Syria in March 2023, including 70 children.\n"


def _regions(text: str) -> list[tuple[str, int]]:
    totals = contract(text)["totals"]
    assert isinstance(totals, list)
    return sorted((t["side"], t["killed"]) for t in totals if t.get("region"))


def test_top_told_as_hardest_hit() -> None:
    found = _regions(
        _CIVILIANS + "The Afrin region was the worst hit, with 21 people killed there, followed by Jinderes with 9 and "
        "Rajo with five."
    )
    assert [killed for _, killed in found] == [5, 9, 21]


def test_top_told_in_percent_gives_only_the_next_places() -> None:
    found = _regions(
        _CIVILIANS
        + "Homs saw the highest toll at 25 percent of the total, followed by Hama with 130 and Tartous with 44."
    )
    assert found == [("civilians", 44), ("civilians", 130)]


def test_ranking_of_attacks_is_no_toll() -> None:
    found = _regions(
        _CIVILIANS + "Damascus received the largest share with 12 attacks, followed by Homs with five and Hama with "
        "three."
    )
    assert found == []


def test_top_with_a_clause_of_its_own_is_left_out() -> None:
    found = _regions(
        _CIVILIANS + "Hama, where regime forces pushed into two villages, had the highest toll with 90 civilians, "
        "followed by Homs with 41 and Tartous with 12."
    )
    assert not any(side == "regime" for side, _ in found)
