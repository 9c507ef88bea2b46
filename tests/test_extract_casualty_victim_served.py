""""killing a man who worked as a recruiter for the Iranian-backed militias", "a man known locally to work with
Hezbollah", "The mukhtar, who was known for his close ties to the Military Intelligence, ...": one victim whose service
to a group the text tells in a clause on him (right after him, or heading the next sentence) is of that group's side,
whatever the service is called (``mention_sides.SERVED``, read by ``joined_at`` and ``casualty_joined``).
A service to no armed group ("worked as a driver for a relief group") gives him no armed side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_worked_as_a_role_for_a_group() -> None:
    text = ("Shooting near Tafas\n\nUnknown gunmen opened fire on a car near Tafas on Monday evening, killing a man who "
            "worked as a smuggler for the Iranian-backed militias.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_known_to_work_with_a_group() -> None:
    text = ("Drone strike near Hadar\n\nOn Sunday, a drone hit a motorcycle on the outskirts of Hadar, killing a young man "
            "known locally to work with Hezbollah.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_known_for_ties_told_in_the_next_sentence() -> None:
    text = ("Killing in Nawa\n\nA village mukhtar was shot dead by unknown gunmen near Nawa on Sunday. The mukhtar, who was "
            "known for his close ties to the regime's Air Force Intelligence, had escaped an earlier attempt.")
    assert killed(text) == {"regime": 1}


def test_man_who_served_as_a_guard_with_the_sdf() -> None:
    text = ("Attack near Shuhail\n\nGunmen on a motorcycle shot dead a man who served as a guard with the SDF near "
            "Shuhail on Friday.")
    assert killed(text) == {"sdf": 1}


def test_service_to_no_armed_group_changes_nothing() -> None:
    text = ("Shooting near Tafas\n\nUnknown gunmen shot dead a man who worked as a driver for a relief organisation near "
            "Tafas on Monday.")
    assert set(killed(text)) <= {"unknown", "civilians"}

