"""A toll of clashes that rose because one of their wounded, named by his kind, died of his wounds is the incident's."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _contract(text: str) -> dict[str, object]:
    return to_contract("t", extract_report(Report(text=text)))


def _killed(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in _contract(text)["incidents"]:  # type: ignore[attr-defined]
        for side, n in incident["killed"].items():
            out[side] = out.get(side, 0) + n
    return out


def test_clash_toll_risen_after_a_fighter_died_of_his_wounds() -> None:
    text = (
        "SOHR has learned that the death toll of the clashes which broke out on Sunday between members of the State "
        "Security branch and armed men in Qanawat town has risen to four, after a soldier succumbed to his wounds "
        "in hospital. The dead are three members of the State Security branch and an armed man."
    )
    assert _killed(text) == {"regime": 3, "unknown": 1}


def test_offensive_toll_risen_after_deaths_stays_a_total() -> None:
    text = (
        "The death toll of the offensive which was launched on Friday by regime forces on the towns of the valley "
        "has risen to 90, after several fighters succumbed to their wounds."
    )
    assert _killed(text) == {}


def test_first_toll_then_wounded_who_died_bringing_the_dead_to_more() -> None:
    text = (
        "Five civilians killed in regime shelling on Kafr Oweid\n"
        "Regime forces shelled the village of Kafr Oweid on Monday, killing civilians and wounding nine others. "
        "Local sources said the toll initially stood at three, among them a child, before two of the wounded died in a "
        "hospital in Idlib city, bringing the number of dead to five."
    )
    assert _killed(text) == {"civilians": 5}
