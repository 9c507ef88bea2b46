"""Running figures told after the events they add up: "the three killings raise the number of people murdered in the
camp ... to 41" is a total of 41 (people "murdered" are dead), not of three (the count of the killings told); "bringing
the number of people who have returned to their villages to 2,400" counts no dead (``totals_skips``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (only killed are counted). A look-alike:
"the number of detainees who were released ... rose to 350" stays no total.
"""

from __future__ import annotations

from totals_cases import row


def _pairs(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text)["totals"])


def test_killings_raise_the_number_murdered() -> None:
    assert _pairs("SOHR said the three killings raise the number of people murdered in the camp since the start of 2023 "
                  "to 41, among them 12 women.") == [("unknown", 41)]


def test_number_of_people_who_returned_is_no_toll() -> None:
    assert _pairs("It was the sixth convoy to leave the camp this year, bringing the number of people who have returned "
                  "to their villages to 2,400.") == []


def test_released_detainees_stay_no_total() -> None:
    assert _pairs("The number of detainees who were released from regime prisons since the amnesty rose to 350, the "
                  "monitor said.") == []


_MONTH = ("The monitor documented 22 attacks in Quneitra province in March 2023, which killed 19 people, as follows:\n"
          "- 11 civilians, including a child.\n"
          "- 8 regime soldiers.\n")


def test_kidnapped_line_after_a_list_is_no_total() -> None:
    assert _pairs(_MONTH + "Three other people were abducted during the month, one of whom was later released.") \
        == [("civilians", 11), ("regime", 8)]


def test_killed_line_after_a_list_stays_a_total() -> None:
    assert ("unknown", 3) in _pairs(_MONTH + "- 3 people of unknown identity.")
