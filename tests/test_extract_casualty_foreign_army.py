"""A neighbouring country's soldiers (Jordan's army) are no side's dead or wounded; the people its guards shoot keep theirs."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _sides(text: str, key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident[key].items():
            out[side] = out.get(side, 0) + n
    return out


def test_officer_and_bare_soldiers_after_him_are_not_counted() -> None:
    text = (
        "Last week, a Jordanian army lieutenant was killed and four soldiers were injured in a gunfight with drug "
        "runners along the frontier, the army said."
    )
    assert _sides(text, "killed") == {}
    assert _sides(text, "injured") == {}


def test_one_soldier_wounded() -> None:
    text = (
        "Two Jordanian soldiers were wounded on Tuesday when smugglers opened fire near the border, a statement said."
    )
    assert _sides(text, "injured") == {}


def test_another_after_a_jordanian_soldier() -> None:
    text = "A Jordanian soldier was killed and another was hurt in the clash with smugglers near the border on Monday."
    assert _sides(text, "killed") == {}
    assert _sides(text, "injured") == {}


def test_victims_of_jordanian_guards_keep_their_side() -> None:
    text = "Three smugglers were killed and two others wounded by gunfire from Jordanian border guards near Nasib on Friday."
    assert _sides(text, "killed") == {"unknown": 3}


def test_syrian_soldiers_in_the_same_report_stay_regime() -> None:
    text = (
        "Smugglers attacked a Syrian army checkpoint near Nasib on Sunday, killing two soldiers and wounding three "
        "others, while a Jordanian soldier was injured across the border."
    )
    assert _sides(text, "killed") == {"regime": 2}
    assert _sides(text, "injured") == {"regime": 3}
