"""Where a body that makes a statement sits ("the Russian Reconciliation Centre at Hmeimim said ...") and where aircraft
took off from ("jets that took off from the X base struck Y"): neither is where the event happened. Sentences written
for these tests."""

from __future__ import annotations

from contract_rows import contract, place_names
from observatory.extract.incident_places import event_places
from observatory.extract.places import place_mentions


def _names(text: str) -> list[str]:
    return [p.name for p in event_places(text, place_mentions(text, 0, len(text)), 0)]


def test_seat_of_a_centre_that_speaks_is_left_out() -> None:
    names = _names("The Russian Reconciliation Centre at Hmeimim said its jets had destroyed hideouts near Maadan.")
    assert "Hmeimim" not in names and "Maadan" in names


def test_seat_of_a_centre_with_its_base_word_is_left_out() -> None:
    names = _names("The Reconciliation Center at the Hmeimim base claimed that raids on Kafr Nabl killed militants.")
    assert "Hmeimim" not in names and "Kafr Nabl" in names


def test_a_centre_that_says_nothing_keeps_the_place() -> None:
    names = _names("Rockets fell near the offices of the Reconciliation Centre at Hmeimim overnight.")
    assert any("Hmeimim" in name for name in names)


def test_base_the_jets_took_off_from_is_left_out() -> None:
    names = _names("Warplanes that took off from the Hama military airport bombed the town of Ariha.")
    assert "Hama" not in names and "Ariha" in names


def test_statement_seat_does_not_place_the_desert_strikes() -> None:
    row = contract(
        "Raids in the desert\n\nRussian warplanes carried out raids on the desert east of Salamiyah on "
        "Saturday, killing four ISIS members. The Russian Reconciliation Center at the Hmeimim base said its "
        "aircraft had killed dozens of terrorists."
    )
    assert ["Hmeimim" in names for names in place_names(row)] == [False]


def test_where_drones_launched_by_someone_came_from_is_left_out() -> None:
    names = _names('Guards at the Tartus port shot down a drone launched by "rebels" from the Hama countryside.')
    assert "Hama" not in names and any("Tartus" in name for name in names)


def test_where_shells_fired_by_someone_fell_near_is_kept() -> None:
    names = _names("Shells fired by Turkish forces fell on houses not far from Tal Tamr town, killing a woman near Tal Shanan.")
    assert any("Tal Tamr" in name for name in names)
