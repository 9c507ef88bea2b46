"""Area lines ("Deir Ezzor: 103") under a figureless header of the block's dead by area ("Distribution of fatalities by
region:") after lines of several sides split the block's whole toll: they are of side unknown, not of the last
line's side (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_BLOCK = ("ISIS cells carried out 120 attacks in SDF-held areas in 2021, which killed 97 people, they are:\n"
          "- 40 civilians.\n- 51 members of the SDF and Asayish.\n- 6 ISIS members.\n")


def regions(text: str) -> list[tuple[str, int, str]]:
    return sorted((t["side"], t["killed"], t["region"]) for t in titled(text, "2022-01-02")["totals"] if t.get("region"))


def test_areas_after_lines_of_several_sides_are_unknown() -> None:
    got = regions(_BLOCK + "Distribution of the dead by governorate:\nDeir Ezzor: 70\nAl-Hasakah: 19\nRaqqa: 8\n")
    assert got == [("unknown", 8, "Raqqa"), ("unknown", 19, "Al-Hasakah"), ("unknown", 70, "Deir Ezzor")]


def test_areas_of_one_side_keep_its_side() -> None:
    got = regions("The monitor documented the deaths of 60 regime soldiers in the Badia in 2021.\n"
                  "Fatalities by region:\nHoms desert: 35\nHama desert: 25\n")
    assert got == [("regime", 25, "Hama desert"), ("regime", 35, "Homs desert")]
