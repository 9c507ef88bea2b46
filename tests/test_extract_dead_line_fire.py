"""A line of a period's list that gives the dead of one side and only the kind of fire they died in, its verb left
out ("2 members of regime forces, in shelling by Turkish forces near X"), is a line of the total: its toll is told, so
it is no day's bombardment without a toll, and no incident. A line that ties its dead to one event ("63 soldiers, most
of them in the airstrike on X on the 27th") is left to be read as that event (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, total_pairs
from observatory.extract.incident_units import one_day_bombardment

_MONTH = ("Security chaos in the northern countryside | 14 people killed in May\n"
          "SOHR documented the death of 14 people in the areas of the northern countryside of Aleppo in May 2024, "
          "as follows:\n"
          "9 civilians: five in explosions of IEDs and four by gunfire of unknown persons.\n")


def test_a_line_of_dead_by_a_kind_of_fire_is_no_incident() -> None:
    row = contract(_MONTH + "5 members of regime forces, in shelling by Turkish forces on the front lines near Tadef.")
    assert killed_per_incident(row) == []
    assert ("regime", 5) in total_pairs(row)


def test_the_line_has_a_toll_so_it_is_no_bombardment_without_one() -> None:
    assert not one_day_bombardment("5 members of regime forces, in shelling by Turkish forces near Tadef.")
    assert not one_day_bombardment("- Four civilians: by Russian airstrikes on the outskirts of Ariha.")


def test_strikes_with_no_toll_are_still_one_bombardment() -> None:
    assert one_day_bombardment("Russian warplanes carried out dozens of airstrikes on the outskirts of Ariha in the "
                               "afternoon.")


def test_a_line_tied_to_one_event_is_not_a_dead_line() -> None:
    assert one_day_bombardment("- 40 Turkish soldiers, most of them in the airstrike on Balyun on the 27th.") == \
        one_day_bombardment("Most of them in the airstrike on Balyun on the 27th.")
