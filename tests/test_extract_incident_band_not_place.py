"""A band known by a man's or a family's name ("the Falhout group", "the al-Bakir clan", "the Jaafar gang") is who,
not where: no place of the incident.

Look-alike: a town followed by another word ("the village of Ateel group of farms" is not written; "in Ateel, a
group of gunmen ...") stays a place.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def _places(row: dict) -> list[str]:
    return [p["name"] for i in row["incidents"] for p in i.get("places") or []]


def test_group_named_after_a_man_is_no_place() -> None:
    row = contract("Clashes in Sweida\n\n"
                   "Clashes broke out on Monday in the town of Shahba in the countryside of Sweida between local gunmen "
                   "and the group led by Raji Kassab.\n"
                   "SOHR said the dead included four members of the Kassab group and two local gunmen.")
    assert "Kassab" not in _places(row)
    assert len(row["incidents"]) == 1


def test_clan_is_no_place() -> None:
    row = contract("Tribal dispute in Deir Ezzor\n\n"
                   "A man was shot dead on Friday in the town of Gharanij in the countryside of Deir Ezzor, during a "
                   "dispute between members of the Shaitat clan and the Bu Kamil tribe.")
    assert "Bu Kamil" not in _places(row)


def test_look_alike_town_then_a_group_of_gunmen() -> None:
    row = contract("Attack in Daraa\n\n"
                   "Gunmen killed a soldier in Inkhil, a group of local residents said, in the countryside of Daraa "
                   "on Monday.")
    assert "Inkhil" in _places(row)
