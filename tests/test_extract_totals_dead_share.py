"""Who a part, or the rest, of a total's dead were, told in the next sentence ("The Observatory said that nine of the
dead were civilians – six in Daraa, two in Suwayda and one in Quneitra. The other victims were six members of regime
forces, ...") continues that total, also in a paragraph of its own (totals_blocks.dead_share_opening): its figures are totals of their sides. Not how
they died ("31 of the victims were killed by gunfire"), nor after a toll of one event kept as no total. Paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in titled(text, "2023-06-02")["totals"]}


def test_the_monitor_said_part_of_the_dead_were_civilians_by_region() -> None:
    text = ("Shootings and ambushes claimed the lives of 23 people in Daraa and Quneitra in the past seven days, the monitor "
            "said on Sunday.\nThe monitor said that eleven of the dead were civilians - seven in Daraa, three in Sweida and one "
            "in Quneitra.")
    found = totals(text)
    assert {("civilians", 11), ("civilians", 7), ("civilians", 3), ("civilians", 1)} <= found


def test_the_other_victims_were_soldiers() -> None:
    text = ("Shootings and ambushes claimed the lives of 23 people in Daraa and Quneitra in the past seven days, the monitor "
            "said on Sunday.\nThe monitor reported that eleven of the victims were civilians. The other victims were eight "
            "members of regime forces, among them an officer, and four former rebels who refused to join any of the regime's "
            "formations.")
    found = totals(text)
    assert {("civilians", 11), ("regime", 8), ("hts_rebels", 4)} <= found


def test_the_remaining_dead_included_soldiers() -> None:
    text = ("Violence claimed the lives of 30 people in Daraa in the past week, the monitor said.\nThe monitor noted that "
            "18 of the fatalities were civilians. The remaining dead included 12 soldiers of the regime forces.")
    assert {("civilians", 18), ("regime", 12)} <= totals(text)


def test_how_a_part_of_the_dead_died_is_no_side_line() -> None:
    text = ("Violence claimed the lives of 50 civilians in Daraa in the past month, the monitor said. The monitor said 31 "
            "of the victims were killed by gunfire and eight by IEDs.")
    found = totals(text)
    assert ("civilians", 31) not in found or ("civilians", 50) in found
    assert ("unknown", 31) not in found
