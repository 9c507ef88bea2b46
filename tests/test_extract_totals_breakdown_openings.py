"""The parts of a total told in the next sentence under openings the breakdown reader did not know: "The dead also
included ...", "The dead, according to the monitor, include ...", and the dead named by kind of fighter ("Military
deaths included ...", "The military toll included ..."). Each listed figure is a total of its side for the period
told before. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from contract_rows import contract, total_pairs

_DAY = date(2024, 5, 2)
_OPENING = ("Monthly toll\n\nThe monitor recorded the deaths of 190 people across the country in April 2024, among them "
            "70 civilians.\n\n")


def test_the_dead_also_included_after_a_days_toll() -> None:
    row = contract("Shelling goes on\n\nAt least 60 people were killed across the country on Monday, among them 41 "
                   "civilians, a monitor said.\n\nThe dead also included nine soldiers and ten rebel fighters, the group "
                   "said.", _DAY)
    assert sorted(total_pairs(row)) == [("civilians", 41), ("hts_rebels", 10), ("regime", 9)]


def test_the_dead_according_to_the_monitor_include() -> None:
    row = contract(_OPENING + "The dead, according to the monitor, include 45 regime soldiers and 30 ISIS members.", _DAY)
    assert ("regime", 45) in total_pairs(row) and ("isis", 30) in total_pairs(row)


def test_military_deaths_included() -> None:
    row = contract(_OPENING + "Military deaths included 52 regime soldiers and loyal militiamen, 27 members of HTS and "
                   "other factions, 18 SDF fighters and 14 ISIS members.", _DAY)
    assert sorted(total_pairs(row)) == [("civilians", 70), ("hts_rebels", 27), ("isis", 14), ("regime", 52), ("sdf", 18)]


def test_the_military_toll_included() -> None:
    row = contract(_OPENING + "The military toll included 52 regime soldiers and 14 ISIS members.", _DAY)
    assert ("regime", 52) in total_pairs(row) and ("isis", 14) in total_pairs(row)


def test_military_deaths_without_a_figure_open_nothing() -> None:
    row = contract(_OPENING + "Military deaths were high in the desert, where 12 soldiers died in one ambush on Friday.", _DAY)
    assert ("regime", 12) not in total_pairs(row)
