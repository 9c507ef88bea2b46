"""A total's dead split by region told with the dead named in the first item: "By province, eight of the civilian
victims were killed in Raqqa governorate, and five in Tal Abyad and Suluk" gives regional totals of the civilians.

Sentences written for these tests.
"""

from __future__ import annotations

from totals_cases import regions


def test_civilian_victims_killed_in_places() -> None:
    found = regions(
        "The monitor has documented the deaths of 22 people in drone strikes since February 3, 2024, they are:\n"
        "- 13 civilians, including a woman.\n- Nine members of the SDF.\n\n"
        "By province, eight of the civilian victims were killed in Raqqa governorate, and five in Tal Abyad and Suluk.\n",
        "2024-02-20",
    )
    assert found == [("civilians", 5, "Tal Abyad and Suluk"), ("civilians", 8, "Raqqa governorate")]
