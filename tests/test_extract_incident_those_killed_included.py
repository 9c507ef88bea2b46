"""A sentence that tells who the incident's dead were ("Those killed included six Iraqis ... as well as three Syrians
fighting for the militias", "The victims were two brothers"): more of the incident, not another event, whatever kind
of word it holds. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract


def test_those_killed_included_fighters_stays_the_strike() -> None:
    row = contract("Strikes on militias\n\nAir strikes on positions near Al-Mayadin overnight killed 12 fighters of "
                   "Iran-backed militias, the monitor said.\n\nThose killed included seven Iraqis and two Afghans, as "
                   "well as three Syrians fighting for the militias, according to the monitor.")
    assert len(row["incidents"]) == 1


def test_look_alike_those_killed_on_another_day_elsewhere_stay_apart() -> None:
    row = contract("Strikes on militias\n\nAir strikes on positions near Al-Mayadin overnight killed 12 fighters of "
                   "Iran-backed militias, the monitor said.\n\nOn Friday, clashes near Al-Quriyah killed four fighters.")
    assert len(row["incidents"]) == 2
