"""An incident with no place of its own that points back at a landmark the report named with its town ("the prison",
"the camp's market", "the checkpoint") lies in that town's governorate; "the base of X" names a new landmark, two
landmarks of the kind in two governorates leave it open, and a placed incident does not take the governorate of a
landmark it names only as where something was said (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from contract_rows import governorates, titled
from observatory.extract.incident_landmark import told_landmark_governorate

_PRISON = ("Rights groups say some two thousand detainees are still held in a prison in the western city of Idlib, most "
           "of them without trial. ")


def test_an_event_at_the_prison_told_before_takes_its_governorate() -> None:
    row = titled(_PRISON + "On Sunday, a car bomb went off at the outer gate of the prison, killing four guards, the "
                           "monitor said.")
    assert governorates(row) == ["Idleb"]


def test_the_camps_possessive_points_back_at_the_camp() -> None:
    row = titled("Aid workers warn that Raqqa camp, home to nine thousand displaced people, is running short of "
                 "water. On Thursday, an unknown gunman shot dead a young man in the camp's main market.")
    assert governorates(row) == ["Ar-Raqqa"]


def test_the_base_of_a_group_names_a_new_landmark() -> None:
    row = titled(_PRISON + "On Sunday, drones struck the base of a tribal militia, killing four of its fighters.")
    assert governorates(row) == [None]


def test_landmarks_of_one_kind_in_two_governorates_lend_nothing() -> None:
    row = titled(_PRISON + "A second prison in Hama holds several hundred more. On Sunday, a car bomb went off at "
                           "the outer gate of the prison, killing four guards, the monitor said.")
    assert governorates(row) == [None]


_TOWNS = {"al-Khadra": "Deir-ez-Zor", "Tell Amir": "Lattakia"}


def _town(name: str) -> str | None:
    return _TOWNS.get(name)


def test_a_placeless_event_inside_a_named_camp_takes_its_town_governorate() -> None:
    text = "Masked men shot dead a widow on Tuesday inside Syria's al-Khadra camp, the security office said."
    assert told_landmark_governorate(text, 0, len(text), _town, placed=False) == "Deir-ez-Zor"


def test_a_placed_event_does_not_take_the_base_where_it_was_told() -> None:
    text = ("The command at the Tell Amir base said on Monday that its jets had struck hideouts of the cells in Wadi "
            "Sabkha, killing twelve militants.")
    assert told_landmark_governorate(text, 0, len(text), _town, placed=True) is None


def test_a_victim_come_from_the_landmark_is_not_placed_there() -> None:
    row = titled(_PRISON + "On Sunday, unknown gunmen shot dead two men released from the prison a week earlier.")
    assert governorates(row) == [None]
