"""One more victim who died later, told with the toll his death brings ("A man died of his wounds on Monday, raising
the toll to five"), is part of that toll, of the side of the dead told before."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _killed(text: str) -> list[dict[str, int]]:
    return [incident["killed"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_a_woman_who_died_later_raises_the_civilian_toll() -> None:
    text = (
        "Four civilians were killed on Friday when regime rockets hit a market in the town of Ariha, local sources said.\n"
        "A woman died of her wounds on Saturday morning, raising the toll to five."
    )
    assert _killed(text) == [{"civilians": 5}]


def test_an_elderly_man_who_died_later_is_no_more_dead_beside_the_toll() -> None:
    text = (
        "Two civilians were killed on Sunday by shells fired on the village of Tal Tamr, local networks reported.\n"
        "Medics said an elderly man died of his wounds in hospital on Monday, bringing the death toll of the shelling to three."
    )
    assert _killed(text) == [{"civilians": 3}]


def test_a_toll_that_does_not_add_up_is_left_as_told() -> None:
    text = (
        "Two civilians were killed on Sunday by shells fired on the village of Tal Tamr, local networks reported.\n"
        "Medics said an elderly man died of his wounds in hospital on Monday, bringing the death toll of the shelling to five."
    )
    assert sum(sum(k.values()) for k in _killed(text)) >= 5
