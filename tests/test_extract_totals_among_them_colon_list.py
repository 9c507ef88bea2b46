"""A list by killer opened "Among them:" / "Of them:" (a colon, participles "N killed by X") after a line of a block
splits that line's figure: each item is a total of the line's side with its perpetrator, and "Among them" is no
area label (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_HEAD = ("The monitor documented the death of 3,100 people across Syria in 2022. The dead are distributed as follows:\n"
         "Civilians: 1,020, including 210 children and 100 women. ")
_TAIL = "\nMilitary:\n- 900 regime soldiers.\n- 700 fighters of HTS and the factions.\n- 480 members of ISIS."


def rows(text: str) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("region")) for t in titled(text, "2023-01-01")["totals"])


def test_among_them_colon_items_are_of_the_line_side() -> None:
    got = rows(_HEAD + "Among them: 310 killed by regime forces, 45 killed by Russian warplanes, 29 killed in Israeli "
                       "strikes, and 90 killed by Turkish forces and their proxy factions." + _TAIL)
    assert [r for r in got if r[1] in (310, 45, 29, 90)] == [("civilians", 29, None), ("civilians", 45, None),
                                                             ("civilians", 90, None), ("civilians", 310, None)]


def test_area_label_line_stays_a_region() -> None:
    got = rows("The monitor documented the deaths of 60 regime soldiers in the Badia in 2021, distributed by area:\n"
               "Homs desert: 35\nHama desert: 25\n")
    assert ("regime", 35, "Homs desert") in got
