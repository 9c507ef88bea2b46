"""The kind of an incident is read from the event told, not from a background mention: a standing hazard of the area
("despite the danger of landmines", "a plain still littered with mines", "as mines remain scattered there") does not
turn gunmen's attack into a mine blast, and a deed the victims are accused of ("a gang involved in kidnapping",
"after accusing them of planting explosive devices") is not what was done to them (paragraphs written for these
tests). One construction per test."""

from __future__ import annotations

from contract_rows import kinds, titled

_SHOT = ("Gunmen of the Islamic State opened fire on a group of shepherds near Arak, east of Palmyra in Homs province, on "
         "Tuesday, killing five of them, the monitor said. ")


def test_a_danger_posed_by_mines_does_not_retype_the_shooting() -> None:
    row = titled(_SHOT + "Each spring many herders take their flocks into that steppe despite the danger posed by "
                         "roaming cells and by landmines buried during the war.")
    assert kinds(row) == ["attack"]


def test_mines_that_remain_scattered_do_not_retype_the_shooting() -> None:
    row = titled(_SHOT + "Grazing there has become a deadly living as cells move freely and as landmines remain "
                         "scattered on the pastures.")
    assert kinds(row) == ["attack"]


def test_a_valley_littered_with_mines_does_not_retype_the_shooting_in_it() -> None:
    row = titled("Gunmen opened fire on shepherds grazing in a valley littered with mines near Arak, east of Palmyra, on "
                 "Tuesday, killing five of them.")
    assert kinds(row) == ["attack"]


def test_a_risk_of_mines_does_not_retype_the_shooting_told_with_it() -> None:
    row = titled("Gunmen shot dead two truffle hunters near Arak, east of Palmyra, on Tuesday, despite the risk of mines "
                 "in the area.")
    assert kinds(row) == ["attack"]


def test_a_deed_the_victims_were_accused_of_is_not_the_execution() -> None:
    row = titled("A security unit of the faction executed three young men on Monday on a farm near Atarib, west of "
                 "Aleppo, after accusing them of planting explosive devices for a rival group, the monitor said.")
    assert kinds(row) == ["execution"]


def test_a_gang_involved_in_kidnapping_fought_a_clash() -> None:
    row = titled("A clash erupted on Sunday evening between local gunmen and a band of men involved in kidnapping and "
                 "smuggling in the town of Salkhad, south of Sweida, leaving three casualties: one of the band was killed, "
                 "while two others were wounded.")
    assert kinds(row) == ["clash"]


def test_a_man_responsible_for_planting_mines_was_killed_in_a_raid() -> None:
    row = titled("Coalition troops killed two suspected cell members in a raid on a house in Diban, east of Deir Ezzor, "
                 "on Friday, the monitor said. One of the dead was responsible for planting IEDs along the river road.")
    assert kinds(row) == ["attack"]
