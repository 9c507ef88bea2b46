"""A list by perpetrator read clause by clause.

* split at its semicolons, its victims left out after the first line ("Regime forces killed 14 civilians; Russian
  forces killed three; the SDF killed six; while 40 civilians were killed by other parties"): each bare figure is of the
  first line's victims;
* told after a figureless header that names the victims ("The monitor also recorded the deaths of civilians as
  follows: nine were killed by ...; seven by ...; and three by ..."): each figure is of the header's side.

Look-alikes that must not change: a bare figure with a noun of its own, a list of figures of no side under a header
naming no side. Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

_HEAD = ("The network documented the deaths of 86 civilians in Syria in June 2022, including 17 children.\n\n")

SEMICOLON_LINES = [
    (_HEAD + "By perpetrator, the toll is as follows: regime forces killed 14 civilians, including two children; Russian "
     "forces killed three; the SDF has killed six; while 63 civilians were killed by other parties.",
     [("civilians", 3), ("civilians", 6), ("civilians", 14), ("civilians", 63), ("civilians", 86)]),
    (_HEAD + "Regime forces killed 20 civilians; ISIS killed seven; and 59 civilians died at the hands of other parties.",
     [("civilians", 7), ("civilians", 20), ("civilians", 59), ("civilians", 86)]),
]

HEADED_LISTS = [
    ("The monitor recorded the deaths of 61 people in the northeast in May 2022.\n\nIt also documented the deaths of "
     "civilians as follows: nine were killed by ISIS cells; seven by Turkish drone strikes; and three by landmines.",
     [("civilians", 3), ("civilians", 7), ("civilians", 9), ("unknown", 61)]),
]

UNCHANGED = [
    # the bare figure has a noun of its own: the side it names
    (_HEAD + "Regime forces killed 20 civilians; ISIS killed seven shepherds; other parties killed 59 civilians.",
     [("civilians", 7), ("civilians", 20), ("civilians", 59), ("civilians", 86)]),
]


@pytest.mark.parametrize(("text", "expected"), SEMICOLON_LINES)
def test_bare_figures_take_the_first_lines_victims(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


@pytest.mark.parametrize(("text", "expected"), HEADED_LISTS)
def test_header_names_the_victims(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_look_alikes_keep_their_sides(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
