"""A raid pointed back at ("a similar raid", "the deadliest raid of the year") after air or drone strikes were told is
one of those strikes, not a ground attack; a raid told after a ground raid, or raids said only to have come before
another event, keep their own kind (incident_bounds.bare_strike_kind)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _types(text: str) -> list[str]:
    return [incident["type"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_a_similar_raid_after_israeli_missiles_is_an_airstrike() -> None:
    text = ("Israeli missiles hit a weapons depot near Masyaf at night, killing two Iranian officers, the monitor said.\n"
            "Last Thursday, a similar raid on a radar site outside Tartus killed four soldiers.")
    assert _types(text) == ["airstrike", "airstrike"]


def test_the_deadliest_raid_after_drone_strikes_is_a_drone_strike() -> None:
    text = ("Turkish drones carried out 40 strikes on villages near Kobani during the year, the agency said.\n"
            "The deadliest raid of the year hit a bakery in Tal Rifaat in May, killing nine civilians.")
    assert _types(text) == ["drone_strike"]


def test_a_raid_after_commandos_raided_a_farm_stays_an_attack() -> None:
    text = ("Turkish jets struck a depot near Palmyra on Monday.\n"
            "In Hasakah, SDF commandos raided a farmhouse east of Shadadi before sunrise. The raid left three wanted men dead.")
    assert _types(text) == ["airstrike", "attack"]


def test_raids_said_to_come_after_an_attack_leave_it_an_attack() -> None:
    text = ("Russian jets hit ISIS dens near Sukhnah with forty air strikes on Monday, wounding several militants.\n"
            "The raids came two days after ISIS members attacked an army outpost near Arak, killing five troops.")
    assert _types(text) == ["airstrike", "attack"]


def test_the_strike_that_came_after_an_attack_leaves_that_attack_its_kind() -> None:
    text = ("Two herders were killed on Monday in a Russian airstrike that hit their tents in the desert near Palmyra. "
            "The strike came three days after an attack by ISIS cells on an army post near al-Sukhnah, which killed "
            "five soldiers.")
    assert sorted(_types(text)) == ["airstrike", "attack"]


def test_cells_able_to_strike_tell_no_strike() -> None:
    text = ("ISIS cells attacked an army post near al-Sukhnah on Monday, killing five soldiers. These attacks show "
            "that the cells are still able to strike in the desert.")
    assert _types(text) == ["attack"]
