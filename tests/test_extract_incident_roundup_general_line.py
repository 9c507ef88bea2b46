"""After a period total, a line naming a kind of event only in the plural, with no toll, day or town of its own
("landmines remained among the main causes of death"), or a side's count line ("ISIS: 40 members, most of them in
Russian airstrikes on the Badia"), is how the period's dead died, no incident; and a body such as "the UN Security
Council" or "the Future Movement Party" is no place. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract
from observatory.extract.places import place_mentions

_TOTAL = ("Monthly toll\n\nThe monitor documented the killing of 65 civilians in Syria in March 2022, including 12 "
          "children.\n\n")


def test_plural_causes_with_a_province_after_a_month_total_are_no_incident() -> None:
    row = contract(_TOTAL + "The report notes that landmines and war remnants remained among the main causes of death "
                   "during the month, and that Daraa governorate saw the highest toll.")
    assert row["incidents"] == []


def test_side_count_line_naming_airstrikes_on_a_region_is_no_incident() -> None:
    row = contract(_TOTAL + "The dead by side are as follows:\nISIS: 40 members, most of them in Russian airstrikes on "
                   "the Badia and in clashes with regime forces.")
    assert row["incidents"] == []


def test_un_security_council_is_no_place() -> None:
    text = "It called on the UN Security Council to act."
    assert [p.name for p in place_mentions(text, 0, len(text))] == []


def test_look_alike_one_strike_after_a_month_total_is_an_incident() -> None:
    row = contract(_TOTAL + "On Friday, a Russian airstrike on the village of Kansafra killed two civilians.")
    assert len(row["incidents"]) == 1
