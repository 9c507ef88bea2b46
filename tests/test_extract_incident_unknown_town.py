"""An incident placed only in a town the gazetteer does not know, in a report that names one governorate more than
once and whose other incidents all lie in it: that governorate (so too a road from a town of that governorate to an
unknown one). Not for roads between towns of two provinces, stretches joined in one name ("the Sheikh-Hilal road"),
or reports that name several governorates. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, governorates


def test_unknown_town_takes_the_one_governorate_named() -> None:
    row = contract("Hama desert\n\nA landmine killed two shepherds near the town of Ithriyah in the eastern countryside "
                   "of Hama on Monday.\n\nOn Sunday, a man was found shot dead near Khirbet Um Sleim.")
    assert governorates(row) == ["Hama", "Hama"]


def test_look_alike_two_governorates_named_leave_it_unknown() -> None:
    row = contract("Desert\n\nA landmine killed two shepherds near the town of Ithriyah in the eastern countryside "
                   "of Hama on Monday.\n\nOn Sunday, a man was found shot dead near Khirbet Um Sleim.\n\nIn the Raqqa "
                   "countryside, regime reinforcements arrived at the front.")
    assert governorates(row)[1] is None


def test_look_alike_joined_names_leave_it_unknown() -> None:
    row = contract("Desert\n\nA landmine killed two shepherds near the town of Ithriyah in the eastern countryside "
                   "of Hama on Monday.\n\nOn Sunday, ISIS cells attacked a convoy on the Sheikh-Hilal road.")
    assert governorates(row)[1] is None


def _geocoded(text: str) -> dict:
    from observatory.extract import extract_report, to_contract
    from observatory.geo import Geocoder
    from observatory.models import Report

    return to_contract("t", extract_report(Report(text=text), Geocoder.default()))  # type: ignore[arg-type]


def test_road_from_a_known_town_to_an_unknown_one_in_a_report_on_one_province() -> None:
    row = _geocoded("Daraa\n\nGunmen shot dead a man in the town of Nawa in the countryside of Daraa on Sunday.\n\n"
                    "On Monday, an IED went off targeting a regime vehicle on the road between Saida and Khirbet Um "
                    "Sleim in the eastern countryside, killing a soldier. Daraa has seen such attacks for months.")
    assert governorates(row) == ["Dar'a", "Dar'a"]


def test_look_alike_road_between_two_known_towns_of_two_provinces_stays_unknown() -> None:
    row = _geocoded("Desert\n\nA landmine killed two shepherds near Ithriyah in the countryside of Hama on Monday.\n\n"
                    "On Sunday, ISIS cells ambushed a bus on the road between Salamiyah and Palmyra. Hama has seen "
                    "such attacks for months.")
    assert governorates(row)[1] is None
