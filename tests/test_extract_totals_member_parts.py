"""People of a total told after it as members of its dead by their civilian work or by the mines that killed them
("Among them were 12 shepherds ... and 9 civilians killed by landmines", "Among the dead were 34 truffle hunters"):
parts of the total before, not totals of their own (totals_member_parts). Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md; a look-alike that must not change."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2023-05-02")["totals"])


def test_shepherds_and_mine_dead_among_a_civilian_line() -> None:
    text = ("According to SOHR statistics, 310 people were killed in the Syrian desert in 2022, as follows:\n"
            "Regime forces: 190, including 12 non-Syrian militiamen.\n"
            "ISIS: 70, most of them in Russian air strikes.\n"
            "Civilians: 50, including 11 children. Among them were 14 shepherds killed by ISIS cells and 8 civilians killed "
            "by landmines.")
    found = totals(text)
    assert ("civilians", 50) in found and ("civilians", 22) not in found and ("civilians", 14) not in found


def test_herders_and_a_bare_figure_killed_in_mine_explosions() -> None:
    text = ("SOHR has documented the death of 120 people in the Badia since early 2023, as follows:\n"
            "- 61 members of regime forces.\n"
            "- 59 civilians, including 9 women. Among them are 25 herders and truffle pickers killed by ISIS, and 19 killed "
            "in landmine explosions.")
    found = totals(text)
    assert ("civilians", 59) in found and ("civilians", 25) not in found and ("civilians", 44) not in found


def test_truffle_hunters_among_the_dead_of_people() -> None:
    text = ("SOHR said it had documented since the beginning of 2023 the death of 98 people, including 20 children, in "
            "explosions of landmines and remnants of war across Syria.\n"
            "Among the dead were 27 truffle hunters who were killed in the desert, the Observatory said.")
    found = totals(text)
    assert ("unknown", 98) in found and ("civilians", 27) not in found


def test_a_toll_told_with_its_own_verb_stays_a_total() -> None:
    text = ("The casualties are distributed as follows:\n"
            "Regime-controlled areas: 80 fatalities, including 12 women. Among this toll, 41 truffle pickers, including "
            "a child, were killed and 20 others were injured.")
    assert ("civilians", 41) in totals(text)
