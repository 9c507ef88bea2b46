"""An incident placed between two provinces ("on the administrative border between Raqqa and Deir Ezzor", "between
the deserts of Homs and Deir Ezzor", "the road between Hama and Raqqa"): it lies in neither (SCHEMA: roads between
governorates -> null), and takes no governorate from the rest of the report.

Look-alike: one province named on its own stays the incident's governorate.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract
from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report


def test_strikes_between_the_deserts_of_two_provinces() -> None:
    row = contract("Desert strikes\n\n"
                   "Gunmen killed two soldiers near Ithriya in the eastern countryside of Hama on Sunday.\n"
                   "Russian jets later struck ISIS hideouts in Jabal Abu Rajmin, between the deserts of Homs and Raqqa, "
                   "killing four ISIS members.")
    assert [i.get("governorate") for i in row["incidents"]] == ["Hama", None]


def test_look_alike_one_province() -> None:
    row = contract("Landmine in the desert\n\n"
                   "A shepherd was killed on Monday when a landmine exploded near his flock in the desert of Deir Ezzor.")
    assert [i.get("governorate") for i in row["incidents"]] == ["Deir-ez-Zor"]


def test_look_alike_town_placed_in_one_of_them_elsewhere() -> None:
    row = contract("Clash in the desert\n\n"
                   "Clashes broke out on Monday near Bir Qassab, on the administrative border between the provinces of "
                   "Homs and Deir Ezzor, killing two soldiers. Bir Qassab in the desert of Homs has seen repeated "
                   "attacks.")
    assert [i.get("governorate") for i in row["incidents"]] == ["Homs"]


_GEO = Geocoder.default()


def _geo_govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_road_named_by_its_two_towns_with_a_particle_lies_in_their_one_province() -> None:
    assert _geo_govs("Ambush in the desert\n\n"
                     "ISIS cells ambushed a fuel tanker on the Palmyra-al-Sukhnah road on Monday, killing its driver.") == ["Homs"]


def test_a_road_named_by_towns_of_two_provinces_with_a_particle_lies_in_neither() -> None:
    assert _geo_govs("Ambush in the desert\n\n"
                     "ISIS cells ambushed a fuel tanker on the Ithriya-al-Rasafa road on Monday, killing its driver.") == [None]
