"""A launch of an offensive told with the deed it opened with ("launched their offensive in the morning, detonating car
bombs against army positions on the edge of X", "launched its campaign, attacking the checkpoints of Y") is that attack,
an incident of its own; a bare launch among other incidents stays the frame of the campaign (paragraphs written for
these tests, judged by ../shared/data/sohr/SCHEMA.md: events without casualties are incidents)."""

from __future__ import annotations

from contract_rows import kinds, place_names, titled

_LEAD = ("At least 12 civilians were killed and dozens wounded on Friday as rebel groups fired rockets on the "
         "government-held al-Hamdaniyah neighbourhood of Aleppo, state TV reported.\n")


def test_launch_with_car_bombs_against_positions_is_an_incident() -> None:
    row = titled(_LEAD + "The rebels launched their offensive in the morning from the western countryside, detonating car bombs "
                 "against army positions on the edge of the Dahiyat al-Assad neighbourhood.\n", "2016-10-29")
    assert len(kinds(row)) == 2
    assert any("Dahiyat al-Assad" in names for names in place_names(row))


def test_launch_attacking_checkpoints_paraphrase() -> None:
    row = titled(_LEAD + "The jihadists launched their operation from Khan Touman, attacking the checkpoints of the army on the "
                 "edge of the Ramousah district.\n", "2016-10-29")
    assert len(kinds(row)) == 2


def test_a_bare_launch_stays_the_frame() -> None:
    row = titled(_LEAD + "The rebels launched their offensive on the western districts of the city on July 31.\n", "2016-10-29")
    assert len(kinds(row)) == 1
