""""killing five: three Iraqis and two Afghans": a bare number before a colon and its parts is a toll of persons
(``casualty_colon_whole``). Look-alikes: a headline's "kill 15: monitor", a colon followed by no figure.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_bare_number_before_colon_parts() -> None:
    text = ("Strike near Albukamal\n\nUnidentified warplanes bombed a convoy of Iranian-backed militias near Albukamal at dawn, "
            "killing six: four Iraqis and two Afghans of the Fatemiyoun.")
    assert killed(text) == {"pro_iran_foreign": 6}


def test_bare_number_after_killed_with_mixed_parts() -> None:
    text = ("Attack on Abu Rasin\n\nTurkish-backed factions raided a farm near Abu Rasin on Wednesday. The raid killed five: "
            "three SDF fighters and two shepherds.")
    assert killed(text) == {"sdf": 3, "civilians": 2}


def test_colon_before_a_source_is_no_list() -> None:
    text = ("Drone strikes kill nine: monitor\n\nTurkish drones struck two SDF vehicles near Amuda on Saturday, killing nine "
            "fighters of the SDF.")
    assert killed(text) == {"sdf": 9}
