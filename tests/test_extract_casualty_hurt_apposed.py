"""People apposed to wounded told before ("one of the wounded, a young man") are no new wounded."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _sides(text: str, key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident[key].items():
            out[side] = out.get(side, 0) + n
    return out


def test_one_of_the_wounded_named_after() -> None:
    text = (
        "Four civilians were wounded on Monday when a shell fell on a school yard in Jasim.\n"
        "One of the wounded, a young boy from the town, was moved to a hospital in Daraa in a critical condition."
    )
    assert _sides(text, "injured") == {"civilians": 4}


def test_the_two_wounded_listed_after() -> None:
    text = (
        "Two civilians were killed and two others were hurt on Sunday when a drone struck a car near Amuda.\n"
        "The two injured, an elderly man and a teenager from the same family, are being treated in Qamishli."
    )
    assert _sides(text, "injured") == {"civilians": 2}


def test_a_new_wounded_person_still_counts() -> None:
    text = (
        "Three civilians were wounded on Monday when a shell fell on a market in Jasim.\n"
        "A fourth man was wounded by a sniper near the town hall an hour later."
    )
    assert sum(_sides(text, "injured").values()) == 4
