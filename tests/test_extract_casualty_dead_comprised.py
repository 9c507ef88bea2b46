""""The dead comprised / consisted of ..." restates a toll by side as "the dead were ..." does
(``casualty_restated.LEFT_DEAD_CUE``, ``RESTATING``); "Americans" killed in Syria are US personnel (coalition).
Look-alike: "comprised" of a convoy or a force gives no casualty figure.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_dead_comprised_by_side() -> None:
    text = ("Car bomb in Tal Abyad\n\nA car bomb went off near a checkpoint in Tal Abyad on Friday, killing nine people, "
            "SOHR said. According to the monitor, the dead comprised six civilians and three members of the Turkish-backed "
            "Sultan Murad Division.")
    assert killed(text) == {"civilians": 6, "turkey_factions": 3}


def test_victims_consisted_of_by_side() -> None:
    text = ("Blast in al-Shaddadi\n\nAn explosion hit a market in al-Shaddadi on Sunday, killing eight people. "
            "The victims consisted of five civilians and three Asayish members.")
    assert killed(text) == {"civilians": 5, "sdf": 3}


def test_americans_killed_are_coalition() -> None:
    text = ("Attack near al-Shaddadi\n\nAn IED hit a patrol near al-Shaddadi on Monday, killing two Americans serving "
            "with the international coalition, SOHR said.")
    assert killed(text) == {"coalition": 2}


def test_a_convoy_comprised_of_vehicles_is_no_toll() -> None:
    text = ("Convoy in Hasakah countryside\n\nA convoy that comprised 12 vehicles entered the countryside of Hasakah on "
            "Tuesday, while an IED killed two SDF fighters near Tal Tamr.")
    assert killed(text) == {"sdf": 2}
