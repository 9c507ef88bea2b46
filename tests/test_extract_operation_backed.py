"""A search or combing operation, or reinforcements, told with the aircraft backing them, is no strike: the
aircraft are only its setting (events_none_told.OPERATION_ONLY). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def test_operations_backed_by_aircraft_name_no_kind() -> None:
    for sentence in ("Regime forces launched a search operation in the area on Tuesday, backed by Russian helicopters.",
                     "The militias started combing the surrounding hills, supported by Russian warplanes.",
                     "The army sent reinforcements to the desert, backed by drones, but found no trace of the cells."):
        assert event_type(sentence) is None, sentence


def test_a_fight_backed_by_aircraft_keeps_its_kind() -> None:
    hit = event_type("Regime forces, backed by Russian helicopters, clashed with ISIS cells near the town.")
    assert hit is not None and hit[0] == "clash"
    hit = event_type("Regime forces advanced on the town, backed by Russian airstrikes.")
    assert hit is not None and hit[0] == "airstrike"


def test_a_search_after_an_abduction_is_no_second_incident() -> None:
    row = titled(
        "ISIS cells abducted five shepherds on Monday in the desert east of the town of al-Sukhnah, the monitor said.\n"
        "Regime forces launched a search operation in the area on Tuesday, backed by Russian helicopters, but they "
        "have not found the abductees."
    )
    assert kinds(row) == ["abduction"]
