""""a drone struck a civilian car ..., injuring the driver": the vehicle that was hit is called civilian, so the victims
of no side told after it in the same sentence are civilians (SCHEMA: victims described as civilians;
``casualty_civilian_vehicle.aboard_civilian_vehicle``). A victim of a named side keeps it, attackers who rode a civilian
car do not make their victims civilians, and a military vehicle makes no one a civilian.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_man_and_his_son_in_a_civilian_car_hit_by_a_drone() -> None:
    text = ("Drone near Maarrat Misrin\n\nA regime suicide drone hit a civilian car near Maarrat Misrin on Wednesday "
            "afternoon, wounding a man and his son.")
    assert injured(text) == {"civilians": 2}


def test_bomb_inside_a_civilian_car_kills_two_men() -> None:
    text = ("Blast in Tal Abyad\n\nA bomb exploded inside a civilian car at the entrance of Tal Abyad on Friday, killing "
            "two men who were in it.")
    assert killed(text) == {"civilians": 2}


def test_gunfire_on_a_civilian_bus_kills_people() -> None:
    text = ("Attack near Ithriya\n\nISIS cells opened fire on a civilian bus east of Ithriya on Monday night, killing "
            "three people and wounding four more.")
    assert killed(text) == {"civilians": 3}
    assert injured(text) == {"civilians": 4}


def test_fighters_in_a_civilian_car_keep_their_side() -> None:
    text = ("Strike near Sarmada\n\nA coalition drone targeted a civilian car near Sarmada on Sunday, killing two "
            "ISIS leaders who were travelling in it.")
    assert killed(text) == {"isis": 2}


def test_attackers_riding_a_civilian_car_leave_victims_unknown() -> None:
    text = ("Shooting in Busra\n\nGunmen riding a civilian car opened fire in the main square of Busra al-Sham on "
            "Tuesday, killing two people.")
    assert killed(text) == {"unknown": 2}


def test_military_vehicle_makes_no_civilian() -> None:
    text = ("Drone near Saraqib\n\nA kamikaze drone struck a military vehicle near Saraqib on Thursday, wounding "
            "three men.")
    assert "civilians" not in injured(text)
