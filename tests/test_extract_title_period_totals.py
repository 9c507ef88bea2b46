"""A title's figure that the body tells as a period total is no toll of the report's one incident
(incident_title_totals): an anniversary or a year's roundup over a list of totals lends its sum to no event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = date(2021, 6, 1)) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def killed(row: dict) -> list[dict[str, int]]:
    return [i["killed"] for i in row["incidents"]]


def test_anniversary_title_figure_told_as_a_total_is_not_the_incidents() -> None:
    row = run("Two years on from the fall of Raqqa | Cells of ISIS kill 312 SDF fighters across the east\n"
              "On the 17th of October 2017, the SDF took the city of Raqqa from ISIS after four months of fighting.\n"
              "Since then, SOHR has counted 312 fighters of the SDF and Asayish killed by ISIS cells in Deir Ezzor and Raqqa.")
    assert all("sdf" not in k or k["sdf"] != 312 for k in killed(row))
    assert any(t["side"] == "sdf" and t["killed"] == 312 for t in row["totals"])


def test_title_sum_of_a_list_opened_by_a_colon_is_not_the_incidents() -> None:
    row = run("Five years of strikes | 9,410 people killed by coalition jets\n"
              "Since the first coalition raid on Syria on the 23rd of September 2014, SOHR has documented the deaths of "
              "9,410 people in coalition strikes, distributed as follows:\n"
              "- 3,020 civilians, including 700 children.\n"
              "- 6,390 members of ISIS.\n"
              "Meanwhile, coalition jets struck the outskirts of Hajin today, with no word on casualties yet.")
    assert all(9410 not in k.values() for k in killed(row))


def test_title_toll_of_the_one_event_with_other_totals_stays_the_incidents() -> None:
    row = run("Three soldiers killed as landmine hits army truck near Palmyra\n"
              "A landmine exploded under an army truck on the road east of Palmyra on Monday morning.\n"
              "Since the start of the year, SOHR has counted 58 soldiers killed by mines in the desert.")
    assert {"regime": 3} in killed(row)


def test_title_toll_matching_a_dates_day_or_another_sides_total_stays_the_incidents() -> None:
    row = run("24 regime soldiers killed in ISIS ambush in Homs desert\n"
              "ISIS cells ambushed a regime convoy near al-Sukhnah in Homs desert on Monday.\n"
              "SOHR has documented the deaths of 780 members of regime forces in ISIS attacks in the desert since "
              "24 March 2019, distributed as follows:\n"
              "- 500 soldiers.\n"
              "- 280 militiamen.")
    assert {"regime": 24} in killed(row)


def test_title_toll_of_one_side_is_not_another_sides_total() -> None:
    row = run("Seven SDF fighters killed in ISIS attack near Diban\n"
              "ISIS cells attacked an SDF post near Diban in the eastern countryside of Deir Ezzor on Monday night.\n"
              "Since the start of the year, SOHR has counted 7 ISIS members killed in coalition raids in the area.")
    assert {"sdf": 7} in killed(row)
