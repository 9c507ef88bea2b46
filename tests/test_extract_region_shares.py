"""A total's dead split by region in a sentence of its own a little after the list ("Of the pro-government fighters,
44 were killed in X, 19 in Y and seven in Z"; "Of the civilian dead, 12 fell in X and five in Y"), also with a remark on
the wounded between: each figure is a regional total of the group the opening names.

Look-alike: the same opening with figures by cause ("Of the civilian dead, 12 were killed by mines and five by
shelling") adds no regional total.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_LIST = ("Badia toll for 2022 | 130 dead in cell attacks and mine blasts\n\n"
         "The monitor recorded the deaths of 130 people in the Syrian steppe during 2022, they are:\n"
         "- 70 regime soldiers and pro-government fighters, most of them in ambushes.\n"
         "- 17 civilians, including four shepherds.\n"
         "- 43 ISIS members killed in Russian raids.\n"
         "Dozens of others were wounded in those incidents.\n")


def _regions(row: dict[str, object]) -> dict[str, tuple[object, object]]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return {t["region"]: (t["side"], t["killed"]) for t in totals if t.get("region")}


def test_group_opening_then_figures_by_region() -> None:
    row = contract(_LIST + "Of the soldiers and loyalists, 44 were killed in the Homs desert, 19 in the Raqqa desert and "
                   "seven in the Aleppo desert.")
    regions = _regions(row)
    assert regions.get("Homs desert") == ("regime", 44)
    assert regions.get("Raqqa desert") == ("regime", 19)
    assert regions.get("Aleppo desert") == ("regime", 7)


def test_fell_in_a_region() -> None:
    row = contract(_LIST + "Of the civilian dead, 12 fell in the desert of Hama and five in the Homs desert.")
    regions = _regions(row)
    assert regions.get("desert of Hama") == ("civilians", 12)
    assert regions.get("Homs desert") == ("civilians", 5)


def test_figures_by_cause_are_no_regions() -> None:
    row = contract(_LIST + "Of the civilian dead, 12 were killed by mines and five by shelling.")
    assert _regions(row) == {}
