"""Actor rows bounded in time: the row valid on the report's date wins; a name formed later matches nothing before."""

from __future__ import annotations

from datetime import date

from observatory.extract.actors import ActorLexicon, read_actor_rows

ROWS = [
    "name,aliases,side,nationality,patron,valid_from,valid_to",
    "Old army,Home Guard|army,regime,SY,,,",
    "New army,Home Guard|Border Police,hts_rebels,SY,,2024-12-08,",
]


def _sides(text: str, on: date | None) -> list[tuple[str, str]]:
    lexicon = ActorLexicon(read_actor_rows(ROWS, "rows"))
    return [(m.alias, m.side) for m in lexicon.find(text, on=on)]


def test_the_row_valid_on_the_date_wins() -> None:
    assert _sides("the Home Guard", date(2025, 3, 1)) == [("Home Guard", "hts_rebels")]
    assert _sides("the Home Guard", date(2020, 3, 1)) == [("Home Guard", "regime")]


def test_a_name_only_a_later_group_carries_matches_nothing_before_it_existed() -> None:
    assert _sides("the Border Police", date(2020, 3, 1)) == []
    assert _sides("the Border Police", date(2025, 3, 1)) == [("Border Police", "hts_rebels")]


def test_without_a_date_the_row_without_bounds_wins() -> None:
    assert _sides("the Home Guard", None) == [("Home Guard", "regime")]
