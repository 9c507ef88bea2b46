"""A list of the dead by region whose first figure names the dead ("52 of the fatalities were in X, 40 in Y", "64
people were killed in X, 31 in Y", "47 deaths in X, 20 in Y") or whose place is glossed in brackets ("nine in
Manbij countryside (Arima and Abu Kahf), six in Y"): each figure is a regional total, the first one too.

Look-alikes (the review read): one place glossed in brackets with no list after it ("the deaths of 130 people in the
Syrian steppe (Badia) during 2022, in cell attacks ..."), a split of raids by province ("By province, the raids were
distributed as follows: 31 in X, ..."), and people abducted by place ("12 people in X, seven in Y") add no regional total.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_LIST = ("Badia toll for 2022 | 130 dead in cell attacks and mine blasts\n\n"
         "The monitor recorded the deaths of 130 people in the Syrian steppe during 2022, they are:\n"
         "- 70 regime soldiers and pro-government fighters, most of them in ambushes.\n"
         "- 17 civilians, including four shepherds.\n"
         "- 43 ISIS members killed in Russian raids.\n")


def _regions(row: dict[str, object]) -> dict[str, tuple[object, object]]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return {t["region"]: (t["side"], t["killed"]) for t in totals if t.get("region")}


def _killed(row: dict[str, object]) -> list[object]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return sorted(t["killed"] for t in totals)


def test_share_of_the_fatalities_opens_the_list() -> None:
    row = contract(_LIST + "By region, 52 of the fatalities were in the Homs desert, 40 in the Hama desert and 38 in the "
                   "Deir Ezzor desert.")
    regions = _regions(row)
    assert regions.get("Homs desert") == ("unknown", 52)
    assert regions.get("Hama desert") == ("unknown", 40)


def test_people_killed_opens_the_list() -> None:
    row = contract(_LIST + "By region, 64 people were killed in the Homs desert, 40 in the Hama desert and 26 in the "
                   "Raqqa desert.")
    assert _regions(row).get("Homs desert") == ("unknown", 64)


def test_place_glossed_in_brackets() -> None:
    row = contract(_LIST + "Of the civilians, nine were killed in Manbij countryside (Arima and Abu Kahf), six in "
                   "Al-Hasakah and two in Kobani.")
    regions = _regions(row)
    assert regions.get("Manbij countryside") == ("civilians", 9)
    assert regions.get("Al-Hasakah") == ("civilians", 6)


def test_one_place_glossed_is_no_list() -> None:
    row = contract("Steppe toll | cells and mines\n\nThe monitor documented the deaths of 130 people in the Syrian steppe "
                   "(Badia) during 2022, in cell attacks, mine blasts and raids.")
    assert _regions(row) == {}


def test_raids_by_province_are_no_regions() -> None:
    row = contract(_LIST + "By province, the raids were distributed as follows: 31 in Idlib countryside (Jisr al-Shughur), "
                   "12 in the Hama countryside and 5 in Latakia.")
    assert _regions(row) == {}
    assert 31 not in _killed(row)


def test_people_abducted_by_place_are_no_regions() -> None:
    row = contract(_LIST + "Cell members also abducted 12 people in Raqqa, seven in Tabqa and three in Mansoura.")
    assert _regions(row) == {}
    assert 12 not in _killed(row)
