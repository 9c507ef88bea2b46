"""A sentence that counts the dead of a span of days ("in the past 72 hours", "since the start of the offensive",
"Since then", "during the same period") gives a period's toll, not the dead of the incident told beside it: the
incident keeps the figure told of it alone, or none. A running toll told after the figure ("..., bringing the toll in
the past 48 hours to 50") and a comparison ("the deadliest raid since the start of the war") leave the incident's own
figure alone. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_dead_since_then_are_no_toll_of_the_attack() -> None:
    text = ("Assault on Tal Hamis\n\nMilitia fighters stormed army posts at Tal Hamis, Hasakah, at dawn on Monday. Since "
            "then, at least nine militiamen and six soldiers have been killed in the fighting around the hill.")
    assert killed_per_incident(contract(text)) == [{}]


def test_figure_before_a_running_toll_of_two_days_stays() -> None:
    text = ("Raids on Tal Hamis\n\nOn Monday, 17 civilians were killed when jets bombed the market of Tal Hamis, "
            "Hasakah, bringing the toll in the past 48 hours to 30 civilians.")
    assert killed_per_incident(contract(text)) == [{"civilians": 17}]


def test_comparison_with_the_start_of_the_war_leaves_the_toll() -> None:
    text = ("Raid on Tal Hamis\n\nOn Monday, 17 civilians were killed when jets bombed the market of Tal Hamis, "
            "Hasakah, the deadliest raid on the town since the start of the war.")
    assert killed_per_incident(contract(text)) == [{"civilians": 17}]
