"""After a day's country-wide toll, a province's share whose figure holds an event of its own as a part ("In <province>,
17 civilians were killed, among them nine who died when ...", "<province>: 12 civilians, seven of whom were shot ...",
"11 of the civilian dead fell in <province>, where ...") sums that event and others of the province: a regional total
of the day (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes that must not
change: a province's toll of one event with only a kind of people as its part, and a town's toll."""

from __future__ import annotations

from contract_rows import titled, total_pairs

DAY = ("The monitor said 88 people were killed across Syria on Monday: 40 civilians, 30 rebel fighters and 18 soldiers "
       "of the regular army.\n\n")


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(DAY + text, "2013-02-12"))


def test_province_share_with_an_event_among_them_is_a_regional_total() -> None:
    found = totals("In Idlib province, 17 civilians were killed, among them nine people who died when regime helicopters "
                   "dropped barrel bombs on the town of Saraqib.")
    assert ("civilians", 17) in found and ("civilians", 9) not in found


def test_province_line_with_of_whom_event_is_a_regional_total() -> None:
    found = totals("Hama: 12 civilians, seven of whom were shot dead by security forces at a checkpoint near Kafr Nabudah.")
    assert ("civilians", 12) in found and ("civilians", 7) not in found


def test_share_of_the_day_victims_that_fell_in_a_province_is_a_regional_total() -> None:
    found = totals("Eleven of the civilian dead fell in Homs province, where regime artillery pounded the neighbourhood of al-Waer.")
    assert ("civilians", 11) in found


def test_province_toll_of_one_event_with_children_among_them_stays_an_event() -> None:
    found = totals("In Aleppo, 14 civilians, among them three children, were killed when warplanes struck the al-Shaar district.")
    assert ("civilians", 14) not in found


def test_town_toll_with_an_event_among_them_stays_an_event() -> None:
    found = totals("In Saraqib, nine civilians were killed, among them four who died when a shell hit a school.")
    assert ("civilians", 9) not in found
