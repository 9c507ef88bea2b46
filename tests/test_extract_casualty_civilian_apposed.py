""""Unknown gunmen shot dead a tribal elder, a civilian known for ...": a single victim restated as a civilian in an
apposition is one civilian (``casualty_civilian_apposed``); a list of victims keeps each item.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_an_elder_restated_as_a_civilian() -> None:
    text = ("Killing in Busayrah\n\nUnknown gunmen shot dead a tribal elder, a civilian known for settling local feuds, "
            "near his home in Busayrah on Monday.")
    assert killed(text) == {"civilians": 1}


def test_a_teacher_restated_as_a_civilian_before_the_place() -> None:
    text = ("Killing in Busayrah\n\nUnknown gunmen assassinated a school teacher, a civilian, near his home in Busayrah "
            "on Monday.")
    assert killed(text) == {"civilians": 1}


def test_a_young_man_restated_as_a_civilian_from_the_town() -> None:
    text = ("Killing in Nawa\n\nUnknown gunmen shot dead a young man, a civilian from the town, in Nawa on Monday.")
    assert killed(text) == {"civilians": 1}


def test_a_list_of_victims_keeps_each_item() -> None:
    text = ("Shelling on Ariha\n\nRegime shelling killed a man, a civilian, and two children in Ariha on Monday.")
    assert sum(killed(text).values()) == 4


def test_a_relative_also_a_civilian_is_the_wounded_one() -> None:
    text = ("Killing in Busayrah\n\nOn Monday, a civilian who worked as a baker was killed and his cousin, also a "
            "civilian, was wounded when unknown gunmen fired on them in Busayrah.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}
