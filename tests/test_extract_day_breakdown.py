"""Incidents: a daily roundup whose total names one full day and says its dead are listed "as follows" dates every
line below it with that day, province-sectioned or not; a total that lists its dead with no such announcement keeps
its lines undated, and so does a line that tells of an earlier day.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract

_TITLE = "Daily tally | Three people killed on Monday\n\n"
_LINES = ("Civilians (3):\n"
          "- A farmer lost his life when an old landmine went off as he was ploughing his field near the village of "
          "Tell Shihab in the western countryside of Daraa.\n"
          "- Two brothers were shot dead by masked gunmen on a motorbike in the town of Sabikhan in the eastern "
          "countryside of Deir Ezzor.\n")


def _dates(text: str) -> list[str | None]:
    return [i.get("date") for i in contract(_TITLE + text + _LINES, date(2025, 3, 12))["incidents"]]


def test_an_announced_breakdown_dates_every_line_with_the_totals_day() -> None:
    text = ("The monitor has counted three deaths across the country on Monday, March 10, 2025, set out as "
            "follows:\n")
    assert _dates(text) == ["2025-03-10", "2025-03-10"]


def test_the_announcement_may_stand_in_the_next_sentence_of_the_line() -> None:
    text = "The monitor has counted three deaths across the country on the 10th of March 2025. They are as follows:\n"
    assert _dates(text) == ["2025-03-10", "2025-03-10"]


def test_a_total_without_the_announcement_leaves_its_lines_undated() -> None:
    text = "The monitor has counted three deaths across the country on Monday, March 10, 2025. They are:\n"
    assert _dates(text) == [None, None]


def test_a_line_of_wounds_from_an_earlier_day_keeps_no_day() -> None:
    text = ("The monitor has counted four deaths across the country on Monday, March 10, 2025, set out as follows:\n"
            "Civilians (1):\n- An old man died of the wounds he had received when shells fell on the town of Kafr Nabl "
            "in southern Idlib last week.\n")
    assert _dates(text) == [None, "2025-03-10", "2025-03-10"]


def test_a_paragraph_recalling_an_earlier_report_keeps_no_day() -> None:
    # review r35: an event told again from an earlier report after the list is not one of the day's
    text = ("The monitor has counted two deaths across the country on Monday, March 10, 2025, set out as follows:\n"
            "- A shepherd was killed by a landmine near the village of Maadan in the countryside of Raqqa.\n\n"
            "In an earlier report, the monitor had documented that a drone hit a car near Sarmin in Idlib, killing "
            "two HTS fighters.\n")
    rows = contract(_TITLE + text + _LINES, date(2025, 3, 12))["incidents"]
    dated = {p["name"]: i.get("date") for i in rows for p in i["places"][:1]}
    assert dated["Sarmin"] is None
    assert dated["Sabikhan"] == "2025-03-10"
