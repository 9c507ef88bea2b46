"""Mines told after an incident as a standing state of the area or a habit ("areas where mines are present", teams
that "removed hundreds of pieces of unexploded ordnance", cells that "spread mines on the roads", mines that "turn
herding into a deadly trade") do not turn the shooting told before into a mine blast (paragraphs written for these
tests). One construction per test."""

from __future__ import annotations

from contract_rows import kinds, titled

_SHOT = (
    "Gunmen of the Islamic State opened fire on a group of shepherds near Arak, east of Palmyra in Homs province, on "
    "Tuesday, killing five of them, the monitor said. "
)


def test_mines_said_to_be_present_do_not_retype_the_shooting() -> None:
    row = titled(_SHOT + "Herders still take their flocks into the steppe, where mines and roaming cells are present.")
    assert kinds(row) == ["attack"]


def test_ordnance_removed_by_teams_does_not_retype_the_shooting() -> None:
    row = titled(
        _SHOT + "Engineering teams said they had removed more than 900 pieces of unexploded ordnance since the winter."
    )
    assert kinds(row) == ["attack"]


def test_a_plan_to_clear_an_area_of_mines_does_not_retype_the_shooting() -> None:
    row = titled(_SHOT + "The authorities have announced no plan to clear the grazing lands of mines.")
    assert kinds(row) == ["attack"]


def test_cells_that_spread_mines_do_not_retype_the_shooting() -> None:
    row = titled(_SHOT + "The monitor renewed its warnings to herders, as the cells spread mines on the desert tracks.")
    assert kinds(row) == ["attack"]


def test_mines_that_make_a_trade_deadly_do_not_retype_the_shooting() -> None:
    row = titled(
        _SHOT + "Mines buried over the years of war, together with the raids of the cells, turn herding into "
        "a deadly trade."
    )
    assert kinds(row) == ["attack"]


def test_killers_named_alone_take_no_kind_from_mines_said_to_be_present() -> None:
    row = titled(
        "Cell members killed three shepherds near Arak, east of Palmyra in Homs province, on Tuesday, the "
        "monitor said. Herders still go into the steppe, where mines and roaming cells are present."
    )
    assert kinds(row) == ["attack"]


def test_a_mine_blast_keeps_its_own_kind() -> None:
    row = titled(
        "A landmine exploded under a car near Arak, east of Palmyra in Homs province, on Tuesday, killing two "
        "truffle hunters, the monitor said."
    )
    assert kinds(row) == ["ied_landmine"]
