"""A ranked place's share of a tally of many events ("Most of the civilian deaths occurred around Tal Hamis, with 22
civilians killed", "X was the hardest hit, with 14 people killed there") is a regional sub-total, not the toll of the
one attack the report tells after it. One attack's own "with N killed" keeps its figure. Sentences written for these
tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident

_TALLY = ("Militia attacks kill 70 in Hasakah in March\n\nAttacks by militias on villages of Hasakah province killed 70 "
          "people during March 2024, according to a monthly count by a local monitor.\nThe count said the dead were 40 "
          "civilians and 30 SDF fighters.\n")
_LATEST = "\nThe deadliest single attack hit a bus near Tal Hamis on March 3, killing three civilians."


def test_most_deaths_around_a_place_are_its_share_of_the_tally() -> None:
    text = _TALLY + "Most of the civilian deaths occurred around Tal Hamis, with 22 civilians killed, followed by Amuda with 9." + _LATEST
    assert killed_per_incident(contract(text)) == [{"civilians": 3}]


def test_one_attack_with_its_dead_keeps_the_figure() -> None:
    text = ("Shelling of Tal Hamis\n\nOn Monday, regime shells hit the market of Tal Hamis, Hasakah, with 6 civilians "
            "killed and 10 others wounded.")
    assert killed_per_incident(contract(text)) == [{"civilians": 6}]


def test_deadliest_strike_of_a_day_keeps_the_figure() -> None:
    text = ("Shelling of Tal Hamis\n\nOn Monday, shells hit several villages around Tal Hamis, Hasakah. The deadliest "
            "strike hit the market of the town, with 6 civilians killed.")
    assert killed_per_incident(contract(text)) == [{"civilians": 6}]
