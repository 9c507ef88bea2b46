"""A day's nationwide toll that ends "they are:" and goes on in lines that each open with a figure gives a total per
line, however long a line runs on to tell where some of its dead fell; the figures a long line tells after its own
and its parts ("..., two of whom died when an IED exploded ..., which also killed three civilians") are no totals of
their own (``totals_colon_lines``); "; among them 12 civilians ..." after a semicolon stays a part.

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (a country-wide toll of one day is a
total; its headline figure broken down by side is not labelled). A look-alike: a long line under a colon that is no
toll's list keeps its incident reading.
"""

from __future__ import annotations

from totals_cases import row

_DAY = ("The monitor documented the deaths of 96 people across Syria on Tuesday, they are:\n"
        "41 civilians, including six children and two women; among them 12 civilians who were killed in regime shelling "
        "on the town of Ariha in the countryside of Idlib, and 5 civilians who died under torture in regime prisons.\n"
        "33 soldiers of regime forces were killed in clashes with the factions and in attacks on their positions in the "
        "countryside of Latakia and Hama, two of whom died when an IED exploded near a checkpoint, which also killed "
        "three civilians.\n"
        "22 fighters of the factions.")


def test_long_lines_of_a_day_toll_are_totals_by_side() -> None:
    assert sorted((t["side"], t["killed"]) for t in row(_DAY)["totals"]) == [("civilians", 41), ("hts_rebels", 22), ("regime", 33)]


def test_share_after_semicolon_stays_a_part() -> None:
    civilians = [t for t in row(_DAY)["totals"] if t["side"] == "civilians"]
    assert [t["killed"] for t in civilians] == [41]


def test_long_line_under_a_list_of_events_is_no_total() -> None:
    text = ("Regime forces shelled Ariha on Tuesday. The monitor documented the following:\n"
            "12 civilians were killed in regime shelling on the town of Ariha in the countryside of Idlib on Tuesday "
            "morning, among them four children who were playing near their home, while an ambulance crew was also hit "
            "as it arrived at the scene.")
    assert row(text)["totals"] == []
