"""An attacker's claim with words between "claimed" and "that" ("claimed on Sunday that", "claimed late last night
that") is another source's count: the monitor's figure for the same dead wins (``incident_sources``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_claim_with_its_day_yields_to_the_monitor() -> None:
    text = ("Attack in Hama desert\n\nISIS claimed on Sunday that its fighters had killed 15 government soldiers in an "
            "attack on an army post near Ithriyah. The Syrian Observatory for Human Rights said four soldiers were killed "
            "in the attack.")
    assert killed(text) == {"regime": 4}


def test_claim_late_at_night_yields_to_the_monitor() -> None:
    text = ("Checkpoint attack\n\nThe group claimed late last night that it had killed 12 SDF fighters at a checkpoint in "
            "Dhiban. The monitor said three SDF members were killed and two others wounded.")
    assert killed(text) == {"sdf": 3}


def test_monitor_first_then_the_claim() -> None:
    text = ("Ambush near Palmyra\n\nISIS cells ambushed an army bus near Palmyra on Monday, killing seven soldiers, the "
            "Syrian Observatory for Human Rights said. The group claimed in its weekly newsletter that 25 soldiers died.")
    assert killed(text) == {"regime": 7}


def test_claimed_lives_is_no_claim() -> None:
    # look-alike: "claimed the lives of" is the monitor's own count
    text = ("Shelling of Ariha\n\nRegime shelling on Ariha on Sunday claimed the lives of four civilians, the Syrian "
            "Observatory for Human Rights said.")
    assert killed(text) == {"civilians": 4}


def test_claim_in_a_statement_on_its_day_yields() -> None:
    text = ("Post attacked near al-Sukhnah\n\nThree soldiers were killed on Friday night in an attack by ISIS cells on a "
            "post near al-Sukhnah, the Syrian Observatory for Human Rights said.\n\nThe group claimed in a statement on "
            "Saturday that its fighters had killed 11 soldiers and burned a vehicle.")
    assert killed(text) == {"regime": 3}
