"""A party's statement that gives another toll than the monitor's (``casualty_claims``).

* "The SDF said in a statement that ... killed 30 terrorists": a claim; where the text told the toll, the claim goes;
* the same figure said again by the party is no conflict and stays;
* a claim of a side the text gave no figure for ("killing four of the assailants") stays.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_statement_after_the_monitor_toll_is_dropped() -> None:
    text = ("ISIS attack near Al-Busayrah\n\nISIS cells attacked SDF positions near Al-Busayrah on Saturday night, killing "
            "six SDF fighters, while five ISIS members were also killed, SOHR said. The SDF said in a statement that its "
            "forces repelled the attack, killing 25 terrorists, and admitted the loss of three of its fighters.")
    assert killed(text) == {"sdf": 6, "isis": 5}


def test_media_centre_claim_before_the_monitor_toll() -> None:
    text = ("Raid in Al-Shuhayl\n\nThe SDF raided a house in Al-Shuhayl at dawn on Monday, killing two ISIS members. The SDF "
            "media centre said the raid ended with five \"terrorists\" killed and that one of its fighters was wounded.")
    assert killed(text) == {"isis": 2}
    assert injured(text) == {"sdf": 1}


def test_statement_of_the_same_figure_stays() -> None:
    text = ("Raid on an ISIS cell\n\nThe SDF, backed by coalition helicopters, raided an ISIS hideout near Hajin on Tuesday.\n"
            "The SDF media center said in a statement that three ISIS members were killed in the raid.")
    assert killed(text) == {"isis": 3}


def test_claim_of_another_side_stays() -> None:
    text = ("Checkpoint attack\n\nISIS gunmen attacked an SDF checkpoint near Dhiban on Friday, killing two SDF fighters, "
            "SOHR said. In a statement, the SDF media centre said one of its fighters was killed and that its forces "
            "repelled the assailants, killing three of them.")
    assert killed(text) == {"sdf": 2, "isis": 3}
